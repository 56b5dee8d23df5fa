"""What an event page shows besides its fields: organisations in the visitor's language, its map."""

import math

from django.conf import settings
from wagtail.models import Locale

from .organisations import EventOrganisation, Organisation
from .series import WEEKDAYS

OSM_URL = "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"
TILE_ZOOM = 15


def tile_url(template, lat, lon, zoom=TILE_ZOOM):
    """The slippy-map tile holding (lat, lon), from an ``{z}/{x}/{y}`` URL template."""
    n = 2**zoom
    x = int((lon + 180.0) / 360.0 * n)
    lat_rad = math.radians(lat)
    y = int((1.0 - math.asinh(math.tan(lat_rad)) / math.pi) / 2.0 * n)
    return template.format(z=zoom, x=x, y=y)


class EventDisplayMixin:
    @property
    def weekday_labels(self):
        return [label for code, label in WEEKDAYS if code in self.weekdays]

    def organisations_by_role(self):
        """``(organisers, partners)``: each organisation in the active locale when translated (2 queries)."""
        links = list(self.organisations.select_related("organisation", "organisation__logo"))
        keys = {link.organisation.translation_key for link in links}
        try:
            active = Locale.get_active()
        except Locale.DoesNotExist:
            active = None
        local = {}
        if keys and active is not None:
            translated = Organisation.objects.filter(translation_key__in=keys, locale=active).select_related(
                "logo"
            )
            local = {org.translation_key: org for org in translated}
        organisers, partners = [], []
        for link in links:
            organisation = local.get(link.organisation.translation_key, link.organisation)
            role = EventOrganisation.Role.ORGANISER
            (organisers if link.role == role else partners).append(organisation)
        return organisers, partners

    def map_context(self):
        lat, lon = float(self.latitude), float(self.longitude)
        tiles = getattr(settings, "HIRFA_MAP_TILES_URL", "")
        return {
            "lat": f"{lat:.5f}",
            "lon": f"{lon:.5f}",
            "osm_url": OSM_URL.format(lat=f"{lat:.5f}", lon=f"{lon:.5f}"),
            "geo_uri": f"geo:{lat:.5f},{lon:.5f}",
            "tile": tile_url(tiles, lat, lon) if tiles else "",
        }
