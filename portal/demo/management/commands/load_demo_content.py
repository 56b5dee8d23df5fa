"""``manage.py load_demo_content``: build the Hirfa demo (shop, artisans, logins, pages).

Idempotent: a second run changes and duplicates nothing. Each step runs in
its own transaction, so a failing step leaves no half-built part behind.
"""

import time
import warnings

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from tqdm import tqdm

from portal.demo import build_steps, page_steps
from portal.demo.users import DEFAULT_PASSWORD_PATTERN
from portal.setup.page_permissions import ensure_page_permissions


class Command(BaseCommand):
    help = (
        "Load the Hirfa demo content: craft categories, artisans (Oscar partners) with their logins, "
        "products with stock and pictures, storefronts, demo orders, and the Wagtail pages when "
        "portal/demo/pages.py exists. "
        f"Each demo account's password is '{DEFAULT_PASSWORD_PATTERN}' unless --password is given. "
        "Refuses to run under production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", help="One password for every demo account.")
        parser.add_argument(
            "--image-size",
            type=int,
            default=getattr(settings, "HIRFA_DEMO_IMAGE_SIZE", 800),
            help="Side of the square product pictures, in pixels (default 800).",
        )

    def handle(self, *args, **options):
        # Console output in English (a terminal mixes RTL text badly); the
        # content itself is built in the site's default language.
        with translation.override("en"):
            self._handle(**options)

    def _handle(self, **options):
        if (settings.SETTINGS_MODULE or "").endswith("production"):
            raise CommandError(_("The demo content must not be loaded with production settings."))
        if options["image_size"] < 16:
            raise CommandError(_("--image-size must be at least 16 pixels."))

        orders = []
        steps, logins = build_steps(
            password=options["password"], image_size=options["image_size"], orders=orders
        )
        pages = page_steps()
        if pages is None:
            message = _("portal/demo/pages.py does not exist yet: skipping the Wagtail pages.")
            self.stderr.write(self.style.WARNING(message))
        else:
            steps += pages
        # Last, once every index page exists: the section editors' and translators' grants on them.
        steps.append((gettext_lazy("Editorial sections"), ensure_page_permissions))

        started = time.monotonic()
        bar = tqdm(steps, file=self.stderr._out, disable=options["verbosity"] == 0, unit="step")
        with warnings.catch_warnings():
            # Haystack's simple backend warns on every product save; it indexes nothing anyway.
            warnings.filterwarnings("ignore", message="update is not implemented", category=UserWarning)
            for label, step in bar:
                bar.set_description(str(label))
                with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
                    step()
        bar.close()

        self.stdout.write(
            self.style.SUCCESS(
                _("Demo content ready in %(seconds).1f s.") % {"seconds": time.monotonic() - started}
            )
        )
        self.print_logins(logins)
        self.print_orders(orders)

    def print_logins(self, rows):
        header = (_("Role"), _("Username"), _("E-mail"), _("Password"), _("Where to log in"))
        table = [header, *rows]
        widths = [max(len(str(row[i])) for row in table) for i in range(len(header) - 1)]
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING(_("Demo logins (demo only, never in production):")))
        for n, row in enumerate(table):
            cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
            self.stdout.write("  ".join([*cells, str(row[-1])]))
            if n == 0:
                self.stdout.write("  ".join("-" * width for width in [*widths, len(str(row[-1]))]))

    def print_orders(self, rows):
        """One line per demo order: number, status, customer, region, each line's workshop and status."""
        if not rows:
            return
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo orders (cash on delivery):"))
        widths = [max(len(str(row[i])) for row in rows) for i in range(4)]
        for row in rows:
            cells = [str(cell).ljust(width) for cell, width in zip(row, widths, strict=False)]
            self.stdout.write("  ".join([*cells, str(row[-1])]))
