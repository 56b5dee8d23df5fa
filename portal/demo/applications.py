"""Demo artisan applications, one or more in every state (submitted, more information, approved, rejected).

For the deployment's country profile (Moroccan regions or Algerian wilayas,
+212 or +213 mobiles). Idempotent: an application is found by its register
number. The approved one is the application of a demo artisan (artisans_data):
it points to that artisan's login and partner, made by the earlier steps, so
that its demo password still opens the dashboard. No demo application has an
e-mail address that would be written to.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model

from portal.taxonomy.models import Craft
from shop.onboarding.models import Application
from shop.onboarding.validation import register_key

Partner = get_model("partner", "Partner")
State, Kind = Application.State, Application.Kind

APPLICATIONS = {
    "MA": [
        {
            "name": "Khadija Benali",
            "kind": Kind.INDIVIDUAL,
            "workshop_name": "Atelier Khadija",
            "crafts": ["pottery-ceramics"],
            "region_code": "MA-07",
            "phone": "+212612000101",
            "register_number": "MA-ART-2026-0101",
            "language": "ar",
            "story": "تعلمت الفخار في آسفي مع والدي، وأصنع الطواجين والجرار المزخرفة.",
            "state": State.SUBMITTED,
        },
        {
            "name": "Maison des femmes d'Anzi",
            "kind": Kind.CRAFT_HOUSE,
            "workshop_name": "Maison des femmes d'Anzi",
            "crafts": ["textiles"],
            "region_code": "MA-09",
            "phone": "+212661000102",
            "register_number": "MA-COOP-0102",
            "language": "fr",
            "story": "Vingt tisserandes de tapis amazighs, teintures végétales.",
            "state": State.MORE_INFO,
            "staff_message": "Envoyez-nous une photo de vos tapis et le nombre de tisserandes.",
        },
        {
            "artisan": "aicha.idbrahim",
            "kind": Kind.COOPERATIVE,
            "workshop_name": "Coopérative d'argan Tifaout",
            "crafts": ["natural-products"],
            "region_code": "MA-09",
            "phone": "+212700000103",
            "register_number": "MA-COOP-0103",
            "language": "fr",
            "story": "Des femmes de Tifaout pressent l'huile d'argan à la main.",
            "state": State.APPROVED,
        },
        {
            "name": "Omar Idrissi",
            "kind": Kind.INDIVIDUAL,
            "workshop_name": "",
            "crafts": [],
            "other_craft": "Revente de produits importés",
            "region_code": "MA-06",
            "phone": "+212662000104",
            "register_number": "MA-ART-2026-0104",
            "language": "fr",
            "story": "",
            "state": State.REJECTED,
            "staff_message": "Hirfa accueille les pièces faites à la main par l'artisan lui-même.",
        },
    ],
    "DZ": [
        {
            "name": "Nadia Bouzid",
            "kind": Kind.INDIVIDUAL,
            "workshop_name": "Poterie Bouzid",
            "crafts": ["pottery-ceramics"],
            "region_code": "DZ-15",
            "phone": "+213551000201",
            "register_number": "DZ-CAM-15-0201",
            "language": "kab",
            "story": "Taɣawsa n wakal seg Maatkas.",
            "state": State.SUBMITTED,
        },
        {
            "name": "Dar Ennasdj",
            "kind": Kind.CRAFT_HOUSE,
            "workshop_name": "Dar Ennasdj",
            "crafts": ["textiles"],
            "region_code": "DZ-05",
            "phone": "+213661000202",
            "register_number": "DZ-CAM-05-0202",
            "language": "fr",
            "story": "Tapis chaouis tissés par les femmes des Aurès.",
            "state": State.MORE_INFO,
            "staff_message": "Indiquez le numéro de carte d'artisan de la responsable.",
        },
        {
            "artisan": "ouardia.saidi",
            "kind": Kind.INDIVIDUAL,
            "workshop_name": "Tissage d'Aït Hichem",
            "crafts": ["textiles"],
            "region_code": "DZ-15",
            "phone": "+213771000203",
            "register_number": "DZ-CAM-15-0203",
            "language": "kab",
            "story": "Zeṭṭaɣ timeqqranin n Aït Hichem am yimawlan-iw.",
            "state": State.APPROVED,
        },
        {
            "name": "Karim Saadi",
            "kind": Kind.INDIVIDUAL,
            "workshop_name": "",
            "crafts": [],
            "other_craft": "Impression 3D",
            "region_code": "DZ-16",
            "phone": "+213552000204",
            "register_number": "DZ-CAM-16-0204",
            "language": "fr",
            "story": "",
            "state": State.REJECTED,
            "staff_message": "L'impression 3D n'est pas un métier de l'artisanat traditionnel.",
        },
    ],
}


def ensure_applications():
    """Create the demo applications of the profile's country that do not exist yet."""
    user_model = get_user_model()
    staff = user_model.objects.filter(is_staff=True).order_by("pk").first()
    for data in APPLICATIONS[settings.HIRFA_PROFILE["country"]]:
        data = dict(data)
        crafts, key = data.pop("crafts"), register_key(data["register_number"])
        if Application.objects.filter(register_key=key).exists():
            continue
        artisan = data.pop("artisan", None)
        if artisan is not None:  # approved: the demo artisan's own login and partner
            user = user_model.objects.get(username=artisan)
            data.update(
                name=user.get_full_name(),
                user=user,
                partner=Partner.objects.get(code=slugify(artisan)),
                reviewed_by=staff,
                reviewed_at=timezone.now(),
            )
        application = Application.objects.create(register_key=key, **data)
        application.crafts.set(Craft.objects.filter(slug__in=crafts))
