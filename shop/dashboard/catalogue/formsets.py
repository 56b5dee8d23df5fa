"""Oscar's product formsets, hardened for artisans.

- Stock records: a post without its management form gives a form error,
  not Oscar's IndexError (a 500).
- Stock records of a product about to get variants ("add variant"), or of
  a parent: none is asked for (each variant gets its own stock and price),
  and a row filled in there is refused rather than blocking the variants.
- Recommendations: an artisan recommends only products of their own (the
  lookup offers nothing else).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import formsets

from shop.dashboard import access


class StockRecordFormSet(formsets.StockRecordFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        super().__init__(product_class, user, *args, **kwargs)
        data = self.data if self.is_bound else {}
        instance = kwargs.get("instance")
        self.for_variants = data.get("action") == "create-child" or bool(instance and instance.is_parent)
        if self.for_variants:
            self.require_user_stockrecord = False

    def clean(self):
        super().clean()
        if self.for_variants and any(self._filled(form) for form in self.forms):
            raise ValidationError(
                _(
                    "A product with variants has no stock or price of its own: leave this empty,"
                    " each variant gets its own."
                ),
                code="stock_on_parent",
            )

    @staticmethod
    def _filled(form):
        return form.has_changed() and not (getattr(form, "cleaned_data", None) or {}).get("DELETE")

    def set_initial_data(self):
        if self.forms:
            super().set_initial_data()


class ProductRecommendationFormSet(formsets.ProductRecommendationFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        self.user = user
        super().__init__(product_class, user, *args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if access.is_artisan(self.user):
            form.fields["recommendation"].queryset = access.products_for(self.user)
        return form
