"""Demo heritage content: the craft registry, master artisans and the 2018 preservation programme.

From the Marrakech seed: at the 8th meeting on preserving endangered crafts
(5th national craft week, February 2019) master artisans of crafts covered by
the 2018 preservation programme were honoured. The seeds name no master: the
people here are invented; crafts, regions and risk statuses are plausible,
not official assessments. Arabic is the source; fr and en in full; zgh and kab
titles (best effort, awaiting native review).
"""


def _t(ar, fr, en, zgh=None, kab=None):
    texts = {"ar": ar, "fr": fr, "en": en}
    if zgh:
        texts["zgh"] = zgh
    if kab:
        texts["kab"] = kab
    return texts


INDEXES = {
    "crafts": {
        "slug": "crafts-registry",
        "title": _t(
            "سجل الحرف", "Registre des métiers", "Craft registry", "ⴰⵙⵎⵉⴹⵏ ⵏ ⵜⵥⵓⵕⵉⵡⵉⵏ", "Amazrag n tẓuri"
        ),
    },
    "masters": {
        "slug": "master-artisans",
        "title": _t("المعلمون الحرفيون", "Maîtres artisans", "Master artisans", "ⵉⵎⵄⵍⵎⵏ", "Imeɛlmen"),
    },
    "programme": {
        "slug": "endangered-crafts",
        "title": _t(
            "برنامج الحرف المهددة بالانقراض",
            "Programme des métiers menacés",
            "Endangered-crafts programme",
            "ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵥⵓⵕⵉⵡⵉⵏ ⵉⵜⵜⵓⵙⵎⵓⵖⵎⵔⵏ",
            "Ahil n tẓuriwin yettwagedlen",
        ),
    },
}

# Crafts the shop's taxonomy lacks (taxonomy_data.py has the product crafts): created if missing.
NEW_CRAFTS = {
    "zellige": (_t("الزليج", "Zellige", "Zellige", "ⵣⵣⵍⵍⵉⵊ", "Zzellij"), ["MA-03", "MA-07"]),
    "damascening": (_t("التكفيت", "Damasquinage", "Damascening", "ⵜⴰⴽⴼⵉⵜ", "Tikfit"), ["MA-03", "MA-04"]),
    "saddlery": (
        _t("السراجة", "Sellerie brodée", "Embroidered saddlery", "ⵜⴰⵙⵔⵔⴰⵊⵜ", "Tasrajt"),
        ["MA-07", "MA-03"],
    ),
    "painted-wood": (
        _t("الزواق", "Bois peint (zouak)", "Painted wood (zouak)", "ⴰⵣⵡⴰⵇ", "Azwaq"),
        ["MA-03", "MA-07"],
    ),
    "copper-engraving": (
        _t(
            "النقش على النحاس",
            "Gravure sur cuivre",
            "Copper engraving",
            "ⴰⵣⵣⵓⵎⵎ ⵅⴼ ⵏⵏⵃⴰⵙ",
            "Azuzzen ɣef nnḥas",
        ),
        ["DZ-25", "DZ-13"],
    ),
    "gold-embroidery": (
        _t(
            "طرز الفتلة والمجبود",
            "Broderie au fil d’or (fetla, mejboud)",
            "Gold-thread embroidery",
            "ⵜⴰⵔⵔⵎⵎⵉⵜ ⵙ ⵓⵔⵖ",
            "Taṭrizt s wureɣ",
        ),
        ["DZ-13", "DZ-16"],
    ),
}


def _craft(slug, risk, year, materials, motif, summary, description):
    return {
        "slug": slug,
        "risk": risk,
        "year": year,
        "materials": materials,
        "motif": motif,
        "summary": summary,
        "description": description,
    }


CRAFT_PAGES = [
    _craft(
        "damascening",
        "critically_endangered",
        2018,
        ["silver", "brass"],
        "jewellery",
        _t(
            "تطعيم الحديد بخيوط الفضة، حرفة فاسية لم يبق من معلميها إلا القليل.",
            "Incruster des fils d’argent dans le fer : un métier de Fès dont il reste peu de maîtres.",
            "Inlaying silver threads into iron: a craft of Fez with few masters left.",
        ),
        _t(
            "يحفر الصانع سطح الحديد بخطوط دقيقة ثم يدق فيها خيوط الفضة قبل أن يسود القطعة بالنار.",
            "L’artisan strie le fer de fines lignes, y martèle des fils d’argent, puis noircit la pièce au feu.",
            "The artisan scores the iron with fine lines, hammers silver threads into them, then blackens the piece over fire.",
        ),
    ),
    _craft(
        "saddlery",
        "endangered",
        2018,
        ["leather", "silk"],
        "garment",
        _t(
            "سروج الفروسية المطرزة بالحرير والخيط الذهبي لعروض التبوريدة.",
            "Selles de fantasia brodées de soie et de fil d’or.",
            "Fantasia saddles embroidered with silk and gold thread.",
        ),
        _t(
            "يحتاج السرج الواحد شهورا من العمل بين النجار والدباغ والطراز.",
            "Une selle demande des mois de travail entre menuisier, tanneur et brodeur.",
            "One saddle takes months of work by a joiner, a tanner and an embroiderer.",
        ),
    ),
    _craft(
        "painted-wood",
        "vulnerable",
        2018,
        ["cedar"],
        "woodwork",
        _t(
            "زخرفة خشب الأرز بالألوان للسقوف والأبواب.",
            "Peinture décorative du cèdre pour plafonds et portes.",
            "Decorative painting of cedar for ceilings and doors.",
        ),
        _t(
            "يرسم الزواق أشكالا هندسية ونباتية بأصباغ طبيعية على ألواح الأرز.",
            "Le zouak trace des motifs géométriques et floraux aux pigments naturels sur des panneaux de cèdre.",
            "The zouak painter draws geometric and floral patterns with natural pigments on cedar panels.",
        ),
    ),
    _craft(
        "zellige",
        "active",
        2018,
        ["clay"],
        "pot",
        _t(
            "فسيفساء الطين المزجج المقطوع باليد، حاضرة في كل العمارة المغربية.",
            "Mosaïque de terre émaillée taillée à la main, présente dans toute l’architecture marocaine.",
            "Hand-cut glazed clay mosaic, found throughout Moroccan architecture.",
        ),
        _t(
            "يقطع المعلم القطع الصغيرة بالمنقاش ثم يركبها مقلوبة حسب رسم لا يراه إلا هو.",
            "Le maître taille les tesselles au marteau puis les assemble à l’envers selon un dessin qu’il est seul à voir.",
            "The master cuts the tesserae with a hammer and sets them face down after a design only he can see.",
        ),
    ),
    _craft(
        "copper-engraving",
        "endangered",
        2018,
        ["brass"],
        "lantern",
        _t(
            "نقش الصواني والأواني النحاسية بقسنطينة وتلمسان.",
            "Gravure des plateaux et ustensiles de cuivre à Constantine et Tlemcen.",
            "Engraving copper trays and vessels in Constantine and Tlemcen.",
        ),
        _t(
            "ينقش الحرفي بالمطرقة والإزميل زخارف موروثة عن الأجداد.",
            "Au marteau et au ciselet, l’artisan grave des motifs hérités des anciens.",
            "With hammer and chisel, the artisan engraves patterns inherited from the elders.",
        ),
    ),
    _craft(
        "gold-embroidery",
        "vulnerable",
        2018,
        ["silk"],
        "garment",
        _t(
            "طرز الفتلة والمجبود على القطيفة لأزياء العرس التلمسانية والعاصمية.",
            "Broderie fetla et mejboud sur velours, pour les tenues de mariée de Tlemcen et d’Alger.",
            "Fetla and mejboud embroidery on velvet, for the bridal dress of Tlemcen and Algiers.",
        ),
        _t(
            "تنقل الطرازات الغرز من الأم إلى البنت في البيوت.",
            "Les brodeuses transmettent les points de mère en fille, à la maison.",
            "Embroiderers hand the stitches down from mother to daughter, at home.",
        ),
    ),
    _craft(
        "traditional-jewellery",
        "vulnerable",
        2018,
        ["silver", "coral", "enamel"],
        "jewellery",
        _t(
            "حلي الفضة والمرجان والمينا من القبائل والأطلس.",
            "Bijoux d’argent, de corail et d’émail de Kabylie et de l’Atlas.",
            "Silver, coral and enamel jewellery from Kabylia and the Atlas.",
        ),
        _t(
            "موضوع المناظرة الثانية حول فرع الحلي والمجوهرات بمراكش.",
            "Sujet de la 2e conférence sur la filière bijouterie à Marrakech.",
            "Subject of the 2nd conference on the jewellery sector in Marrakech.",
        ),
    ),
    _craft(
        "pottery-ceramics",
        "active",
        2018,
        ["clay"],
        "pot",
        _t(
            "الفخار والخزف من آسفي وفاس إلى القبائل.",
            "Poterie et céramique, de Safi et Fès à la Kabylie.",
            "Pottery and ceramics, from Safi and Fez to Kabylia.",
        ),
        _t(
            "ما زالت الأوراش كثيرة، لكن الفخار القبائلي المصنوع باليد بلا دولاب يتراجع.",
            "Les ateliers restent nombreux, mais la poterie kabyle montée à la main, sans tour, recule.",
            "Workshops are still many, but hand-built Kabyle pottery, made without a wheel, is declining.",
        ),
    ),
    _craft(
        "textiles",
        "active",
        2018,
        ["wool"],
        "carpet",
        _t(
            "الزرابي والمنسوجات الصوفية من الأطلس وغرداية.",
            "Tapis et tissages de laine de l’Atlas et de Ghardaïa.",
            "Carpets and wool weavings from the Atlas and Ghardaïa.",
        ),
        _t(
            "تنسج النساء على المنسج العمودي في البيوت ودور الصانعة.",
            "Les femmes tissent sur le métier vertical, à la maison et dans les maisons de l’artisane.",
            "Women weave on the upright loom, at home and in women’s craft houses.",
        ),
    ),
    _craft(
        "woodwork",
        "active",
        2018,
        ["thuya", "cedar"],
        "woodwork",
        _t(
            "نجارة وخراطة خشب العرعار والأرز بالصويرة وفاس.",
            "Marqueterie et tournage du thuya et du cèdre à Essaouira et Fès.",
            "Thuya and cedar marquetry and turning in Essaouira and Fez.",
        ),
        _t(
            "تحتاج الحرفة إلى تدبير مستدام لغابات العرعار.",
            "Le métier dépend d’une gestion durable des forêts de thuya.",
            "The craft depends on sustainable management of the thuya forests.",
        ),
    ),
]

PROGRAMME_2018 = {
    "slug": "programme-2018",
    "year": 2018,
    "crafts": ["damascening", "saddlery", "painted-wood", "copper-engraving"],
    "regions": ["MA-03", "MA-07", "MA-04"],
    "title": _t(
        "برنامج المحافظة على حرف الصناعة التقليدية المهددة بالانقراض 2018",
        "Programme 2018 de préservation des métiers d’artisanat menacés",
        "2018 programme for preserving endangered crafts",
        "ⴰⵖⴰⵡⴰⵙ 2018 ⵏ ⵓⵃⵟⵟⵓ ⵏ ⵜⵥⵓⵕⵉⵡⵉⵏ",
        "Ahil 2018 n uḥareb ɣef tẓuriwin",
    ),
    "intro": _t(
        "برنامج وزارة الصناعة التقليدية لسنة 2018 لحماية الحرف المهددة بالانقراض ونقلها إلى جيل جديد.",
        "Le programme 2018 du ministère de l’artisanat pour protéger les métiers menacés et les transmettre.",
        "The crafts ministry’s 2018 programme to protect endangered crafts and hand them on.",
    ),
    "actions": [
        _t("جرد الحرف المهددة", "Inventaire des métiers menacés", "Inventory of endangered crafts"),
        _t(
            "نقل المهارات من المعلمين إلى المتعلمين",
            "Transmission des maîtres aux apprentis",
            "Transmission from masters to apprentices",
        ),
        _t(
            "تكريم المعلمين في الملتقى الثامن بمراكش",
            "Hommage aux maîtres lors de la 8e rencontre à Marrakech",
            "Honouring the masters at the 8th meeting in Marrakech",
        ),
    ],
    "action_texts": [
        _t(
            "تحديد الحرف التي قل معلموها وأماكن مزاولتها.",
            "Recenser les métiers qui perdent leurs maîtres, et où.",
            "List the crafts losing their masters, and where.",
        ),
        _t(
            "ورشات عند المعلمين لفائدة الشباب.",
            "Des ateliers chez les maîtres pour les jeunes.",
            "Workshops at the masters’ for young people.",
        ),
        _t(
            "خلال الأسبوع الوطني الخامس للصناعة التقليدية، فبراير 2019.",
            "Pendant la 5e semaine nationale de l’artisanat, février 2019.",
            "During the 5th national craft week, February 2019.",
        ),
    ],
    "honour_note": _t(
        "الملتقى الثامن حول المحافظة على حرف الصناعة التقليدية المهددة بالانقراض",
        "8e rencontre sur la préservation des métiers d’artisanat menacés",
        "8th meeting on preserving endangered crafts",
    ),
    "event": "marrakech-national-craft-week-2019",
}


def _person(slug, craft, region, city, rank, title, summary, honoured=False, storefront=None, apprentices=()):
    return {
        "slug": slug,
        "craft": craft,
        "region": region,
        "city": city,
        "rank": rank,
        "title": title,
        "summary": summary,
        "honoured": honoured,
        "storefront": storefront,
        "apprentices": list(apprentices),
    }


PEOPLE = [
    _person(
        "maalem-driss-bennani",
        "damascening",
        "MA-03",
        _t("فاس", "Fès", "Fez"),
        "master",
        _t(
            "المعلم إدريس بناني",
            "Maâlem Driss Bennani",
            "Maâlem Driss Bennani",
            "ⴰⵎⵄⵍⵍⵎ ⴷⵔⵉⵙ ⴱⵏⵏⴰⵏⵉ",
            "Ameɛlem Driss Bennani",
        ),
        _t(
            "معلم تكفيت بفاس منذ أربعين سنة.",
            "Maître damasquineur à Fès depuis quarante ans.",
            "Master of damascening in Fez for forty years.",
        ),
        honoured=True,
        apprentices=[("yassine-bennani", 2015)],
    ),
    _person(
        "yassine-bennani",
        "damascening",
        "MA-03",
        _t("فاس", "Fès", "Fez"),
        "apprentice",
        _t("ياسين بناني", "Yassine Bennani", "Yassine Bennani", "ⵢⴰⵙⵉⵏ ⴱⵏⵏⴰⵏⵉ", "Yassine Bennani"),
        _t(
            "متعلم في ورشة المعلم إدريس.",
            "Apprenti dans l’atelier du maâlem Driss.",
            "Apprentice in Maâlem Driss’s workshop.",
        ),
    ),
    _person(
        "maalem-lahcen-aitali",
        "saddlery",
        "MA-07",
        _t("مراكش", "Marrakech", "Marrakesh"),
        "master",
        _t(
            "المعلم الحسن أيت علي",
            "Maâlem Lahcen Aït Ali",
            "Maâlem Lahcen Aït Ali",
            "ⴰⵎⵄⵍⵍⵎ ⵍⵃⵙⵏ ⴰⵢⵜ ⵄⵍⵉ",
            "Ameɛlem Lahcen At Ɛli",
        ),
        _t(
            "سراج مراكشي يصنع سروج التبوريدة.",
            "Sellier de Marrakech, il fait les selles de fantasia.",
            "A Marrakesh saddler who makes fantasia saddles.",
        ),
        honoured=True,
        apprentices=[("hind-aitali", 2017)],
    ),
    _person(
        "hind-aitali",
        "saddlery",
        "MA-07",
        _t("مراكش", "Marrakech", "Marrakesh"),
        "apprentice",
        _t("هند أيت علي", "Hind Aït Ali", "Hind Aït Ali", "ⵀⵉⵏⴷ ⴰⵢⵜ ⵄⵍⵉ", "Hind At Ɛli"),
        _t(
            "تتعلم طرز السروج عند والدها.",
            "Elle apprend la broderie des selles auprès de son père.",
            "She learns saddle embroidery from her father.",
        ),
    ),
    _person(
        "maalem-abdelkader-zouak",
        "painted-wood",
        "MA-03",
        _t("مكناس", "Meknès", "Meknes"),
        "master",
        _t(
            "المعلم عبد القادر الزواق",
            "Maâlem Abdelkader, peintre zouak",
            "Maâlem Abdelkader, zouak painter",
            "ⴰⵎⵄⵍⵍⵎ ⵄⴱⴷⵍⵇⴰⴷⵔ",
            "Ameɛlem Ɛebdelqader",
        ),
        _t(
            "رسام خشب أعاد زخرفة سقوف المدارس العتيقة.",
            "Peintre sur bois, il a restauré les plafonds des médersas.",
            "A wood painter who restored the ceilings of old madrasas.",
        ),
        honoured=True,
    ),
    _person(
        "arezki-ait-ouali",
        "traditional-jewellery",
        "DZ-15",
        _t("تيزي وزو", "Tizi Ouzou", "Tizi Ouzou"),
        "master",
        _t(
            "المعلم أرزقي آيت والي",
            "Maître Arezki Aït Ouali",
            "Master Arezki Aït Ouali",
            "ⴰⵎⵄⵍⵍⵎ ⴰⵔⵣⵇⵉ ⴰⵢⵜ ⵡⴰⵍⵉ",
            "Ameɛlem Arezqi At Wali",
        ),
        _t(
            "صائغ فضة ومرجان من تيزي وزو، يبيع على حرفة.",
            "Bijoutier d’argent et de corail de Tizi Ouzou, il vend sur Hirfa.",
            "A silver and coral jeweller from Tizi Ouzou who sells on Hirfa.",
        ),
        storefront="arezki.aitouali",
    ),
]
