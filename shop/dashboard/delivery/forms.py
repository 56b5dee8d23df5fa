from django import forms

from shop.delivery.models import RegionRate


class RegionRateForm(forms.ModelForm):
    class Meta:
        model = RegionRate
        fields = ["charge", "is_active"]
        widgets = {"charge": forms.NumberInput(attrs={"step": "0.01", "min": "0", "dir": "ltr"})}


RegionRateFormSet = forms.modelformset_factory(RegionRate, form=RegionRateForm, extra=0, can_delete=False)
