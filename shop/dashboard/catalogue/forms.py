"""Oscar's product forms, forked for artisans (found by get_class through this module path).

- Product: the title and description of every language as their own
  modeltranslation columns (``title_ar`` … ``description_kab``), the
  artisan's own language first (``ArtisanProfile.language``; staff: the site
  default), that language's title required; crafts and materials from the
  shared taxonomy, named in the reader's language; dimensions; the lead time,
  required when the product class does not track stock (made to order).
- Stock record: an artisan with one partner never chooses it (a hidden field
  holding their partner); posting another partner is a form error.
- Product type (the list's select and table): names shown through gettext.
- Images (the product's photos, an image attribute, a category's image): the
  shared image limits (portal/uploads/validators.py): bytes, a real
  JPEG/PNG/WebP, pixels and frames, checked before anything is decoded.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.core.loading import get_model
from oscar.forms.widgets import ImageInput

from portal.taxonomy.models import Craft, Material
from portal.uploads.fields import ImageUploadField
from shop.dashboard import access

Product = get_model("catalogue", "Product")
ArtisanProfile = get_model("artisans", "ArtisanProfile")

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_NAMES = dict(settings.LANGUAGES)
TRANSLATED = ("title", "description")

# Labels of the variant attributes portal/setup creates (their stored names are English).
ATTRIBUTE_LABELS = {"size": _("Size"), "colour": _("Colour")}
LEAD_TIME_REQUIRED = _("Made-to-order products need a lead time: how many days until the piece is ready.")


def artisan_language(user):
    """The language the user's back office puts first: their storefront's, else the site default."""
    if access.is_artisan(user):
        profile = ArtisanProfile.objects.filter(partner__users=user).order_by("pk").first()
        if profile is not None:
            return profile.language
    return settings.LANGUAGE_CODE


def ordered_languages(first):
    return sorted(LANGUAGE_CODES, key=lambda code: (code != first, LANGUAGE_CODES.index(code)))


def translated_fields(name):
    return [build_localized_fieldname(name, code) for code in LANGUAGE_CODES]


def image_attribute_field(attribute):
    return ImageUploadField(label=attribute.name, required=attribute.required)


class CategoryForm(oscar_forms.CategoryForm):
    image = ImageUploadField(label=_("Image"), required=False, widget=forms.ClearableFileInput)


class ProductForm(oscar_forms.ProductForm):
    FIELD_FACTORIES = {**oscar_forms.ProductForm.FIELD_FACTORIES, "image": image_attribute_field}

    class Meta(oscar_forms.ProductForm.Meta):
        fields = [
            *translated_fields("title"),
            "upc",
            *translated_fields("description"),
            "crafts",
            "materials",
            "dimensions",
            "lead_time_days",
            "is_public",
            "is_discountable",
            "structure",
            "slug",
            "meta_title",
            "meta_description",
        ]
        widgets = {
            **oscar_forms.ProductForm.Meta.widgets,
            "crafts": forms.CheckboxSelectMultiple,
            "materials": forms.CheckboxSelectMultiple,
        }

    def __init__(self, product_class, *args, language=None, **kwargs):
        self.product_class = product_class
        super().__init__(product_class, *args, **kwargs)
        self.language = language or settings.LANGUAGE_CODE
        order = ordered_languages(self.language)
        is_child = self.instance.is_child
        for code in LANGUAGE_CODES:
            name = LANGUAGE_NAMES[code]
            attrs = {"lang": code, "dir": "rtl" if code == "ar" else "ltr"}
            title = self.fields[build_localized_fieldname("title", code)]
            title.label = _("Title in %(language)s") % {"language": name}
            title.widget = forms.TextInput(attrs={"autocomplete": "off", **attrs})
            title.required = code == self.language and not is_child
            description = self.fields.get(build_localized_fieldname("description", code))
            if description is not None:
                description.label = _("Description in %(language)s") % {"language": name}
                description.widget = forms.Textarea(attrs={"rows": 6, **attrs})
        reader = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        for name, model in (("crafts", Craft), ("materials", Material)):
            if name in self.fields:
                self.fields[name].queryset = model.objects.order_by(f"name_{reader}", "name_ar", "pk")
        if "lead_time_days" in self.fields and self.made_to_order:
            self.fields["lead_time_days"].required = True
            self.fields["lead_time_days"].error_messages["required"] = LEAD_TIME_REQUIRED
        for code, label in ATTRIBUTE_LABELS.items():
            if f"attr_{code}" in self.fields:
                self.fields[f"attr_{code}"].label = label
        head = [build_localized_fieldname("title", code) for code in order]
        head += [build_localized_fieldname("description", code) for code in order]
        self.order_fields(head)

    @property
    def made_to_order(self):
        return not self.product_class.track_stock and not self.instance.is_child

    def delete_non_child_fields(self):
        """A variant keeps its own title, dimensions and lead time; the rest is its parent's."""
        for name in [*translated_fields("description"), "is_discountable", "crafts", "materials"]:
            self.fields.pop(name, None)

    def clean_lead_time_days(self):
        value = self.cleaned_data.get("lead_time_days")
        if value is None and self.made_to_order:
            raise ValidationError(LEAD_TIME_REQUIRED, code="lead_time_required")
        return value


class TranslatedClassChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return gettext(obj.name)


class ProductClassSelectForm(oscar_forms.ProductClassSelectForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        old = self.fields["product_class"]
        self.fields["product_class"] = TranslatedClassChoiceField(
            label=old.label, empty_label=old.empty_label, queryset=old.queryset, initial=old.initial
        )


class StockRecordForm(oscar_forms.StockRecordForm):
    def __init__(self, product_class, user, *args, **kwargs):
        super().__init__(product_class, user, *args, **kwargs)
        self.partner_hidden = False
        if access.is_artisan(user):
            partners = list(self.fields["partner"].queryset)
            if len(partners) == 1:
                self.partner_hidden = True
                self.fields["partner"].initial = partners[0].pk
                self.fields["partner"].widget = forms.HiddenInput()

    def clean(self):
        cleaned = super().clean()
        if self.partner_hidden and "partner" in self.errors:
            raise ValidationError(
                _("This stock record can only be yours: reload the page and try again."),
                code="foreign_partner",
            )
        return cleaned


class ProductImageForm(oscar_forms.ProductImageForm):
    original = ImageUploadField(label=_("Original"), widget=ImageInput())
