"""``manage.py backup <directory>``: the database (online, consistent) and MEDIA_ROOT, with a manifest."""

from django.core.management.base import BaseCommand, CommandError

from portal.backups.manifest import BackupError
from portal.backups.service import create_backup


class Command(BaseCommand):
    help = (
        "Back the database up (SQLite: online backup API; PostgreSQL: pg_dump -Fc from one snapshot) "
        "with MEDIA_ROOT and a manifest of row counts and checksums into DIRECTORY."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--force", action="store_true", help="Overwrite a backup already in DIRECTORY.")
        parser.add_argument("--media-root", help="Back this directory up instead of MEDIA_ROOT.")

    def handle(self, *args, directory, force, media_root, **options):
        try:
            made = create_backup(directory, media_root=media_root, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        tables = made["database"]["tables"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {made['database']['engine']} ({len(tables)} tables, {sum(tables.values())} rows) "
                f"and {len(made['media']['files'])} media files into {directory}."
            )
        )
