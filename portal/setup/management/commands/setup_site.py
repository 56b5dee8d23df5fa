"""``manage.py setup_site``: create what every Hirfa site needs (see portal/setup/__init__.py).

Run it after ``migrate`` on every deploy. Idempotent: a second run creates and
changes nothing, and it never overwrites what staff or editors changed.
"""

from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from portal.setup.steps import setup_site


class Command(BaseCommand):
    help = (
        "Create the site's locales, its home page (translated into every locale), the roles "
        "(Artisans, Cooperative managers, Shop staff) with their permissions and the delivery zones. "
        "Safe to run on every deploy: what exists is left as it is."
    )

    def handle(self, *args, **options):
        results = setup_site()
        # Console output in English (a terminal mixes RTL text badly).
        with translation.override("en"):
            for label, created in results:
                if not created:
                    detail = _("nothing to do")
                elif isinstance(created, int):
                    detail = _("%(count)d row(s) created") % {"count": created}
                else:
                    detail = _("added: %(names)s") % {"names": ", ".join(created)}
                self.stdout.write(f"{label}: {detail}")
            self.stdout.write(self.style.SUCCESS(_("The site is set up.")))
