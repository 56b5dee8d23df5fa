"""The two seed articles (shared/seeds/) as news pages.

Arabic is the original (the agency text, cleaned of the site's comment and
cookie boilerplate). French and English are full translations. Tamazight
(zgh, Tifinagh) and Kabyle (kab, Latin script) translate the title and the
introduction only; the body stays in Arabic there until native translators
complete it (wagtail-localize shows the source text for a missing segment).

Every language has the same shape, so that the Arabic strings can be paired
with their translations position by position.
"""

import datetime

MARRAKECH = {
    "slug": "marrakech-craft-week-success",
    "date": datetime.date(2019, 2, 20),
    "crafts": ["traditional-jewellery", "pottery-ceramics", "textiles", "woodwork"],
    "ar": {
        "title": "إقبالٌ ونجاحٌ كبير لأسبوع الصناعة التقليدية بمراكش فتح باب التسويق الإلكتروني لأول مرة",
        "place": "الرباط",
        "source": "زنقة 20",
        "intro": (
            "سجلت النسخة الخامسة للأسبوع الوطني للصناعة التقليدية بمراكش 305 ألف و358 زائرا "
            "وأزيد من 1300 عارض من جهات المملكة الاثنتي عشرة، وأطلقت دار الصانع خلالها التسويق الذكي."
        ),
        "body": [
            "سجلت النسخة الخامسة للأسبوع الوطني للصناعة التقليدية التي نظمت بمدينة مراكش ما بين 9 و 17 فبراير "
            "الجاري بمبادرة من وزارة السياحة والنقل الجوي والصناعة التقليدية والاقتصاد الاجتماعي تحت الرعاية "
            "الملكية، إقبالا كبيرا حيث وصل عدد الزائرين إلى 305 ألف و 358 شخصا.",
            "وحسب بلاغ للجنة المنظمة، توصلت به وكالة المغرب العربي للأنباء اليوم الأربعاء، فإن هذه الدورة، التي "
            "نظمت بشراكة مع دار الصانع، ولأول مرة خارج مدينة الرباط التي احتضنت نسخها السابقة، تميزت بمشاركة "
            "لأول مرة جميع الجهات ال12 عشر للمملكة، إذ بلغ عدد العارضات والعارضين فيها ما يزيد عن 1300 مثلوا "
            "جميع فروع الصناعة التقليدية.",
            "كما تميزت فعاليات هذه النسخة، التي أقيمت على مساحة تفوق 50 ألف متر مربع، بتنظيم كرنفال جاب شوارع "
            "المدينة الحمراء مستعرضا بعض المنتوجات التقليدية، وسط أنغام شعبية تمثل التنوع الثقافي المغربي، فضلا "
            "عن تنظيم ورشات للأطفال حول بعض فنون الصناعة التقليدية سجلت إقبالا كبيرا.",
            "وتضمن البرنامج العلمي والثقافي لهذه الدورة، تنظيم المناظرة الموضوعاتية الثانية حول «فرع الحلي "
            "والمجوهرات، الوضعية الحالية والآفاق»، والملتقى الثامن حول المحافظة على حرف الصناعة التقليدية المهددة "
            "بالانقراض، حيث تم تكريم معلمين وصناع تقليديين مزاولين لحرف تمت تغطيتها في برنامج المحافظة على حرف "
            "الصناعة التقليدية برسم سنة 2018.",
            "كما عرف البرنامج الموازي لفعاليات الأسبوع الوطني، ورشات تكوينية لفائدة الصانعات والصناع في مجالات "
            "مختلفة خاصة من بينها التسويق الإلكتروني، حيث سجل ولأول مرة حضور دور الصانعة وذلك بمشاركة 36 امرأة "
            "من مسيرات تلك الدور، علاوة على تنظيم ندوات تعرف بالقطاع ومؤهلاته وإنجازاته خاصة في مجال التكوين "
            "والتصدير، تم من خلالها تكريم عدد من الصانعات والصناع.",
            "الى ذلك، شكل اطلاق «التسويق الذكي» من طرف «دار الصانع» أبرز ما ميز هذا الأسبوع الوطني للصناعة "
            "التقليدية، الذي يعتبر سابقة في مواكبة قطاع الصناعة التقليدية للتكنولوجيا.",
        ],
    },
    "fr": {
        "title": "Forte affluence à la Semaine de l’artisanat de Marrakech, qui ouvre pour la première fois "
        "la vente en ligne",
        "place": "Rabat",
        "source": "Rue20",
        "intro": (
            "La 5e Semaine nationale de l’artisanat, à Marrakech, a reçu 305 358 visiteurs et plus de 1 300 "
            "exposants venus des douze régions du Royaume ; la Maison de l’Artisan y a lancé le « marketing "
            "intelligent »."
        ),
        "body": [
            "La 5e édition de la Semaine nationale de l’artisanat, organisée à Marrakech du 9 au 17 février à "
            "l’initiative du ministère du Tourisme, du Transport aérien, de l’Artisanat et de l’Économie sociale, "
            "sous le haut patronage royal, a connu une forte affluence : 305 358 visiteurs.",
            "Selon un communiqué du comité d’organisation parvenu mercredi à l’agence MAP, cette édition, organisée "
            "en partenariat avec la Maison de l’Artisan et pour la première fois hors de Rabat, qui avait accueilli "
            "les précédentes, a réuni pour la première fois les douze régions du Royaume, avec plus de 1 300 "
            "exposantes et exposants représentant toutes les filières de l’artisanat.",
            "Cette édition, installée sur plus de 50 000 m², a aussi été marquée par un carnaval qui a parcouru les "
            "rues de la ville ocre en présentant des produits de l’artisanat, au son de musiques populaires "
            "illustrant la diversité culturelle marocaine, et par des ateliers d’initiation aux arts de l’artisanat "
            "pour les enfants, très fréquentés.",
            "Le programme scientifique et culturel comprenait la 2e conférence thématique « La filière de la "
            "bijouterie et de la joaillerie : état des lieux et perspectives » et la 8e rencontre sur la "
            "sauvegarde des métiers de l’artisanat menacés de disparition, où des maîtres artisans des métiers "
            "couverts par le programme de sauvegarde 2018 ont été honorés.",
            "En marge de la Semaine, des ateliers de formation ont été proposés aux artisanes et artisans dans "
            "plusieurs domaines, notamment la vente en ligne ; pour la première fois, les maisons de l’artisane "
            "étaient présentes, avec 36 femmes qui les dirigent. Des colloques ont présenté le secteur, ses atouts "
            "et ses réalisations, en particulier en formation et à l’export, et plusieurs artisanes et artisans "
            "ont été honorés.",
            "Enfin, le lancement du « marketing intelligent » par la Maison de l’Artisan a été le fait marquant de "
            "cette Semaine nationale, une première dans l’accompagnement du secteur vers le numérique.",
        ],
    },
    "en": {
        "title": "Crowds and success for the Marrakech craft week, which opens online selling for the first time",
        "place": "Rabat",
        "source": "Rue20",
        "intro": (
            "The 5th national craft week in Marrakech drew 305,358 visitors and over 1,300 exhibitors from all "
            "twelve regions of the kingdom; Maison de l’Artisan launched “smart marketing” there."
        ),
        "body": [
            "The 5th national craft week, held in Marrakech from 9 to 17 February at the initiative of the "
            "Ministry of Tourism, Air Transport, Crafts and Social Economy under royal patronage, drew large "
            "crowds: 305,358 visitors.",
            "According to a statement by the organising committee received on Wednesday by the MAP agency, this "
            "edition, organised with Maison de l’Artisan and for the first time outside Rabat, which hosted the "
            "previous ones, brought together all twelve regions of the kingdom for the first time, with more than "
            "1,300 exhibitors representing every branch of craft.",
            "Spread over more than 50,000 m², the edition also featured a carnival through the streets of the red "
            "city showing craft products to folk music reflecting Morocco’s cultural diversity, and very popular "
            "craft workshops for children.",
            "The scientific and cultural programme included the 2nd thematic conference, “Jewellery: current "
            "state and prospects”, and the 8th meeting on preserving endangered crafts, where master artisans of "
            "the crafts covered by the 2018 preservation programme were honoured.",
            "Alongside the week, training workshops were held for artisans in several fields, especially online "
            "marketing; for the first time women’s craft houses took part, with 36 of the women who run them. "
            "Seminars presented the sector, its strengths and achievements, especially in training and export, "
            "and several artisans were honoured.",
            "Finally, the launch of “smart marketing” by Maison de l’Artisan was the highlight of this national "
            "craft week, a first in bringing the craft sector into the digital age.",
        ],
    },
    "zgh": {
        "title": "ⴰⵎⴰⵍⴰⵢ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⴳ ⵎⵕⵕⴰⴽⵛ: ⴰⵣⵏⵣⵉ ⵙ ⵓⵏⴰⵡ ⵉ ⵜⵉⵣⵡⵉⵔⵉ",
        "place": "ⵕⵕⴱⴰⵟ",
        "intro": "ⵜⵙⵙⵏⵓⴱⴳ ⵜⵉⵙⵙ ⵙⵎⵎⵓⵙ ⵏ ⵢⵉⵎⴰⵍⴰⵙ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⴳ ⵎⵕⵕⴰⴽⵛ 305358 ⵏ ⵉⵎⵔⵣⴰⵢⵏ ⴷ 1300 ⵏ ⵉⵎⵙⵙⴽⴰⵏⵏ.",
    },
    "kab": {
        "title": "Ddurt tanamurt n tẓuri n ufus deg Merrakec: tanezzut s internet i tikkelt tamezwarut",
        "place": "Ribaṭ",
        "intro": (
            "Tasiwelt tis-xemsa n ddurt tanamurt n tẓuri n ufus deg Merrakec tesseḥber 305 358 n yirzafen "
            "d ugar n 1 300 n yimeskanen."
        ),
    },
}

BATNA = {
    "slug": "batna-yennayer-fair-online-selling",
    "date": datetime.date(2024, 1, 8),
    "crafts": ["traditional-jewellery", "natural-products", "sweets-pastries", "textiles", "pottery-ceramics"],
    "ar": {
        "title": "باتنة/معرض رأس السنة الأمازيغية: الشروع قريبا في تسويق منتجات الصناعة التقليدية إلكترونيا",
        "place": "باتنة",
        "source": "وأج",
        "intro": (
            "أطلقت غرفة الصناعة التقليدية والحرف بباتنة، مع يناير 2974، تجربة نموذجية لتسويق منتجات 43 حرفيا "
            "من بين 70 مشاركا قدموا من 15 ولاية إلكترونيا."
        ),
        "body": [
            "أطلقت الغرفة الولائية للصناعة التقليدية والحرف بباتنة تزامنا مع الإحتفال برأس السنة الأمازيغية يناير "
            "2974، تجربة نموذجية لتسويق منتجات حرفيي الصناعة التقليدية إلكترونيا و ذلك ضمن معرض وطني حول الصناعة "
            "التقليدية إنطلقت فعالياته يوم 30 ديسمبر الماضي وتدوم إلى 15 يناير الجاري.",
            "و ستسمح المبادرة التي هي حاليا قيد اللمسات الأخيرة، حسبما أكده لوأج مدير ذات الغرفة، العايش قرابة، "
            "بفتح فضاءات الكترونية دائمة للحرفيين في مختلف المجالات للتعريف بمنتوجاتهم وتسويقها من خلال تطبيق خاص "
            "ستضعه الغرفة في متناولهم نهاية يناير الجاري على أقصى تقدير.",
            "و تشمل هذه التجربة، كما أردف مدير الغرفة، 43 حرفيا من إجمالي المشاركين في المعرض الذي نظمته الغرفة "
            "إحياء لرأس السنة الامازيغية والذين بلغ عددهم 70 حرفيا قدموا من عديد ولايات الوطن.",
            "و تم بالمناسبة، حسب المصدر نفسه، تنظيم دورة تكوينية خاصة بالتسويق الإلكتروني مجانية ومتوجة بشهادة "
            "لفائدة هذه الدفعة الأولى من الحرفيين بمدرسة التكوين وتحسين المستوى الكائنة بدار الصناعة التقليدية "
            "بساحة الحرية بوسط مدينة باتنة بإشراف مختصة في الميدان والتي ركزت على كيفية الولوج إلى التطبيق الخاص "
            "بتسويق منتجات الحرفيين وطرق استغلاله.",
            "و استحسن أغلب الذين تحدثت اليهم وأج من المستفيدين من الدورة التكوينية ومنهم لادوي سالم من ولاية تيزي "
            "وزو مختص في صناعة الحلي التقليدي (الفضة والمرجان الطبيعي) وأميرة خناطلة حرفية من باتنة مختصة في "
            "صناعة الصابون بمواد طبيعية المبادرة التي تهدف إلى ترقية المنتوج التقليدي وتمكين الحرفيين من الآليات "
            "الحديثة لتسويق سلعهم والترويج لها.",
            "و أبدى الحرفيون الذين قدموا من 15 ولاية من مختلف أنحاء الوطن إعجابهم بالجديد الذي حمله معرض يناير "
            "لسنة 2024 بباتنة وما ستفتحه لهم تجربة التسويق الإلكتروني للمنتجات المؤطرة من طرف غرفة الصناعة "
            "التقليدية والحرف محليا وكذا بالإقبال الكبير على المعروضات من طرف سكان عاصمة الاوراس.",
            "و تميز معرض يناير 2974 بالولاية بتنوع معروضاته من منسوجات وألبسة وحلي تقليدية وأواني طينية وخزفية "
            "وكذا خشبية إلى جانب الحلويات والعجائن التقليدية والتحف الفنية والألبسة ومنتجات طبيعية (مواد الزينة "
            "والتجميل ماء الورد وخل التفاح المقطرين بطريقة تقليدية) وغيرها.",
            "و أقيمت التظاهرة التي حملت نكهة يناير أو كما يعرف محليا ب«ينار» من خلال أنواع التوابل المختلفة التي "
            "تحضر بها الأكلات الشعبية الخاصة بالمناسبة على غير العادة بساحة الحرية بوسط المدينة أين نصبت 30 خيمة "
            "كبيرة في الفضاء المقابل لدار الصناعة التقليدية مما زاد في الإقبال على المكان الذي تحول إلى سوق منظم "
            "استقطب الزوار.",
            "و كانت غرفة الصناعة التقليدية والحرف محليا بادرت إلى اقتناء هذه الخيم من أجل تنظيم سوق أسبوعي "
            "لمنتوجات الحرفيات وخاصة النساء الماكثات بالبيت واللواتي تقطن بالمناطق النائية لتشجيعهن من خلال "
            "إعطائهن فرصة لتسويق منتجاتهن وترقيتها.",
        ],
    },
    "fr": {
        "title": "Batna, foire de Yennayer : la vente en ligne des produits de l’artisanat bientôt lancée",
        "place": "Batna",
        "source": "APS",
        "intro": (
            "Avec Yennayer 2974, la Chambre de l’artisanat et des métiers de Batna lance la vente en ligne pour "
            "43 des 70 artisans venus de 15 wilayas exposer à sa foire nationale."
        ),
        "body": [
            "La Chambre de wilaya de l’artisanat et des métiers de Batna a lancé, en même temps que la célébration "
            "du Nouvel An amazigh Yennayer 2974, une expérience pilote de vente en ligne des produits des artisans, "
            "dans le cadre d’une foire nationale de l’artisanat ouverte le 30 décembre et qui dure jusqu’au 15 "
            "janvier.",
            "L’initiative, en cours de finalisation, permettra, selon le directeur de la Chambre, Laïche Guerraba, "
            "cité par l’APS, d’ouvrir aux artisans de tous les métiers des espaces électroniques permanents pour "
            "faire connaître et vendre leurs produits, grâce à une application que la Chambre mettra à leur "
            "disposition au plus tard à la fin du mois de janvier.",
            "L’expérience concerne, a-t-il ajouté, 43 artisans sur les 70 venus de nombreuses wilayas du pays "
            "exposer à la foire que la Chambre a organisée pour célébrer le Nouvel An amazigh.",
            "À cette occasion, une formation gratuite à la vente en ligne, sanctionnée par un certificat, a été "
            "organisée pour cette première promotion d’artisans à l’école de formation et de perfectionnement de "
            "la Maison de l’artisanat, place de la Liberté, au centre de Batna. Animée par une spécialiste, elle "
            "portait sur l’accès à l’application de vente des produits des artisans et son utilisation.",
            "La plupart des participants interrogés par l’APS, dont Salem Ladoui, de la wilaya de Tizi Ouzou, "
            "spécialiste du bijou traditionnel (argent et corail naturel), et Amira Khenatla, artisane de Batna "
            "qui fabrique du savon à base de produits naturels, ont salué une initiative qui vise à promouvoir le "
            "produit artisanal et à donner aux artisans des outils modernes pour vendre et faire connaître leurs "
            "créations.",
            "Les artisans venus de 15 wilayas ont dit apprécier la nouveauté de cette foire de Yennayer 2024 à "
            "Batna, les perspectives qu’ouvre la vente en ligne encadrée par la Chambre locale, ainsi que "
            "l’affluence des habitants de la capitale des Aurès.",
            "La foire de Yennayer 2974 s’est distinguée par la diversité de ses produits : tissages, vêtements, "
            "bijoux traditionnels, poteries en terre et en céramique, objets en bois, mais aussi gâteaux et pâtes "
            "traditionnels, objets d’art et produits naturels (cosmétiques, eau de rose et vinaigre de pomme "
            "distillés de façon traditionnelle).",
            "La manifestation, aux saveurs de Yennayer – « Yennar » comme on dit ici – grâce aux épices qui "
            "parfument les plats de la fête, s’est tenue exceptionnellement place de la Liberté, au centre-ville, "
            "où 30 grandes tentes ont été dressées face à la Maison de l’artisanat, transformant le lieu en un "
            "marché organisé très fréquenté.",
            "La Chambre avait acquis ces tentes pour organiser un marché hebdomadaire des produits des artisanes, "
            "en particulier des femmes qui travaillent à domicile et vivent dans des zones isolées, afin de les "
            "encourager à vendre et à mettre en valeur leurs produits.",
        ],
    },
    "en": {
        "title": "Batna, Yennayer fair: online selling of craft products to start soon",
        "place": "Batna",
        "source": "APS",
        "intro": (
            "With Yennayer 2974, the Batna chamber of crafts launches online selling for 43 of the 70 artisans "
            "from 15 wilayas who exhibited at its national fair."
        ),
        "body": [
            "The Batna wilaya chamber of traditional industry and crafts launched, as the Amazigh New Year "
            "Yennayer 2974 was celebrated, a pilot to sell artisans’ products online, during a national craft "
            "fair that opened on 30 December and runs until 15 January.",
            "The initiative, now being finalised, will give artisans of every trade permanent online spaces to "
            "present and sell their products, through an application the chamber will provide by the end of "
            "January at the latest, its director Laiche Guerraba told APS.",
            "The pilot covers 43 of the 70 artisans from many wilayas who exhibited at the fair the chamber "
            "organised to celebrate the Amazigh New Year, he added.",
            "A free e-marketing course ending with a certificate was held for this first group of artisans at "
            "the training school of the House of Crafts, Place de la Liberté, in the centre of Batna. Led by a "
            "specialist, it focused on using the application for selling artisans’ products.",
            "Most of the trainees APS spoke to, among them Salem Ladoui from Tizi Ouzou, a maker of traditional "
            "jewellery in silver and natural coral, and Amira Khenatla from Batna, who makes soap from natural "
            "ingredients, welcomed an initiative that promotes craft products and gives artisans modern tools to "
            "sell and advertise their work.",
            "The artisans from 15 wilayas praised what was new at the 2024 Yennayer fair in Batna, what online "
            "selling supervised by the local chamber will open up for them, and the crowds from the capital of "
            "the Aurès.",
            "The Yennayer 2974 fair stood out for the variety of its goods: textiles, clothing, traditional "
            "jewellery, clay and ceramic pottery, woodwork, traditional sweets and pastries, works of art and "
            "natural products (cosmetics, rose water and apple vinegar distilled the traditional way).",
            "The event, flavoured with Yennayer – “Yennar” locally – through the spices of the festive dishes, "
            "was held for once on Place de la Liberté in the town centre, where 30 large tents stood opposite the "
            "House of Crafts, turning the square into a busy, organised market.",
            "The chamber had bought the tents to hold a weekly market for women artisans, especially women "
            "working from home in remote areas, to encourage them by giving them a chance to sell and promote "
            "their products.",
        ],
    },
    "zgh": {
        "title": "ⴱⴰⵜⵏⴰ, ⴰⵎⵓⵏⵏⴰⴹ ⵏ ⵉⵏⵏⴰⵢⵔ: ⴰⵣⵏⵣⵉ ⵙ ⵓⵏⴰⵡ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⵙ ⵖⵓⵔ ⵖⵓⵔ",
        "place": "ⴱⴰⵜⵏⴰ",
        "intro": "ⵙ ⵉⵏⵏⴰⵢⵔ 2974, ⵜⵙⵙⵏⵜⵉ ⵜⵎⵙⵔⴰⵢⵜ ⵏ ⵜⵏⴰⵥⵓⵕⵉ ⵏ ⴱⴰⵜⵏⴰ ⴰⵣⵏⵣⵉ ⵙ ⵓⵏⴰⵡ ⵉ 43 ⵙⴳ 70 ⵏ ⵉⵏⴰⵥⵓⵕⵏ.",
    },
    "kab": {
        "title": "Batna, asalu n Yennayer: tanezzut n tẓuri n ufus s internet ad tebdu ur yettɛeṭṭil ara",
        "place": "Batna",
        "intro": (
            "S Yennayer 2974, Texxamt n tẓuri n ufus n Batna tebda tanezzut s internet i 43 seg 70 n "
            "yinaẓuren i d-yusan seg 15 n temnaḍin."
        ),
    },
}

ARTICLES = [MARRAKECH, BATNA]
