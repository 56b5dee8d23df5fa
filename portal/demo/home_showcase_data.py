"""What the demo home page features (natural keys: article slugs, artisan keys, product UPCs)."""

FEATURED_NEWS = ["batna-yennayer-fair-online-selling", "marrakech-craft-week-success"]
FEATURED_ARTISANS = ["tassadit.hamdi", "arezki.aitouali", "abdelkader.lamrani", "driss.bennani"]
FEATURED_PRODUCTS = ["HIRFA-POT-03", "HIRFA-POT-05", "HIRFA-WOD-01", "HIRFA-POT-01"]

# The craft in danger on every home page: a page slug of the craft registry (heritage_data.py).
SPOTLIGHT = "damascening"
