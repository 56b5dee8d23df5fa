"""The Wagtail admin's URLs, read from the URL resolver, in families, with arguments from the test world.

Every URL pattern under ``/admin/`` must match a family of ``FAMILIES`` (the
first that matches, in order; ``unclassified()`` lists those that match none:
a new Wagtail view or app must be placed before the matrix runs). A family says what the URL acts on
(its *scope*, which the test's policy turns into "who may"), and in which
variants it is requested: a page URL on a page of three sections in three
locales, a media URL on images uploaded by the section's editor and by someone
else, and so on.
"""

import fnmatch
import re

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

ADMIN_PREFIX = "admin/"

# Page URLs run on these pages: each section editor and translator is inside one and outside two.
PAGE_VARIANTS = (("news", "ar"), ("events", "fr"), ("programme", "zgh"))
# Media URLs: uploaded by the section's editor, by someone else in the same collection, in another collection.
MEDIA_VARIANTS = (("news", "news"), ("news", "moderator"), ("events", "events"))
TRANSLATION_VARIANTS = ("fr", "kab")

# family → (scope, URL name patterns). Scopes (what the policy in the test reads):
#   public      anyone (login, password reset, static catalogues)
#   own         any admin user: their dashboard, account, UI helpers
#   browse      any admin user may GET (listings, choosers); no draft of another scope may show
#   page        a page: its section and locale decide
#   page_add    creating under a page (its section and locale decide)
#   image / document       one image or document: collection and uploader decide
#   media_add   uploading an image or document
#   media_browse           listings and choosers of images and documents
#   snippet     one snippet model (its model permissions decide)
#   translation a wagtail-localize translation: its target locale decides
#   training    course rolls and certificates
#   admin_area  users, groups, sites, locales, workflows, collections, redirects, settings, forms
#   skip        not requested (why: see the comment)
FAMILIES = {
    "public": (
        "public",
        (
            "wagtailadmin_login",
            "wagtailadmin_password_reset*",
            "wagtailadmin_javascript_catalog",
            "wagtail_localize:javascript_catalog",
            "wagtailadmin_sprite",
        ),
    ),
    # Signing out changes the session only; failwhale is Wagtail's deliberate error page (a 500 by design)
    # and test404 its static "not found" page (an unnamed pattern: matched by its route).
    "session": ("skip", ("wagtailadmin_logout", "wagtailadmin_error_test", "route:admin/test404/")),
    "own": (
        "own",
        (
            "wagtailadmin_home",
            "wagtailadmin_account",
            "wagtailadmin_dismissibles",
            "wagtailadmin_editing_sessions:*",
            "wagtailadmin_block_preview",
            "wagtailadmin_tag_autocomplete",
            "wagtailadmin_tag_model_autocomplete",
            "wagtailadmin_choose_page_external_link",
            "wagtailadmin_choose_page_email_link",
            "wagtailadmin_choose_page_phone_link",
            "wagtailadmin_choose_page_anchor_link",
            "wagtailembeds:*",
        ),
    ),
    # Wagtail checks no permission on these, and they show only names: the workflow's and its
    # task's (confirming a cancellation), the tasks' (the task chooser; creating one needs add_task).
    "workflow_names": (
        "browse",
        (
            "wagtailadmin_pages:confirm_workflow_cancellation",
            "wagtailadmin_workflows:task_chooser*",
            "wagtailadmin_workflows:task_chosen",
        ),
    ),
    "page_browse": (
        "browse",
        (
            "wagtailadmin_explore_root",
            "wagtailadmin_explore",
            "wagtailadmin_explore_results",
            "wagtailadmin_choose_page",
            "wagtailadmin_choose_page_child",
            "wagtailadmin_choose_page_search",
            "wagtailadmin_choose_page_chosen_multiple",
            "wagtailadmin_api:pages:listing",
            "wagtailadmin_api:pages:find",
            "wagtailadmin_pages:search",
            "wagtailadmin_pages:search_results",
            "wagtailadmin_pages:type_use",
            "wagtailadmin_pages:type_use_results",
            "wagtailadmin_pages:choose_parent",
            "wagtailadmin_pages:usage",
            "wagtail_bulk_action",
            "wagtailadmin_reports:*",
            "wagtail_localize:translations_report*",
            "wagtailsnippets:index",
            "wagtailforms:index*",  # the form pages the user may edit (none in the world)
            "product_chooser:*",
        ),
    ),
    "page": (
        "page",
        (
            "wagtailadmin_api:pages:detail",
            "wagtailadmin_api:pages:action",
            "wagtailadmin_pages:edit",
            "wagtailadmin_pages:preview_on_edit",
            "wagtailadmin_pages:view_draft",
            "wagtailadmin_pages:delete",
            "wagtailadmin_pages:unpublish",
            "wagtailadmin_pages:convert_alias",
            "wagtailadmin_pages:move",
            "wagtailadmin_pages:move_confirm",
            "wagtailadmin_pages:set_page_position",
            "wagtailadmin_pages:copy",
            "wagtailadmin_pages:workflow_action",
            "wagtailadmin_pages:collect_workflow_action_data",
            "wagtailadmin_pages:confirm_workflow_cancellation",
            "wagtailadmin_pages:workflow_preview",
            "wagtailadmin_pages:set_privacy",
            "wagtailadmin_pages:lock",
            "wagtailadmin_pages:unlock",
            "wagtailadmin_pages:revisions_*",
            "wagtailadmin_pages:workflow_history*",
            "wagtailadmin_pages:history*",
            "wagtail_localize:submit_page_translation",
            "wagtail_localize:convert_to_alias",
            "wagtailforms:list_submissions*",
            "wagtailforms:delete_submissions",
        ),
    ),
    "page_add": (
        "page_add",
        (
            "wagtailadmin_pages:add",
            "wagtailadmin_pages:preview_on_add",
            "wagtailadmin_pages:add_subpage",
        ),
    ),
    "image": (
        "image",
        (
            "wagtailimages:edit",
            "wagtailimages:delete",
            "wagtailimages:url_generator*",
            "wagtailimages:preview",
            "wagtailimages:image_usage",
            "wagtailimages:edit_multiple",
            "wagtailimages:delete_multiple",
            "wagtailimages_chooser:chosen",
            "wagtailimages_chooser:select_format",
            "wagtailadmin_api:images:detail",
        ),
    ),
    "document": (
        "document",
        (
            "wagtaildocs:edit",
            "wagtaildocs:delete",
            "wagtaildocs:document_usage",
            "wagtaildocs:edit_multiple",
            "wagtaildocs:delete_multiple",
            "wagtaildocs_chooser:chosen",
            "wagtailadmin_api:documents:detail",
        ),
    ),
    "media_add": (
        "media_add",
        (
            "wagtailimages:add",
            "wagtailimages:add_multiple",
            "wagtailimages:create_multiple_from_uploaded_image",
            "wagtailimages:delete_upload_multiple",
            "wagtailimages_chooser:create",
            "wagtaildocs:add",
            "wagtaildocs:add_multiple",
            "wagtaildocs:create_multiple_from_uploaded_document",
            "wagtaildocs:delete_upload_multiple",
            "wagtaildocs_chooser:create",
        ),
    ),
    "media_browse": (
        "media_browse",
        (
            "wagtailimages:index",
            "wagtailimages:index_results",
            "wagtailimages_chooser:choose*",
            "wagtailimages_chooser:chosen_multiple",
            "wagtaildocs:index",
            "wagtaildocs:index_results",
            "wagtaildocs_chooser:choose*",
            "wagtaildocs_chooser:chosen_multiple",
            "wagtailadmin_api:images:listing",
            "wagtailadmin_api:images:find",
            "wagtailadmin_api:documents:listing",
            "wagtailadmin_api:documents:find",
        ),
    ),
    "snippet": (
        "snippet",
        (
            "wagtailsnippets_*",
            "wagtailsnippetchoosers_*",
            "wagtail_localize:submit_snippet_translation",
            "wagtail_localize:snippets_api_*",
        ),
    ),
    "translation": (
        "translation",
        (
            "wagtail_localize:update_translations",
            "wagtail_localize:edit_string_translation",
            "wagtail_localize:edit_override",
            "wagtail_localize:download_pofile",
            "wagtail_localize:upload_pofile",
            "wagtail_localize:machine_translate",
            "wagtail_localize:preview_translation",
            "wagtail_localize:stop_translation",
        ),
    ),
    "training": ("training", ("training_admin:*",)),
    "admin_area": (
        "admin_area",
        (
            "wagtailadmin_collections:*",
            "wagtailadmin_workflows:*",
            "wagtailredirects:*",
            "wagtailsettings:*",
            "wagtaillocales:*",
            "wagtailsites:*",
            "wagtailusers_users:*",
            "wagtailusers_groups:*",
            "abuse_lockouts",  # locked sign-ins: unlocking needs axes.delete_accessattempt
        ),
    ),
}


def walk(patterns, prefix="", namespace=None):
    """``(route, name or None, kwarg names)`` of every URL pattern, named or not."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield prefix + str(pattern.pattern), name, tuple(sorted(pattern.pattern.regex.groupindex))


def admin_patterns():
    """``(route, name, kwarg names)`` of every pattern under /admin/, once each, in resolver order."""
    with translation.override("ar"):
        seen, rows = set(), []
        for route, name, kwargs in walk(get_resolver().url_patterns):
            if route.startswith(ADMIN_PREFIX) and (name, kwargs) not in seen:
                seen.add((name, kwargs))
                rows.append((route, name, kwargs))
        return rows


def family_of(name, route):
    """The first family matching URL name ``name`` (or ``route:<route>``), or None."""
    keys = [key for key in (name, f"route:{route}") if key]
    for family, (_scope, globs) in FAMILIES.items():
        if any(fnmatch.fnmatchcase(key, glob) for glob in globs for key in keys):
            return family
    return None


def unclassified():
    return [(route, name) for route, name, _kwargs in admin_patterns() if family_of(name, route) is None]


def snippet_label(name, kwargs_values):
    """``"app.model"`` of a snippet URL: from its namespace, else from its app_label/model_name arguments."""
    match = re.match(r"wagtailsnippet(?:s|choosers)_([a-z0-9]+)_([a-z0-9]+):", name)
    if match:
        return f"{match.group(1)}.{match.group(2)}"
    return None


def variants(family, name, kwargs):
    scope = FAMILIES[family][0]
    if scope in ("page", "page_add"):
        return PAGE_VARIANTS
    if scope in ("image", "document"):
        return MEDIA_VARIANTS
    if scope == "translation":
        return TRANSLATION_VARIANTS
    if scope == "snippet" and name.startswith("wagtail_localize:"):
        return ("taxonomy.craft", "training.registration", "events.organisation")
    return (None,)


def _page_args(world, variant, name):
    section, lang = variant
    page, index = world.pages[variant], world.indexes[variant]
    published, draft = world.revisions[variant]
    if name == "wagtailadmin_pages:workflow_action" or "workflow" in name:
        page = world.pages[("news", "ar")] if variant == ("news", "ar") else page
    return {
        "page_id": page.pk,
        "pk": page.pk,
        "page_pk": page.pk,
        "parent_page_id": index.pk,
        "page_to_move_id": page.pk,
        "destination_id": world.homes[lang].pk,
        "revision_id": published.pk,
        "revision_id_a": published.pk,
        "revision_id_b": draft.pk,
        "content_type_app_name": page._meta.app_label,
        "content_type_model_name": page._meta.model_name,
        "action_name": "approve" if "workflow" in name else "unpublish",
        "task_state_id": world.task_state.pk,
        "workflow_state_id": world.task_state.workflow_state_id,
        "task_id": world.task_state.task_id,
    }


def arguments(world, family, name, kwargs, variant):
    """The URL's kwargs filled with the world's objects for ``variant``."""
    scope = FAMILIES[family][0]
    values = {}
    if scope in ("page", "page_add"):
        values = _page_args(world, variant, name)
    elif scope in ("image", "document"):
        obj = (world.images if scope == "image" else world.documents)[variant]
        values = {"image_id": obj.pk, "document_id": obj.pk, "doc_id": obj.pk, "pk": obj.pk}
        values["filter_spec"] = "fill-80x80"
    elif scope == "translation":
        translation_row = world.translations[variant]
        values = {
            "translation_id": translation_row.pk,
            "translation_source_id": translation_row.source_id,
            "string_segment_id": world.extra["string_segment"].pk,
            "overridable_segment_id": world.extra["overridable_segment"].pk
            if world.extra["overridable_segment"]
            else 1,
            "mode": "",
        }
    elif scope == "snippet":
        label = variant or snippet_label(name, {})
        obj = world.snippets[label]
        app_label, model_name = label.split(".")
        values = {"pk": obj.pk, "app_label": app_label, "model_name": model_name}
    elif scope == "training":
        values = {"course_id": world.course.pk, "certificate_id": world.snippets["training.certificate"].pk}
    else:
        values = _generic_args(world, name)
    return {kwarg: values.get(kwarg, _fallback(world, kwarg)) for kwarg in kwargs}


def _generic_args(world, name):
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Locale, Site

    values = {
        "parent_page_id": world.indexes[("news", "ar")].pk,
        "page_pk": world.pages[("news", "ar")].pk,
        "workflow_pk": world.workflow.pk,
        "collection_id": Collection.objects.get(name="News").pk,
        "app_name": "wagtailcore",
        "model_name": "page",
        "app_label": "wagtailcore",
        "content_type_app_name": "news",
        "content_type_model_name": "newspage",
        "action": "delete",
        "object_id": str(world.pages[("news", "ar")].pk),
        "session_id": 1,
        "uidb64": "MQ",
        "token": "set-password",
        "redirect_id": 1,
        "task_id": world.task_state.task_id,
    }
    pk_by_area = {
        "wagtailusers_users": world.users["admin"].pk,
        "wagtailusers_groups": Group.objects.get(name="News editors").pk,
        "wagtailsites": Site.objects.get(is_default_site=True).pk,
        "wagtaillocales": Locale.objects.get(language_code="fr").pk,
        "wagtailadmin_collections": Collection.objects.get(name="News").pk,
        "wagtailadmin_workflows": world.workflow.pk,
    }
    namespace = name.split(":")[0]
    values["pk"] = pk_by_area.get(namespace, world.pages[("news", "ar")].pk)
    if name.startswith("wagtailadmin_workflows:") and "task" in name:
        values["pk"] = world.task_state.task_id
    if name.startswith("wagtailadmin_pages:choose_parent"):
        values.update(app_label="news", model_name="newspage")
    if name.startswith("wagtailadmin_tag_model_autocomplete"):
        values.update(app_name="news", model_name="newspage")
    if name.startswith("wagtailadmin_editing_sessions:"):
        values.update(app_label="wagtailcore", model_name="page")
    return values


def _fallback(world, kwarg):
    return world.pages[("news", "ar")].pk


def url_for(world, family, name, kwargs, variant, lang="ar"):
    with translation.override(lang):
        try:
            return reverse(name, kwargs=arguments(world, family, name, kwargs, variant))
        except NoReverseMatch:
            if "mode" in kwargs:  # preview_translation's mode must not be empty
                args = arguments(world, family, name, kwargs, variant)
                return reverse(name, kwargs={**args, "mode": "default"})
            raise


def cases():
    """``(family, name, kwargs, variant)`` for every classified, requested admin URL."""
    rows = []
    for route, name, kwargs in admin_patterns():
        family = family_of(name, route)
        if family is None or FAMILIES[family][0] == "skip":
            continue
        for variant in variants(family, name, kwargs):
            rows.append((family, name, kwargs, variant))
    return rows


def content_type_id(model):
    return ContentType.objects.get_for_model(model).pk
