"""Demo training courses from the seeds: the Batna chamber's certified e-marketing course (43 pilot
artisans, Yennayer fair 2024) and the Marrakech craft week's e-marketing workshops for the 36 women who
run women's craft houses (2019). The seeds give no exact course dates or trainer names: the dates are
set inside each fair, the trainer is described as the articles describe her.
"""

import datetime

INDEX = {
    "slug": "courses",
    "ar": {"title": "الدورات التكوينية"},
    "fr": {"title": "Formations"},
    "en": {"title": "Training courses"},
    "zgh": {"title": "ⵉⵙⵍⵎⴷⵏ"},
    "kab": {"title": "Ilmaden"},
}

COURSES = [
    {
        "slug": "batna-e-marketing-2024",
        "start_date": datetime.date(2024, 1, 7),
        "end_date": datetime.date(2024, 1, 9),
        "capacity": 43,
        "language": "ar",
        "certificate_offered": True,
        "ar": {
            "title": "دورة تكوينية مجانية في التسويق الإلكتروني متوجة بشهادة",
            "intro": "دورة مجانية متوجة بشهادة لفائدة الدفعة الأولى من 43 حرفيا في التجربة النموذجية لتسويق منتجات الصناعة التقليدية إلكترونيا.",
            "description": "ركزت المختصة على كيفية الولوج إلى التطبيق الخاص بتسويق منتجات الحرفيين وطرق استغلاله، خلال معرض رأس السنة الأمازيغية يناير 2974.",
            "trainer": "مختصة في التسويق الإلكتروني",
            "organiser": "الغرفة الولائية للصناعة التقليدية والحرف بباتنة",
            "venue": "مدرسة التكوين وتحسين المستوى، دار الصناعة التقليدية، ساحة الحرية",
            "city": "باتنة",
        },
        "fr": {
            "title": "Formation gratuite et certifiante au e-marketing",
            "intro": "Formation gratuite, sanctionnée par une attestation, pour la première promotion de 43 artisans de l'expérience pilote de vente en ligne des produits de l'artisanat.",
            "description": "La spécialiste a montré comment accéder à l'application de vente des produits des artisans et comment l'exploiter, pendant la foire de Yennayer 2974.",
            "trainer": "Une spécialiste du e-marketing",
            "organiser": "Chambre de l'artisanat et des métiers de la wilaya de Batna",
            "venue": "École de formation et de perfectionnement, Maison de l'artisanat, place de la Liberté",
            "city": "Batna",
        },
        "en": {
            "title": "Free certified e-marketing course",
            "intro": "A free course with a certificate for the first group of 43 artisans in the pilot of selling craft products online.",
            "description": "The specialist showed how to access the artisans' sales application and how to use it, during the Yennayer 2974 fair.",
            "trainer": "An e-marketing specialist",
            "organiser": "Batna wilaya chamber of crafts and trades",
            "venue": "Training and development school, House of crafts, Freedom Square",
            "city": "Batna",
        },
        "zgh": {"title": "ⴰⵙⵍⵎⴷ ⴱⵍⴰ ⴰⵜⵉⴳ ⵏ ⵓⵙⵏⵣⵣⵉ ⴰⵍⵉⴽⵜⵔⵓⵏⵉ ⵙ ⵜⴳⴰⵡⵙⴰ", "city": "ⴱⴰⵜⵏⴰ"},
        "kab": {"title": "Almad baṭel n uznuzu s internet s tnekkit", "city": "Batna"},
    },
    {
        "slug": "marrakech-womens-houses-e-marketing-2019",
        "start_date": datetime.date(2019, 2, 9),
        "end_date": datetime.date(2019, 2, 17),
        "capacity": 36,
        "language": "ar",
        "certificate_offered": False,
        "ar": {
            "title": "ورشات تكوينية في التسويق الإلكتروني لمسيرات دور الصانعة",
            "intro": "لأول مرة تشارك دور الصانعة، بحضور 36 امرأة من مسيرات تلك الدور، في الورشات التكوينية للأسبوع الوطني للصناعة التقليدية.",
            "description": "ورشات تكوينية لفائدة الصانعات والصناع في مجالات مختلفة، خاصة التسويق الإلكتروني، ضمن البرنامج الموازي للأسبوع الوطني الخامس للصناعة التقليدية بمراكش.",
            "trainer": "",
            "organiser": "وزارة السياحة والنقل الجوي والصناعة التقليدية والاقتصاد الاجتماعي ودار الصانع",
            "venue": "الأسبوع الوطني الخامس للصناعة التقليدية",
            "city": "مراكش",
        },
        "fr": {
            "title": "Ateliers de e-marketing pour les gérantes des maisons de l'artisane",
            "intro": "Pour la première fois, les maisons de l'artisane ont participé, avec 36 femmes qui les gèrent, aux ateliers de formation de la semaine nationale de l'artisanat.",
            "description": "Ateliers de formation pour les artisanes et artisans dans plusieurs domaines, notamment le e-marketing, au programme parallèle de la 5e semaine nationale de l'artisanat à Marrakech.",
            "trainer": "",
            "organiser": "Ministère du Tourisme, du Transport aérien, de l'Artisanat et de l'Économie sociale et Maison de l'Artisan",
            "venue": "5e semaine nationale de l'artisanat",
            "city": "Marrakech",
        },
        "en": {
            "title": "E-marketing workshops for the women who run women's craft houses",
            "intro": "For the first time women's craft houses took part, with 36 women who run them, in the training workshops of the national craft week.",
            "description": "Training workshops for women and men artisans in several fields, e-marketing above all, in the side programme of the 5th national craft week in Marrakech.",
            "trainer": "",
            "organiser": "Ministry of Tourism, Air Transport, Crafts and Social Economy, and Maison de l'Artisan",
            "venue": "5th national craft week",
            "city": "Marrakech",
        },
        "zgh": {"title": "ⵜⵉⵙⵏⴰⴳⵉⵏ ⵏ ⵓⵙⵏⵣⵣⵉ ⴰⵍⵉⴽⵜⵔⵓⵏⵉ ⵉ ⵜⵎⵏⴰⴹⵉⵏ ⵏ ⵜⴰⴷⴷⴰⵔⵉⵏ ⵏ ⵜⵥⵓⵕⵉ", "city": "ⵎⵕⵕⴰⴽⵛ"},
        "kab": {"title": "Tiɣermiwin n uznuzu s internet i tnemhalin n yexxamen n tzuri", "city": "Murakuc"},
    },
]

# Demo artisans (portal/demo/artisans_data.py usernames) on each course; certificates in their language.
REGISTRATIONS = {
    "batna-e-marketing-2024": [
        ("arezki.aitouali", "fr"),
        ("nora.chenouf", "ar"),
        ("tassadit.hamdi", "kab"),
        ("ouardia.saidi", "ar"),
        ("zohra.benchikh", "ar"),
        ("hocine.laamouri", "fr"),
        ("ahmed.benaissa", "ar"),
        ("lynda.meziani", "fr"),
    ],
    "marrakech-womens-houses-e-marketing-2019": [
        ("khadija.amrani", "ar"),
        ("itto.oulhaj", "zgh"),
        ("fatima.aitbaha", "fr"),
    ],
}
# One certificate revoked, to show what verification says then.
REVOKED = {"hocine.laamouri": "Délivrée par erreur : absent à la dernière séance."}
