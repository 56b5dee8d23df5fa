"""The sign-up form on a course page, and the staff's revocation form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from shop.checkout.forms import clean_profile_phone


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Full name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        help_text=_("Your confirmation and the cancellation link are sent here."),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Enter your full name."), code="name")
        return name

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_phone(self):
        return clean_profile_phone(self.cleaned_data["phone"], mobile_only=False).as_e164


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason for revocation"), max_length=255)
