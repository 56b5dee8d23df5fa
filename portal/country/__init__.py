"""Country data as a domain module: the country profiles (Morocco, Algeria), their regions and wilayas.

Plain Python, no models: settings, shop code and migrations import it. Regions
are identified by their ISO 3166-2 code (``MA-07``, ``DZ-05``) and stored so;
their names are looked up by code in the reader's language (``region_name``),
countries' names come from CLDR through Babel (``country_name``).

- ``profiles``: one deployment's country (currency, phone prefix, regions).
- ``regions_ma``, ``regions_dz``: region and wilaya names in ar, fr, en, kab, zgh.
- ``names``: lookups by code (and back from a name, for old addresses).
"""

from .names import country_name, region_choices, region_code, region_name  # noqa: F401
from .profiles import PROFILES, get_profile  # noqa: F401
