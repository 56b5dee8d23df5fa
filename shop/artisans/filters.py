"""The directory's filters: GET parameters, so that a filtered list is a shareable URL.

Each filter is a form field and one entry in ``LOOKUPS``. A value that is
not one of the choices is ignored (the list is shown unfiltered on that
field), never an error page. The craft filter reads the profile's own crafts
(``ArtisanProfile.crafts``, the shared taxonomy), by slug.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ArtisanProfile


class DirectoryFilterForm(forms.Form):
    LOOKUPS = {"craft": "crafts__slug", "region": "region", "kind": "kind"}

    craft = forms.ChoiceField(label=_("Craft"), required=False)
    region = forms.ChoiceField(label=_("Region or wilaya"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, data=None, *, regions=(), crafts=()):
        super().__init__(data)
        self.fields["craft"].choices = [("", _("All crafts")), *crafts]
        self.fields["region"].choices = [("", _("All regions and wilayas")), *regions]
        self.fields["kind"].choices = [("", _("All kinds")), *ArtisanProfile.Kind.choices]

    def values(self):
        """The valid, non-empty filter values (an invalid one is dropped, not an error)."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.LOOKUPS if cleaned.get(name)}

    def filter(self, queryset):
        return queryset.filter(**{self.LOOKUPS[name]: value for name, value in self.values().items()})

    @property
    def active(self):
        return bool(self.values())
