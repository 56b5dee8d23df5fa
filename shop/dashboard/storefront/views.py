"""The artisan edits their own storefront: texts in every language (theirs first), crafts, photo, contact.

Who may open it is the app's permission map (apps.py); *which* storefront is
decided here: an artisan reaches only the partners in ``request.user.partners``
(another id is a 404), staff any partner. A partner without a storefront gets
one on first save, offline until staff put it online.
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from shop.artisans.forms import StorefrontForm
from shop.artisans.models import ArtisanProfile
from shop.dashboard.access import is_artisan

Partner = get_model("partner", "Partner")


def editable_partners(user):
    """The partners whose storefront ``user`` may edit: their own, or every partner for staff."""
    partners = Partner.objects.all() if not is_artisan(user) else user.partners.all()
    return partners.select_related("artisan_profile").order_by("name", "pk")


def profile_of(partner):
    """The partner's storefront, or a new one (offline) to be created on the first save."""
    try:
        return partner.artisan_profile
    except ArtisanProfile.DoesNotExist:
        return ArtisanProfile(partner=partner, name=partner.name, is_active=False)


def artisan_language(partner):
    """The artisan's own language (their storefront's), else the one they applied in, else the dashboard's."""
    profile = getattr(partner, "artisan_profile", None)
    if profile is not None and profile.pk:
        return profile.language
    application = partner.applications.exclude(language="").order_by("-pk").first()
    return application.language if application else get_language()


class StorefrontChooserView(TemplateView):
    """One storefront: straight to its form; several (or staff): the list to choose from."""

    template_name = "oscar/dashboard/storefront/storefront_list.html"

    def get(self, request, *args, **kwargs):
        partners = list(editable_partners(request.user))
        if is_artisan(request.user) and len(partners) == 1:
            return redirect("dashboard:storefront-partner-edit", partner_pk=partners[0].pk)
        return self.render_to_response(self.get_context_data(partners=partners))


class StorefrontEditView(TemplateView):
    template_name = "oscar/dashboard/storefront/storefront_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.partner = get_object_or_404(editable_partners(request.user), pk=kwargs["partner_pk"])
        self.profile = profile_of(self.partner)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        data = (self.request.POST, self.request.FILES) if self.request.method == "POST" else (None, None)
        return StorefrontForm(*data, instance=self.profile, language=artisan_language(self.partner))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context.update(partner=self.partner, profile=self.profile)
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            messages.error(request, _("Your storefront was not saved: correct the fields marked below."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        with transaction.atomic():
            form.save()
        messages.success(request, _("Your storefront has been saved."))
        return redirect("dashboard:storefront-partner-edit", partner_pk=self.partner.pk)
