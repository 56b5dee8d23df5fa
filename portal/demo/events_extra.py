"""Demo: organisers and partners of the seed events, exhibitors from the demo storefronts, news topics.

Runs after the news and events steps (portal/demo/pages.py). Idempotent: an
organisation, a link or a tag that exists is left alone.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from portal.events.models import EventExhibitor, EventOrganisation, EventPage, Organisation
from portal.news.models import NewsPage
from portal.setup.home import translate
from shop.artisans.models import ArtisanProfile

from .events_extra_data import EVENT_LINKS, EXHIBITORS_PER_EVENT, NEWS_TOPICS, ORGANISATIONS

SOURCE = "ar"


def organisations():
    """The Arabic organisations by key, each translated into every locale."""
    source = Locale.objects.get(language_code=SOURCE)
    found = {}
    for key, data in ORGANISATIONS.items():
        org = Organisation.objects.filter(locale=source, name=data[SOURCE]).first()
        if org is None:
            org = Organisation.objects.create(locale=source, name=data[SOURCE], website=data["website"])
        for locale in Locale.objects.exclude(pk=source.pk):
            if not org.has_translation(locale) and locale.language_code in data:
                translate(org, locale, {data[SOURCE]: data[locale.language_code]})
        found[key] = org
    return found


def after_translations(function):
    """Run ``function`` once the step commits: after the translations wagtail-localize publishes on commit
    (otherwise their pending publish would restore the links and tags from before this step)."""

    def step():
        transaction.on_commit(function)

    step.__doc__ = function.__doc__
    return step


@after_translations
def link_events():
    orgs = organisations()
    for slug, (organisers, partners, country) in EVENT_LINKS.items():
        source = EventPage.objects.filter(slug=slug, locale__language_code=SOURCE).first()
        if source is None or source.organisations.exists():
            continue
        exhibitors = list(
            ArtisanProfile.objects.public().filter(region__startswith=country)[:EXHIBITORS_PER_EVENT]
        )
        for page in [source, *source.get_translations()]:
            page = page.specific
            page.organisations = [
                EventOrganisation(organisation=orgs[key], role=role, sort_order=i)
                for i, (key, role) in enumerate(
                    [(k, "organiser") for k in organisers] + [(k, "partner") for k in partners]
                )
            ]
            page.exhibitors = [
                EventExhibitor(artisan=profile, stand=str(n + 1), sort_order=n)
                for n, profile in enumerate(exhibitors)
            ]
            page.save_revision().publish()


@after_translations
def news_topics():
    for slug, topics in NEWS_TOPICS.items():
        source = NewsPage.objects.filter(slug=slug, locale__language_code=SOURCE).first()
        if source is None:
            continue
        for page in [source, *source.get_translations()]:
            page = page.specific
            tags = topics["tags"].get(page.locale.language_code, [])
            if page.region == topics["region"] and set(page.tags.names()) == set(tags):
                continue
            page.region = topics["region"]
            page.tags.set(tags)
            page.save_revision().publish()


def events_extra_steps():
    return [
        (_("Event organisers, partners and exhibitors"), link_events),
        (_("News tags and regions"), news_topics),
    ]
