"""The twelve regions of Morocco (2015 division), named in every language of the site.

Keyed by ISO 3166-2 code. ``fr`` is the official name (the one couriers read),
``ar`` the official Arabic name, ``en`` the usual English spelling. ``kab``
keeps the official Latin form (Kabyle has no names of its own for Moroccan
regions). ``zgh`` is the Tamazight name in Tifinagh, transliterated from the
Latin form in the comment (Tanja for Tanger, Anfa for Casablanca, Agmuḍ "the
east" for l'Oriental); NATIVE REVIEW PENDING for every ``zgh`` entry.
"""

# fmt: off
REGIONS = {
    "MA-01": {
        "fr": "Tanger-Tétouan-Al Hoceïma", "ar": "طنجة تطوان الحسيمة", "en": "Tangier-Tetouan-Al Hoceima",
        "kab": "Tanger-Tétouan-Al Hoceïma", "zgh": "ⵟⴰⵏⵊⴰ-ⵜⵉⵟⵟⴰⵡⵉⵏ-ⵍⵃⵓⵙⵉⵎⴰ",  # Ṭanja-Tiṭṭawin-Lḥusima
    },
    "MA-02": {
        "fr": "L'Oriental", "ar": "الشرق", "en": "Oriental",
        "kab": "L'Oriental", "zgh": "ⴰⴳⵎⵓⴹ",  # Agmuḍ
    },
    "MA-03": {
        "fr": "Fès-Meknès", "ar": "فاس مكناس", "en": "Fez-Meknes",
        "kab": "Fès-Meknès", "zgh": "ⴼⴰⵙ-ⵎⴽⵏⴰⵙ",  # Fas-Meknas
    },
    "MA-04": {
        "fr": "Rabat-Salé-Kénitra", "ar": "الرباط سلا القنيطرة", "en": "Rabat-Sale-Kenitra",
        "kab": "Rabat-Salé-Kénitra", "zgh": "ⵕⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ",  # Ṛbaṭ-Sla-Qniṭra
    },
    "MA-05": {
        "fr": "Béni Mellal-Khénifra", "ar": "بني ملال خنيفرة", "en": "Beni Mellal-Khenifra",
        "kab": "Béni Mellal-Khénifra", "zgh": "ⴱⵏⵉ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵔⴰ",  # Bni Mellal-Xnifra
    },
    "MA-06": {
        "fr": "Casablanca-Settat", "ar": "الدار البيضاء سطات", "en": "Casablanca-Settat",
        "kab": "Casablanca-Settat", "zgh": "ⴰⵏⴼⴰ-ⵙⵟⵟⴰⵜ",  # Anfa-Sṭṭat
    },
    "MA-07": {
        "fr": "Marrakech-Safi", "ar": "مراكش آسفي", "en": "Marrakesh-Safi",
        "kab": "Marrakech-Safi", "zgh": "ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ",  # Mṛṛakec-Asfi
    },
    "MA-08": {
        "fr": "Drâa-Tafilalet", "ar": "درعة تافيلالت", "en": "Draa-Tafilalet",
        "kab": "Drâa-Tafilalet", "zgh": "ⴷⵔⴰⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ",  # Draɛa-Tafilalt
    },
    "MA-09": {
        "fr": "Souss-Massa", "ar": "سوس ماسة", "en": "Souss-Massa",
        "kab": "Souss-Massa", "zgh": "ⵙⵓⵙ-ⵎⴰⵙⵙⴰ",  # Sus-Massa
    },
    "MA-10": {
        "fr": "Guelmim-Oued Noun", "ar": "كلميم واد نون", "en": "Guelmim-Oued Noun",
        "kab": "Guelmim-Oued Noun", "zgh": "ⴳⵍⵎⵉⵎ-ⵡⴰⴷ ⵏⵓⵏ",  # Glmim-Wad Nun
    },
    "MA-11": {
        "fr": "Laâyoune-Sakia El Hamra", "ar": "العيون الساقية الحمراء", "en": "Laayoune-Sakia El Hamra",
        "kab": "Laâyoune-Sakia El Hamra", "zgh": "ⵍⵄⴰⵢⵓⵏ-ⵙⴰⵇⵢⴰ ⵍⵃⴰⵎⵔⴰ",  # Lɛayun-Saqya Lḥamra
    },
    "MA-12": {
        "fr": "Dakhla-Oued Ed-Dahab", "ar": "الداخلة وادي الذهب", "en": "Dakhla-Oued Ed-Dahab",
        "kab": "Dakhla-Oued Ed-Dahab", "zgh": "ⴷⴷⴰⵅⵍⴰ-ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ",  # Ddaxla-Wad Ddahab
    },
}
# fmt: on
