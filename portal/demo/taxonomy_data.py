"""Demo taxonomy: the materials of the demo products, and the legacy craft slugs of earlier demos.

The demo crafts are the craft categories of catalogue_data.py (same slugs,
names and descriptions): one vocabulary for pages, categories and products.
The regions of a craft are those of the artisans who make its products.
Tamazight (zgh) and Kabyle (kab) names are a best effort awaiting review by
native speakers.
"""

from .catalogue_data import _t

MATERIALS = {
    "wool": _t("الصوف", "Laine", "Wool", "ⵜⴰⴹⵓⵜ", "Taḍuṭ"),
    "silk": _t("الحرير", "Soie", "Silk", "ⵍⵃⵔⵉⵔ", "Lḥrir"),
    "camel-hair": _t("وبر الإبل", "Poil de chameau", "Camel hair", "ⴰⵣⴰⵔ ⵏ ⵓⵍⵖⵎ", "Acebbub n welɣem"),
    "cotton": _t("القطن", "Coton", "Cotton", "ⵍⵇⵟⵏ", "Lqeṭn"),
    "leather": _t("الجلد", "Cuir", "Leather", "ⴰⵍⵎ", "Aglim"),
    "clay": _t("الطين", "Argile", "Clay", "ⴰⵍⵓⴹ", "Akal"),
    "silver": _t("الفضة", "Argent", "Silver", "ⴰⵏⵇⵔⴰⵔ", "Lfeṭṭa"),
    "coral": _t("المرجان", "Corail", "Coral", "ⵍⵎⵕⵊⴰⵏ", "Lmerǧan"),
    "enamel": _t("المينا", "Émail", "Enamel", "ⵍⵎⵉⵏⴰ", "Lmina"),
    "thuya": _t("خشب العرعار", "Thuya", "Thuya wood", "ⴰⵄⵔⵄⴰⵔ", "Aɛerɛar"),
    "cedar": _t("خشب الأرز", "Cèdre", "Cedar wood", "ⴰⵢⴷⴳⵍ", "Idgel"),
    "brass": _t("النحاس الأصفر", "Laiton", "Brass", "ⵏⵏⵃⴰⵙ ⴰⵡⵔⴰⵖ", "Nnḥas awraɣ"),
    "palm-leaf": _t("سعف النخيل", "Feuille de palmier", "Palm leaf", "ⵉⴼⵔ ⵏ ⵜⵉⵣⴷⴰⵢⵜ", "Afer n tezdayt"),
    "olive-oil": _t("زيت الزيتون", "Huile d'olive", "Olive oil", "ⵜⵉⵣⵉⵜ ⵏ ⵓⵣⵎⵓⵔ", "Zzit n uzemmur"),
    "argan": _t("الأركان", "Argan", "Argan", "ⴰⵔⴳⴰⵏ", "Argan"),
    "honey": _t("العسل", "Miel", "Honey", "ⵜⴰⵎⵎⵏⵜ", "Tament"),
    "almonds": _t("اللوز", "Amandes", "Almonds", "ⵍⵍⵓⵣ", "Lluz"),
    "dates": _t("التمر", "Dattes", "Dates", "ⵜⵉⵢⵉⵏⵉ", "Tiyni"),
    "semolina": _t("السميد", "Semoule", "Semolina", "ⵙⵙⵎⵉⴷ", "Smid"),
    "rose": _t("الورد", "Rose", "Rose", "ⵍⵡⵔⴷ", "Lward"),
    "apples": _t("التفاح", "Pommes", "Apples", "ⵜⵉⴼⴼⴰⵃ", "Tteffaḥ"),
    "spices": _t("التوابل", "Épices", "Spices", "ⴷⴷⵡⴰ ⵏ ⵓⵎⵛⵛⵉ", "Ddwa n wučči"),
    "saffron": _t("الزعفران", "Safran", "Saffron", "ⵣⵣⵄⴼⵔⴰⵏ", "Zzaɛfran"),
}

# UPC -> the materials the product is made of.
PRODUCT_MATERIALS = {
    **dict.fromkeys(["HIRFA-TEX-01", "HIRFA-TEX-02", "HIRFA-TEX-03", "HIRFA-TEX-04"], ["wool"]),
    "HIRFA-TEX-05": ["cotton"], "HIRFA-TEX-06": ["cotton"],
    "HIRFA-CLO-01": ["silk"], "HIRFA-CLO-02": ["wool"], "HIRFA-CLO-03": ["camel-hair"],
    "HIRFA-CLO-04": ["wool"], "HIRFA-CLO-05": ["cotton"], "HIRFA-CLO-06": ["cotton"],
    "HIRFA-CLO-07": ["leather"],
    "HIRFA-JWL-01": ["silver", "coral", "enamel"], "HIRFA-JWL-02": ["silver", "coral"],
    "HIRFA-JWL-03": ["coral"], "HIRFA-JWL-04": ["silver", "enamel"], "HIRFA-JWL-05": ["silver"],
    **{f"HIRFA-POT-0{n}": ["clay"] for n in range(1, 7)},
    "HIRFA-WOD-01": ["thuya"], "HIRFA-WOD-02": ["thuya"], "HIRFA-WOD-03": ["thuya"], "HIRFA-WOD-04": ["cedar"],
    "HIRFA-ART-01": ["brass"], "HIRFA-ART-02": ["brass"], "HIRFA-ART-03": ["brass"],
    "HIRFA-ART-04": ["leather"], "HIRFA-ART-05": ["leather"], "HIRFA-ART-06": ["palm-leaf"],
    "HIRFA-SWT-01": ["semolina", "dates", "honey"], "HIRFA-SWT-02": ["almonds"],
    "HIRFA-SWT-03": ["almonds", "honey"], "HIRFA-SWT-04": ["semolina"],
    "HIRFA-NAT-01": ["olive-oil"], "HIRFA-NAT-02": ["clay", "olive-oil"], "HIRFA-NAT-03": ["olive-oil"],
    "HIRFA-NAT-04": ["rose"], "HIRFA-NAT-05": ["apples"], "HIRFA-NAT-06": ["argan"],
    "HIRFA-NAT-07": ["almonds", "argan", "honey"],
    **dict.fromkeys(["HIRFA-SPC-01", "HIRFA-SPC-02", "HIRFA-SPC-03", "HIRFA-SPC-04"], ["spices"]),
    "HIRFA-SPC-05": ["saffron"],
}

# Craft slugs of earlier demos -> the category slugs the crafts now share.
LEGACY_CRAFT_SLUGS = {
    "jewellery": "traditional-jewellery",
    "pottery": "pottery-ceramics",
    "weaving": "textiles",
    "soap": "natural-products",
    "sweets": "sweets-pastries",
}
