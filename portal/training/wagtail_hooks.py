"""Training in the Wagtail admin: registrations and certificates as snippets, course rolls, revocation."""

from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.editorial.choosers import PermissionCheckedSnippetChooserViewSet

from . import admin_views
from .certificates import Certificate
from .registrations import Registration


class LinkColumn(Column):
    def __init__(self, name, label, url, text):
        super().__init__(name, label=label)
        self.url, self.text = url, text

    def get_value(self, instance):
        return format_html('<a href="{}">{}</a>', self.url(instance), self.text)


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "user"
    menu_label = _("Registrations")
    list_display = [
        "name",
        "email",
        "course",
        "status",
        "attended",
        "created_at",
        LinkColumn(
            "roll", _("Roll"), lambda r: reverse("training_admin:roll", args=[r.course_id]), _("Roll")
        ),
    ]
    list_filter = ["course", "status", "attended"]
    search_fields = ["name", "email"]
    search_backend_name = None
    inspect_view_enabled = True
    panels = ["name", "email", "phone", "attended"]
    # Names, e-mails and phones: the chooser opens only for those who may see registrations.
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    list_display = [
        "code",
        "holder_name",
        "course",
        "issued_on",
        "revoked",
        LinkColumn(
            "revoke", _("Revoke"), lambda c: reverse("training_admin:revoke", args=[c.pk]), _("Revoke")
        ),
    ]
    list_filter = ["course", "revoked", "language"]
    search_fields = ["code", "holder_name"]
    search_backend_name = None
    inspect_view_enabled = True
    panels = ["holder_name"]
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet


class TrainingViewSetGroup(SnippetViewSetGroup):
    items = (RegistrationViewSet, CertificateViewSet)
    menu_icon = "group"
    menu_label = _("Training")
    menu_name = "training"
    menu_order = 210


register_snippet(TrainingViewSetGroup)

admin_urls = [
    path("", admin_views.course_list, name="courses"),
    path("<int:course_id>/roll/", admin_views.course_roll, name="roll"),
    path("certificates/<int:certificate_id>/revoke/", admin_views.revoke_certificate, name="revoke"),
]


@hooks.register("register_admin_urls")
def register_training_urls():
    return [path("training/", include((admin_urls, "training_admin")))]


class RollMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("training.view_registration")


@hooks.register("register_admin_menu_item")
def register_roll_menu_item():
    return RollMenuItem(_("Course rolls"), reverse("training_admin:courses"), icon_name="tasks", order=211)
