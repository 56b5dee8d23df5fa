"""Checkout forms for one country profile: a phone valid in that country, its regions or wilayas."""

import phonenumbers
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F403
from oscar.core.loading import get_class, get_model
from phonenumber_field.phonenumber import PhoneNumber

from portal.country.profiles import region_label

AbstractAddressForm = get_class("address.forms", "AbstractAddressForm")
Country = get_model("address", "Country")

NOTES_MAX_LENGTH = 500
PHONE_EXAMPLES = {"MA": "06 12 34 56 78", "DZ": "05 51 23 45 67"}
PHONE_ERRORS = {
    "MA": _("Enter a valid Moroccan phone number, for example %(example)s or +212 6 12 34 56 78."),
    "DZ": _("Enter a valid Algerian phone number, for example %(example)s or +213 5 51 23 45 67."),
}


def clean_profile_phone(value):
    """A PhoneNumber of the profile's country from a national or international entry, or ValidationError."""
    country = settings.HIRFA_PROFILE["country"]
    message = PHONE_ERRORS[country] % {"example": PHONE_EXAMPLES[country]}
    try:
        parsed = phonenumbers.parse(value, country)
    except phonenumbers.NumberParseException:
        raise forms.ValidationError(message, code="invalid_phone") from None
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.region_code_for_number(parsed) != country:
        raise forms.ValidationError(message, code="invalid_phone")
    return PhoneNumber.from_string(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def delivered_regions():
    """Codes of the profile's regions where home delivery is offered (dashboard: delivery rates)."""
    from shop.delivery.models import RegionRate

    return set(RegionRate.objects.for_profile().filter(is_active=True).values_list("region_code", flat=True))


class ShippingAddressForm(AbstractAddressForm):
    """Where and to whom the courier delivers: the profile's country only, a region from its list."""

    phone_number = forms.CharField(
        label=_("Mobile phone"),
        max_length=32,
        help_text=_("The courier calls this number before delivering."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )

    class Meta:
        model = get_model("order", "ShippingAddress")
        fields = [
            "first_name",
            "last_name",
            "line1",
            "line2",
            "line4",
            "state",
            "postcode",
            "phone_number",
            "notes",
        ]
        labels = {
            "line1": _("Address"),
            "line2": _("Address (continued)"),
            "line4": _("City or town"),
            "postcode": _("Postcode (optional)"),
            "notes": _("Delivery instructions"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profile = settings.HIRFA_PROFILE
        self.instance.country = Country.objects.get(pk=profile["country"])
        label = _("Region") if profile["country"] == "MA" else _("Wilaya")
        delivered = delivered_regions()
        self.fields["state"] = forms.ChoiceField(
            label=label,
            choices=[("", _("Choose…"))]
            + [
                (name, region_label(code, name, get_language()))
                for code, name in profile["regions"]
                if code in delivered
            ],
            error_messages={"invalid_choice": _("Choose your region or wilaya from the list.")},
        )
        self.fields["postcode"].required = False
        # A TextField has no limit of its own: the courier reads these on a phone.
        self.fields["notes"].max_length = NOTES_MAX_LENGTH
        self.fields["notes"].validators.append(MaxLengthValidator(NOTES_MAX_LENGTH))
        self.fields["notes"].widget.attrs["maxlength"] = NOTES_MAX_LENGTH
        self.fields["phone_number"].widget.attrs["placeholder"] = PHONE_EXAMPLES[profile["country"]]
        if self.instance.pk is None and self.initial.get("phone_number"):
            self.initial["phone_number"] = str(self.initial["phone_number"])

    def clean_phone_number(self):
        return clean_profile_phone(self.cleaned_data["phone_number"])
