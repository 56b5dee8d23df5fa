"""Oscar's order views with the artisan rules of shop/dashboard/access.py applied.

Staff get Oscar's views unchanged. An artisan's querysets, line and note
lookups go through ``access``; actions they may not take answer 403, objects
they may not reach answer 404.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders import views
from oscar.core.loading import get_class

from shop.dashboard import access
from shop.order import confirmation

ArtisanOrderSearchForm = get_class("dashboard.orders.forms", "ArtisanOrderSearchForm")
OrderNoteForm = get_class("dashboard.orders.forms", "OrderNoteForm")

CANCELLED = "Cancelled"


def order_queryset():
    return views.Order._default_manager.select_related(
        "shipping_address", "shipping_address__country", "billing_address", "user"
    )


class OrderStatsView(views.OrderStatsView):
    def get_stats(self, filters):
        user = self.request.user
        if not access.is_artisan(user):
            return super().get_stats(filters)
        orders = access.orders_for(user).filter(**filters)
        lines = access.lines_for(user).filter(order__in=orders)
        return {
            "total_orders": orders.count(),
            "total_lines": lines.count(),
            "total_revenue": lines.aggregate(total=Sum("line_price_incl_tax"))["total"] or 0,
            "order_status_breakdown": orders.order_by("status").values("status").annotate(freq=Count("id")),
        }


class OrderListView(views.OrderListView):
    def dispatch(self, request, *args, **kwargs):
        if access.is_artisan(request.user):
            self.form_class = ArtisanOrderSearchForm
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        user = self.request.user
        if access.is_artisan(user):
            self.base_queryset = access.orders_for(user, order_queryset()).order_by("-date_placed")
        queryset = super().get_queryset()
        line_filters = getattr(self.form, "line_filters", None)
        if line_filters:
            # Product searches look at the artisan's own lines only.
            own = access.lines_for(user).filter(**line_filters)
            queryset = queryset.filter(pk__in=own.values("order_id"))
        return queryset

    def get_actions(self):
        return {} if access.is_artisan(self.request.user) else super().get_actions()

    def is_csv_download(self):
        return super().is_csv_download() and not access.is_artisan(self.request.user)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        user = self.request.user
        ctx["is_artisan"] = access.is_artisan(user)
        if ctx["is_artisan"]:
            orders = list(ctx["orders"])
            totals = access.own_lines_total(user, [order.pk for order in orders])
            for order in orders:
                order.own_items, order.own_total = totals.get(order.pk, (0, 0))
            ctx["orders"] = ctx["object_list"] = orders
        return ctx


class OrderDetailView(views.OrderDetailView):
    order_actions = (*views.OrderDetailView.order_actions, "confirm_by_phone")

    def is_artisan(self):
        return access.is_artisan(self.request.user)

    def get_template_names(self):
        if self.is_artisan():
            return ["oscar/dashboard/orders/artisan_order_detail.html"]
        return super().get_template_names()

    def get_object(self, queryset=None):
        return access.get_order_or_404(self.request.user, self.kwargs["number"], order_queryset())

    def get_order_lines(self):
        return access.lines_for(self.request.user, self.object).select_related("stockrecord", "product")

    def handle_order_action(self, request, order, action):
        if self.is_artisan() and action not in access.ARTISAN_ORDER_ACTIONS:
            raise PermissionDenied
        return super().handle_order_action(request, order, action)

    def handle_line_action(self, request, order, action):
        if self.is_artisan() and action not in access.ARTISAN_LINE_ACTIONS:
            raise PermissionDenied
        return super().handle_line_action(request, order, action)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        user = self.request.user
        ctx["notes"] = access.notes_for(user, self.object).select_related("user")
        ctx["may_confirm_by_phone"] = access.may_confirm_by_phone(user, self.object)
        if self.is_artisan():
            lines = ctx["lines"]
            ctx["own_total"] = sum(line.line_price_incl_tax for line in lines)
            ctx["buyer_contact_visible"] = access.may_see_buyer_contact(user, self.object)
            ctx["buyer_phone_visible"] = access.may_see_buyer_phone(user, self.object)
            ctx["payment_transactions"] = []
        return ctx

    def get_order_note_form(self):
        kwargs = {"order": self.object, "user": self.request.user, "data": None}
        if self.request.method == "POST":
            kwargs["data"] = self.request.POST
        note_id = self.kwargs.get("note_id")
        if note_id:
            note = access.editable_note_or_404(self.request.user, self.object, note_id)
            if note.is_editable():
                kwargs["instance"] = note
        return OrderNoteForm(**kwargs)

    def delete_note(self, request, order):
        try:
            note = access.editable_note_or_404(request.user, order, request.POST.get("note_id"))
        except access.Http404:
            messages.error(request, _("Note cannot be deleted"))
        else:
            messages.info(request, _("Note deleted"))
            note.delete()
        return self.reload_page()

    def confirm_by_phone(self, request, order):
        """The buyer confirmed on the phone: staff, or the artisan who is the order's only seller."""
        if not access.may_confirm_by_phone(request.user, order):
            if self.is_artisan():
                raise PermissionDenied
            return self.reload_page(error=_("This order is not waiting for a phone confirmation."))
        if confirmation.confirm_by_phone(order, request.user):
            messages.success(request, _("Order confirmed by phone."))
        else:  # confirmed, or expired, by someone else a moment ago
            messages.error(request, _("This order is not waiting for a phone confirmation."))
        return self.reload_page()

    def change_order_status(self, request, order):
        """Staff moving a pending order to Confirmed confirm it by phone (who and when recorded)."""
        new_status = request.POST.get("new_status")
        if order.status == access.AWAITING_CONFIRMATION and new_status == confirmation.CONFIRMED:
            return self.confirm_by_phone(request, order)
        return super().change_order_status(request, order)

    def change_line_statuses(self, request, order, lines, quantities):
        """Oscar's status change; a line that becomes Cancelled gives its stock back."""
        new_status = request.POST.get("new_status", "").strip()
        if not access.line_status_allowed(order, new_status):
            return self.reload_page(
                error=_("The order must be confirmed by phone before its items are prepared or shipped.")
            )
        before = {line.pk: line.status for line in lines}  # evaluates (and caches) ``lines``
        with transaction.atomic():
            response = super().change_line_statuses(request, order, lines, quantities)
            cancelled = [line for line in lines if line.status == CANCELLED != before[line.pk]]
            if cancelled:
                self.get_handler(user=request.user).cancel_stock_allocations(
                    order, cancelled, [line.quantity for line in cancelled]
                )
        return response


class LineDetailView(views.LineDetailView):
    def get_object(self, queryset=None):
        order = access.get_order_or_404(self.request.user, self.kwargs["number"])
        try:
            return access.lines_for(self.request.user, order).get(pk=self.kwargs["line_id"])
        except self.model.DoesNotExist:
            raise access.Http404 from None


class ShippingAddressUpdateView(views.ShippingAddressUpdateView):
    def get_object(self, queryset=None):
        # The permission map keeps artisans out already; this is the second lock.
        if access.is_artisan(self.request.user):
            raise PermissionDenied
        return super().get_object(queryset)
