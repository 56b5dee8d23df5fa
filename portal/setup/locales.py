"""One Wagtail locale per content language (settings.WAGTAIL_CONTENT_LANGUAGES)."""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales():
    """Create the missing locales; return the codes created."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    missing = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in existing]
    Locale.objects.bulk_create(Locale(language_code=code) for code in missing)
    return missing
