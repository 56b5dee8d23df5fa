"""Wagtail admin → Settings → Locked sign-ins: who is locked out now, and a button to unlock them.

Site administrators only (superusers, or a group given "Can delete access
attempt" of django-axes). ``manage.py axes_reset`` (all), ``axes_reset_ip``
and ``axes_reset_username`` do the same from the shell.
"""

from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from axes.utils import reset
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

UNLOCK_PERMISSION = "axes.delete_accessattempt"


def can_unlock(user):
    return user.is_active and (user.is_superuser or user.has_perm(UNLOCK_PERMISSION))


def current_lockouts(request=None):
    """[(kind, value, failures, locked until)] for every account and address locked out now."""
    cool_off = get_cool_off(request)
    limit = get_failure_limit(request, None)
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off)
    rows = []
    for kind, field in (("username", "username"), ("ip", "ip_address")):
        grouped = recent.exclude(**{f"{field}__isnull": True})
        if kind == "username":  # (an empty address is NULL already: comparing it with "" would match nothing)
            grouped = grouped.exclude(username="")
        grouped = grouped.values(field).annotate(
            failures=Sum("failures_since_start"), last=Max("attempt_time")
        )
        rows += [
            (kind, row[field], row["failures"], row["last"] + cool_off)
            for row in grouped.filter(failures__gte=limit).order_by("-last")
        ]
    return rows


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "abuse/admin/lockouts.html"
    page_title = gettext_lazy("Locked sign-ins")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "lockouts": current_lockouts(self.request)}

    def post(self, request, *args, **kwargs):
        kind, value = request.POST.get("kind"), request.POST.get("value", "")
        if kind == "username" and value:
            reset(username=value)
            messages.success(request, _("The account “%(name)s” can sign in again.") % {"name": value})
        elif kind == "ip" and value:
            reset(ip=value)
            messages.success(request, _("The address %(ip)s can sign in again.") % {"ip": value})
        return redirect("abuse_lockouts")
