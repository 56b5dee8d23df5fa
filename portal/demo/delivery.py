"""Demo stop-desk points (pickup points) and their regions' stop-desk rates, for both country profiles.

Idempotent: a point is found by its region and French name; rates are set to
the demo value only when created (staff may edit them afterwards).
"""

from decimal import Decimal

from shop.delivery.models import STOP_DESK, RegionRate, StopDesk

from . import upsert

HOURS = {
    "ar": "من السبت إلى الخميس، 9:00 – 19:00",
    "fr": "Du samedi au jeudi, 9 h – 19 h",
    "en": "Saturday to Thursday, 9am – 7pm",
    "zgh": "ⵙⴳ ⵓⵙⵉⵎⵡⴰⵙ ⴰⵔ ⴰⴽⵡⴰⵙ, 9:00 – 19:00",
    "kab": "Seg Sed ar Lexmis, 9:00 – 19:00",
}
# region code, town, French name, Arabic name, street (shared by every language), demo rate.
POINTS = [
    ("MA-07", "Marrakech", "Relais Guéliz", "نقطة كليز", "8 rue de la Liberté, Guéliz", "25.00"),
    ("MA-07", "Safi", "Relais Safi Médina", "نقطة آسفي المدينة", "14 avenue Hassan II", "25.00"),
    ("MA-06", "Casablanca", "Relais Maârif", "نقطة المعاريف", "52 boulevard Brahim Roudani", "20.00"),
    ("MA-01", "Tanger", "Relais Tanger Ville", "نقطة طنجة المدينة", "3 rue de Fès", "25.00"),
    ("DZ-16", "Alger", "Stop-desk Alger Centre", "مكتب الجزائر الوسطى", "21 rue Didouche Mourad", "250.00"),
    ("DZ-31", "Oran", "Stop-desk Oran", "مكتب وهران", "7 boulevard de la Soummam", "250.00"),
    ("DZ-15", "Tizi Ouzou", "Stop-desk Tizi Ouzou", "مكتب تيزي وزو", "10 rue Abane Ramdane", "250.00"),
]


def ensure_stop_desks():
    for region_code, town, name_fr, name_ar, street, rate in POINTS:
        names = {"ar": name_ar, "fr": name_fr, "en": name_fr, "zgh": name_fr, "kab": name_fr}
        values = {
            "town": town,
            "name": name_ar,
            "address": street,
            "opening_hours": HOURS["ar"],
            "is_active": True,
            **{f"name_{lang}": name for lang, name in names.items()},
            **{f"address_{lang}": street for lang in names},
            **{f"opening_hours_{lang}": hours for lang, hours in HOURS.items()},
        }
        upsert(StopDesk, {"region_code": region_code, "name_fr": name_fr}, values)
        RegionRate.objects.get_or_create(
            country=region_code[:2],
            region_code=region_code,
            method=STOP_DESK,
            defaults={"charge": Decimal(rate)},
        )
