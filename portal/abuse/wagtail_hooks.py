from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import LockoutsView, can_unlock


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("locked-sign-ins/", LockoutsView.as_view(), name="abuse_lockouts")]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(_("Locked sign-ins"), reverse("abuse_lockouts"), icon_name="lock", order=900)
