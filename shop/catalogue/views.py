"""Catalogue browsing straight from the database, without a search engine.

Oscar's own ``CatalogueView`` and ``ProductCategoryView`` come from its search
app and need a working haystack index: with the ``simple`` backend they show
no product at all. Oscar loads these two classes with
``get_class("catalogue.views", ...)``, so defining them here replaces them.
Template names and context (``products``, ``paginator``, ``page_obj``,
``summary``, ``category``) stay Oscar's.
"""

from urllib.parse import unquote

from django.conf import settings
from django.contrib import messages
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.apps.catalogue.views import ProductDetailView  # noqa: F401  (unchanged)
from oscar.core.loading import get_model

from .facets import apply_facets, facet_data, selected_facets

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")


def browsable_products():
    """Public, canonical products, newest first, with what a product card shows.

    Stock records (with their partner: the artisan's name is on the card),
    images, categories, options and public children are fetched in a fixed
    number of queries whatever the number of products.
    """
    return (
        Product.objects.browsable()
        .base_queryset()
        .prefetch_browsable_categories()
        .prefetch_public_children()
        .prefetch_related("stockrecords__partner")
        .order_by("-date_created", "-pk")
    )


class BaseProductListView(ListView):
    context_object_name = "products"

    def get_paginate_by(self, queryset):
        return settings.OSCAR_PRODUCTS_PER_PAGE

    def invalid_page_redirect(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # A page number out of range or not a number: back to page one.
            messages.error(request, _("The given page number was invalid."))
            return self.invalid_page_redirect()


class CatalogueView(BaseProductListView):
    """Every browsable product, narrowed by the craft and material facets (?craft=, ?material=)."""

    template_name = "oscar/catalogue/browse.html"

    def get_queryset(self):
        return apply_facets(browsable_products(), selected_facets(self.request.GET))

    def invalid_page_redirect(self):
        return redirect("catalogue:index")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["summary"] = _("All products")
        ctx["taxonomy_facets"] = facet_data(Product.objects.browsable(), self.request.GET)
        return ctx


class ProductCategoryView(BaseProductListView):
    """Browsable products in a category or any of its descendants."""

    template_name = "oscar/catalogue/category.html"
    enforce_paths = True

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=self.kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404()
        if self.enforce_paths:
            expected_path = self.category.get_absolute_url()
            if unquote(expected_path) != unquote(request.path):
                return HttpResponsePermanentRedirect(expected_path)
        return super().get(request, *args, **kwargs)

    def invalid_page_redirect(self):
        return redirect(self.category.get_absolute_url())

    def get_queryset(self):
        in_category = ProductCategory.objects.filter(
            product=OuterRef("pk"), category__in=self.category.get_descendants_and_self()
        )
        return browsable_products().filter(Exists(in_category))

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["category"] = self.category
        ctx["summary"] = self.category.name
        return ctx
