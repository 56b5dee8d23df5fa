"""Oscar's basket forms, with the cap on the units of one product one order may reserve (``caps``)."""

from django import forms
from oscar.apps.basket.forms import *  # noqa: F403
from oscar.apps.basket.forms import AddToBasketForm as OscarAddToBasketForm
from oscar.apps.basket.forms import BasketLineForm as OscarBasketLineForm
from oscar.apps.basket.forms import SimpleAddToBasketMixin

from . import caps


class BasketLineForm(OscarBasketLineForm):
    def clean_quantity(self):
        quantity = super().clean_quantity()
        others = 0
        if self.instance.id:
            lines = self.instance.basket.all_lines()
            others = sum(line.quantity for line in lines if line.product_id == self.instance.product_id)
            others -= self.instance.quantity
        if quantity + others > caps.max_units():
            raise forms.ValidationError(caps.cap_message())
        return quantity


class AddToBasketForm(OscarAddToBasketForm):
    def clean(self):
        cleaned_data = super().clean()
        if not self.errors:
            wanted = self.basket.product_quantity(self.product) + cleaned_data.get("quantity", 1)
            if wanted > caps.max_units():
                raise forms.ValidationError(caps.cap_message())
        return cleaned_data


class SimpleAddToBasketForm(SimpleAddToBasketMixin, AddToBasketForm):
    pass
