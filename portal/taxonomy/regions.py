"""Region and wilaya codes (ISO 3166-2) offered when tagging a craft, named in the reader's language.

Codes are stored, never names: ``portal.country`` names them by code. Every
country profile is offered (grouped by country), since a craft is practised on
both sides of the border whatever country the deployment serves.
"""

from django.utils.translation import gettext_lazy as _

from portal.country import PROFILES, region_choices, region_name

COUNTRY_NAMES = {"MA": _("Morocco"), "DZ": _("Algeria")}


def region_code_choices():
    """Grouped ``(country, [(code, name)...])`` choices, evaluated when a form is shown."""
    return [(COUNTRY_NAMES.get(country, country), region_choices(country)) for country in PROFILES]


__all__ = ["region_code_choices", "region_name"]
