"""The 58 wilayas of Algeria (2019 division), named in every language of the site.

Keyed by ISO 3166-2 code. ``fr`` is the official name, ``ar`` the official
Arabic one, ``en`` the French form but for Algiers. ``kab`` is the Kabyle
name in Kabyle Latin spelling where it has one of its own (Bgayet, Tubirett,
Tizi Wezzu, Lezzayer...), otherwise the official form written the Kabyle way.
``zgh`` is the ``kab`` form in Tifinagh (the schwa ``e`` unwritten, as in
Standard Moroccan Tamazight). NATIVE REVIEW PENDING for every ``kab`` and
``zgh`` entry.
"""

# fmt: off
REGIONS = {
    "DZ-01": {"fr": "Adrar", "ar": "أدرار", "en": "Adrar", "kab": "Adrar", "zgh": "ⴰⴷⵔⴰⵔ"},
    "DZ-02": {"fr": "Chlef", "ar": "الشلف", "en": "Chlef", "kab": "Ccelf", "zgh": "ⵛⵛⵍⴼ"},
    "DZ-03": {"fr": "Laghouat", "ar": "الأغواط", "en": "Laghouat", "kab": "Laɣwaṭ", "zgh": "ⵍⴰⵖⵡⴰⵟ"},
    "DZ-04": {"fr": "Oum El Bouaghi", "ar": "أم البواقي", "en": "Oum El Bouaghi", "kab": "Um Lbwaqi", "zgh": "ⵓⵎ ⵍⴱⵡⴰⵇⵉ"},
    "DZ-05": {"fr": "Batna", "ar": "باتنة", "en": "Batna", "kab": "Batna", "zgh": "ⴱⴰⵜⵏⴰ"},
    "DZ-06": {"fr": "Béjaïa", "ar": "بجاية", "en": "Béjaïa", "kab": "Bgayet", "zgh": "ⴱⴳⴰⵢⵜ"},
    "DZ-07": {"fr": "Biskra", "ar": "بسكرة", "en": "Biskra", "kab": "Biskra", "zgh": "ⴱⵉⵙⴽⵔⴰ"},
    "DZ-08": {"fr": "Béchar", "ar": "بشار", "en": "Béchar", "kab": "Becar", "zgh": "ⴱⵛⴰⵔ"},
    "DZ-09": {"fr": "Blida", "ar": "البليدة", "en": "Blida", "kab": "Leblida", "zgh": "ⵍⴱⵍⵉⴷⴰ"},
    "DZ-10": {"fr": "Bouira", "ar": "البويرة", "en": "Bouira", "kab": "Tubirett", "zgh": "ⵜⵓⴱⵉⵔⵜⵜ"},
    "DZ-11": {"fr": "Tamanrasset", "ar": "تمنراست", "en": "Tamanrasset", "kab": "Tamenɣest", "zgh": "ⵜⴰⵎⵏⵖⵙⵜ"},
    "DZ-12": {"fr": "Tébessa", "ar": "تبسة", "en": "Tébessa", "kab": "Tbessa", "zgh": "ⵜⴱⵙⵙⴰ"},
    "DZ-13": {"fr": "Tlemcen", "ar": "تلمسان", "en": "Tlemcen", "kab": "Tlemsan", "zgh": "ⵜⵍⵎⵙⴰⵏ"},
    "DZ-14": {"fr": "Tiaret", "ar": "تيارت", "en": "Tiaret", "kab": "Tihert", "zgh": "ⵜⵉⵀⵔⵜ"},
    "DZ-15": {"fr": "Tizi Ouzou", "ar": "تيزي وزو", "en": "Tizi Ouzou", "kab": "Tizi Wezzu", "zgh": "ⵜⵉⵣⵉ ⵡⵣⵣⵓ"},
    "DZ-16": {"fr": "Alger", "ar": "الجزائر", "en": "Algiers", "kab": "Lezzayer", "zgh": "ⵍⵣⵣⴰⵢⵔ"},
    "DZ-17": {"fr": "Djelfa", "ar": "الجلفة", "en": "Djelfa", "kab": "Jelfa", "zgh": "ⵊⵍⴼⴰ"},
    "DZ-18": {"fr": "Jijel", "ar": "جيجل", "en": "Jijel", "kab": "Jijel", "zgh": "ⵊⵉⵊⵍ"},
    "DZ-19": {"fr": "Sétif", "ar": "سطيف", "en": "Sétif", "kab": "Sṭif", "zgh": "ⵙⵟⵉⴼ"},
    "DZ-20": {"fr": "Saïda", "ar": "سعيدة", "en": "Saïda", "kab": "Saɛida", "zgh": "ⵙⴰⵄⵉⴷⴰ"},
    "DZ-21": {"fr": "Skikda", "ar": "سكيكدة", "en": "Skikda", "kab": "Skikda", "zgh": "ⵙⴽⵉⴽⴷⴰ"},
    "DZ-22": {"fr": "Sidi Bel Abbès", "ar": "سيدي بلعباس", "en": "Sidi Bel Abbès", "kab": "Sidi Belɛebbas", "zgh": "ⵙⵉⴷⵉ ⴱⵍⵄⴱⴱⴰⵙ"},
    "DZ-23": {"fr": "Annaba", "ar": "عنابة", "en": "Annaba", "kab": "Ɛennaba", "zgh": "ⵄⵏⵏⴰⴱⴰ"},
    "DZ-24": {"fr": "Guelma", "ar": "قالمة", "en": "Guelma", "kab": "Gelma", "zgh": "ⴳⵍⵎⴰ"},
    "DZ-25": {"fr": "Constantine", "ar": "قسنطينة", "en": "Constantine", "kab": "Qsenṭina", "zgh": "ⵇⵙⵏⵟⵉⵏⴰ"},
    "DZ-26": {"fr": "Médéa", "ar": "المدية", "en": "Médéa", "kab": "Lemdiyya", "zgh": "ⵍⵎⴷⵉⵢⵢⴰ"},
    "DZ-27": {"fr": "Mostaganem", "ar": "مستغانم", "en": "Mostaganem", "kab": "Mestɣanem", "zgh": "ⵎⵙⵜⵖⴰⵏⵎ"},
    "DZ-28": {"fr": "M'Sila", "ar": "المسيلة", "en": "M'Sila", "kab": "Lemsila", "zgh": "ⵍⵎⵙⵉⵍⴰ"},
    "DZ-29": {"fr": "Mascara", "ar": "معسكر", "en": "Mascara", "kab": "Muɛesker", "zgh": "ⵎⵓⵄⵙⴽⵔ"},
    "DZ-30": {"fr": "Ouargla", "ar": "ورقلة", "en": "Ouargla", "kab": "Wargla", "zgh": "ⵡⴰⵔⴳⵍⴰ"},
    "DZ-31": {"fr": "Oran", "ar": "وهران", "en": "Oran", "kab": "Wehran", "zgh": "ⵡⵀⵔⴰⵏ"},
    "DZ-32": {"fr": "El Bayadh", "ar": "البيض", "en": "El Bayadh", "kab": "Lbayeḍ", "zgh": "ⵍⴱⴰⵢⴹ"},
    "DZ-33": {"fr": "Illizi", "ar": "إليزي", "en": "Illizi", "kab": "Illizi", "zgh": "ⵉⵍⵍⵉⵣⵉ"},
    "DZ-34": {"fr": "Bordj Bou Arréridj", "ar": "برج بوعريريج", "en": "Bordj Bou Arréridj", "kab": "Burj Bu Ɛririj", "zgh": "ⴱⵓⵔⵊ ⴱⵓ ⵄⵔⵉⵔⵉⵊ"},
    "DZ-35": {"fr": "Boumerdès", "ar": "بومرداس", "en": "Boumerdès", "kab": "Bumerdas", "zgh": "ⴱⵓⵎⵔⴷⴰⵙ"},
    "DZ-36": {"fr": "El Tarf", "ar": "الطارف", "en": "El Tarf", "kab": "Ṭṭaref", "zgh": "ⵟⵟⴰⵔⴼ"},
    "DZ-37": {"fr": "Tindouf", "ar": "تندوف", "en": "Tindouf", "kab": "Tinduf", "zgh": "ⵜⵉⵏⴷⵓⴼ"},
    "DZ-38": {"fr": "Tissemsilt", "ar": "تيسمسيلت", "en": "Tissemsilt", "kab": "Tisemsilt", "zgh": "ⵜⵉⵙⵎⵙⵉⵍⵜ"},
    "DZ-39": {"fr": "El Oued", "ar": "الوادي", "en": "El Oued", "kab": "Lwad", "zgh": "ⵍⵡⴰⴷ"},
    "DZ-40": {"fr": "Khenchela", "ar": "خنشلة", "en": "Khenchela", "kab": "Xencla", "zgh": "ⵅⵏⵛⵍⴰ"},
    "DZ-41": {"fr": "Souk Ahras", "ar": "سوق أهراس", "en": "Souk Ahras", "kab": "Suq Ahras", "zgh": "ⵙⵓⵇ ⴰⵀⵔⴰⵙ"},
    "DZ-42": {"fr": "Tipaza", "ar": "تيبازة", "en": "Tipaza", "kab": "Tipaza", "zgh": "ⵜⵉⴱⴰⵣⴰ"},
    "DZ-43": {"fr": "Mila", "ar": "ميلة", "en": "Mila", "kab": "Mila", "zgh": "ⵎⵉⵍⴰ"},
    "DZ-44": {"fr": "Aïn Defla", "ar": "عين الدفلى", "en": "Aïn Defla", "kab": "Ɛin Defla", "zgh": "ⵄⵉⵏ ⴷⴼⵍⴰ"},
    "DZ-45": {"fr": "Naâma", "ar": "النعامة", "en": "Naâma", "kab": "Nnaɛma", "zgh": "ⵏⵏⴰⵄⵎⴰ"},
    "DZ-46": {"fr": "Aïn Témouchent", "ar": "عين تموشنت", "en": "Aïn Témouchent", "kab": "Ɛin Tmucent", "zgh": "ⵄⵉⵏ ⵜⵎⵓⵛⵏⵜ"},
    "DZ-47": {"fr": "Ghardaïa", "ar": "غرداية", "en": "Ghardaïa", "kab": "Taɣerdayt", "zgh": "ⵜⴰⵖⵔⴷⴰⵢⵜ"},
    "DZ-48": {"fr": "Relizane", "ar": "غليزان", "en": "Relizane", "kab": "Ɣilizan", "zgh": "ⵖⵉⵍⵉⵣⴰⵏ"},
    "DZ-49": {"fr": "Timimoun", "ar": "تيميمون", "en": "Timimoun", "kab": "Timimun", "zgh": "ⵜⵉⵎⵉⵎⵓⵏ"},
    "DZ-50": {"fr": "Bordj Badji Mokhtar", "ar": "برج باجي مختار", "en": "Bordj Badji Mokhtar", "kab": "Burj Baji Muxtar", "zgh": "ⴱⵓⵔⵊ ⴱⴰⵊⵉ ⵎⵓⵅⵜⴰⵔ"},
    "DZ-51": {"fr": "Ouled Djellal", "ar": "أولاد جلال", "en": "Ouled Djellal", "kab": "Wlad Jellal", "zgh": "ⵡⵍⴰⴷ ⵊⵍⵍⴰⵍ"},
    "DZ-52": {"fr": "Béni Abbès", "ar": "بني عباس", "en": "Béni Abbès", "kab": "Beni Ɛebbas", "zgh": "ⴱⵏⵉ ⵄⴱⴱⴰⵙ"},
    "DZ-53": {"fr": "In Salah", "ar": "عين صالح", "en": "In Salah", "kab": "In Ṣalaḥ", "zgh": "ⵉⵏ ⵚⴰⵍⴰⵃ"},
    "DZ-54": {"fr": "In Guezzam", "ar": "عين قزام", "en": "In Guezzam", "kab": "In Gezzam", "zgh": "ⵉⵏ ⴳⵣⵣⴰⵎ"},
    "DZ-55": {"fr": "Touggourt", "ar": "تقرت", "en": "Touggourt", "kab": "Tuggurt", "zgh": "ⵜⵓⴳⴳⵓⵔⵜ"},
    "DZ-56": {"fr": "Djanet", "ar": "جانت", "en": "Djanet", "kab": "Janet", "zgh": "ⵊⴰⵏⵜ"},
    "DZ-57": {"fr": "El M'Ghair", "ar": "المغير", "en": "El M'Ghair", "kab": "Lmeɣayer", "zgh": "ⵍⵎⵖⴰⵢⵔ"},
    "DZ-58": {"fr": "El Meniaa", "ar": "المنيعة", "en": "El Meniaa", "kab": "Lmenyaɛ", "zgh": "ⵍⵎⵏⵢⴰⵄ"},
}
# fmt: on
