"""Wagtail part of the demo: the home page's texts, news and events from the seeds, with their crafts.

The locales and the home page tree come from the site setup (portal/setup), run
first; the demo only adds content to them.

Arabic pages are the sources; the other languages are wagtail-localize
translations (TranslationSource → StringTranslation → save_target), the way an
editor's translations are stored, so they stay synchronised with the source.
Every step is idempotent: it looks things up before creating them, and a
translation that exists is left alone.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from portal.events.models import EventIndexPage, EventPage
from portal.news.models import NewsIndexPage, NewsPage
from portal.setup.home import translate
from portal.taxonomy.models import Craft, PageCraft

from .events_extra import events_extra_steps
from .home_showcase import HOME_SHOWCASE_STEPS
from .pages_events_data import EVENTS, SITE
from .pages_news_data import ARTICLES

SOURCE = "ar"
TARGETS = ["fr", "en", "zgh", "kab"]

def locale(code):
    return Locale.objects.get(language_code=code)

def pairs(source, target, keys):
    """{arabic string: translated string} for the keys (str or list values) the target has."""
    mapping = {}
    for key in keys:
        if key not in target:
            continue
        src, dst = source[key], target[key]
        if isinstance(src, str):
            mapping[src] = dst
        else:
            for a, b in zip(src, dst, strict=True):
                if isinstance(a, tuple):
                    mapping.update({x: y for x, y in zip(a, b, strict=True) if x})
                else:
                    mapping[a] = b
    return mapping

def strip_p(html):
    return html.removeprefix("<p>").removesuffix("</p>")

def localize(instance, code, mapping, refresh=False):
    """Translate ``instance`` into ``code`` with wagtail-localize, unless that translation exists.

    With ``refresh``, an existing translation is synchronised again from the source.
    Segments missing from ``mapping`` keep the source text (wagtail-localize's fallback).
    """
    target_locale = locale(code)
    if instance.has_translation(target_locale) and not refresh:
        return instance.get_translation(target_locale)
    return translate(instance, target_locale, mapping)

# --- Steps ------------------------------------------------------------------------------------------

def site_home():
    """The Arabic HomePage that setup_site made the default Site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific

def create_home():
    """The demo's tagline and introduction on the Arabic home page (setup_site leaves them empty)."""
    data = SITE["home"][SOURCE]
    home = site_home()
    if not home.tagline:
        home.tagline, home.intro = data["tagline"], data["intro"]
        home.save_revision().publish()

def translate_home():
    """The demo's texts into every translation of the home page (setup_site made them with its title only)."""
    home = site_home()
    source = SITE["home"][SOURCE]
    for code in TARGETS:
        if home.get_translation(locale(code)).tagline:
            continue  # already carries the demo's texts
        target = SITE["home"][code]
        mapping = pairs(source, target, ["title", "tagline"])
        if "intro" in target:
            mapping[strip_p(source["intro"])] = strip_p(target["intro"])
        localize(home, code, mapping, refresh=True)

def index_page(model, key):
    home = HomePage.objects.get(depth=2, locale=locale(SOURCE))
    data = SITE[key]
    page = model.objects.child_of(home).filter(slug=data["slug"]).first()
    if page is None:
        page = home.add_child(
            instance=model(title=data[SOURCE]["title"], slug=data["slug"], locale=home.locale)
        )
    for code in TARGETS:
        localize(page, code, {data[SOURCE]["title"]: data[code]["title"]})
    return page

def crafts_links(page, slugs):
    """Link a new (unsaved) page to its crafts (the shop steps made them); saved with the page.

    Translations get the same links: wagtail-localize synchronises them.
    """
    crafts = Craft.objects.in_bulk(slugs, field_name="slug")
    page.craft_links.set([PageCraft(craft=crafts[slug], sort_order=i) for i, slug in enumerate(slugs)])

def child_page(index, data, build, keys):
    """The Arabic child of ``index`` for ``data`` (built by ``build`` if missing), then its translations."""
    ar = data[SOURCE]
    page = index.get_children().filter(slug=data["slug"]).specific().first()
    if page is None:
        page = build(data, ar, index.locale)
        crafts_links(page, data["crafts"])
        index.add_child(instance=page)
    for code in TARGETS:
        localize(page, code, pairs(ar, data[code], keys))

def build_article(article, ar, locale):
    return NewsPage(
        title=ar["title"],
        slug=article["slug"],
        locale=locale,
        date=article["date"],
        place=ar["place"],
        source=ar["source"],
        intro=ar["intro"],
        body=[("paragraph", f"<p>{text}</p>") for text in ar["body"]],
    )

def build_event(event, ar, locale):
    latitude, longitude = event.get("position", (None, None))
    start_time, end_time = event.get("times", (None, None))
    return EventPage(
        region=event.get("region", ""),
        latitude=latitude,
        longitude=longitude,
        weekdays=event.get("weekdays", []),
        start_time=start_time,
        end_time=end_time,
        title=ar["title"],
        slug=event["slug"],
        locale=locale,
        start_date=event["start_date"],
        end_date=event["end_date"],
        venue=ar["venue"],
        city=ar["city"],
        organiser=ar["organiser"],
        intro=ar["intro"],
        key_figures=[
            ("figure", {"number": number, "prefix": "", "suffix": suffix, "label": label})
            for (number, suffix), label in zip(event["figures"], ar["figures"], strict=True)
        ],
        programme=[
            ("item", {"date": day, "title": title, "venue": venue, "description": description})
            for day, (title, venue, description) in zip(
                event["programme_dates"], ar["programme"], strict=True
            )
        ],
    )

def create_news():
    index = index_page(NewsIndexPage, "news")
    for article in ARTICLES:
        child_page(index, article, build_article, ["title", "place", "source", "intro", "body"])

def create_events():
    index = index_page(EventIndexPage, "events")
    keys = ["title", "venue", "city", "organiser", "intro", "figures", "programme"]
    for event in EVENTS:
        child_page(index, event, build_event, keys)

def check_page_tree():
    """Repair stale child counts left on translated index pages.

    Translating a child through wagtail-localize can publish its translated
    parent from a stale in-memory copy, which writes back ``numchild = 0``;
    Wagtail then cannot route to the children (404). treebeard's own check
    finds and repairs exactly that.
    """
    bad_numchild = Page.find_problems()[4]
    if bad_numchild:
        Page.fix_tree()

PAGE_STEPS = [
    (_("Home page"), create_home),
    (_("Home page translations"), translate_home),
    (_("News"), create_news),
    (_("Events"), create_events),
    *events_extra_steps(),
]

# The sections below use this module's helpers, hence imported after them.
from .heritage import HERITAGE_STEPS  # noqa: E402
from .training import TRAINING_STEPS  # noqa: E402

PAGE_STEPS += [
    *HERITAGE_STEPS,
    *TRAINING_STEPS,
    (_("Page tree check"), check_page_tree),  # after every step that translates pages
    *HOME_SHOWCASE_STEPS,
]
