"""Image and document collections per role, and who may do what in them (see editorial.py).

Each section's group adds images and documents to its own collections only,
and chooses from every collection:

    News editors        News
    Events editors      Events
    Programme editors   Heritage, Training

A section editor changes and deletes only what they uploaded: the group holds
``add`` and ``choose`` in its collections, never ``change`` or ``delete``, and
Wagtail's ownership policy lets the uploader of an image or a document edit
(focal point included) and delete it. A colleague's image in the same
collection is chosen, not edited; the moderators edit any image.
(portal/editorial/migrations/0001_owner_only_media.py removes the ``change``
that earlier setups granted.)

A collection is found by the group's grant on it, not by its name, so an
administrator may rename it ("Actualités") without setup creating another.
Moderators and site administrators may add, change, choose and delete in
every collection (the root's permissions cover its children), and site
administrators also add, rename and delete collections; translators
choose (wagtail-localize lets them swap an image for their locale).
"""

from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission

from .editorial import (
    EVENTS_EDITORS,
    MODERATORS,
    NEWS_EDITORS,
    PROGRAMME_EDITORS,
    SECTION_EDITORS,
    SITE_ADMINISTRATORS,
    translator_group_name,
    translator_languages,
)
from .groups import permissions

MEDIA = ("wagtailimages.{action}_image", "wagtaildocs.{action}_document")
ROLE_COLLECTIONS = {
    NEWS_EDITORS: ("News",),
    EVENTS_EDITORS: ("Events",),
    PROGRAMME_EDITORS: ("Heritage", "Training"),
}
# Collection management is also a collection permission (on the root: every collection).
MANAGE_COLLECTIONS = (
    "wagtailcore.add_collection",
    "wagtailcore.change_collection",
    "wagtailcore.delete_collection",
)
OWN_ACTIONS = ("add", "choose")  # change/delete: the uploader only (Wagtail's ownership policy)
ALL_ACTIONS = ("add", "change", "choose", "delete")


def media_permissions(actions):
    return [template.format(action=action) for action in actions for template in MEDIA]


def root_collection():
    root = Collection.get_first_root_node()
    if root is None:  # a flushed database: Wagtail's migration made it
        root = Collection.add_root(name="Root")
    return root


def role_collections(group, names):
    """The group's collections: those it may add to, else new ones named ``names``."""
    root = root_collection()
    owned = list(
        Collection.objects.filter(
            group_permissions__group=group,
            group_permissions__permission__codename="add_image",
        )
        .exclude(pk=root.pk)
        .distinct()
        .order_by("path")
    )
    if owned:
        return owned, []
    created = []
    for name in names:
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(instance=Collection(name=name))
            created.append(name)
        owned.append(collection)
    return owned, created


def grants():
    """``[(group, collection, permission names), ...]`` and the names of collections created."""
    root = root_collection()
    rows, created = [], []
    for group_name in SECTION_EDITORS:
        group = Group.objects.get(name=group_name)
        rows.append((group, root, media_permissions(("choose",))))
        collections, new = role_collections(group, ROLE_COLLECTIONS[group_name])
        created += new
        rows += [(group, collection, media_permissions(OWN_ACTIONS)) for collection in collections]
    rows.append((Group.objects.get(name=MODERATORS), root, media_permissions(ALL_ACTIONS)))
    admins = Group.objects.get(name=SITE_ADMINISTRATORS)
    rows.append((admins, root, media_permissions(ALL_ACTIONS) + list(MANAGE_COLLECTIONS)))
    for code in translator_languages():
        rows.append(
            (Group.objects.get(name=translator_group_name(code)), root, media_permissions(("choose",)))
        )
    return rows, created


def ensure_collections():
    """Create the roles' collections and add the missing collection permissions; return what changed."""
    rows = permissions(set(media_permissions(ALL_ACTIONS)) | set(MANAGE_COLLECTIONS))
    grant_rows, changes = grants()
    have = set(GroupCollectionPermission.objects.values_list("group_id", "collection_id", "permission_id"))
    new = []
    for group, collection, names in grant_rows:
        for name in names:
            permission = rows[tuple(name.split("."))]
            key = (group.pk, collection.pk, permission.pk)
            if key not in have:
                have.add(key)
                new.append(
                    GroupCollectionPermission(group=group, collection=collection, permission=permission)
                )
    GroupCollectionPermission.objects.bulk_create(new)
    if new:
        changes.append(f"{len(new)} collection permission(s)")
    return changes
