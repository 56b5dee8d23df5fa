"""Which products a dashboard user reaches: the rule of shop/dashboard/access.py for every catalogue view."""

from oscar.apps.dashboard.catalogue import mixins

from shop.dashboard import access


class PartnerProductFilterMixin(mixins.PartnerProductFilterMixin):
    def filter_queryset(self, queryset):
        return access.products_for(self.request.user, queryset)
