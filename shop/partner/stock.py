"""Stock allocation that cannot oversell.

Oscar's ``StockRecord.allocate`` adds to ``num_allocated`` without looking at
what is left, so two checkouts placed at the same moment can both take the
last unit. Here the check and the write are one conditional UPDATE: the
database applies it only while enough stock remains, whatever the isolation
level (PostgreSQL row lock; SQLite's IMMEDIATE transactions serialise writers).
"""

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model


class InsufficientStock(Exception):
    """Raised inside the order transaction: the whole order is rolled back."""

    message = _("“%(title)s” is no longer available in the quantity you asked for.")

    def __init__(self, product, requested):
        self.product = product
        self.requested = requested
        super().__init__(str(self))

    def __str__(self):
        return str(self.message) % {"title": self.product.get_title() if self.product else "?"}


def allocate(stockrecord, quantity):
    """Allocate ``quantity`` units of ``stockrecord`` or raise InsufficientStock."""
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    if not stockrecord.can_track_allocations:
        return
    StockRecord = get_model("partner", "StockRecord")
    allocated = Coalesce(F("num_allocated"), 0)
    stockrecord.pre_save_signal()
    updated = (
        # One statement, no subquery: PostgreSQL re-evaluates the condition on
        # the locked, latest row version when another transaction got there first.
        StockRecord._default_manager.filter(pk=stockrecord.pk, num_in_stock__gte=allocated + quantity)
        .update(num_allocated=allocated + quantity)
    )
    if not updated:
        raise InsufficientStock(stockrecord.product, quantity)
    stockrecord.refresh_from_db(fields=["num_allocated"])
    stockrecord.post_save_signal()
