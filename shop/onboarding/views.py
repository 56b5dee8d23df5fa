"""Public side: apply, then follow the application on a page only its secret link opens."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView

from .forms import DUPLICATE_PHONE, DUPLICATE_REGISTER, ApplicationForm, ApplicationUpdateForm
from .models import Application
from .notifications import notify_applicant, set_password_path, storefront_path


class NoLongerOpen(Exception):
    pass


def save_or_explain(form, only_in_state=None):
    """Save the form's application; if the database refuses a duplicate that raced us, say which.

    ``only_in_state``: save only if the stored application is still in that
    state (the row is locked first, so a staff decision cannot be overwritten).
    """
    try:
        with transaction.atomic():
            if only_in_state is not None:
                still = Application.objects.select_for_update().filter(
                    pk=form.instance.pk, state=only_in_state
                )
                if not still.exists():
                    raise NoLongerOpen
            application = form.save()
    except IntegrityError:
        instance = form.instance
        others = Application.objects.exclude(state=Application.State.REJECTED).exclude(pk=instance.pk)
        if others.filter(phone=instance.phone).exists():
            form.add_error("phone", DUPLICATE_PHONE)
        elif others.filter(register_key=instance.register_key).exists():
            form.add_error("register_number", DUPLICATE_REGISTER)
        else:  # pragma: no cover - another constraint: not a duplicate we can explain
            raise
        return None
    transaction.on_commit(lambda: notify_applicant(application, form.request))
    return application


class ApplyView(FormView):
    template_name = "onboarding/apply.html"
    form_class = ApplicationForm

    def form_valid(self, form):
        form.request = self.request
        application = save_or_explain(form)
        if application is None:
            return self.form_invalid(form)
        messages.success(
            self.request, _("Thank you: your application was sent. Keep the address of this page.")
        )
        return redirect(reverse("onboarding:status", args=[application.token]))


class StatusView(FormView):
    """Where the application stands; when staff asked for more, the applicant answers here."""

    template_name = "onboarding/status.html"
    form_class = ApplicationUpdateForm

    def dispatch(self, request, *args, **kwargs):
        self.application = get_object_or_404(Application, token=kwargs["token"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.application
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.application
        context["application"] = application
        context["can_update"] = application.state == Application.State.MORE_INFO
        if not context["can_update"]:
            context.pop("form", None)
        context["set_password_url"] = set_password_path(application)
        context["storefront_url"] = storefront_path(application)
        return context

    def post(self, request, *args, **kwargs):
        if self.application.state != Application.State.MORE_INFO:
            messages.error(request, _("This application can no longer be changed."))
            return redirect(request.path)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        form.request = self.request
        try:
            application = save_or_explain(form, only_in_state=Application.State.MORE_INFO)
        except NoLongerOpen:
            messages.error(self.request, _("This application can no longer be changed."))
            return redirect(self.request.path)
        if application is None:
            return self.form_invalid(form)
        messages.success(self.request, _("Thank you: your answer was sent to the Hirfa team."))
        return redirect(self.request.path)
