"""The public application form, and the same form when the applicant answers a request for more."""

from django import forms
from django.conf import settings
from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from portal.country import region_choices
from portal.taxonomy.models import Craft
from portal.uploads.fields import ImageUploadField

from .models import Application
from .validation import normalise_mobile, register_key


def crafts_for_reader():
    """The taxonomy's crafts, in the alphabetical order of the reader's language (Arabic where untranslated).

    Their labels (``str(craft)``) are the names in the active language (django-modeltranslation).
    """
    names = build_localized_fieldname("name", get_language() or settings.LANGUAGE_CODE)
    fallback = build_localized_fieldname("name", settings.LANGUAGE_CODE)
    return Craft.objects.order_by(Coalesce(NullIf(names, Value("")), fallback, "slug"), "slug")


DUPLICATE_PHONE = _(
    "An application with this phone number is already being reviewed or was approved. "
    "Use the link we sent you to follow it, or write to us."
)
DUPLICATE_REGISTER = _(
    "An application with this artisan card or register number is already being reviewed or was approved."
)


class ApplicationForm(forms.ModelForm):
    crafts = forms.ModelMultipleChoiceField(
        Craft.objects.none(),
        to_field_name="slug",
        label=_("Your craft(s)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    photo = ImageUploadField(
        label=_("Photo of you or your work"), required=False, widget=forms.ClearableFileInput
    )

    class Meta:
        model = Application
        fields = [
            "name",
            "kind",
            "workshop_name",
            "crafts",
            "other_craft",
            "region_code",
            "phone",
            "email",
            "register_number",
            "photo",
            "story",
        ]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "kind": forms.RadioSelect,
            "region_code": forms.Select,
            "phone": forms.TextInput(
                attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel", "dir": "ltr"}
            ),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
            "register_number": forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
            "story": forms.Textarea(attrs={"rows": 5, "maxlength": 1500}),
        }
        help_texts = {
            "phone": _("A mobile number: we may call you or send you a text message."),
            "email": _("Optional. We send the link to follow your application there."),
            "other_craft": _("If your craft is not in the list."),
            "story": _("A few lines about you, your craft and how you learned it."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["crafts"].queryset = crafts_for_reader()
        self.fields["region_code"].widget.choices = self.fields["region_code"].choices = [
            ("", "—"),
            *region_choices(settings.HIRFA_PROFILE["country"]),
        ]
        self.fields["region_code"].required = True
        self.fields["kind"].choices = Application.Kind.choices

    def clean_region_code(self):
        code = self.cleaned_data["region_code"]
        if code not in dict(region_choices(settings.HIRFA_PROFILE["country"])):
            raise forms.ValidationError(
                _("Choose your region or wilaya from the list."), code="invalid_region"
            )
        return code

    def clean_phone(self):
        phone = normalise_mobile(self.cleaned_data["phone"])
        if self._live_others().filter(phone=phone).exists():
            raise forms.ValidationError(DUPLICATE_PHONE, code="duplicate_phone")
        return phone

    def clean_register_number(self):
        number = self.cleaned_data["register_number"].strip()
        key = register_key(number)
        if not key:
            raise forms.ValidationError(_("Enter your artisan card or register number."), code="required")
        if self._live_others().filter(register_key=key).exists():
            raise forms.ValidationError(DUPLICATE_REGISTER, code="duplicate_register")
        return number

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("crafts") and not cleaned.get("other_craft", "").strip():
            self.add_error(
                "crafts",
                forms.ValidationError(_("Choose at least one craft, or name yours."), code="required"),
            )
        kind = cleaned.get("kind")
        if kind and kind != Application.Kind.INDIVIDUAL and not cleaned.get("workshop_name", "").strip():
            self.add_error(
                "workshop_name",
                forms.ValidationError(_("Give the name of the cooperative or craft house."), code="required"),
            )
        return cleaned

    def _live_others(self):
        others = Application.objects.exclude(state=Application.State.REJECTED)
        return others.exclude(pk=self.instance.pk) if self.instance.pk else others

    def save(self, commit=True):
        application = super().save(commit=False)
        application.register_key = register_key(application.register_number)
        if not application.pk:
            application.language = get_language() or settings.LANGUAGE_CODE
        if commit:
            application.save()
            self.save_m2m()
        return application


class ApplicationUpdateForm(ApplicationForm):
    """The applicant's answer to "more information requested": the same fields and a note to staff."""

    applicant_note = forms.CharField(
        label=_("Your answer to the Hirfa team"),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1500}),
        max_length=1500,
    )

    def save(self, commit=True):
        application = super().save(commit=False)
        application.applicant_note = self.cleaned_data["applicant_note"]
        application.state = Application.State.SUBMITTED
        if commit:
            application.save()
            self.save_m2m()
        return application
