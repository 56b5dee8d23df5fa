"""The Wagtail locale of the request's language (set by i18n_patterns); a language without one is a 404."""

from django.http import Http404
from django.utils import translation
from wagtail.models import Locale


def request_locale():
    try:
        return Locale.objects.get(language_code=translation.get_language())
    except Locale.DoesNotExist as error:
        raise Http404 from error
