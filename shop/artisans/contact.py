"""Contact through the platform: a visitor writes to an artisan without seeing their phone or e-mail.

The message is stored (``ArtisanMessage``) and e-mailed to the artisan's
address once the row is committed, in the site's language
(``settings.LANGUAGE_CODE``: the language the platform speaks to artisans in),
with the visitor's address as Reply-To. A hidden field catches form-filling
robots; a visitor may send a few messages an hour per storefront.
"""

import phonenumbers
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import ArtisanMessage

MESSAGES_PER_HOUR = 5


class ContactForm(forms.ModelForm):
    # A field people never see (hidden by CSS and aria-hidden); robots fill it.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    class Meta:
        model = ArtisanMessage
        fields = ["name", "email", "phone", "message"]
        labels = {
            "email": _("Your e-mail (optional if you give a phone)"),
            "phone": _("Your phone (optional if you give an e-mail)"),
            "message": _("Your message"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, profile, client_key="", **kwargs):
        super().__init__(*args, **kwargs)
        self.profile = profile
        self.client_key = client_key

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        if not value:
            return ""
        try:
            parsed = phonenumbers.parse(value, settings.HIRFA_PROFILE["country"])
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            raise forms.ValidationError(
                _("Enter a valid phone number, for example %(example)s."),
                code="invalid_phone",
                params={"example": settings.HIRFA_PROFILE["phone_prefix"] + " 6 12 34 56 78"},
            )
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)

    def clean_message(self):
        value = self.cleaned_data.get("message", "").strip()
        if len(value) < 10:
            raise forms.ValidationError(_("Please write a few words (at least 10 characters)."), code="short")
        return value

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("email") and not cleaned.get("phone"):
            raise forms.ValidationError(
                _("Give an e-mail or a phone number, so that the artisan can answer you."), code="no_reply"
            )
        if self.client_key and cache.get(self._rate_key(), 0) >= MESSAGES_PER_HOUR:
            raise forms.ValidationError(
                _("You have sent several messages in a short time. Please try again in an hour."),
                code="rate_limited",
            )
        return cleaned

    @property
    def is_robot(self):
        return bool(self.cleaned_data.get("website"))

    def _rate_key(self):
        return f"artisans:contact:{self.profile.pk}:{self.client_key}"

    def save(self, commit=True):
        message = super().save(commit=False)
        message.profile = self.profile
        message.language = get_language() or ""
        if self.is_robot:
            return message  # pretend it went through; store and send nothing
        with transaction.atomic():
            message.save()
            transaction.on_commit(lambda: send_to_artisan(message))
        if self.client_key:
            key = self._rate_key()
            cache.add(key, 0, timeout=3600)
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=3600)
        return message


def send_to_artisan(message):
    """E-mail ``message`` to its artisan in their own language; nothing to send without an address."""
    profile = message.profile
    to = profile.contact_address()
    if not to:
        return
    with translation.override(profile.language or settings.LANGUAGE_CODE):
        context = {"message": message, "profile": profile, "site_name": _("Hirfa")}
        subject = render_to_string("artisans/emails/contact_subject.txt", context).strip()
        body = render_to_string("artisans/emails/contact_body.txt", context)
    email = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        to=[to],
        reply_to=[message.email] if message.email else None,
    )
    email.send(fail_silently=False)
