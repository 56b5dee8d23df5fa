"""The home page tree: a ``home.HomePage`` as the default Site's root, translated into every locale.

Wagtail's migrations leave a plain "Welcome to your new Wagtail site!" page as
the Site's root; it is replaced by the HomePage and deleted (only while it is
still that untouched page: a plain page with no children, rooted nowhere).
Translations are made the way an editor's are, with wagtail-localize
(TranslationSource → StringTranslation → save_target), so they stay synchronised
with the Arabic source; only the title is translated here (the site's name in
each language); editors write the rest.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import HomePage

HOME_SLUG = "hirfa-home"
WELCOME_SLUG = "home"  # the slug of Wagtail's welcome page (wagtailcore's 0002 migration)
SITE_NAME = _("Hirfa")  # translated in every catalogue: حرفة, ⵃⵉⵔⴼⴰ


def site_name(language_code):
    """The site's name in ``language_code`` (حرفة, Hirfa, ⵃⵉⵔⴼⴰ)."""
    with translation.override(language_code):
        return str(SITE_NAME)


def root_page(locale):
    """Wagtail's tree root (created by its migrations; missing only after a flush)."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def ensure_home():
    """The default language's HomePage as the default Site's root; return ``(home, created)``."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    created = home is None
    if created:
        home = root_page(locale).add_child(
            instance=HomePage(title=site_name(locale.language_code), slug=HOME_SLUG, locale=locale)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            is_default_site=True,
            root_page=home,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
    delete_welcome_page()
    return home, created


def delete_welcome_page():
    """Delete Wagtail's welcome page while nobody has built on it or rooted a Site there."""
    welcome = Page.objects.filter(
        depth=2,
        slug=WELCOME_SLUG,
        numchild=0,
        content_type=ContentType.objects.get_for_model(Page),
        sites_rooted_here__isnull=True,
    )
    for page in welcome:
        page.delete()


def translate(page, locale, mapping):
    """Create ``page``'s translation into ``locale`` with wagtail-localize, segments from ``mapping``.

    Segments missing from ``mapping`` keep the source text (wagtail-localize's fallback).
    """
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = mapping.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    target, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    target.save_target(publish=True)
    return page.get_translation(locale)


def ensure_home_translations(home):
    """Translate the home page into every locale it lacks; return the codes translated."""
    done = []
    for locale in Locale.objects.exclude(pk=home.locale_id).order_by("pk"):
        if home.has_translation(locale):
            continue
        translate(home, locale, {home.title: site_name(locale.language_code)})
        done.append(locale.language_code)
    return done
