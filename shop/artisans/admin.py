from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import ArtisanMessage, ArtisanProfile


@admin.register(ArtisanProfile)
class ArtisanProfileAdmin(TranslationAdmin):
    list_display = ("name", "kind", "region", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name", "workshop", "slug")
    raw_id_fields = ("partner",)


@admin.register(ArtisanMessage)
class ArtisanMessageAdmin(admin.ModelAdmin):
    list_display = ("profile", "name", "created", "is_read")
    list_filter = ("is_read",)
    raw_id_fields = ("profile",)
