"""Country profiles: one deployment serves one country.

``HIRFA_COUNTRY`` (environment variable, default ``MA``) picks the profile;
it drives the currency, the list of regions or wilayas offered at checkout,
phone-number validation and the delivery zones.
"""

MOROCCO_REGIONS = [
    ("MA-01", "Tanger-Tétouan-Al Hoceïma"),
    ("MA-02", "L'Oriental"),
    ("MA-03", "Fès-Meknès"),
    ("MA-04", "Rabat-Salé-Kénitra"),
    ("MA-05", "Béni Mellal-Khénifra"),
    ("MA-06", "Casablanca-Settat"),
    ("MA-07", "Marrakech-Safi"),
    ("MA-08", "Drâa-Tafilalet"),
    ("MA-09", "Souss-Massa"),
    ("MA-10", "Guelmim-Oued Noun"),
    ("MA-11", "Laâyoune-Sakia El Hamra"),
    ("MA-12", "Dakhla-Oued Ed-Dahab"),
]

ALGERIA_WILAYAS = [
    ("DZ-01", "Adrar"), ("DZ-02", "Chlef"), ("DZ-03", "Laghouat"),
    ("DZ-04", "Oum El Bouaghi"), ("DZ-05", "Batna"), ("DZ-06", "Béjaïa"),
    ("DZ-07", "Biskra"), ("DZ-08", "Béchar"), ("DZ-09", "Blida"),
    ("DZ-10", "Bouira"), ("DZ-11", "Tamanrasset"), ("DZ-12", "Tébessa"),
    ("DZ-13", "Tlemcen"), ("DZ-14", "Tiaret"), ("DZ-15", "Tizi Ouzou"),
    ("DZ-16", "Alger"), ("DZ-17", "Djelfa"), ("DZ-18", "Jijel"),
    ("DZ-19", "Sétif"), ("DZ-20", "Saïda"), ("DZ-21", "Skikda"),
    ("DZ-22", "Sidi Bel Abbès"), ("DZ-23", "Annaba"), ("DZ-24", "Guelma"),
    ("DZ-25", "Constantine"), ("DZ-26", "Médéa"), ("DZ-27", "Mostaganem"),
    ("DZ-28", "M'Sila"), ("DZ-29", "Mascara"), ("DZ-30", "Ouargla"),
    ("DZ-31", "Oran"), ("DZ-32", "El Bayadh"), ("DZ-33", "Illizi"),
    ("DZ-34", "Bordj Bou Arréridj"), ("DZ-35", "Boumerdès"),
    ("DZ-36", "El Tarf"), ("DZ-37", "Tindouf"), ("DZ-38", "Tissemsilt"),
    ("DZ-39", "El Oued"), ("DZ-40", "Khenchela"), ("DZ-41", "Souk Ahras"),
    ("DZ-42", "Tipaza"), ("DZ-43", "Mila"), ("DZ-44", "Aïn Defla"),
    ("DZ-45", "Naâma"), ("DZ-46", "Aïn Témouchent"), ("DZ-47", "Ghardaïa"),
    ("DZ-48", "Relizane"), ("DZ-49", "Timimoun"),
    ("DZ-50", "Bordj Badji Mokhtar"), ("DZ-51", "Ouled Djellal"),
    ("DZ-52", "Béni Abbès"), ("DZ-53", "In Salah"), ("DZ-54", "In Guezzam"),
    ("DZ-55", "Touggourt"), ("DZ-56", "Djanet"), ("DZ-57", "El M'Ghair"),
    ("DZ-58", "El Meniaa"),
]

PROFILES = {
    "MA": {
        "country": "MA",
        "currency": "MAD",
        "phone_prefix": "+212",
        "regions": MOROCCO_REGIONS,
        "default_delivery_rate": "35.00",
    },
    "DZ": {
        "country": "DZ",
        "currency": "DZD",
        "phone_prefix": "+213",
        "regions": ALGERIA_WILAYAS,
        "default_delivery_rate": "400.00",
    },
}


def get_profile(code):
    try:
        return PROFILES[code.upper()]
    except KeyError:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"HIRFA_COUNTRY must be one of {', '.join(PROFILES)}, not {code!r}."
        ) from None
