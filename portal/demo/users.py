"""Demo logins: an administrator, editorial roles, three customers and one login per artisan.

The editorial logins belong to the groups ``setup_site`` creates
(portal/setup/editorial.py): ``editor`` is a News editor (writes and submits
news, cannot publish), ``moderator`` a Moderator (approves and publishes),
``translator.fr`` a French translator (edits French pages only, publishes
nothing; Wagtail admin in French).

Passwords: by default each account gets its own documented demo password,
``<username>-demo-2974`` (2974 is the Amazigh year of the Batna Yennayer
fair), so that no single string opens every account; ``--password`` sets one
password for all. The demo never runs under production settings (see the
command).
"""

from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password, is_password_usable, make_password
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.users.models import UserProfile

from portal.setup.editorial import MODERATORS, NEWS_EDITORS, translator_group_name
from portal.setup.groups import ARTISANS as ARTISANS_GROUP

from . import upsert
from .artisans_data import ARTISANS

DEFAULT_PASSWORD_PATTERN = "{username}-demo-2974"  # noqa: S105  (demo only; documented)
EMAIL_DOMAIN = "hirfa.example"
# Editorial role → (group, admin language).
EDITORIAL_ROLES = {
    "editor": (NEWS_EDITORS, None),
    "moderator": (MODERATORS, None),
    "translator": (translator_group_name("fr"), "fr"),
}

STAFF = [
    {"username": "admin", "first_name": "Yasmine", "last_name": "Belkacem", "role": "admin"},
    {"username": "editor", "first_name": "Karim", "last_name": "Tahiri", "role": "editor"},
    {"username": "moderator", "first_name": "Nadia", "last_name": "Rahmouni", "role": "moderator"},
    {"username": "translator.fr", "first_name": "Hélène", "last_name": "Amrani", "role": "translator"},
    {"username": "customer", "first_name": "Samira", "last_name": "Haddad", "role": "customer"},
    # Two more buyers for the demo orders (portal/demo/orders.py).
    {"username": "leila.mansouri", "first_name": "Leïla", "last_name": "Mansouri", "role": "customer"},
    {"username": "omar.belkadi", "first_name": "Omar", "last_name": "Belkadi", "role": "customer"},
]


def demo_password(username, override=None):
    return override or DEFAULT_PASSWORD_PATTERN.format(username=username)


def _url(name):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        try:
            return base + reverse(name)
        except NoReverseMatch:
            return base + "/"


def account_specs():
    """Every demo account: (username, first, last, role)."""
    specs = [dict(spec) for spec in STAFF]
    specs += [
        {
            "username": a["username"],
            "first_name": a["first_name"],
            "last_name": a["last_name"],
            "role": "artisan",
        }
        for a in ARTISANS
    ]
    return specs


def _role_flags(role):
    return {"is_staff": role == "admin", "is_superuser": role == "admin", "is_active": True}


def _is_stale(pair):
    user, raw = pair
    # A new account has no usable hash: skip check_password's timing-safe dummy hash.
    return not is_password_usable(user.password) or not check_password(raw, user.password)


def _set_passwords(pairs):
    """Hash only the passwords that changed; PBKDF2 releases the GIL, so hash in threads.

    Nothing here touches the database: the threads only compute hashes.
    """
    with ThreadPoolExecutor(max_workers=4) as pool:
        stale = list(pool.map(_is_stale, pairs))
        todo = [pair for pair, is_stale in zip(pairs, stale, strict=True) if is_stale]
        hashes = list(pool.map(lambda pair: make_password(pair[1]), todo))
    user_model = get_user_model()
    for (user, _raw), hashed in zip(todo, hashes, strict=True):
        user_model.objects.filter(pk=user.pk).update(password=hashed)
        user.password = hashed


def ensure_users(password=None):
    """Create or update the demo accounts; return the rows of the logins table."""
    # The groups and their permissions come from setup_site, which the demo runs first.
    artisans = Group.objects.get(name=ARTISANS_GROUP)
    editorial = {role: Group.objects.get(name=group) for role, (group, _lang) in EDITORIAL_ROLES.items()}
    user_model = get_user_model()
    pairs, rows = [], []
    urls = {
        "admin": _url("wagtailadmin_home") + "  " + _url("dashboard:index"),
        "editor": _url("wagtailadmin_home"),
        "moderator": _url("wagtailadmin_home"),
        "translator": _url("wagtailadmin_home"),
        "artisan": _url("dashboard:index"),
        "customer": _url("customer:login"),
    }
    labels = {
        "admin": _("Administrator (Wagtail admin + shop dashboard)"),
        "editor": _("News editor (writes and submits news)"),
        "moderator": _("Moderator (approves and publishes)"),
        "translator": _("Translator into French (French pages only)"),
        "artisan": _("Artisan (own shop dashboard)"),
        "customer": _("Customer"),
    }
    for spec in account_specs():
        username, role = spec["username"], spec["role"]
        user, _created = upsert(
            user_model,
            {"username": username},
            {
                "email": f"{username}@{EMAIL_DOMAIN}",
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
                **_role_flags(role),
            },
        )
        if role in editorial:
            user.groups.add(editorial[role])
            language = EDITORIAL_ROLES[role][1]
            if language:
                profile = UserProfile.get_for_user(user)
                if profile.preferred_language != language:
                    profile.preferred_language = language
                    profile.save(update_fields=["preferred_language"])
        elif role == "artisan":
            user.groups.add(artisans)
        raw = demo_password(username, password)
        pairs.append((user, raw))
        rows.append((labels[role], username, user.email, raw, urls[role]))
    _set_passwords(pairs)
    return rows
