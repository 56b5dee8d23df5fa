"""A product chooser for the home page's featured products: search by title in any language, or by code.

Registered in wagtail_hooks.py; ``register_widget`` makes it the widget of every
Product foreign key in the Wagtail admin (``HomeFeaturedProduct.product``).
"""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Title or code")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            match = Q(upc__iexact=query) | Q(title__icontains=query)
            for code in settings.MODELTRANSLATION_LANGUAGES:
                match |= Q(**{f"title_{code.replace('-', '_')}__icontains": query})
            objects = objects.filter(match)
            self.is_searching = True
            self.search_query = query
        return objects


class ProductListMixin:
    filter_form_class = ProductSearchForm
    ordering = ["-date_created", "-pk"]

    def get_object_list(self):
        return self.model_class.objects.filter(parent__isnull=True, is_public=True)


class ProductChooseView(ProductListMixin, ChooseView):
    pass


class ProductChooseResultsView(ProductListMixin, ChooseResultsView):
    pass


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    per_page = 20


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="home/products")
