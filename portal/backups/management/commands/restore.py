"""``manage.py restore <directory>``: a backup made by ``manage.py backup``, checked with ``--verify``."""

from django.core.management.base import BaseCommand, CommandError

from portal.backups.manifest import BackupError
from portal.backups.service import restore_backup


class Command(BaseCommand):
    help = (
        "Restore the database and the media of the backup in DIRECTORY. By default into the configured "
        "database and MEDIA_ROOT, which must then be empty (or --force)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument(
            "--verify",
            action="store_true",
            help="Refuse a damaged backup (checksums, integrity check), then compare the restored rows "
            "and media files with the manifest.",
        )
        parser.add_argument("--force", action="store_true", help="Overwrite the target database and media.")
        parser.add_argument(
            "--database",
            help="Restore into this SQLite file, or this PostgreSQL database on the configured server "
            "(created when missing).",
        )
        parser.add_argument("--media-root", help="Restore the media into this directory, not MEDIA_ROOT.")

    def handle(self, *args, directory, verify, force, database, media_root, **options):
        try:
            done = restore_backup(
                directory, database=database, media_root=media_root, force=force, verify=verify
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        tables = done["tables"]
        checked = " Verified: integrity, row counts and media checksums match the manifest." if verify else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {sum(tables.values())} rows in {len(tables)} tables into {done['database']} "
                f"and {len(done['manifest']['media']['files'])} media files into {done['media_root']}."
                f"{checked}"
            )
        )
