from django.conf import settings


def hirfa(request):
    """Values every template may need: the country profile and the currency."""
    profile = settings.HIRFA_PROFILE
    return {
        "hirfa_country": profile["country"],
        "hirfa_currency": profile["currency"],
    }
