"""Addresses shown in the reader's language: the region by its code, the country by CLDR's name.

An address stores its region as an ISO 3166-2 code (``MA-07``) and its country
as Oscar's Country row (whose ``printable_name`` is English). Oscar's templates,
e-mails and dashboard list ``address.active_address_fields``: this mixin makes
those lines read "مراكش آسفي, المغرب" under /ar/ and "Marrakech-Safi, Maroc"
under /fr/. The address hash and search text keep the stored values, so they
do not change with the language.
"""

from portal.country import country_name, region_name


class RegionByCodeMixin:
    """For Oscar's address models (user, shipping, billing addresses)."""

    @property
    def region_display(self):
        return region_name(self.state) if self.state else ""

    @property
    def country_display(self):
        return country_name(self.country_id) if self.country_id else ""

    def active_address_fields(self):
        values = []
        for field in self.base_fields:
            if field == "state":
                value = self.region_display
            elif field == "country":
                value = self.country_display
            else:
                value = self.get_field_values([field])[0]
            if value:
                values.append(value.strip())
        return values
