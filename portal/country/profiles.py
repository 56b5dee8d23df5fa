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


# Arabic names of the regions and wilayas, shown in the checkout under /ar/.
# The stored value stays the official Latin name (what couriers and the dashboard read).
REGION_NAMES_AR = {
    "MA-01": "طنجة تطوان الحسيمة", "MA-02": "الشرق", "MA-03": "فاس مكناس",
    "MA-04": "الرباط سلا القنيطرة", "MA-05": "بني ملال خنيفرة", "MA-06": "الدار البيضاء سطات",
    "MA-07": "مراكش آسفي", "MA-08": "درعة تافيلالت", "MA-09": "سوس ماسة",
    "MA-10": "كلميم واد نون", "MA-11": "العيون الساقية الحمراء", "MA-12": "الداخلة وادي الذهب",
    "DZ-01": "أدرار", "DZ-02": "الشلف", "DZ-03": "الأغواط", "DZ-04": "أم البواقي",
    "DZ-05": "باتنة", "DZ-06": "بجاية", "DZ-07": "بسكرة", "DZ-08": "بشار",
    "DZ-09": "البليدة", "DZ-10": "البويرة", "DZ-11": "تمنراست", "DZ-12": "تبسة",
    "DZ-13": "تلمسان", "DZ-14": "تيارت", "DZ-15": "تيزي وزو", "DZ-16": "الجزائر",
    "DZ-17": "الجلفة", "DZ-18": "جيجل", "DZ-19": "سطيف", "DZ-20": "سعيدة",
    "DZ-21": "سكيكدة", "DZ-22": "سيدي بلعباس", "DZ-23": "عنابة", "DZ-24": "قالمة",
    "DZ-25": "قسنطينة", "DZ-26": "المدية", "DZ-27": "مستغانم", "DZ-28": "المسيلة",
    "DZ-29": "معسكر", "DZ-30": "ورقلة", "DZ-31": "وهران", "DZ-32": "البيض",
    "DZ-33": "إليزي", "DZ-34": "برج بوعريريج", "DZ-35": "بومرداس", "DZ-36": "الطارف",
    "DZ-37": "تندوف", "DZ-38": "تيسمسيلت", "DZ-39": "الوادي", "DZ-40": "خنشلة",
    "DZ-41": "سوق أهراس", "DZ-42": "تيبازة", "DZ-43": "ميلة", "DZ-44": "عين الدفلى",
    "DZ-45": "النعامة", "DZ-46": "عين تموشنت", "DZ-47": "غرداية", "DZ-48": "غليزان",
    "DZ-49": "تيميمون", "DZ-50": "برج باجي مختار", "DZ-51": "أولاد جلال", "DZ-52": "بني عباس",
    "DZ-53": "عين صالح", "DZ-54": "عين قزام", "DZ-55": "تقرت", "DZ-56": "جانت",
    "DZ-57": "المغير", "DZ-58": "المنيعة",
}


OFFICIAL_NAMES = dict(MOROCCO_REGIONS + ALGERIA_WILAYAS)


def region_name(code, language=None):
    """How region or wilaya ``code`` (ISO 3166-2, e.g. "MA-07") is named in ``language``.

    ``language`` defaults to the active one. Unknown codes come back as they are.
    """
    if language is None:
        from django.utils.translation import get_language

        language = get_language() or "ar"
    if language.split("-")[0] == "ar" and code in REGION_NAMES_AR:
        return REGION_NAMES_AR[code]
    return OFFICIAL_NAMES.get(code, code)


def region_choices(country, language=None):
    """``(code, name)`` pairs of a country profile's regions or wilayas, named in ``language``."""
    return [(code, region_name(code, language)) for code, _official in get_profile(country)["regions"]]


def region_label(code, name, language):
    """Deprecated shape kept for the checkout form: the name of ``code`` in ``language``."""
    return region_name(code, language) if code in OFFICIAL_NAMES else name
