from django.contrib import admin

from .models import RegionRate


@admin.register(RegionRate)
class RegionRateAdmin(admin.ModelAdmin):
    list_display = ["region_code", "region_name", "country", "charge", "is_active"]
    list_filter = ["country", "is_active"]
    list_editable = ["charge", "is_active"]
