"""Staff review of artisan applications, inside the forked dashboard.

Who may come is the sub-app's permission map (apps.py: staff only); what a
decision does is shop.onboarding.approval's.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, View

from portal.country import region_name
from shop.onboarding import approval
from shop.onboarding.models import Application

from .forms import ApplicationFilterForm, MessageForm


class ReviewMixin:
    def url(self, name, *args):
        return reverse(f"dashboard:{name}", args=args)


class ApplicationListView(ReviewMixin, ListView):
    template_name = "oscar/dashboard/applications/application_list.html"
    context_object_name = "applications"
    paginate_by = 25

    def get_queryset(self):
        self.filter_form = ApplicationFilterForm(self.request.GET or None)
        queryset = Application.objects.prefetch_related("crafts")
        return self.filter_form.filter(queryset) if self.request.GET else queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        for application in context["applications"]:
            application.region_label = region_name(application.region_code)
            application.detail_url = self.url("application-detail", application.pk)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context


class ApplicationDetailView(ReviewMixin, DetailView):
    model = Application
    template_name = "oscar/dashboard/applications/application_detail.html"
    context_object_name = "application"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.update(
            region_label=region_name(application.region_code),
            craft_labels=[str(craft) for craft in application.crafts.all()],
            list_url=self.url("application-list"),
            approve_url=self.url("application-approve", application.pk),
            reject_url=self.url("application-reject", application.pk),
            more_url=self.url("application-more", application.pk),
            reject_form=kwargs.get("reject_form") or MessageForm(prefix="reject"),
            more_form=kwargs.get("more_form") or MessageForm(prefix="more"),
        )
        return context


class DecisionView(ReviewMixin, View):
    """POST only: one decision on one application, then back to its detail page."""

    http_method_names = ["post"]

    def post(self, request, pk):
        application = get_object_or_404(Application, pk=pk)
        try:
            done = self.decide(application)
        except approval.ReviewError as error:
            messages.error(request, str(error))
            done = None
        if done is False:
            messages.warning(request, _("Nothing changed: this application was already decided."))
        elif done == "invalid":
            return self.invalid(application)
        elif done:
            messages.success(request, self.success_message)
        return redirect(self.url("application-detail", application.pk))

    def invalid(self, application):
        detail = ApplicationDetailView(
            request=self.request, kwargs={"pk": application.pk}, object=application
        )
        context = detail.get_context_data(object=application, **{f"{self.prefix}_form": self.form})
        messages.error(self.request, _("Write a message for the applicant."))
        return detail.render_to_response(context, status=400)


class ApproveView(DecisionView):
    @property
    def success_message(self):
        return _("Application approved: the account, the partner and the dashboard access are created.")

    def decide(self, application):
        return approval.approve(application, self.request.user, request=self.request)


class RejectView(DecisionView):
    prefix = "reject"

    @property
    def success_message(self):
        return _("Application rejected; the applicant is told why.")

    def decide(self, application):
        self.form = MessageForm(self.request.POST, prefix=self.prefix)
        if not self.form.is_valid():
            return "invalid"
        return approval.reject(
            application, self.form.cleaned_data["message"], self.request.user, self.request
        )


class RequestMoreView(RejectView):
    prefix = "more"

    @property
    def success_message(self):
        return _("The applicant is asked for more information.")

    def decide(self, application):
        self.form = MessageForm(self.request.POST, prefix=self.prefix)
        if not self.form.is_valid():
            return "invalid"
        return approval.request_more(
            application, self.form.cleaned_data["message"], self.request.user, self.request
        )
