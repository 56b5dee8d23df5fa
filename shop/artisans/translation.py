"""The storefront's story in every language (story_ar ... story_kab), like product texts."""

from modeltranslation.translator import TranslationOptions, register

from .models import ArtisanProfile


@register(ArtisanProfile)
class ArtisanProfileTranslationOptions(TranslationOptions):
    fields = ("story",)
