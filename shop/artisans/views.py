"""Public pages: the artisans' directory, a storefront with its contact form, its QR code and print card.

Built on the portal's own light templates (``base.html``, hirfa.css and
artisans.css), not on Oscar's Bootstrap layout. Every page issues a fixed
number of queries whatever the number of artisans or products shown.
"""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from portal.country import region_name

from .contact import ContactForm
from .filters import DirectoryFilterForm
from .models import ArtisanProfile
from .qr import qr_svg, qr_svg_document
from .queries import craft_choices, crafts_by_profile, product_cards, storefront_products

ARTISANS_PER_PAGE = 24
CARD_SIZES = {"a6": "A6", "a5": "A5"}


def public_profile(slug):
    """The active profile of ``slug``, or a 404 (in the visitor's language)."""
    return get_object_or_404(ArtisanProfile.objects.public().select_related("partner"), slug=slug)


def storefront_url(request, profile):
    """The storefront's absolute address under the current language (what the QR code holds)."""
    return request.build_absolute_uri(profile.get_absolute_url())


class DirectoryView(TemplateView):
    template_name = "artisans/directory.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        public = ArtisanProfile.objects.public()
        used = public.exclude(region="").values_list("region", flat=True).distinct()
        regions = sorted(((code, region_name(code)) for code in set(used)), key=lambda choice: choice[1])
        form = DirectoryFilterForm(self.request.GET, regions=regions, crafts=craft_choices(public))
        profiles = form.filter(public.select_related("partner")).order_by("name", "pk")
        page = Paginator(profiles, ARTISANS_PER_PAGE).get_page(self.request.GET.get("page"))
        crafts = crafts_by_profile(page)
        context.update(
            form=form,
            page_obj=page,
            artisans=[(profile, crafts[profile.pk]) for profile in page],
            page_title=_("Artisans"),
        )
        return context


class StorefrontView(TemplateView):
    template_name = "artisans/storefront.html"

    def dispatch(self, request, *args, **kwargs):
        self.profile = public_profile(kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def contact_form(self, data=None):
        return ContactForm(data, profile=self.profile, client_key=self.request.META.get("REMOTE_ADDR", ""))

    def post(self, request, *args, **kwargs):
        form = self.contact_form(request.POST)
        if form.is_valid():
            form.save()
            messages.success(
                request, _("Your message has been sent to %(name)s.") % {"name": self.profile.name}
            )
            return redirect(self.profile.get_absolute_url() + "#contact")
        return self.render_to_response(self.get_context_data(contact_form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = self.profile
        products = storefront_products(profile.partner)
        page = Paginator(products, settings.OSCAR_PRODUCTS_PER_PAGE).get_page(self.request.GET.get("page"))
        cards = product_cards(page.object_list, self.request.strategy)
        context.update(
            profile=profile,
            crafts=crafts_by_profile([profile])[profile.pk],
            page_obj=page,
            in_stock=[card for card in cards if not card["made_to_order"]],
            made_to_order=[card for card in cards if card["made_to_order"]],
            contact_form=kwargs.get("contact_form") or self.contact_form(),
            page_title=profile.name,
        )
        return context


class PrintCardView(TemplateView):
    """A card for a fair booth: name, craft, QR code and address, sized A6 (or A5 with ?size=a5)."""

    template_name = "artisans/card.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = public_profile(kwargs["slug"])
        url = storefront_url(self.request, profile)
        size = self.request.GET.get("size", "a6").lower()
        context.update(
            profile=profile,
            crafts=crafts_by_profile([profile])[profile.pk],
            url=url,
            qr=qr_svg(url, scale=6),
            paper=CARD_SIZES.get(size, "A6"),
            sizes=CARD_SIZES,
            page_title=profile.name,
        )
        return context


def qr_code(request, slug):
    """The storefront's QR code as an SVG file (a printer or a poster layout may want the file)."""
    profile = public_profile(slug)
    response = HttpResponse(qr_svg_document(storefront_url(request, profile)), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="{profile.slug}-qr.svg"'
    response["Cache-Control"] = "public, max-age=86400"
    return response
