"""Staff pages in the Wagtail admin: a course's roll (attendance, completion) and revoking a certificate.

Viewing needs ``training.view_registration``; ticking attendance or
completion needs ``training.mark_completion`` and revoking needs
``training.revoke_certificate`` (both declared on the models).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .certificates import Certificate
from .forms import RevokeForm
from .pages import CoursePage
from .registrations import Registration
from .services import complete, revoke


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def course_list(request):
    _require(request, "training.view_registration")
    courses = CoursePage.objects.filter(pk__in=Registration.objects.values("course")).order_by("-start_date")
    return TemplateResponse(request, "training/admin/course_list.html", {"courses": courses})


def course_roll(request, course_id):
    _require(request, "training.view_registration")
    course = get_object_or_404(CoursePage, pk=course_id)
    registrations = (
        Registration.objects.filter(course=course)
        .select_related("certificate")
        .order_by("status", "created_at")
    )
    can_mark = request.user.has_perm("training.mark_completion")
    if request.method == "POST":
        if not can_mark:
            raise PermissionDenied
        attended = set(request.POST.getlist("attended"))
        completed = set(request.POST.getlist("completed"))
        issued = 0
        for registration in registrations.filter(status=Registration.Status.CONFIRMED):
            key = str(registration.pk)
            if registration.attended != (key in attended) and registration.completed_at is None:
                registration.attended = key in attended
                registration.save(update_fields=["attended"])
            if key in completed and registration.completed_at is None:
                issued += complete(registration) is not None
        messages.success(request, _("Roll saved. Certificates issued: %(count)s.") % {"count": issued})
        return redirect(reverse("training_admin:roll", args=[course.pk]))
    return TemplateResponse(
        request,
        "training/admin/roll.html",
        {"course": course, "registrations": registrations, "can_mark": can_mark},
    )


def revoke_certificate(request, certificate_id):
    _require(request, "training.revoke_certificate")
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not certificate.revoked:
        revoke(certificate, form.cleaned_data["reason"])
        messages.success(request, _("Certificate %(code)s revoked.") % {"code": certificate.code})
        return redirect(reverse("training_admin:courses"))
    return TemplateResponse(request, "training/admin/revoke.html", {"certificate": certificate, "form": form})
