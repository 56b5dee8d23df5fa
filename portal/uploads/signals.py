"""When an image is saved, make the thumbnails and renditions pages will ask for (renditions.py).

The upload pays for them, once, with an image already within the caps; a
visitor's first request then finds them made. They are made after the save's
transaction commits: a rolled-back save (a refused approval, a failed form)
leaves no thumbnail files behind, and SQLite's write lock is not held while
an image is resized.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.images import get_image_model

from .renditions import ARTISAN_THUMBNAILS, PRODUCT_THUMBNAILS, make_renditions, make_thumbnails


def product_image_saved(instance, raw=False, **kwargs):
    if not raw:
        transaction.on_commit(partial(make_thumbnails, instance.original, PRODUCT_THUMBNAILS))


def artisan_saved(instance, raw=False, update_fields=None, **kwargs):
    if not raw and (update_fields is None or "photo" in update_fields):
        transaction.on_commit(partial(make_thumbnails, instance.photo, ARTISAN_THUMBNAILS))


def wagtail_image_saved(instance, raw=False, **kwargs):
    if not raw:
        transaction.on_commit(partial(make_renditions, instance))


def connect():
    from shop.artisans.models import ArtisanProfile
    from shop.catalogue.models import ProductImage

    post_save.connect(product_image_saved, sender=ProductImage, dispatch_uid="uploads-product-image")
    post_save.connect(artisan_saved, sender=ArtisanProfile, dispatch_uid="uploads-artisan-photo")
    post_save.connect(wagtail_image_saved, sender=get_image_model(), dispatch_uid="uploads-wagtail-image")
