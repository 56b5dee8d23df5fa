"""The artisan edits their own storefront (for the forked dashboard, shop/dashboard, to mount).

The artisan's own language (``language``: their back office puts its fields
first); texts in every language, the artisan's own language first (the story is
per-language, ``story_ar`` … ``story_kab``); the photo with its limits
(photos.py); the crafts (the shared taxonomy, named in the reader's
language); region or wilaya from the country profile's list; contact
details and whether to show them. What only staff decide (the partner, the
address of the storefront, whether it is online) is not a field here: a
crafted POST of ``partner``, ``slug`` or ``is_active`` changes nothing.
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.country import region_choices
from portal.taxonomy.models import Craft

from .models import ArtisanProfile

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def story_field(code):
    return f"story_{code}"


class StorefrontForm(forms.ModelForm):
    class Meta:
        model = ArtisanProfile
        fields = [
            "name",
            "language",
            "kind",
            "crafts",
            "workshop",
            "region",
            "photo",
            *[story_field(code) for code, _name in settings.LANGUAGES],
            "phone",
            "email",
            "show_phone",
            "show_email",
        ]
        widgets = {
            "crafts": forms.CheckboxSelectMultiple,
            **{story_field(code): forms.Textarea(attrs={"rows": 5}) for code, _name in settings.LANGUAGES},
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
            "email": forms.EmailInput(attrs={"dir": "ltr"}),
        }

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
        codes = [code for code, _name in settings.LANGUAGES]
        ordered = sorted(codes, key=lambda code: (code != language, codes.index(code)))
        for code in codes:
            field = self.fields[story_field(code)]
            field.label = _("Short story in %(language)s") % {"language": LANGUAGE_NAMES[code]}
            field.widget.attrs.update({"lang": code, "dir": "rtl" if code == "ar" else "ltr"})
        # Left out of a post (an older form), the language stays what it was.
        self.fields["language"].required = False
        country = settings.HIRFA_PROFILE["country"]
        self.fields["region"] = forms.ChoiceField(
            label=_("Region or wilaya"),
            required=False,
            choices=[("", "—"), *region_choices(country)],
        )
        if self.instance.region and self.instance.region not in dict(self.fields["region"].choices):
            # A region of the other profile (a demo artisan across the border) stays choosable.
            from portal.country import region_name

            self.fields["region"].choices.append((self.instance.region, region_name(self.instance.region)))
        self.fields["crafts"].queryset = Craft.objects.order_by(f"name_{language}", "name_ar", "slug")
        head = ["name", "language", "kind", "crafts", "workshop", "region", "photo"]
        self.order_fields([*head, *[story_field(code) for code in ordered]])

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language or settings.LANGUAGE_CODE

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("show_phone") and not cleaned.get("phone"):
            self.add_error("phone", _("Give the phone number to show, or untick “show my phone”."))
        if cleaned.get("show_email") and not cleaned.get("email"):
            self.add_error("email", _("Give the e-mail to show, or untick “show my e-mail”."))
        return cleaned
