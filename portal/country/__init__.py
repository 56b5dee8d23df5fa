"""Country data as a domain module: the country profiles (Morocco, Algeria), their regions and wilayas.

Plain Python, no models: settings, shop code and migrations import it. Regions
are identified by their ISO 3166-2 code (``MA-07``, ``DZ-05``); their names
are looked up by code in the reader's language (``region_name``).
"""

from .profiles import PROFILES, get_profile, region_choices, region_name  # noqa: F401
