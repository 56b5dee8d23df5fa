"""``manage.py expire_unconfirmed_orders``: cancel cash-on-delivery orders nobody confirmed in time.

Run it from cron (README, "Orders"): every order still "Pending" placed more
than ``HIRFA_COD_CONFIRMATION_HOURS`` hours ago is cancelled, its stock
released and its customer told. Safe to run twice, even at the same moment.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from shop.order.confirmation import expire_unconfirmed


class Command(BaseCommand):
    help = (
        "Cancel the orders still waiting for their phone confirmation after "
        "HIRFA_COD_CONFIRMATION_HOURS hours, release their stock and e-mail their customers."
    )

    def handle(self, *args, **options):
        numbers = expire_unconfirmed()
        hours = settings.HIRFA_COD_CONFIRMATION_HOURS
        cancelled = " ".join(numbers)
        self.stdout.write(f"{len(numbers)} unconfirmed order(s) older than {hours} h cancelled. {cancelled}")
