"""The upload form: the file, and the partner when the user may choose (staff, a user of several partners)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

Partner = get_model("partner", "Partner")


class ImportForm(forms.Form):
    partner = forms.ModelChoiceField(queryset=Partner.objects.none(), label=_("Artisan"))
    file = forms.FileField(label=_("CSV file"), help_text=_("The columns of the export, in UTF-8."))

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners
        # One partner: no choice to make, and a posted "partner" is never read.
        self.only_partner = partners[0] if len(partners) == 1 else None
        if self.only_partner is not None:
            del self.fields["partner"]

    def chosen_partner(self):
        return self.only_partner or self.cleaned_data["partner"]
