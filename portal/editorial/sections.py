"""A section index created after the site setup is granted to its editors at once.

The site setup grants each section's editors their index pages
(portal/setup/page_permissions.py), but an administrator who adds a news
index, or a translation of one, in the admin should not have to run
``setup_site`` again before the News editors can write there. Every page model
named in ``SECTION_INDEXES`` therefore grants the missing page permissions
when one of its pages is created, after the transaction commits (the same
idempotent code as the setup step).
"""

from django.db import transaction
from django.db.models.signals import post_save

from portal.setup.editorial import SECTION_INDEXES
from portal.setup.page_permissions import ensure_page_permissions, page_model


def _grant_new_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        transaction.on_commit(ensure_page_permissions)


def connect():
    for labels in SECTION_INDEXES.values():
        for label in labels:
            model = page_model(label)
            if model is not None:
                post_save.connect(_grant_new_section, sender=model, dispatch_uid=f"editorial-section-{label}")
