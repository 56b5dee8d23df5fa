"""Checkout forms for one country profile: a mobile phone of that country, its regions or wilayas.

The address stores the region's ISO 3166-2 code (``MA-07``); the list shows
the names in the customer's language.
"""

import phonenumbers
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F403
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm
from oscar.core.loading import get_class, get_model
from phonenumber_field.phonenumber import PhoneNumber

from shop.address.forms import RegionFieldMixin

AbstractAddressForm = get_class("address.forms", "AbstractAddressForm")
Country = get_model("address", "Country")

NOTES_MAX_LENGTH = 500
PHONE_EXAMPLES = {"MA": "06 12 34 56 78", "DZ": "05 51 23 45 67"}
PHONE_ERRORS = {
    "MA": _("Enter a valid Moroccan phone number, for example %(example)s or +212 6 12 34 56 78."),
    "DZ": _("Enter a valid Algerian phone number, for example %(example)s or +213 5 51 23 45 67."),
}
NOT_A_MOBILE = _("This is not a mobile number: the courier needs a mobile phone, for example %(example)s.")
MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def clean_profile_phone(value, mobile_only=True):
    """A PhoneNumber of the profile's country from a national or international entry, or ValidationError.

    ``mobile_only`` refuses fixed lines (0522..., 021...) and special numbers.
    """
    country = settings.HIRFA_PROFILE["country"]
    example = {"example": PHONE_EXAMPLES[country]}
    message = PHONE_ERRORS[country] % example
    try:
        parsed = phonenumbers.parse(value, country)
    except phonenumbers.NumberParseException:
        raise forms.ValidationError(message, code="invalid_phone") from None
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.region_code_for_number(parsed) != country:
        raise forms.ValidationError(message, code="invalid_phone")
    if mobile_only and phonenumbers.number_type(parsed) not in MOBILE_TYPES:
        raise forms.ValidationError(NOT_A_MOBILE % example, code="not_mobile")
    return PhoneNumber.from_string(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


class ShippingAddressForm(RegionFieldMixin, AbstractAddressForm):
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
        self.set_region_field()
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


class GatewayForm(OscarGatewayForm):
    """Oscar's "who are you?" step, usable without JavaScript.

    Oscar marks the password ``required`` and only its script lifts that for
    guests: with JavaScript off the browser refuses to send the form of a
    guest. The password is required here only for a returning customer.
    """

    PASSWORD_NEEDED = _("Enter your password to sign in, or choose to check out as a guest.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].required = False

    def clean(self):
        if self.cleaned_data.get("options") == self.EXISTING and not self.cleaned_data.get("password"):
            self.add_error("password", forms.ValidationError(self.PASSWORD_NEEDED, code="required"))
            return self.cleaned_data
        return super().clean()
