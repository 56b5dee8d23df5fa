"""Demo storefronts: every demo artisan (artisans_data.py) gets a public profile (shop.artisans).

A story in Arabic, French and English (a short one in Tamazight and
Kabyle, naming the home town), the kind (individual artisan, cooperative,
women's craft house), the region or wilaya by its code, and a drawn photo
(images.py, the motif of the artisan's craft); the profile's crafts are those
of the artisan's products (shared taxonomy). Idempotent: a profile is
looked up by its partner and its texts follow the demo data (as products'
do); a photo is drawn only when the profile has none.
"""

# ruff: noqa: E501  (the stories are prose: data, as in the *_data.py modules)

from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from shop.artisans.models import ArtisanProfile

from . import upsert
from .artisans_data import ARTISANS
from .images import draw_image

COOPERATIVE, WOMENS_HOUSE = ArtisanProfile.Kind.COOPERATIVE, ArtisanProfile.Kind.WOMENS_HOUSE
KINDS = {"khadija.amrani": WOMENS_HOUSE, "aicha.idbrahim": COOPERATIVE}
# fmt: off
MOTIFS = {
    "arezki.aitouali": "jewellery", "nora.chenouf": "jar", "tassadit.hamdi": "pot",
    "ouardia.saidi": "carpet", "zohra.benchikh": "sweets", "hocine.laamouri": "spices",
    "ahmed.benaissa": "garment", "lynda.meziani": "garment", "khadija.amrani": "carpet",
    "abdelkader.lamrani": "pot", "driss.bennani": "zellige", "itto.oulhaj": "carpet",
    "youssef.ouhammou": "woodwork", "fatima.aitbaha": "jar", "aicha.idbrahim": "jar",
    "meryem.alaoui": "garment", "abdellah.nejjar": "lantern", "rachid.chraibi": "woodwork",
}
# fmt: on
# Contact shown on the storefront for two artisans who opted in (demo numbers).
OPT_IN = {
    "khadija.amrani": {"phone": "+212612345678", "show_phone": True},
    "arezki.aitouali": {"email": "arezki.aitouali@hirfa.localhost", "show_email": True},
}
SHORT = {
    "zgh": "{name} — ⴰⵎⵙⵏⴰⵡ ⴳ {town}. ⵉⵜⵜⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ.",
    "kab": "{name} — aẓuran deg {town}. Ixeddem s ufus.",
}

# fmt: off
STORIES = {
    "arezki.aitouali": (
        "في قرية آيت العربعاء ببني يني، يصوغ أرزقي الفضة ويرصعها بالمرجان والمينا كما تعلّم من أبيه.",
        "Au village d'Aït Larbaâ, à Beni Yenni, Arezki cisèle l'argent, l'émaille et le sertit de corail, comme son père le lui a appris.",
        "In Aït Larbaâ village, Beni Yenni, Arezki chases silver, enamels it and sets it with coral, as his father taught him."),
    "nora.chenouf": (
        "تصنع نورة في باتنة صابونًا طبيعيًا بزيت الزيتون وأعشاب الأوراس، يُترك ليجف ستة أسابيع.",
        "À Batna, Nora fabrique des savons à l'huile d'olive et aux plantes des Aurès, séchés six semaines.",
        "In Batna, Nora makes soap with olive oil and herbs of the Aurès, left to cure for six weeks."),
    "tassadit.hamdi": (
        "تشكّل تسعديت الفخار القبائلي بيديها دون دولاب، وترسم عليه الرموز الأمازيغية بالطين الملون.",
        "Tassadit façonne la poterie kabyle à la main, sans tour, et la peint de symboles amazighs à l'engobe.",
        "Tassadit shapes Kabyle pottery by hand, without a wheel, and paints Amazigh symbols on it in slip."),
    "ouardia.saidi": (
        "في مركز النسيج بآيت هيشم، تنسج وردية الزرابي والأغطية بألوان الصوف الطبيعية.",
        "Au centre de tissage d'Aït Hichem, Ouardia tisse tapis et couvertures aux couleurs naturelles de la laine.",
        "At the Aït Hichem weaving centre, Ouardia weaves carpets and blankets in the natural colours of wool."),
    "zohra.benchikh": (
        "تحضّر زهرة حلويات قسنطينة التقليدية باللوز والعسل، على وصفات جدتها.",
        "Zohra prépare les douceurs traditionnelles de Constantine aux amandes et au miel, d'après les recettes de sa grand-mère.",
        "Zohra makes the traditional sweets of Constantine with almonds and honey, from her grandmother's recipes."),
    "hocine.laamouri": (
        "يجمع حسين توابل منعة ويطحنها ليحضّر خلطات أطباق يناير.",
        "Hocine récolte et moud les épices de Menaâ pour les plats de Yennayer.",
        "Hocine gathers and grinds the spices of Menaâ for the Yennayer dishes."),
    "ahmed.benaissa": (
        "في قصر بوسعادة، ينسج أحمد البرانس والقشابيات من الصوف ووبر الجمل.",
        "Au ksar de Bou Saâda, Ahmed tisse burnous et kachabias en laine et poil de chameau.",
        "In the ksar of Bou Saâda, Ahmed weaves burnouses and kachabias in wool and camel hair."),
    "lynda.meziani": (
        "تخيط ليندا في بجاية الفساتين القبائلية وتزيّنها بالشرائط الملونة والتطريز.",
        "À Béjaïa, Lynda coud des robes kabyles ornées de galons colorés et de broderies.",
        "In Béjaïa, Lynda sews Kabyle dresses trimmed with coloured braid and embroidery."),
    "khadija.amrani": (
        "دار الصانعة في مدينة مراكش تجمع نساءً يطرزن وينسجن ويصنعن السلال والجلد، وتبيع أعمالهن باسمهن.",
        "La maison de l'artisane de la médina de Marrakech réunit des femmes qui brodent, tissent, vannent et travaillent le cuir, et vend leurs pièces en leur nom.",
        "The women's craft house in the Marrakech medina brings together women who embroider, weave, make baskets and work leather, and sells their pieces in their names."),
    "abdelkader.lamrani": (
        "على تلة الخزافين بآسفي، يشكّل عبد القادر الطين الأحمر ويزججه كما تفعل عائلته منذ أجيال.",
        "Sur la colline des potiers de Safi, Abdelkader tourne la terre rouge et l'émaille comme sa famille depuis des générations.",
        "On the potters' hill in Safi, Abdelkader throws red clay and glazes it as his family has for generations."),
    "driss.bennani": (
        "في حي عين النقبي بفاس، يرسم إدريس الخزف بالأزرق الفاسي على الطريقة القديمة.",
        "Dans le quartier d'Aïn Nokbi, à Fès, Driss peint la faïence au bleu de Fès, à l'ancienne.",
        "In the Aïn Nokbi quarter of Fès, Driss paints faience in Fès blue, the old way."),
    "itto.oulhaj": (
        "تنسج إيطو زرابي زيان في دوار آيت إسحاق بالأطلس المتوسط، بالرموز التي ورثتها عن أمها.",
        "Itto tisse les tapis zayane au douar Aït Ishaq, dans le Moyen Atlas, avec les motifs hérités de sa mère.",
        "Itto weaves Zayane carpets in the Aït Ishaq douar in the Middle Atlas, with the motifs she inherited from her mother."),
    "youssef.ouhammou": (
        "في صقالة الصناع بالصويرة، يرصّع يوسف خشب العرعار بالليمون والصدف.",
        "À la Skala des artisans d'Essaouira, Youssef marquette le thuya de citronnier et de nacre.",
        "At the artisans' Skala in Essaouira, Youssef inlays thuya wood with lemonwood and mother-of-pearl."),
    "fatima.aitbaha": (
        "في وادي الورود بقلعة مكونة، تقطّر فاطمة ماء الورد وتصنع خل التفاح على الطريقة التقليدية.",
        "Dans la vallée des Roses, à Kelâat M'Gouna, Fatima distille l'eau de rose et fait le vinaigre de pomme à l'ancienne.",
        "In the Valley of Roses, Kelâat M'Gouna, Fatima distils rose water and makes apple vinegar the traditional way."),
    "aicha.idbrahim": (
        "تعاونية تيفاوت بتارودانت: نساء يعصرن زيت الأركان بأيديهن ويقطفن زعفران تالوين.",
        "La coopérative Tifaout, à Taroudant : des femmes pressent l'huile d'argan à la main et cueillent le safran de Taliouine.",
        "The Tifaout cooperative in Taroudant: women press argan oil by hand and pick Taliouine saffron."),
    "meryem.alaoui": (
        "في زنقة القناصل بمدينة الرباط، تطرز مريم القفاطين والجلابيب باليد.",
        "Rue des Consuls, dans la médina de Rabat, Meryem brode caftans et djellabas à la main.",
        "On Rue des Consuls in the Rabat medina, Meryem embroiders kaftans and djellabas by hand."),
    "abdellah.nejjar": (
        "في سوق الحدادين بمراكش، ينقش عبد الله الفوانيس والصواني النحاسية بالمطرقة والإزميل.",
        "Au souk Haddadine de Marrakech, Abdellah cisèle lanternes et plateaux de laiton au marteau et au burin.",
        "In the Haddadine souk in Marrakech, Abdellah chases brass lanterns and trays with hammer and chisel."),
    "rachid.chraibi": (
        "يخيط رشيد الحقائب والبلاغي من جلد دباغة الشوارة بفاس، المدبوغ بالنباتات.",
        "Rachid coud sacs et babouches dans le cuir de la tannerie Chouara, à Fès, tanné aux plantes.",
        "Rachid stitches bags and babouches from leather of the Chouara tannery in Fès, tanned with plants."),
}
# fmt: on


def _values(artisan):
    name = f"{artisan['first_name']} {artisan['last_name']}"
    ar, fr, en = STORIES[artisan["key"]]
    towns = {"zgh": artisan["city_zgh"], "kab": artisan["city_kab"]}
    short = {lang: text.format(name=name, town=towns[lang]) for lang, text in SHORT.items()}
    return {
        "name": name,
        "kind": KINDS.get(artisan["key"], ArtisanProfile.Kind.INDIVIDUAL),
        "workshop": artisan["workshop"],
        "region": artisan["region"],
        "is_active": True,
        "story_ar": ar,
        "story_fr": fr,
        "story_en": en,
        "story_zgh": short["zgh"],
        "story_kab": short["kab"],
        **OPT_IN.get(artisan["key"], {}),
    }


def crafts_of_products(partner):
    """The crafts of what ``partner`` stocks, directly or through a variant."""
    from django.db.models import Q

    from portal.taxonomy.models import Craft

    sold = Q(products__stockrecords__partner=partner) | Q(products__children__stockrecords__partner=partner)
    return Craft.objects.filter(sold).distinct()


def ensure_storefronts(image_size=800):
    """One storefront per demo artisan, with a drawn photo when it has none."""
    from oscar.core.loading import get_model

    Partner = get_model("partner", "Partner")
    partners = Partner.objects.in_bulk([slugify(a["key"]) for a in ARTISANS], field_name="code")
    for artisan in ARTISANS:
        partner = partners[slugify(artisan["key"])]
        profile, _created = upsert(ArtisanProfile, {"partner": partner}, _values(artisan))
        profile.crafts.set(crafts_of_products(partner))
        if not profile.photo:
            seed = f"storefront-{artisan['key']}"
            content = draw_image(MOTIFS[artisan["key"]], seed, size=min(image_size, 600))
            profile.photo.save(f"{profile.slug}.jpg", ContentFile(content), save=True)


def storefront_steps(image_size=800):
    return [(_("Storefronts"), lambda: ensure_storefronts(image_size))]
