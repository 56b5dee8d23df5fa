"""Public views: sign-up (posted to a course page), cancellation by link, certificate verification, PDF."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .certificates import Certificate
from .forms import RegistrationForm
from .registrations import Registration
from .services import AlreadyRegistered, cancel, register


def register_from_page(page, request):
    """POST on a course page: register, then redirect to the page with a message saying the outcome."""
    form = RegistrationForm(request.POST)
    if not page.registration_open:
        messages.error(request, _("Registration for this course is closed."))
        return redirect(page.url)
    if form.is_valid():
        try:
            registration = register(page, language=get_language(), user=request.user, **form.cleaned_data)
        except AlreadyRegistered:
            form.add_error("email", _("This e-mail address is already registered for this course."))
        else:
            if registration.status == Registration.Status.CONFIRMED:
                messages.success(
                    request, _("Your place is confirmed. We have sent you an e-mail with the details.")
                )
            else:
                full = _(
                    "The course is full: you are on the waiting list. "
                    "We will e-mail you if a place frees up."
                )
                messages.warning(request, full)
            return redirect(page.url + "#registration")
    response = TemplateResponse(request, page.get_template(request), page.get_context(request, form=form))
    response.status_code = 400
    return response


def cancel_registration(request, token):
    """GET shows what will be cancelled and a button; POST cancels. A bad or used link says so."""
    registration = Registration.objects.select_related("course").filter(token=token).first()
    context = {"registration": registration, "page_title": _("Cancel my registration")}
    if registration is None or registration.status == Registration.Status.CANCELLED:
        context["invalid"] = True
        return TemplateResponse(
            request, "training/cancel.html", context, status=404 if registration is None else 410
        )
    course = registration.course.specific
    context["course"] = course.localized if hasattr(course, "localized") else course
    if request.method == "POST":
        cancel(registration)
        context["done"] = True
    return TemplateResponse(request, "training/cancel.html", context)


def _certificate(code):
    certificate = get_object_or_404(Certificate.objects.select_related("course"), code=code.upper())
    return certificate


def verify(request, code):
    certificate = _certificate(code)
    course = certificate.course_in_language(get_language())
    return TemplateResponse(
        request,
        "training/verify.html",
        {"certificate": certificate, "course": course, "page_title": _("Certificate verification")},
    )


def certificate_pdf(request, code):
    from .pdf import certificate_pdf as render_pdf

    certificate = _certificate(code)
    if certificate.revoked:
        raise Http404
    response = HttpResponse(render_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
    return response
