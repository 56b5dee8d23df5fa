"""Craft and material names in every language (one row, a column per language); Arabic is required."""

from modeltranslation.translator import TranslationOptions, register

from .models import Craft, Material


@register(Craft)
class CraftTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"ar": ("name",)}


@register(Material)
class MaterialTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = {"ar": ("name",)}
