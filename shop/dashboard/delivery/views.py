"""Staff edit delivery: rates per region and method, stop-desk points, artisans' free-delivery thresholds.

Who may open these is the app's permission map (apps.py: staff only).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView, View
from django.views.generic.edit import CreateView, UpdateView
from oscar.core.loading import get_model

from shop.delivery.models import HOME, METHOD_CHOICES, FreeDeliveryThreshold, RegionRate, StopDesk
from shop.delivery.shipments import public_name

from .forms import FreeDeliveryThresholdForm, RegionRateFormSet, StopDeskForm

Partner = get_model("partner", "Partner")
METHOD_URLS = {HOME: "dashboard:delivery-rate-list", "stop-desk": "dashboard:delivery-stop-desk-rate-list"}


class RegionRateListView(TemplateView):
    """Every region's rate of one method (home delivery, or stop-desk pickup), on one page."""

    template_name = "oscar/dashboard/delivery/rate_list.html"
    method = HOME

    def get_formset(self):
        queryset = RegionRate.objects.for_profile(self.method)
        return RegionRateFormSet(self.request.POST or None, queryset=queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("formset", self.get_formset())
        context["method"] = self.method
        context["method_name"] = dict(METHOD_CHOICES)[self.method]
        context["methods"] = [(code, name, METHOD_URLS[code]) for code, name in METHOD_CHOICES]
        return context

    def post(self, request, *args, **kwargs):
        formset = self.get_formset()
        if not formset.is_valid():
            messages.error(request, _("Some rates were not saved: correct the fields marked below."))
            return self.render_to_response(self.get_context_data(formset=formset))
        changed = formset.save()
        messages.success(request, _("%(count)d delivery rate(s) updated.") % {"count": len(changed)})
        return redirect(METHOD_URLS[self.method])


class StopDeskListView(ListView):
    template_name = "oscar/dashboard/delivery/stop_desk_list.html"
    context_object_name = "stop_desks"

    def get_queryset(self):
        return StopDesk.objects.for_profile()


class StopDeskFormMixin:
    model = StopDesk
    form_class = StopDeskForm
    template_name = "oscar/dashboard/delivery/stop_desk_form.html"

    def get_queryset(self):
        return StopDesk.objects.for_profile()

    def get_success_url(self):
        messages.success(self.request, _("Stop-desk point “%(name)s” saved.") % {"name": self.object.name})
        return reverse("dashboard:delivery-stop-desk-list")

    def form_invalid(self, form):
        messages.error(self.request, _("The stop-desk point was not saved: correct the fields marked below."))
        return super().form_invalid(form)


class StopDeskCreateView(StopDeskFormMixin, CreateView):
    pass


class StopDeskUpdateView(StopDeskFormMixin, UpdateView):
    pass


class StopDeskDeactivateView(View):
    """POST: the point is no longer offered at checkout (orders keep pointing at it)."""

    def post(self, request, pk):
        point = get_object_or_404(StopDesk.objects.for_profile(), pk=pk)
        point.is_active = False
        point.save(update_fields=["is_active"])
        messages.success(
            request, _("Stop-desk point “%(name)s” is no longer offered.") % {"name": point.name}
        )
        return redirect("dashboard:delivery-stop-desk-list")


class ThresholdListView(ListView):
    """Every artisan (partner) with their free-delivery threshold (two queries)."""

    template_name = "oscar/dashboard/delivery/threshold_list.html"
    context_object_name = "partners"

    def get_queryset(self):
        return Partner.objects.select_related("artisan_profile", "free_delivery").order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for partner in context["partners"]:
            partner.public_name = public_name(partner)
            partner.threshold = getattr(partner, "free_delivery", None)
        return context


class ThresholdEditView(TemplateView):
    template_name = "oscar/dashboard/delivery/threshold_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.partner = get_object_or_404(Partner, pk=kwargs["partner_pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        current = FreeDeliveryThreshold.objects.filter(partner=self.partner).first()
        initial = {"amount": current.amount if current else None}
        return FreeDeliveryThresholdForm(self.request.POST or None, initial=initial)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context["partner"] = self.partner
        context["partner_name"] = public_name(self.partner)
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            messages.error(request, _("The threshold was not saved: correct the field marked below."))
            return self.render_to_response(self.get_context_data(form=form))
        form.save(self.partner)
        messages.success(
            request, _("Free-delivery threshold of %(name)s saved.") % {"name": public_name(self.partner)}
        )
        return redirect("dashboard:delivery-threshold-list")
