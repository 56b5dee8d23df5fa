"""Languages served by Hirfa, including Tamazight in Tifinagh (zgh).

Django ships `kab` (Kabyle, Latin script) but not `zgh` (Standard Moroccan
Tamazight, Tifinagh). Registering it in ``LANG_INFO`` makes
``get_language_info("zgh")`` work, which Wagtail's locale names and our
language switcher need. A compiled ``locale/zgh/LC_MESSAGES/django.mo`` must
exist too, or ``check_for_language("zgh")`` is False and ``/zgh/`` is a 404.
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

LANG_INFO.setdefault(
    "zgh",
    {
        "bidi": False,
        "code": "zgh",
        "name": "Standard Moroccan Tamazight",
        "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    },
)

LANGUAGES = [
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("en", _("English")),
    ("zgh", _("Tamazight (Tifinagh)")),
    ("kab", _("Kabyle")),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
