"""Page permissions of the editorial roles: which subtree each group may edit (see editorial.py).

- section editors: their section's index pages, found by page type, in every locale;
- a locale's translators: that locale's home page (the translation of each Site's root);
- moderators and site administrators: the tree's root (every site, every locale).
"""

from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale, Page, Site

from .editorial import (
    ADMIN_PAGE_PERMISSIONS,
    EDITOR_PAGE_PERMISSIONS,
    MODERATOR_PAGE_PERMISSIONS,
    MODERATORS,
    SECTION_INDEXES,
    SITE_ADMINISTRATORS,
    TRANSLATOR_PAGE_PERMISSIONS,
    translator_group_name,
    translator_languages,
)
from .groups import permissions


def page_model(label):
    """The page model for ``"app.Model"``, or None when its app is not installed (yet)."""
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def section_roots(labels):
    """Every page, live or draft, in any locale, of the installed models among ``labels``."""
    roots = []
    for label in labels:
        model = page_model(label)
        if model is not None:
            roots.extend(model.objects.order_by("path"))
    return roots


def locale_homes(language_code):
    """The translations into ``language_code`` of every Site's root page."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return []
    homes = []
    for site in Site.objects.select_related("root_page"):
        home = site.root_page.get_translation_or_none(locale)
        if home is not None:
            homes.append(home)
    return homes


def grants():
    """``[(group name, pages, permission types), ...]`` as the roles need them today."""
    root = Page.get_first_root_node()
    rows = [
        (group, section_roots(labels), EDITOR_PAGE_PERMISSIONS) for group, labels in SECTION_INDEXES.items()
    ]
    rows += [
        (translator_group_name(code), locale_homes(code), TRANSLATOR_PAGE_PERMISSIONS)
        for code in translator_languages()
    ]
    rows.append((MODERATORS, [root], MODERATOR_PAGE_PERMISSIONS))
    rows.append((SITE_ADMINISTRATORS, [root], ADMIN_PAGE_PERMISSIONS))
    return rows


def ensure_page_permissions():
    """Add the missing page permissions; return ``"group: page title"`` for each grant added."""
    every = {f"wagtailcore.{kind}_page" for _group, _pages, kinds in grants() for kind in kinds}
    rows = permissions(every)
    changes = []
    for group_name, pages, kinds in grants():
        group = Group.objects.get(name=group_name)
        have = set(
            GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")
        )
        for page in pages:
            new = [
                GroupPagePermission(group=group, page=page, permission=rows[("wagtailcore", f"{kind}_page")])
                for kind in kinds
                if (page.pk, f"{kind}_page") not in have
            ]
            if new:
                GroupPagePermission.objects.bulk_create(new)
                changes.append(f"{group_name}: {page.title} ({page.locale.language_code})")
    return changes
