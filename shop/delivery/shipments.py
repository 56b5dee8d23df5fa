"""Delivery is charged per artisan shipment: the one place that rule is computed.

A basket (or an order) is split by artisan (Oscar ``Partner``, the stock
record's partner): each artisan's lines make one shipment, charged the
region's rate of the chosen method, or nothing when that artisan's subtotal
reaches their free-delivery threshold (``FreeDeliveryThreshold``).

Used by the shipping method (``calculate`` returns the sum), the basket and
preview pages (each shipment with its charge), ``OrderCreator`` (one
``Shipment`` row per artisan, inside the order's transaction) and the order
pages (each shipment with its lines and progress).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext
from oscar.core.loading import get_model

from .models import FreeDeliveryThreshold, Shipment

Partner = get_model("partner", "Partner")
ZERO = Decimal("0.00")
CANCELLED = "Cancelled"


def public_name(partner):
    """The artisan's storefront name, else the partner's."""
    if partner is None:
        return ""
    try:
        return partner.artisan_profile.name or partner.name
    except ObjectDoesNotExist:
        return partner.name


@dataclass
class ShipmentQuote:
    """One artisan's part of a basket and what delivering it costs."""

    partner: object
    lines: list = field(default_factory=list)
    subtotal: Decimal = ZERO
    free_from: Decimal | None = None
    charge: Decimal = ZERO

    @property
    def name(self):
        return public_name(self.partner)

    @property
    def is_free(self):
        return self.free_from is not None and self.subtotal >= self.free_from


def _line_total(line):
    total = line.line_price_incl_tax_incl_discounts
    return total if total is not None else line.line_price_excl_tax_incl_discounts


def quote(basket, rate_charge):
    """The basket's shipments, in basket order, each charged ``rate_charge`` unless free.

    Two queries whatever the basket holds: the partners (with their storefront)
    and their free-delivery thresholds.
    """
    lines = [line for line in basket.all_lines() if line.stockrecord_id]
    partner_ids = list(dict.fromkeys(line.stockrecord.partner_id for line in lines))
    if not partner_ids:
        return []
    partners = Partner.objects.select_related("artisan_profile").in_bulk(partner_ids)
    thresholds = dict(
        FreeDeliveryThreshold.objects.filter(partner_id__in=partner_ids).values_list("partner_id", "amount")
    )
    quotes = {pk: ShipmentQuote(partner=partners[pk], free_from=thresholds.get(pk)) for pk in partner_ids}
    for line in lines:
        shipment = quotes[line.stockrecord.partner_id]
        shipment.lines.append(line)
        shipment.subtotal += _line_total(line) or ZERO
    for shipment in quotes.values():
        shipment.charge = ZERO if shipment.is_free else Decimal(rate_charge)
    return list(quotes.values())


def total_charge(quotes):
    return sum((shipment.charge for shipment in quotes), ZERO)


def record(order, quotes, method):
    """Write one ``Shipment`` per artisan of a placed order (called inside place_order's transaction)."""
    stop_desk = getattr(method, "stop_desk", None)
    Shipment.objects.bulk_create(
        Shipment(
            order=order,
            partner=shipment.partner,
            partner_name=shipment.name,
            method_code=method.code,
            method_name=str(method.name),
            stop_desk=stop_desk,
            charge=shipment.charge,
        )
        for shipment in quotes
    )


# --- A placed order's shipments ------------------------------------------------------


def _status_rank():
    return {
        status: rank for rank, status in enumerate(settings.OSCAR_LINE_STATUS_PIPELINE) if status != CANCELLED
    }


def progress(lines):
    """The least advanced status of the shipment's lines that are not cancelled (Cancelled if all are)."""
    rank = _status_rank()
    statuses = [line.status for line in lines if line.status != CANCELLED]
    if not statuses:
        return CANCELLED if lines else ""
    return min(statuses, key=lambda status: rank.get(status, -1))


def for_order(order):
    """The order's shipments, each with ``lines``, ``progress`` and its translated ``progress_label``.

    Three queries whatever the number of artisans and lines (shipments, lines
    with their products). An order placed before shipments were recorded gets
    one unsaved shipment per artisan of its lines, without a charge.
    """
    shipments = list(order.shipments.select_related("stop_desk").order_by("pk"))
    lines = list(order.lines.select_related("product").prefetch_related("attributes").order_by("pk"))
    by_partner = {}
    for line in lines:
        by_partner.setdefault(line.partner_id, []).append(line)
    known = {shipment.partner_id for shipment in shipments}
    for partner_id, partner_lines in by_partner.items():
        if partner_id not in known:
            shipments.append(
                Shipment(
                    order=order,
                    partner_id=partner_id,
                    partner_name=partner_lines[0].partner_name,
                    charge=None,
                )
            )
    for shipment in shipments:
        shipment.lines = by_partner.get(shipment.partner_id, [])
        shipment.progress = progress(shipment.lines)
        shipment.progress_label = gettext(shipment.progress) if shipment.progress else ""
    return shipments
