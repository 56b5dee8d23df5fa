"""An artisan recommends only products of their own (the lookup offers nothing else)."""

from oscar.apps.dashboard.catalogue import formsets

from shop.dashboard import access


class ProductRecommendationFormSet(formsets.ProductRecommendationFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        self.user = user
        super().__init__(product_class, user, *args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if access.is_artisan(self.user):
            form.fields["recommendation"].queryset = access.products_for(self.user)
        return form
