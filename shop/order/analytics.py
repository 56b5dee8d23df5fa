"""Oscar's purchase counters, recorded after the order is committed, never inside it.

Oscar's ``order_placed`` receiver creates the product's analytics row when
it does not exist yet and swallows the ``IntegrityError`` when another order
created it at the same moment. Inside the order transaction that error
aborts the transaction on PostgreSQL: the customer's order failed because of
a statistics counter. Here the counters run once the order is committed, in
autocommit (where Oscar's own recovery from that race works); an error in
them is logged and the order stands.
"""

import logging

from django.db import DatabaseError, transaction
from oscar.apps.analytics import receivers
from oscar.apps.order.signals import order_placed

logger = logging.getLogger("shop.order.analytics")


def record_order_after_commit(sender, order, user, **kwargs):
    if kwargs.get("raw", False):
        return

    def record():
        try:
            receivers.receive_order_placed(sender, order=order, user=user)
        except DatabaseError:
            logger.exception("Analytics not recorded for order %s", order.number)

    transaction.on_commit(record)


def defer_order_analytics():
    order_placed.disconnect(receivers.receive_order_placed)
    order_placed.connect(record_order_after_commit, dispatch_uid="hirfa-order-analytics")
