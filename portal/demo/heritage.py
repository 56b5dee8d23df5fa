"""Heritage part of the demo: the craft registry, master artisans with their lineage, the 2018 programme.

Arabic source pages, translated with wagtail-localize (``localize`` in
pages.py): fr and en in full, zgh and kab titles. Idempotent: pages are looked
up by slug under their index, crafts and images by slug/title.
"""

import io

from django.core.files.images import ImageFile
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from portal.crafts.models import CraftIndexPage, CraftPage, CraftPhoto
from portal.events.models import EventPage
from portal.masters.models import Apprenticeship, MasterArtisanPage, MasterIndexPage
from portal.programme.models import HonouredMaster, ProgrammeIndexPage, ProgrammePage, ProgrammeRegion
from portal.taxonomy.models import Craft, CraftRegion, Material, PageCraft
from shop.artisans.models import ArtisanProfile

from . import upsert
from .heritage_data import CRAFT_PAGES, INDEXES, NEW_CRAFTS, PEOPLE, PROGRAMME_2018
from .images import draw_image
from .pages import SOURCE, TARGETS, localize, site_home

LANGS = ["ar", "fr", "en", "zgh", "kab"]
FULL = ["fr", "en"]


def mapping(code, *texts):
    """{arabic: translation} for the text dicts that have ``code``."""
    return {t["ar"]: t[code] for t in texts if code in t}


def heritage_index(model, key):
    home = site_home()
    data = INDEXES[key]
    page = model.objects.child_of(home).filter(slug=data["slug"]).first()
    if page is None:
        page = home.add_child(
            instance=model(title=data["title"]["ar"], slug=data["slug"], locale=home.locale)
        )
    for code in TARGETS:
        localize(page, code, mapping(code, data["title"]))
    return page


def photo(slug, motif):
    Image = get_image_model()
    title = f"heritage-{slug}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = io.BytesIO(draw_image(motif, title, size=480))
        image = Image.objects.create(title=title, file=ImageFile(data, name=f"{title}.jpg"))
    return image


def ensure_heritage_crafts():
    for slug, (names, regions) in NEW_CRAFTS.items():
        values = {"name": names["ar"], **{f"name_{code}": names.get(code, names["fr"]) for code in LANGS}}
        craft, created = upsert(Craft, {"slug": slug}, values)
        if created:
            for order, code in enumerate(regions):
                CraftRegion.objects.get_or_create(craft=craft, code=code, defaults={"sort_order": order})


def create_registry():
    index = heritage_index(CraftIndexPage, "crafts")
    crafts = Craft.objects.in_bulk([data["slug"] for data in CRAFT_PAGES], field_name="slug")
    for data in CRAFT_PAGES:
        craft = crafts[data["slug"]]
        page = CraftPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = CraftPage(
                title=craft.name_ar or craft.name,
                slug=data["slug"],
                locale=index.locale,
                craft=craft,
                risk_status=data["risk"],
                risk_year=data["year"],
                summary=data["summary"]["ar"],
                description=[("paragraph", f"<p>{data['description']['ar']}</p>")],
            )
            page.gallery_images.add(CraftPhoto(image=photo(data["slug"], data["motif"]), caption=page.title))
            index.add_child(instance=page)
            page.materials.set(Material.objects.filter(slug__in=data["materials"]))
            page.save_revision().publish()
        names = {code: getattr(craft, f"name_{code}") for code in LANGS}
        for code in TARGETS:
            texts = [names] + ([data["summary"], data["description"]] if code in FULL else [])
            localize(page, code, mapping(code, *texts))


def person_page(index, data):
    page = MasterArtisanPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if page is not None:
        return page
    storefront = None
    if data["storefront"]:
        storefront = ArtisanProfile.objects.filter(partner__users__username=data["storefront"]).first()
    page = MasterArtisanPage(
        title=data["title"]["ar"],
        slug=data["slug"],
        locale=index.locale,
        rank=data["rank"],
        craft=Craft.objects.get(slug=data["craft"]),
        region=data["region"],
        city=data["city"]["ar"],
        summary=data["summary"]["ar"],
        storefront=storefront,
        portrait=photo(data["slug"], "garment"),
    )
    return index.add_child(instance=page)


def create_masters():
    index = heritage_index(MasterIndexPage, "masters")
    pages = {data["slug"]: person_page(index, data) for data in PEOPLE}
    for data in PEOPLE:
        master = pages[data["slug"]]
        have = set(Apprenticeship.objects.filter(master=master).values_list("apprentice__slug", flat=True))
        missing = [(slug, since) for slug, since in data["apprentices"] if slug not in have]
        if missing:
            master = MasterArtisanPage.objects.get(pk=master.pk)
            for slug, since in missing:
                master.apprentice_links.add(Apprenticeship(apprentice=pages[slug], since=since))
            master.save_revision().publish()


def create_programme():
    index = heritage_index(ProgrammeIndexPage, "programme")
    data = PROGRAMME_2018
    page = ProgrammePage.objects.child_of(index).filter(slug=data["slug"]).first()
    masters = MasterArtisanPage.objects.filter(locale=index.locale, slug__in=[p["slug"] for p in PEOPLE])
    masters = {m.slug: m for m in masters}
    if page is None:
        event = EventPage.objects.filter(slug=data["event"], locale=index.locale).first()
        page = ProgrammePage(
            title=data["title"]["ar"],
            slug=data["slug"],
            locale=index.locale,
            year=data["year"],
            intro=data["intro"]["ar"],
            actions=[
                ("action", {"title": title["ar"], "description": text["ar"]})
                for title, text in zip(data["actions"], data["action_texts"], strict=True)
            ],
        )
        crafts = Craft.objects.in_bulk(data["crafts"], field_name="slug")
        page.craft_links.set(
            [PageCraft(craft=crafts[slug], sort_order=i) for i, slug in enumerate(data["crafts"])]
        )
        page.regions.set([ProgrammeRegion(code=code, sort_order=i) for i, code in enumerate(data["regions"])])
        honoured = [p for p in PEOPLE if p["honoured"]]
        page.honoured_masters.set(
            [
                HonouredMaster(
                    master=masters[p["slug"]], event=event, note=data["honour_note"]["ar"], sort_order=i
                )
                for i, p in enumerate(honoured)
            ]
        )
        index.add_child(instance=page)
    for person in PEOPLE:
        master = masters[person["slug"]]
        if person["honoured"] and master.programme_id != page.pk:
            master.programme, master.year_honoured = page, 2019
            master.save_revision().publish()


def translate_heritage():
    """Masters after the programme (their programme link is synchronised), then the programme."""
    index = MasterIndexPage.objects.get(slug=INDEXES["masters"]["slug"], locale__language_code=SOURCE)
    for data in PEOPLE:
        page = MasterArtisanPage.objects.child_of(index).get(slug=data["slug"])
        for code in TARGETS:
            texts = [data["title"]] + ([data["city"], data["summary"]] if code in FULL else [])
            localize(page, code, mapping(code, *texts))
    data = PROGRAMME_2018
    page = ProgrammePage.objects.get(slug=data["slug"], locale__language_code=SOURCE)
    for code in TARGETS:
        texts = [data["title"]]
        if code in FULL:
            texts += [data["intro"], data["honour_note"], *data["actions"], *data["action_texts"]]
        localize(page, code, mapping(code, *texts))


HERITAGE_STEPS = [
    (_("Craft registry"), ensure_heritage_crafts),
    (_("Craft registry"), create_registry),
    (_("Master artisans"), create_masters),
    (_("Endangered-crafts programme"), create_programme),
    (_("Endangered-crafts programme"), translate_heritage),
]
