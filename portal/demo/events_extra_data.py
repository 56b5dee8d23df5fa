"""Organisers and partners of the seed events, and the tags and regions of the seed articles."""

ORGANISATIONS = {
    "ministry-crafts-ma": {
        "website": "https://mtataes.gov.ma/",
        "ar": "وزارة السياحة والنقل الجوي والصناعة التقليدية والاقتصاد الاجتماعي",
        "fr": "Ministère du Tourisme, du Transport aérien, de l’Artisanat et de l’Économie sociale",
        "en": "Ministry of Tourism, Air Transport, Crafts and Social Economy",
        "zgh": "ⵜⴰⵎⴰⵡⴰⵙⵜ ⵏ ⵓⵏⵣⵣⵓⵖ ⴷ ⵜⵏⴰⵥⵓⵕⵉ",
        "kab": "Tamazzalt n Turizm d Tẓuri n ufus",
    },
    "maison-artisan": {
        "website": "https://www.maisondelartisan.ma/",
        "ar": "دار الصانع",
        "fr": "Maison de l’Artisan",
        "en": "Maison de l’Artisan",
        "zgh": "ⴷⴰⵔ ⵓⵏⴰⵥⵓⵕ",
        "kab": "Axxam n unaẓur",
    },
    "batna-chamber": {
        "website": "",
        "ar": "غرفة الصناعة التقليدية والحرف لولاية باتنة",
        "fr": "Chambre de l’artisanat et des métiers de la wilaya de Batna",
        "en": "Batna wilaya chamber of crafts and trades",
        "zgh": "ⵜⴰⵎⵙⵙⵓⵜ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⵏ ⴱⴰⵜⵏⴰ",
        "kab": "Taxxamt n tẓuri n ufus n Batna",
    },
    "aps": {
        "website": "https://www.aps.dz/",
        "ar": "وكالة الأنباء الجزائرية",
        "fr": "Algérie Presse Service",
        "en": "Algeria Press Service",
        "zgh": "ⵜⴰⵙⵏⵓⵔⵜ ⵏ ⵉⵙⴰⵍⵍⵏ ⵏ ⴷⵣⴰⵢⵔ",
        "kab": "Tanfalit n yisallen n Lezzayer",
    },
}

# event slug: ([organisers], [partners], country of the exhibitors' storefronts)
EVENT_LINKS = {
    "marrakech-national-craft-week-2019": (["ministry-crafts-ma"], ["maison-artisan"], "MA"),
    "batna-yennayer-craft-fair-2974": (["batna-chamber"], [], "DZ"),
    "batna-weekly-market-women-artisans": (["batna-chamber"], [], "DZ"),
}
EXHIBITORS_PER_EVENT = 6

# article slug: region and tags per language (tags are per language on news articles)
NEWS_TOPICS = {
    "marrakech-craft-week-success": {
        "region": "MA-07",
        "tags": {
            "ar": ["أسبوع الصناعة التقليدية", "التسويق الإلكتروني", "دور الصانعة"],
            "fr": ["semaine de l’artisanat", "vente en ligne", "maisons de l’artisane"],
            "en": ["craft week", "online selling", "women’s craft houses"],
            "zgh": ["ⵉⵎⴰⵍⴰⵙ ⵏ ⵜⵏⴰⵥⵓⵕⵉ"],
            "kab": ["dduṛt n tẓuri n ufus"],
        },
    },
    "batna-yennayer-fair-online-selling": {
        "region": "DZ-05",
        "tags": {
            "ar": ["يناير", "التسويق الإلكتروني", "التكوين"],
            "fr": ["Yennayer", "vente en ligne", "formation"],
            "en": ["Yennayer", "online selling", "training"],
            "zgh": ["ⵉⵏⵏⴰⵢⵔ"],
            "kab": ["Yennayer"],
        },
    },
}
