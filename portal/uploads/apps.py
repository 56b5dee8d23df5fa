import warnings

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    """Pillow's own bomb limit set to ours; thumbnails made when images are saved (signals.py)."""

    name = "portal.uploads"
    label = "uploads"
    verbose_name = _("Uploads")

    def ready(self):
        from PIL import Image

        from . import signals

        # Pillow warns above MAX_IMAGE_PIXELS and refuses above twice that; the warning is an error
        # too, so that no code path of this process (sorl, Willow) decodes a picture beyond the cap.
        Image.MAX_IMAGE_PIXELS = settings.HIRFA_IMAGE_MAX_PIXELS
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        signals.connect()
