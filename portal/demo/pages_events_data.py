"""The two events of the seeds and the site's own pages, in five languages (crafts: catalogue_data.py).

Same shape in every language, so that Arabic strings pair with their
translations position by position. zgh and kab translate titles and
introductions (first drafts awaiting review by native speakers).
"""

import datetime

SITE = {
    "home": {
        "ar": {
            "title": "حرفة",
            "tagline": "بوابة الصناعة التقليدية ومتجرها لحرفيي المغرب والجزائر",
            "intro": "<p>أخبار الصناعة التقليدية وأسابيعها ومعارضها، ومنتجات الحرفيين ودور الصانعة والتعاونيات، "
            "مع الدفع عند الاستلام.</p>",
        },
        "fr": {
            "title": "Hirfa",
            "tagline": "Le portail et la boutique de l’artisanat du Maroc et de l’Algérie",
            "intro": "<p>L’actualité de l’artisanat, ses semaines et ses foires, et les créations des artisans, des "
            "maisons de l’artisane et des coopératives, payées à la livraison.</p>",
        },
        "en": {
            "title": "Hirfa",
            "tagline": "The craft portal and shop of Morocco and Algeria",
            "intro": "<p>Craft news, craft weeks and fairs, and the work of artisans, women’s craft houses and "
            "cooperatives, paid for on delivery.</p>",
        },
        "zgh": {"title": "ⵃⵉⵔⴼⴰ", "tagline": "ⴰⵙⵏⵓⴱⴳ ⴷ ⵜⵃⴰⵏⵓⵜ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⵏ ⵍⵎⵖⵔⵉⴱ ⴷ ⴷⵣⴰⵢⵔ"},
        "kab": {"title": "Hirfa", "tagline": "Tawwurt d tḥanut n tẓuri n ufus n Lmerruk d Lezzayer"},
    },
    "news": {
        "slug": "news",
        "ar": {"title": "الأخبار"},
        "fr": {"title": "Actualités"},
        "en": {"title": "News"},
        "zgh": {"title": "ⵉⵙⴰⵍⵍⵏ"},
        "kab": {"title": "Isallen"},
    },
    "events": {
        "slug": "events",
        "ar": {"title": "الأسابيع والمعارض"},
        "fr": {"title": "Semaines et foires"},
        "en": {"title": "Craft weeks and fairs"},
        "zgh": {"title": "ⵉⵎⴰⵍⴰⵙⵏ ⴷ ⵉⵎⵓⵏⵏⴰⴹⵏ"},
        "kab": {"title": "Dduṛat d yisula"},
    },
}

MARRAKECH_WEEK = {
    "slug": "marrakech-national-craft-week-2019",
    "start_date": datetime.date(2019, 2, 9),
    "end_date": datetime.date(2019, 2, 17),
    "crafts": ["traditional-jewellery", "pottery-ceramics", "textiles", "woodwork"],
    # number, suffix (shared by every language)
    "figures": [(305358, ""), (1300, "+"), (12, ""), (50000, " m²"), (36, "")],
    "programme_dates": [None] * 7,
    "region": "MA-07",
    "position": ("31.629500", "-7.981100"),
    "ar": {
        "title": "الأسبوع الوطني الخامس للصناعة التقليدية – مراكش 2019",
        "venue": "فضاء العرض بمراكش",
        "city": "مراكش",
        "organiser": "وزارة السياحة والنقل الجوي والصناعة التقليدية والاقتصاد الاجتماعي، بشراكة مع دار الصانع",
        "intro": "أول دورة تنظم خارج الرباط وأول دورة تشارك فيها جهات المملكة الاثنتا عشرة، مع إطلاق التسويق الذكي.",
        "figures": ["زائرا", "عارضة وعارضا", "جهة", "مساحة العرض", "امرأة من مسيرات دور الصانعة"],
        "programme": [
            ("كرنفال الصناعة التقليدية", "شوارع المدينة الحمراء", "استعراض للمنتوجات التقليدية على أنغام شعبية."),
            ("ورشات للأطفال حول بعض فنون الصناعة التقليدية", "", "سجلت إقبالا كبيرا."),
            ("المناظرة الموضوعاتية الثانية: فرع الحلي والمجوهرات، الوضعية الحالية والآفاق", "", ""),
            ("الملتقى الثامن حول المحافظة على الحرف المهددة بالانقراض", "", "تكريم معلمين برنامج 2018."),
            ("ورشات تكوينية في التسويق الإلكتروني", "", "بمشاركة 36 امرأة من مسيرات دور الصانعة."),
            ("ندوات تعرف بالقطاع ومؤهلاته وإنجازاته في مجال التكوين والتصدير", "", "تكريم عدد من الصانعات والصناع."),
            ("إطلاق التسويق الذكي من طرف دار الصانع", "", ""),
        ],
    },
    "fr": {
        "title": "5e Semaine nationale de l’artisanat – Marrakech 2019",
        "venue": "Espace d’exposition de Marrakech",
        "city": "Marrakech",
        "organiser": "Ministère du Tourisme, du Transport aérien, de l’Artisanat et de l’Économie sociale, avec "
        "la Maison de l’Artisan",
        "intro": "La première édition hors de Rabat et la première avec les douze régions du Royaume, marquée par "
        "le lancement du marketing intelligent.",
        "figures": ["visiteurs", "exposantes et exposants", "régions", "d’exposition", "dirigeantes de maisons de "
                    "l’artisane"],
        "programme": [
            ("Carnaval de l’artisanat", "Rues de la ville ocre", "Défilé de produits artisanaux en musique."),
            ("Ateliers pour enfants autour des arts de l’artisanat", "", "Très fréquentés."),
            ("2e conférence thématique : bijouterie et joaillerie, état des lieux et perspectives", "", ""),
            ("8e rencontre sur la sauvegarde des métiers menacés", "", "Hommage aux maîtres artisans du programme "
             "2018."),
            ("Ateliers de formation à la vente en ligne", "", "Avec 36 dirigeantes de maisons de l’artisane."),
            ("Séminaires sur le secteur, la formation et l’export", "", "Hommage à des artisanes et artisans."),
            ("Lancement du marketing intelligent par la Maison de l’Artisan", "", ""),
        ],
    },
    "en": {
        "title": "5th National Craft Week – Marrakech 2019",
        "venue": "Marrakech exhibition grounds",
        "city": "Marrakech",
        "organiser": "Ministry of Tourism, Air Transport, Crafts and Social Economy, with Maison de l’Artisan",
        "intro": "The first edition outside Rabat and the first with all twelve regions of the kingdom, marked by "
        "the launch of smart marketing.",
        "figures": ["visitors", "exhibitors", "regions", "of exhibition space", "women who run craft houses"],
        "programme": [
            ("Craft carnival", "Streets of the red city", "A parade of craft products to folk music."),
            ("Children’s workshops on craft arts", "", "Very well attended."),
            ("2nd thematic conference: jewellery, current state and prospects", "", ""),
            ("8th meeting on preserving endangered crafts", "", "Master artisans of the 2018 programme honoured."),
            ("Online-marketing workshops", "", "With 36 women who run women’s craft houses."),
            ("Seminars on the sector, training and export", "", "Women and men artisans honoured."),
            ("Launch of smart marketing by Maison de l’Artisan", "", ""),
        ],
    },
    "zgh": {
        "title": "ⵉⵎⴰⵍⴰⵙ ⵡⵉⵙⵙ ⵙⵎⵎⵓⵙ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵏⴰⵥⵓⵕⵉ – ⵎⵕⵕⴰⴽⵛ 2019",
        "city": "ⵎⵕⵕⴰⴽⵛ",
        "intro": "ⵜⴰⵙⵓⵔⵉⴼⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⴱⵕⵕⴰ ⵏ ⵕⵕⴱⴰⵟ, ⵙ 12 ⵏ ⵜⵎⵏⴰⴹⵉⵏ.",
    },
    "kab": {
        "title": "Ddurt tis-xemsa tanamurt n tẓuri n ufus – Merrakec 2019",
        "city": "Merrakec",
        "intro": "Tasiwelt tamezwarut beṛṛa n Ribaṭ, s 12 n temnaḍin n tgelda.",
    },
}

BATNA_FAIR = {
    "slug": "batna-yennayer-craft-fair-2974",
    "start_date": datetime.date(2023, 12, 30),
    "end_date": datetime.date(2024, 1, 15),
    "crafts": [
        "traditional-jewellery", "natural-products", "sweets-pastries", "textiles", "pottery-ceramics", "woodwork"
    ],
    "figures": [(70, ""), (43, ""), (15, ""), (30, "")],
    "programme_dates": [datetime.date(2023, 12, 30), None, None],
    "region": "DZ-05",
    "position": ("35.555900", "6.174100"),
    "ar": {
        "title": "المعرض الوطني للصناعة التقليدية بمناسبة يناير 2974 – باتنة",
        "venue": "ساحة الحرية، قبالة دار الصناعة التقليدية",
        "city": "باتنة",
        "organiser": "غرفة الصناعة التقليدية والحرف لولاية باتنة",
        "intro": "معرض وطني احتفاء برأس السنة الأمازيغية، انطلقت فيه تجربة نموذجية لتسويق منتجات الحرفيين إلكترونيا.",
        "figures": ["حرفيا مشاركا", "حرفيا في التجربة النموذجية", "ولاية", "خيمة كبيرة"],
        "programme": [
            ("افتتاح المعرض", "ساحة الحرية", ""),
            ("دورة تكوينية مجانية في التسويق الإلكتروني متوجة بشهادة", "مدرسة التكوين وتحسين المستوى، دار الصناعة "
             "التقليدية", ""),
            ("سوق أسبوعي لمنتوجات الحرفيات", "خيم ساحة الحرية", "للنساء الماكثات بالبيت والقاطنات بالمناطق النائية."),
        ],
    },
    "fr": {
        "title": "Foire nationale de l’artisanat de Yennayer 2974 – Batna",
        "venue": "Place de la Liberté, face à la Maison de l’artisanat",
        "city": "Batna",
        "organiser": "Chambre de l’artisanat et des métiers de la wilaya de Batna",
        "intro": "Une foire nationale pour le Nouvel An amazigh, où a débuté une expérience pilote de vente en "
        "ligne des produits des artisans.",
        "figures": ["artisans exposants", "artisans dans l’expérience pilote", "wilayas", "grandes tentes"],
        "programme": [
            ("Ouverture de la foire", "Place de la Liberté", ""),
            ("Formation gratuite à la vente en ligne, avec certificat", "École de formation, Maison de l’artisanat",
             ""),
            ("Marché hebdomadaire des artisanes", "Tentes de la place de la Liberté", "Pour les femmes qui "
             "travaillent à domicile et vivent dans des zones isolées."),
        ],
    },
    "en": {
        "title": "Yennayer 2974 National Craft Fair – Batna",
        "venue": "Place de la Liberté, opposite the House of Crafts",
        "city": "Batna",
        "organiser": "Batna wilaya chamber of crafts and trades",
        "intro": "A national fair for the Amazigh New Year, where a pilot for selling artisans’ products online "
        "began.",
        "figures": ["exhibiting artisans", "artisans in the online pilot", "wilayas", "large tents"],
        "programme": [
            ("Opening of the fair", "Place de la Liberté", ""),
            ("Free online-selling course with a certificate", "Training school, House of Crafts", ""),
            ("Weekly market of women artisans", "Tents on Place de la Liberté", "For women working from home in "
             "remote areas."),
        ],
    },
    "zgh": {
        "title": "ⴰⵎⵓⵏⵏⴰⴹ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⵏ ⵉⵏⵏⴰⵢⵔ 2974 – ⴱⴰⵜⵏⴰ",
        "city": "ⴱⴰⵜⵏⴰ",
        "intro": "ⴰⵎⵓⵏⵏⴰⴹ ⵉ ⵓⵙⴳⴳⵯⴰⵙ ⴰⵎⴰⵢⵏⵓ ⴰⵎⴰⵣⵉⵖ.",
    },
    "kab": {
        "title": "Asalu anamur n tẓuri n ufus n Yennayer 2974 – Batna",
        "city": "Batna",
        "intro": "Asalu anamur i Yennayer, anda tebda tanezzut s internet n yifarisen n yinaẓuren.",
    },
}

# The weekly market the Batna chamber bought the 30 tents for: ONE page with its schedule.
# The seed gives no weekday or hours: Saturday 9:00–16:00 is the demo's assumption.
BATNA_MARKET = {
    "slug": "batna-weekly-market-women-artisans",
    "start_date": datetime.date(2024, 1, 20),
    "end_date": datetime.date(2027, 12, 25),
    "weekdays": ["SA"],
    "times": (datetime.time(9, 0), datetime.time(16, 0)),
    "region": "DZ-05",
    "position": ("35.555900", "6.174100"),
    "crafts": ["textiles", "natural-products", "sweets-pastries"],
    "figures": [(30, "")],
    "programme_dates": [],
    "ar": {
        "title": "السوق الأسبوعي لمنتوجات الحرفيات – باتنة",
        "venue": "خيم ساحة الحرية، قبالة دار الصناعة التقليدية",
        "city": "باتنة",
        "organiser": "",
        "intro": "سوق أسبوعي في 30 خيمة للنساء الماكثات بالبيت والقاطنات بالمناطق النائية، لتسويق منتجاتهن وترقيتها.",
        "figures": ["خيمة"],
        "programme": [],
    },
    "fr": {
        "title": "Marché hebdomadaire des artisanes – Batna",
        "venue": "Tentes de la place de la Liberté, face à la Maison de l’artisanat",
        "city": "Batna",
        "intro": "Un marché chaque semaine sous 30 tentes pour les femmes qui travaillent à domicile et vivent dans "
        "des zones isolées, pour vendre et faire connaître leurs produits.",
        "figures": ["tentes"],
    },
    "en": {
        "title": "Weekly market of women artisans – Batna",
        "venue": "Tents on Place de la Liberté, opposite the House of Crafts",
        "city": "Batna",
        "intro": "A market every week in 30 tents for women who work from home and live in remote areas, to sell "
        "and promote their products.",
        "figures": ["tents"],
    },
    "zgh": {"title": "ⴰⵙⵓⵇ ⵏ ⵉⵎⴰⵍⴰⵙ ⵏ ⵜⵏⴰⵥⵓⵕⵉⵏ – ⴱⴰⵜⵏⴰ", "city": "ⴱⴰⵜⵏⴰ"},
    "kab": {"title": "Ssuq n yal dduṛt n tnaẓurin – Batna", "city": "Batna"},
}

EVENTS = [MARRAKECH_WEEK, BATNA_FAIR, BATNA_MARKET]
