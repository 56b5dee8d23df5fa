"""Oscar's OrderCreator, with an allocation that refuses to oversell (shop/partner/stock.py)."""

from oscar.apps.order.utils import *  # noqa: F403
from oscar.apps.order.utils import OrderCreator as CoreOrderCreator

from shop.partner.stock import allocate


class OrderCreator(CoreOrderCreator):
    def update_stock_records(self, line):
        # Runs inside place_order's transaction.atomic(): InsufficientStock rolls
        # back the order, its lines and addresses.
        if line.product.get_product_class().track_stock:
            allocate(line.stockrecord, line.quantity)
