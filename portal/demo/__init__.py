"""Demo content for Hirfa, built in Python from the seed articles.

``python manage.py load_demo_content`` runs the steps returned by
:func:`build_steps`: first the site setup (portal/setup: locales, home page,
groups, delivery zones; the demo only adds content to a set-up site), then the
shop and people steps (shop.py, users.py), the storefronts and the demo
orders (storefronts.py, orders.py) and, when
``portal/demo/pages.py`` exists, its ``PAGE_STEPS`` (Wagtail pages and
locales). Every step is idempotent: it looks rows up by a natural key (UPC,
partner code, username, slug) and only writes what differs.
"""

import importlib
import importlib.util

from django.utils.translation import gettext_lazy as _

PAGES_MODULE = "portal.demo.pages"


def upsert(model, lookup, values):
    """get_or_create by ``lookup``; on an existing row, save only if a value differs."""
    obj, created = model._default_manager.get_or_create(**lookup, defaults=values)
    if not created:
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.save()
    return obj, created


def page_steps():
    """The pages engineer's ``PAGE_STEPS``, or None while that module does not exist.

    Only the module's absence is tolerated: an error inside it propagates.
    """
    if importlib.util.find_spec(PAGES_MODULE) is None:
        return None
    return list(importlib.import_module(PAGES_MODULE).PAGE_STEPS)


def build_steps(password=None, image_size=800, orders=None):
    """Return ``(steps, logins)``: the (label, callable) steps and the list the users step fills.

    ``orders``, when given, receives one summary row per demo order (orders.py).
    """
    from portal.setup.steps import setup_site

    from . import orders as demo_orders
    from . import shop, storefronts

    logins = []
    steps = [(_("Site setup"), setup_site)]
    steps += shop.shop_steps(password=password, image_size=image_size, logins=logins)
    steps += storefronts.storefront_steps(image_size)
    steps += demo_orders.order_steps(orders)
    return steps, logins
