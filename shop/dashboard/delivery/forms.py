from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.country import region_name
from shop.delivery.models import FreeDeliveryThreshold, RegionRate, StopDesk

MONEY_WIDGET = forms.NumberInput(attrs={"step": "0.01", "min": "0", "dir": "ltr"})


class RegionRateForm(forms.ModelForm):
    class Meta:
        model = RegionRate
        fields = ["charge", "is_active"]
        widgets = {"charge": MONEY_WIDGET}


RegionRateFormSet = forms.modelformset_factory(RegionRate, form=RegionRateForm, extra=0, can_delete=False)


def translated_fields(*names):
    """``name_ar, name_fr, ...``: the default language first, as modeltranslation names them."""
    langs = [settings.LANGUAGE_CODE] + [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    return [f"{name}_{lang}" for name in names for lang in langs]


class StopDeskForm(forms.ModelForm):
    """A pickup point: a region of the profile, its name, address and hours in each language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profile = settings.HIRFA_PROFILE
        self.fields["region_code"] = forms.ChoiceField(
            label=_("Region") if profile["country"] == "MA" else _("Wilaya"),
            choices=[("", _("Choose…"))]
            + [(code, region_name(code)) for code, _official in profile["regions"]],
            error_messages={"invalid_choice": _("Choose your region or wilaya from the list.")},
        )
        default = settings.LANGUAGE_CODE
        for name in ("name", "address"):
            self.fields[f"{name}_{default}"].required = True
        self.fields["phone"].widget.attrs.update({"type": "tel", "dir": "ltr"})

    class Meta:
        model = StopDesk
        fields = [
            "region_code",
            *translated_fields("name", "address"),
            "town",
            *translated_fields("opening_hours"),
            "phone",
            "is_active",
        ]

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        if not value:
            return value
        from shop.checkout.forms import clean_profile_phone

        return clean_profile_phone(value, mobile_only=False).as_e164


class FreeDeliveryThresholdForm(forms.Form):
    """An artisan's free-delivery threshold; left empty, their shipments are always charged."""

    amount = forms.DecimalField(
        label=_("free delivery from"),
        required=False,
        min_value=0,
        max_digits=10,
        decimal_places=2,
        widget=MONEY_WIDGET,
        help_text=_("Leave empty to charge every shipment of this artisan."),
    )

    def save(self, partner):
        amount = self.cleaned_data["amount"]
        if amount is None:
            FreeDeliveryThreshold.objects.filter(partner=partner).delete()
            return None
        threshold, _created = FreeDeliveryThreshold.objects.update_or_create(
            partner=partner, defaults={"amount": amount}
        )
        return threshold
