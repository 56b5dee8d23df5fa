"""Staff review forms: the list's filters and the two decisions that need a message."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.country import region_choices
from shop.onboarding.forms import crafts_for_reader
from shop.onboarding.models import Application
from shop.onboarding.validation import register_key


class ApplicationFilterForm(forms.Form):
    q = forms.CharField(label=_("Name, phone or register number"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)
    region = forms.ChoiceField(label=_("Region or wilaya"), required=False)
    craft = forms.ModelChoiceField(
        queryset=None, label=_("Craft"), required=False, to_field_name="slug", empty_label=_("All")
    )
    submitted_from = forms.DateField(
        label=_("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    submitted_to = forms.DateField(
        label=_("Submitted until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        self.fields["state"].choices = every + list(Application.State.choices)
        self.fields["region"].choices = every + region_choices(settings.HIRFA_PROFILE["country"])
        self.fields["craft"].queryset = crafts_for_reader()

    def filter(self, queryset):
        if not self.is_valid():
            return queryset.none()
        data = self.cleaned_data
        if data["state"]:
            queryset = queryset.filter(state=data["state"])
        if data["region"]:
            queryset = queryset.filter(region_code=data["region"])
        if data["craft"]:
            queryset = queryset.filter(crafts=data["craft"])
        if data["submitted_from"]:
            queryset = queryset.filter(created_at__date__gte=data["submitted_from"])
        if data["submitted_to"]:
            queryset = queryset.filter(created_at__date__lte=data["submitted_to"])
        if data["q"].strip():
            queryset = queryset.filter(self._search(data["q"].strip()))
        return queryset

    @staticmethod
    def _search(text):
        condition = Q(name__icontains=text) | Q(workshop_name__icontains=text)
        key = register_key(text)
        if key:
            condition |= Q(register_key__icontains=key)
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 4:
            # The phone is stored as E.164: match its national part whatever the entry's format.
            condition |= Q(phone__contains=digits.lstrip("0"))
        return condition


class MessageForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the applicant"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("The applicant reads it on their status page and by e-mail, as you write it."),
    )
