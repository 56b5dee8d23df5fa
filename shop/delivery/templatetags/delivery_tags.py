"""``{% order_shipments order as shipments %}``: a placed order's shipments (shop/delivery/shipments.py)."""

from django import template

from shop.delivery import shipments

register = template.Library()


@register.simple_tag
def order_shipments(order):
    return shipments.for_order(order)


@register.simple_tag
def order_stop_desk(order):
    """The pickup point of an order collected at a stop desk, or None (one query)."""
    shipment = order.shipments.select_related("stop_desk").exclude(stop_desk=None).first()
    return shipment.stop_desk if shipment else None
