"""A stop-desk point's name, address and opening hours in every language (the town and phone are shared)."""

from modeltranslation.translator import TranslationOptions, register

from .models import StopDesk


@register(StopDesk)
class StopDeskTranslationOptions(TranslationOptions):
    fields = ("name", "address", "opening_hours")
