"""Demo catalogue skeleton: product classes and the craft categories the seeds name.

Categories follow the Batna Yennayer fair's list (textiles, clothing,
traditional jewellery, pottery and ceramics, woodwork, sweets and pastries,
art objects, natural products and cosmetics, spices). Names and
descriptions are given in every language; the Tamazight (zgh, Tifinagh)
and Kabyle (kab) wording is a best effort awaiting review by native
speakers.
"""

LANGS = ("ar", "fr", "en", "zgh", "kab")

# Oscar product classes. Food and cosmetics are kept apart: they will carry
# compliance attributes (ingredients, best-before...) later.
PRODUCT_CLASSES = {
    "craft": {"slug": "handmade-craft", "name": "Handmade craft"},
    "food": {"slug": "traditional-food", "name": "Traditional food"},
    "cosmetic": {"slug": "natural-cosmetic", "name": "Natural cosmetic"},
}


def _t(ar, fr, en, zgh, kab):
    return dict(zip(LANGS, (ar, fr, en, zgh, kab), strict=True))


CATEGORIES = [
    {
        "slug": "textiles",
        "motif": "carpet",
        "name": _t("المنسوجات", "Textiles", "Textiles", "ⴰⵥⵟⵟⴰ", "Aẓeṭṭa"),
        "description": _t(
            "زرابي وأغطية وأفرشة منسوجة يدويا على المنوال التقليدي.",
            "Tapis, couvertures et coussins tissés à la main sur le métier traditionnel.",
            "Carpets, blankets and cushions woven by hand on the traditional loom.",
            "ⵜⵉⵣⵔⴱⵉⵢⵉⵏ ⴷ ⵉⴱⵟⵟⴰⵏⵏ ⵉⵜⵜⵓⵥⴹⴰⵏ ⵙ ⵓⴼⵓⵙ.",
            "Tizerbiyin d yibeṭṭanen yettwaẓḍan s ufus.",
        ),
    },
    {
        "slug": "clothing",
        "motif": "garment",
        "name": _t(
            "الألبسة التقليدية", "Vêtements traditionnels", "Traditional clothing", "ⵉⵛⵟⵟⵉⴹⵏ", "Iceṭṭiḍen"
        ),
        "description": _t(
            "قفاطين وبرانس وجبب قبائلية مخيطة ومطرزة باليد.",
            "Caftans, burnous et robes kabyles cousus et brodés à la main.",
            "Kaftans, burnouses and Kabyle dresses sewn and embroidered by hand.",
            "ⵉⵛⵟⵟⵉⴹⵏ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵙ ⵓⴼⵓⵙ.",
            "Iceṭṭiḍen yettwaxedmen s ufus.",
        ),
    },
    {
        "slug": "traditional-jewellery",
        "motif": "jewellery",
        "name": _t("الحلي التقليدية", "Bijoux traditionnels", "Traditional jewellery", "ⵜⴰⵚⵢⴰⵖⵜ", "Taṣyaɣt"),
        "description": _t(
            "حلي من الفضة والمرجان الطبيعي والمينا، على طريقة الصاغة القدامى.",
            "Bijoux en argent, corail naturel et émail, à la manière des anciens orfèvres.",
            "Silver, natural coral and enamel jewellery, made the way the old silversmiths did.",
            "ⵜⴰⵚⵢⴰⵖⵜ ⵙ ⵓⵏⵇⵔⴰⵔ ⴷ ⵍⵎⵕⵊⴰⵏ.",
            "Taṣyaɣt s lfeṭṭa d lmerǧan.",
        ),
    },
    {
        "slug": "pottery-ceramics",
        "motif": "pot",
        "name": _t("الفخار والخزف", "Poterie et céramique", "Pottery & ceramics", "ⵍⴼⵅⵅⴰⵔ", "Lfexxar"),
        "description": _t(
            "أوان طينية وخزفية مشكلة ومزخرفة يدويا.",
            "Poteries en terre et céramiques façonnées et peintes à la main.",
            "Clay pottery and ceramics shaped and painted by hand.",
            "ⵍⴼⵅⵅⴰⵔ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵙ ⵓⴼⵓⵙ ⵙⴳ ⵓⵍⵓⴹ.",
            "Lfexxar yettwaxedmen s ufus seg wakal.",
        ),
    },
    {
        "slug": "woodwork",
        "motif": "woodwork",
        "name": _t(
            "المصنوعات الخشبية", "Travail du bois", "Woodwork", "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵓⴽⵛⵛⵓⴹ", "Tiɣawsiwin n wesɣar"
        ),
        "description": _t(
            "علب وصوان وأدوات من خشب العرعار والأرز، منحوتة ومطعمة.",
            "Boîtes, plateaux et ustensiles en thuya et en cèdre, sculptés et marquetés.",
            "Boxes, trays and utensils in thuya and cedar wood, carved and inlaid.",
            "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵓⴽⵛⵛⵓⴹ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵙ ⵓⴼⵓⵙ.",
            "Tiɣawsiwin n wesɣar yettwaxedmen s ufus.",
        ),
    },
    {
        "slug": "sweets-pastries",
        "motif": "sweets",
        "name": _t(
            "الحلويات والعجائن التقليدية",
            "Douceurs et pâtisseries",
            "Sweets & pastries",
            "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵉⵥⵉⴹⵏ",
            "Leḥlawat",
        ),
        "description": _t(
            "حلويات ومعجنات تقليدية بالعسل واللوز والتمر، محضرة في البيت.",
            "Pâtisseries traditionnelles au miel, aux amandes et aux dattes, préparées à la maison.",
            "Traditional pastries with honey, almonds and dates, made at home.",
            "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵉⵥⵉⴹⵏ ⵙ ⵜⵎⵎⵏⵜ ⴷ ⵍⵍⵓⵣ.",
            "Leḥlawat s tament d lluz.",
        ),
    },
    {
        "slug": "art-objects",
        "motif": "lantern",
        "name": _t("التحف الفنية", "Objets d'art", "Art objects", "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵜⵥⵓⵕⵉ", "Tiɣawsiwin n tẓuri"),
        "description": _t(
            "فوانيس نحاسية وصينيات وجلود مصنوعة بمهارة المعلمين.",
            "Lanternes et plateaux en cuivre, maroquinerie, façonnés par des maîtres artisans.",
            "Brass lanterns and trays, leather goods, made by master artisans.",
            "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵜⵥⵓⵕⵉ ⵙ ⵏⵏⵃⴰⵙ ⴷ ⵉⵍⵎ.",
            "Tiɣawsiwin n tẓuri s nnḥas d weglim.",
        ),
    },
    {
        "slug": "natural-products",
        "motif": "jar",
        "name": _t(
            "المنتجات الطبيعية ومواد التجميل",
            "Produits naturels et cosmétiques",
            "Natural products & cosmetics",
            "ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵜⵉⴳⴰⵎⴰⵡⵉⵏ",
            "Tiɣawsiwin tigamawin",
        ),
        "description": _t(
            "صابون طبيعي وزيت أركان وماء الورد وخل التفاح، مقطرة بالطريقة التقليدية.",
            "Savons naturels, huile d'argan, eau de rose et vinaigre de pomme distillés à l'ancienne.",
            "Natural soaps, argan oil, rose water and apple vinegar distilled the traditional way.",
            "ⵙⵙⴰⴱⵓⵏ, ⵣⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ.",
            "Ssabun, zzit n wargan d waman n lward.",
        ),
    },
    {
        "slug": "spices",
        "motif": "spices",
        "name": _t("التوابل", "Épices", "Spices", "ⴷⴷⵡⴰ ⵏ ⵓⵎⵛⵛⵉ", "Ddwa n wučči"),
        "description": _t(
            "توابل مطحونة في البيت لأطباق ينّاير والمائدة اليومية.",
            "Épices moulues à la maison pour les plats de Yennayer et la table de tous les jours.",
            "Spices ground at home for the Yennayer dishes and the everyday table.",
            "ⴷⴷⵡⴰ ⵏ ⵓⵎⵛⵛⵉ ⵉ ⵢⵏⵏⴰⵢⵔ.",
            "Ddwa n wučči i Yennayer.",
        ),
    },
]


def product(upc, artisan, category, price_mad, stock, title, description, klass="craft", maker=""):
    """One demo product.

    ``title`` is (ar, fr, en, zgh, kab); ``description`` is (ar, fr, en): the
    Tamazight and Kabyle descriptions are built from a short sentence naming
    the artisan's town (see shop.py). ``price_mad`` is in dirhams; other
    currencies are converted with a fixed factor. ``maker`` names the woman
    who made an item listed by a craft house.
    """
    return {
        "upc": upc,
        "artisan": artisan,
        "category": category,
        "price_mad": price_mad,
        "stock": stock,
        "title": dict(zip(LANGS, title, strict=True)),
        "description": dict(zip(LANGS[:3], description, strict=True)),
        "class": klass,
        "maker": maker,
    }
