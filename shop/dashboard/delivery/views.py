"""Staff edit the flat delivery rate of every region or wilaya of the profile, on one page."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from shop.delivery.models import RegionRate

from .forms import RegionRateFormSet


# Who may open it is the app's permission map (apps.py: staff only).
class RegionRateListView(TemplateView):
    template_name = "oscar/dashboard/delivery/rate_list.html"

    def get_formset(self):
        queryset = RegionRate.objects.for_profile()
        return RegionRateFormSet(self.request.POST or None, queryset=queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("formset", self.get_formset())
        return context

    def post(self, request, *args, **kwargs):
        formset = self.get_formset()
        if not formset.is_valid():
            messages.error(request, _("Some rates were not saved: correct the fields marked below."))
            return self.render_to_response(self.get_context_data(formset=formset))
        changed = formset.save()
        messages.success(request, _("%(count)d delivery rate(s) updated.") % {"count": len(changed)})
        return redirect("dashboard:delivery-rate-list")
