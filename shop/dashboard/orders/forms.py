"""The order search form an artisan gets: product filters on their own lines, no buyer or payment filters."""

from oscar.apps.dashboard.orders.forms import OrderSearchForm

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
