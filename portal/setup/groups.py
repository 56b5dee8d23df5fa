"""The roles of a Hirfa site as Django groups, each with its least-privilege permissions.

How Oscar's dashboard decides (oscar/apps/dashboard/*/apps.py permission maps):
a user with ``is_staff`` may use every dashboard page; a user without it may
use only the pages whose map also accepts ``partner.dashboard_access``
(catalogue products, stock alerts, orders), and those pages show only the
partners the user belongs to (``Partner.users``). So:

- **Artisans** and **Cooperative managers** hold ``partner.dashboard_access``
  and nothing else. What they manage comes from the partner (artisan or
  cooperative) they are a user of, not from model permissions: a global
  ``catalogue.change_product`` would name every product, theirs or not. A
  cooperative manager is the user of a partner that lists many makers.
- **Shop staff** get the whole dashboard through ``is_staff``, which a group
  cannot grant: tick "Staff status" on the user (Django admin, /django-admin/)
  and add them to this group. The group holds the model permissions of their
  work (orders, lines, notes, shipping and payment events, delivery rates,
  artisan applications; read-only on partners, stock, products and
  countries), which is what the Django admin lets them touch; it grants no delete permission at all. Shop
  staff are not editors: the Wagtail admin needs ``wagtailadmin.access_admin``,
  which this group does not hold.

Wagtail's own "Editors" and "Moderators" groups come from Wagtail's migrations.
A run adds missing groups and missing permissions; it never removes a
permission that an administrator granted afterwards.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured

ARTISANS = "Artisans"
COOPERATIVE_MANAGERS = "Cooperative managers"
SHOP_STAFF = "Shop staff"

DASHBOARD_ACCESS = "partner.dashboard_access"

GROUP_PERMISSIONS = {
    ARTISANS: (DASHBOARD_ACCESS,),
    COOPERATIVE_MANAGERS: (DASHBOARD_ACCESS,),
    SHOP_STAFF: (
        # Orders: read them, move their status, correct an address, write notes, record events.
        "order.view_order",
        "order.change_order",
        "order.view_line",
        "order.change_line",
        "order.view_lineprice",
        "order.view_orderstatuschange",
        "order.view_shippingaddress",
        "order.change_shippingaddress",
        "order.view_billingaddress",
        "order.view_ordernote",
        "order.add_ordernote",
        "order.change_ordernote",
        "order.view_shippingevent",
        "order.add_shippingevent",
        "order.view_paymentevent",
        "order.add_paymentevent",
        "order.view_communicationevent",
        # Delivery rates of the profile's regions or wilayas (the rows themselves come from setup).
        "delivery.view_regionrate",
        "delivery.change_regionrate",
        # Artisan applications: review them in the dashboard (approve, reject, ask for more).
        "onboarding.view_application",
        "onboarding.change_application",
        # Read-only context for the orders.
        "partner.view_partner",
        "partner.view_partneraddress",
        "partner.view_stockrecord",
        "catalogue.view_product",
        "address.view_country",
    ),
}


def _split(name):
    app_label, codename = name.split(".")
    return app_label, codename


# Permissions that a data migration creates (on a content type of no real model), so that
# post_migrate's create_permissions cannot make them again after a database flush.
MIGRATION_PERMISSIONS = {
    ("wagtailadmin", "access_admin"): ("admin", "Can access Wagtail admin"),
    ("wagtail_localize", "submit_translation"): ("translation", "Can submit translations"),
}


def _create_migration_permission(app_label, codename):
    from django.contrib.contenttypes.models import ContentType

    model, name = MIGRATION_PERMISSIONS[(app_label, codename)]
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})


def permissions(names):
    """The Permission rows for ``app_label.codename`` names, in one query.

    Django creates permissions after ``migrate`` (post_migrate); if some are
    missing (setup run on a database whose post_migrate never ran), create
    them once, the way ``migrate`` would.
    """
    wanted = {_split(name) for name in names}

    def lookup():
        rows = Permission.objects.filter(
            content_type__app_label__in={app for app, _codename in wanted},
            codename__in={codename for _app, codename in wanted},
        ).select_related("content_type")
        found = {(p.content_type.app_label, p.codename): p for p in rows}
        return {key: p for key, p in found.items() if key in wanted}

    found = lookup()
    if len(found) < len(wanted):
        for app_label in {app for app, _codename in wanted - found.keys()}:
            create_permissions(apps.get_app_config(app_label), verbosity=0)
        for key in (wanted - found.keys()) & MIGRATION_PERMISSIONS.keys():
            _create_migration_permission(*key)
        found = lookup()
    missing = wanted - found.keys()
    if missing:
        names = ", ".join(sorted(f"{app}.{codename}" for app, codename in missing))
        raise ImproperlyConfigured(f"Unknown permissions for the site's groups: {names}")
    return found


def ensure_groups():
    """Create the missing groups and add their missing permissions; return what changed."""
    every = {name for names in GROUP_PERMISSIONS.values() for name in names}
    rows = permissions(every)
    changes = []
    for group_name, names in GROUP_PERMISSIONS.items():
        group, created = Group.objects.get_or_create(name=group_name)
        if created:
            changes.append(group_name)
        have = set(group.permissions.values_list("pk", flat=True))
        add = [rows[_split(name)] for name in names if rows[_split(name)].pk not in have]
        if add:
            group.permissions.add(*add)
            if not created:
                changes.append(group_name)
    return changes
