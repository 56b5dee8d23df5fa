from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """``manage.py backup`` and ``manage.py restore``: the database and the media, with a manifest."""

    name = "portal.backups"
    label = "backups"
