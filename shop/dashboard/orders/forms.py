"""Oscar's order forms with statuses by their translated label; the artisan's search form.

The artisan's form: product filters on their own lines, no buyer or payment filters.
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders import forms


def labelled(choices):
    """``(status, status)`` choices shown as the status's translation (the value stays "Pending")."""
    return [(value, _(label) if value else label) for value, label in choices]


class OrderStatusForm(forms.OrderStatusForm):
    def __init__(self, order, *args, **kwargs):
        super().__init__(order, *args, **kwargs)
        self.fields["new_status"].choices = labelled(self.fields["new_status"].choices)


class OrderSearchForm(forms.OrderSearchForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = labelled(self.fields["status"].choices)


# Fields of Oscar's form and the Line lookups they become on the artisan's own lines.
LINE_FIELDS = {"product_title": "title__istartswith", "upc": "upc", "partner_sku": "partner_sku"}
# Filters on things an artisan does not see (the buyer's name, vouchers, payment).
HIDDEN_FIELDS = ("name", "voucher", "payment_method")


class ArtisanOrderSearchForm(OrderSearchForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in HIDDEN_FIELDS:
            del self.fields[name]
        self.line_filters = {}

    def clean(self):
        data = super().clean()
        self.line_filters = {lookup: data[field] for field, lookup in LINE_FIELDS.items() if data.get(field)}
        # Oscar's view reads every field: blank the ones applied to own lines (or not at all).
        for name in (*LINE_FIELDS, *HIDDEN_FIELDS):
            data[name] = ""
        return data
