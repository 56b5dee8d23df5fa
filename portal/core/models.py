"""Models shared by the editorial apps (see taxonomy.py)."""

from .taxonomy import Craft, PageCraft  # noqa: F401
