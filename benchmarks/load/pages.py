"""The pages the load run's visitors browse (locustfile.py), and that run.py warms up before measuring."""

LANGS = ["ar", "fr", "en", "zgh", "kab"]
PAGES = [
    "/{lang}/",
    "/{lang}/news/",
    "/{lang}/news/?region=MA-07",
    "/{lang}/events/",
    "/{lang}/events/marrakech-national-craft-week-2019/",
    "/{lang}/courses/",
    "/{lang}/crafts-registry/",
    "/{lang}/crafts-registry/damascening/",
    "/{lang}/endangered-crafts/programme-2018/",
    "/{lang}/shop/catalogue/",
    "/{lang}/shop/catalogue/category/textiles_1/",
    "/{lang}/shop/catalogue/zayane-carpet-from-the-middle-atlas_1/",
    "/{lang}/shop/artisans/",
    "/{lang}/shop/artisans/khadija-amrani/",
    "/{lang}/search/?q=tapis",
    "/{lang}/shop/search/?q=tapis",
]
