"""Oscar's basket views, hardened against tampered form data.

Oscar's ``BasketView.remove_deleted_forms`` reads every management-form field
from the POST data, although Django treats ``MIN_NUM_FORMS`` and
``MAX_NUM_FORMS`` as optional: a hand-made POST without them that deletes a
line is a 500 (KeyError). The missing fields are filled in before the formset
is built. Line ids outside the visitor's basket are already ignored by
Oscar's formset (its queryset is the visitor's basket).
"""

from oscar.apps.basket.views import *  # noqa: F403
from oscar.apps.basket.views import BasketView as OscarBasketView

OPTIONAL_MANAGEMENT_FIELDS = {"MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}


class BasketView(OscarBasketView):
    def get_formset_kwargs(self):
        kwargs = super().get_formset_kwargs()
        data = kwargs.get("data")
        if data is not None:
            prefix = self.get_prefix() or self.get_formset().get_default_prefix()
            missing = {
                f"{prefix}-{name}": default
                for name, default in OPTIONAL_MANAGEMENT_FIELDS.items()
                if f"{prefix}-{name}" not in data
            }
            if missing:
                data = data.copy()
                data.update(missing)
                kwargs["data"] = data
        return kwargs
