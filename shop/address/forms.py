"""Address forms: the region or wilaya chosen from the country profile's list, stored by its code.

Oscar's address-book form (``UserAddressForm``, used by the account pages and
the checkout) gets the same list as the checkout's shipping address.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.forms import *  # noqa: F403
from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm

from portal.country import region_code, region_name


def delivered_regions():
    """Codes of the profile's regions where a delivery method is offered (dashboard: delivery)."""
    from shop.delivery.models import RegionRate

    return RegionRate.objects.delivered_region_codes()


class RegionFieldMixin:
    """The address's ``state`` as a list of the profile's regions or wilayas, stored by code.

    An address saved before codes were (``Marrakech-Safi``) is shown with its
    region chosen.
    """

    only_delivered_regions = True

    def set_region_field(self):
        profile = settings.HIRFA_PROFILE
        delivered = delivered_regions() if self.only_delivered_regions else None
        codes = [code for code, _official in profile["regions"] if delivered is None or code in delivered]
        self.fields["state"] = forms.ChoiceField(
            label=_("Region") if profile["country"] == "MA" else _("Wilaya"),
            choices=[("", _("Choose…"))] + [(code, region_name(code)) for code in codes],
            error_messages={"invalid_choice": _("Choose your region or wilaya from the list.")},
        )
        stored = self.initial.get("state") or getattr(self.instance, "state", "")
        if stored and not self.is_bound:
            self.initial["state"] = region_code(stored) or stored


class UserAddressForm(RegionFieldMixin, OscarUserAddressForm):
    """An address-book entry: any region of the profile (delivery may resume later)."""

    only_delivered_regions = False

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.set_region_field()
