"""Oscar's OrderCreator, with an allocation that refuses to oversell (shop/partner/stock.py)
and one delivery ``Shipment`` per artisan of the order (shop/delivery/shipments.py)."""

from oscar.apps.order.utils import *  # noqa: F403
from oscar.apps.order.utils import OrderCreator as CoreOrderCreator

from shop.delivery import shipments
from shop.partner.stock import allocate


class OrderCreator(CoreOrderCreator):
    def create_order_model(self, user, basket, shipping_address, shipping_method, *args, **kwargs):
        # Runs inside place_order's transaction.atomic(): a refusal later on
        # (stock, voucher) rolls the shipments back with the order.
        order = super().create_order_model(user, basket, shipping_address, shipping_method, *args, **kwargs)
        method = getattr(shipping_method, "method", shipping_method)  # an offer wraps the method
        if hasattr(method, "shipments"):
            shipments.record(order, method.shipments(basket), method)
        return order

    def update_stock_records(self, line):
        # InsufficientStock rolls back the order, its lines, shipments and addresses.
        if line.product.get_product_class().track_stock:
            allocate(line.stockrecord, line.quantity)
