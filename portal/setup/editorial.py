"""The editorial roles: Wagtail groups with least privilege, their sections, collections, permissions.

How Wagtail decides (and wagtail-localize with it):

- **Pages**: ``GroupPagePermission`` rows on a page apply to its whole subtree.
  A section editor holds ``add`` and ``change`` on the section's index page in
  every locale, never ``publish``: without it the editor's "Publish" button is
  replaced by "Submit to Moderators approval" (the workflow, workflow.py).
  The sections are found by page type (``SECTION_INDEXES``), so an index page
  added later (crafts, masters, programme, courses) is granted on the next run;
  a model that is not installed is skipped.
- **Translators**: wagtail-localize has no per-locale permission. Its
  translation editor opens only through Wagtail's page edit view, which checks
  the page permissions of the *translated* page, and it publishes only when
  ``page.permissions_for_user(user).can_publish()``. So "Translators
  (French)" holds ``change`` on the French home page's subtree and nothing on
  the other locales': a translator edits French pages only and publishes
  nowhere (the moderators publish their work). Starting a translation
  ("Translate this page", ``wagtail_localize.submit_translation``) creates
  pages in locales of one's choice, so it is the moderators' and site
  administrators' permission.
- **Images and documents**: ``GroupCollectionPermission`` rows on a collection
  apply to it and its children. Every editor may *choose* any image or
  document (``choose`` on the root collection) but add and change them only in
  their own role's collections (collections.py). Focal points are part of
  "change".
- **Moderators** and **Editors** are Wagtail's own groups (its migrations
  create them; a flushed database lacks them, so they are created here too).
  Moderators keep Wagtail's defaults: add/change/publish/lock/unlock on the
  whole tree, images and documents everywhere. Wagtail's Editors group is
  kept as Wagtail made it (add/change on the whole tree, every locale, no
  publish): it is the "all sections" editor, whose work still goes through
  moderation; nobody is put in it by setup or the demo, which uses the
  section groups instead.
- **Site administrators** hold every permission of the Wagtail admin's apps
  (users, groups, sites, locales, workflows, collections, redirects,
  settings, snippets, locked sign-ins) and every page and collection permission, without
  being superusers.

A run adds missing groups and grants; it never removes one.
"""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib.auth.models import Group, Permission

from .groups import permissions

NEWS_EDITORS = "News editors"
EVENTS_EDITORS = "Events editors"
PROGRAMME_EDITORS = "Programme editors"
MODERATORS = "Moderators"  # Wagtail's
EDITORS = "Editors"  # Wagtail's
SITE_ADMINISTRATORS = "Site administrators"
TRANSLATORS = "Translators ({language})"

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
# The snippets an editor links pages to (the page ↔ craft inline needs the chooser: "view").
TAXONOMY_VIEW = ("taxonomy.view_craft", "taxonomy.view_material")
TAXONOMY_EDIT = (
    "taxonomy.add_craft",
    "taxonomy.change_craft",
    "taxonomy.view_craft",
    "taxonomy.add_material",
    "taxonomy.change_material",
    "taxonomy.view_material",
)

SECTION_EDITORS = (NEWS_EDITORS, EVENTS_EDITORS, PROGRAMME_EDITORS)

# Role → the index pages (by model label) whose subtrees it edits, in every locale.
SECTION_INDEXES = {
    NEWS_EDITORS: ("news.NewsIndexPage",),
    EVENTS_EDITORS: ("events.EventIndexPage",),
    PROGRAMME_EDITORS: (
        "crafts.CraftIndexPage",
        "masters.MasterIndexPage",
        "programme.ProgrammeIndexPage",
        "training.CourseIndexPage",
    ),
}

# Course rolls (portal/training): see the registrations, tick attendance and completion (which
# issues the certificates), revoke a certificate. Never add_registration: sign-ups go through the
# course page, which enforces the capacity and the waiting list.
TRAINING_ROLL = (
    "training.view_registration",
    "training.mark_completion",
    "training.view_certificate",
    "training.revoke_certificate",
)

# Role → model permissions (the page and collection grants come on top).
MODEL_PERMISSIONS = {
    NEWS_EDITORS: (ACCESS_ADMIN, *TAXONOMY_VIEW),
    EVENTS_EDITORS: (ACCESS_ADMIN, *TAXONOMY_VIEW),
    PROGRAMME_EDITORS: (ACCESS_ADMIN, *TAXONOMY_EDIT, *TRAINING_ROLL),
    MODERATORS: (ACCESS_ADMIN, SUBMIT_TRANSLATION, *TAXONOMY_VIEW),
    EDITORS: (ACCESS_ADMIN, *TAXONOMY_VIEW),
}
TRANSLATOR_PERMISSIONS = (ACCESS_ADMIN, *TAXONOMY_VIEW)

# Every permission of these apps goes to the site administrators.
SITE_ADMIN_APPS = (
    "auth",
    "wagtailadmin",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailforms",
    "wagtailembeds",
    "wagtailusers",
    "wagtail_localize",
    "taxonomy",
    "core",
    "axes",  # the locked sign-ins screen: staff unlock an account or an address
)
SITE_ADMIN_SKIP = {("auth", "add_permission"), ("auth", "change_permission"), ("auth", "delete_permission")}

# Page permission types per role, on the roots named in page_permissions.py.
EDITOR_PAGE_PERMISSIONS = ("add", "change")
TRANSLATOR_PAGE_PERMISSIONS = ("change",)
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
ADMIN_PAGE_PERMISSIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")


def language_name(code):
    """The English name of a language ("French"), stable whatever language setup runs in."""
    return LANG_INFO.get(code, {}).get("name", code)


def translator_group_name(language_code):
    return TRANSLATORS.format(language=language_name(language_code))


def translator_languages():
    """Every content language but the default one (the source of the site's pages)."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


def site_admin_permissions():
    rows = Permission.objects.filter(content_type__app_label__in=SITE_ADMIN_APPS).select_related(
        "content_type"
    )
    return [p for p in rows if (p.content_type.app_label, p.codename) not in SITE_ADMIN_SKIP]


def _grant(group, wanted):
    have = set(group.permissions.values_list("pk", flat=True))
    add = [p for p in wanted if p.pk not in have]
    if add:
        group.permissions.add(*add)
    return bool(add)


def ensure_editorial_groups():
    """Create the editorial groups and add their missing model permissions; return what changed."""
    by_group = dict(MODEL_PERMISSIONS)
    for code in translator_languages():
        by_group[translator_group_name(code)] = TRANSLATOR_PERMISSIONS
    rows = permissions({name for names in by_group.values() for name in names})
    changes = []
    for group_name, names in by_group.items():
        group, created = Group.objects.get_or_create(name=group_name)
        granted = _grant(group, [rows[tuple(name.split("."))] for name in names])
        if created or granted:
            changes.append(group_name)
    admins, created = Group.objects.get_or_create(name=SITE_ADMINISTRATORS)
    if _grant(admins, site_admin_permissions()) or created:
        changes.append(SITE_ADMINISTRATORS)
    return changes
