"""The dashboard's URLs, read from the URL resolver, with their arguments filled with artisan B's objects.

A URL added to the dashboard later is in the list without editing anything;
an argument name nobody has met before gets B's product id (a guess that
must still be refused to outsiders).
"""

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

DASHBOARD_PREFIX = "shop/dashboard/"
# Signing in and out change the session, not data: they are outside the matrix.
SESSION_VIEWS = {"dashboard:login", "dashboard:logout"}


def walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield prefix + str(pattern.pattern), name, tuple(sorted(pattern.pattern.regex.groupindex))


def dashboard_patterns():
    """``(name, kwarg names)`` of every dashboard URL pattern, in resolver order."""
    with translation.override("fr"):
        seen = []
        for route, name, kwargs in walk(get_resolver().url_patterns):
            if DASHBOARD_PREFIX in route and name not in SESSION_VIEWS and (name, kwargs) not in seen:
                seen.append((name, kwargs))
        return seen


def variants(name, kwargs):
    """The worlds a URL runs in: B's own order and product, the order and product B shares with A."""
    if "number" in kwargs:
        return ("mixed", "b_only")
    if "product" in name and {"pk", "parent_pk"} & set(kwargs):
        return ("b_only", "mixed")
    return ("b_only",)


def argument(world, name, kwarg, key):
    """B's object for URL argument ``kwarg`` of URL ``name``; ``key`` "mixed" picks what B shares with A."""
    b_product = world.products["shared" if key == "mixed" else "B"]
    b_partner, b_user = world.partners["B"], world.users["B"]
    by_kwarg = {
        "number": world.orders[key].number,
        "line_id": world.lines[key].pk,
        "note_id": world.notes[key].pk,
        "parent_pk": b_product.pk,
        "partner_pk": b_partner.pk,
        "user_pk": b_user.pk,
        "product_class_slug": b_product.get_product_class().slug,
        "parent": b_product.categories.first().pk if b_product.categories.exists() else b_product.pk,
        "slug": "ORDER_PLACED",
    }
    if kwarg in by_kwarg:
        return by_kwarg[kwarg]
    if kwarg == "pk":
        if "application" in name:
            return world.applications["B"].pk
        if "partner" in name:
            return b_partner.pk
        if "user" in name and "alert" not in name:
            return b_user.pk
        return b_product.pk
    return b_product.pk


def url_for(world, name, kwargs, key="b_only", lang="fr"):
    with translation.override(lang):
        return reverse(name, kwargs={kwarg: argument(world, name, kwarg, key) for kwarg in kwargs})
