"""Oscar's product formsets, hardened for artisans.

- Stock records: a post without its management form gives a form error,
  not Oscar's IndexError (a 500).
- Recommendations: an artisan recommends only products of their own (the
  lookup offers nothing else).
"""

from oscar.apps.dashboard.catalogue import formsets

from shop.dashboard import access


class StockRecordFormSet(formsets.StockRecordFormSet):
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
