"""Oscar's product views with the artisan rules of shop/dashboard/access.py applied.

A *shared* product (another partner stocks it too) is the artisan's only
through their stock records: its form is shown read-only, saving writes
their stock records alone, and deleting removes their stock records and
leaves the product and the other partners' stock where they are.
"""

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import views

from shop.dashboard import access

from .forms import artisan_language

SHARED_NOTICE = _("Another artisan also sells this product: only your stock is saved here.")


class ProductCreateUpdateView(views.ProductCreateUpdateView):
    shared = False

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        user = self.request.user
        if self.creating and self.parent is not None:
            # A variant only under a product that is the artisan's alone.
            if not access.exclusive_products_for(user).filter(pk=self.parent.pk).exists():
                raise Http404
        if product is not None and access.is_shared(user, product):
            self.shared = True
            self.formsets = {"stockrecord_formset": self.stockrecord_formset}
        return product

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["language"] = artisan_language(self.request.user)
        return kwargs

    def get_page_title(self):
        if self.creating and self.parent is None:
            # Product class names (portal/setup's) are in English in the database: shown translated.
            return gettext("Create new %(product_class)s product") % {
                "product_class": gettext(self.product_class.name)
            }
        return super().get_page_title()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.shared:
            messages.info(request, SHARED_NOTICE)
        return response

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.creating:
            # The artisan who lists a product stays its maker (a parent has no stock of its own).
            form.instance.maker_id = access.maker_for(self.request.user)
        if self.shared:
            for field in form.fields.values():
                field.disabled = True
                field.required = False
        return form

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["shared"] = self.shared
        ctx["product_class_name"] = gettext(self.product_class.name)
        return ctx

    def forms_valid(self, form, formsets):
        if not self.shared:
            return super().forms_valid(form, formsets)
        formsets["stockrecord_formset"].save()
        return HttpResponseRedirect(self.get_success_url())

    form_valid = form_invalid = views.ProductCreateUpdateView.process_all_forms


class ProductDeleteView(views.ProductDeleteView):
    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["shared"] = access.is_shared(self.request.user, self.object)
        return ctx

    def delete(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not access.is_shared(request.user, self.object):
            return super().delete(request, *args, **kwargs)
        with transaction.atomic():
            access.own_stockrecords(request.user, self.object).delete()
        messages.success(
            request,
            _("Your stock of “%(title)s” was removed; the product stays listed by the other artisan.")
            % {"title": self.object.get_title()},
        )
        return HttpResponseRedirect(reverse("dashboard:catalogue-product-list"))


class ProductLookupView(views.ProductLookupView):
    def get_queryset(self):
        return access.products_for(self.request.user, super().get_queryset())


class ProductBulkActionConfirmView(views.ProductBulkActionConfirmView):
    def get_selectable_queryset(self):
        # Bulk changes (public, price) only on products that are the artisan's alone.
        if not hasattr(self, "_exclusive_qs"):
            selectable = super().get_selectable_queryset()
            self._exclusive_qs = access.exclusive_products_for(self.request.user, selectable)
        return self._exclusive_qs
