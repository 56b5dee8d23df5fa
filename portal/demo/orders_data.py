"""The demo orders, per country profile: who buys what from whom, where it goes, how far it got.

Every order mixes two or three artisans of the profile's country (their
products, by UPC) and goes to a demo customer (users.py) in a region or
wilaya of that country (ISO 3166-2 code, as the checkout stores it).
``state`` is how far the order got (see orders.py ``SCRIPTS``); ``cancel``
names the UPC whose line its artisan cancelled; ``ship`` the UPCs already
shipped on an order whose other lines are still being prepared. ``days``:
how long ago it was placed (squeezed into the current month near its start,
so that the artisans' "this month's sales" always shows them).
"""

# fmt: off
CUSTOMERS = {
    "MA": {
        "customer": {"line1": "12, rue Ibn Battouta, Maârif", "city": "Casablanca", "region": "MA-06",
                     "phone": "+212661234501", "language": "ar"},
        "leila.mansouri": {"line1": "7, avenue Mohammed V", "city": "Tanger", "region": "MA-01",
                           "phone": "+212662234502", "language": "fr"},
        "omar.belkadi": {"line1": "3, derb Sidi Ahmed, Agdal", "city": "Rabat", "region": "MA-04",
                         "phone": "+212663234503", "language": "ar"},
    },
    "DZ": {
        "customer": {"line1": "15, rue Didouche Mourad", "city": "Alger", "region": "DZ-16",
                     "phone": "+213551234501", "language": "ar"},
        "leila.mansouri": {"line1": "22, boulevard de la Soummam", "city": "Oran", "region": "DZ-31",
                           "phone": "+213661234502", "language": "fr"},
        "omar.belkadi": {"line1": "9, cité Ziadia", "city": "Constantine", "region": "DZ-25",
                         "phone": "+213771234503", "language": "ar"},
    },
}

ORDERS = {
    "MA": [
        {"number": "DEMO-0001", "customer": "customer", "state": "pending", "days": 0,
         "lines": [("HIRFA-POT-03", 2), ("HIRFA-NAT-06", 1)]},
        {"number": "DEMO-0002", "customer": "leila.mansouri", "state": "confirmed", "days": 1,
         "lines": [("HIRFA-ART-06", 1), ("HIRFA-WOD-04", 3), ("HIRFA-NAT-04", 2)]},
        {"number": "DEMO-0003", "customer": "omar.belkadi", "state": "preparing", "days": 3,
         "lines": [("HIRFA-POT-01", 1), ("HIRFA-ART-04", 1)]},
        {"number": "DEMO-0004", "customer": "customer", "state": "shipped", "days": 5,
         "lines": [("HIRFA-TEX-05", 1), ("HIRFA-NAT-07", 2), ("HIRFA-WOD-03", 1)]},
        {"number": "DEMO-0005", "customer": "leila.mansouri", "state": "delivered", "days": 8,
         "lines": [("HIRFA-POT-02", 1), ("HIRFA-ART-01", 1)]},
        {"number": "DEMO-0006", "customer": "omar.belkadi", "state": "cancelled_line", "days": 4,
         "lines": [("HIRFA-CLO-02", 1), ("HIRFA-NAT-05", 2), ("HIRFA-ART-03", 1)],
         "cancel": "HIRFA-CLO-02", "ship": ["HIRFA-NAT-05"]},
    ],
    "DZ": [
        {"number": "DEMO-0001", "customer": "customer", "state": "pending", "days": 0,
         "lines": [("HIRFA-SWT-01", 2), ("HIRFA-NAT-01", 3)]},
        {"number": "DEMO-0002", "customer": "leila.mansouri", "state": "confirmed", "days": 1,
         "lines": [("HIRFA-SPC-01", 2), ("HIRFA-CLO-06", 1), ("HIRFA-NAT-02", 2)]},
        {"number": "DEMO-0003", "customer": "omar.belkadi", "state": "preparing", "days": 3,
         "lines": [("HIRFA-POT-05", 1), ("HIRFA-SWT-02", 1)]},
        {"number": "DEMO-0004", "customer": "customer", "state": "shipped", "days": 5,
         "lines": [("HIRFA-TEX-04", 1), ("HIRFA-SPC-02", 2), ("HIRFA-JWL-04", 1)]},
        {"number": "DEMO-0005", "customer": "leila.mansouri", "state": "delivered", "days": 8,
         "lines": [("HIRFA-CLO-05", 1), ("HIRFA-NAT-03", 2)]},
        {"number": "DEMO-0006", "customer": "omar.belkadi", "state": "cancelled_line", "days": 4,
         "lines": [("HIRFA-CLO-04", 1), ("HIRFA-SWT-03", 1), ("HIRFA-SPC-04", 2)],
         "cancel": "HIRFA-CLO-04", "ship": ["HIRFA-SWT-03"]},
    ],
}
# fmt: on
