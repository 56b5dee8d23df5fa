"""A snippet chooser that only opens for users allowed to see the model (for snippets holding personal data).

Wagtail's snippet chooser (``/admin/snippets/choose/<app>/<model>/``) lists,
searches and returns every row of the model to anyone who may use the admin:
it checks permissions only to offer its "create" tab. For course
registrations and certificates (names, e-mails, phone numbers) that is a leak
to every editor and translator. This chooser answers 403 unless the user holds
one of the model's permissions (view, add, change, delete), the same rule as
the snippet's own listing; wagtail-localize's snippet API applies the same rule
to those models (``SnippetApiPermission``, installed by the app's ``ready()``).
"""

from django.core.exceptions import PermissionDenied
from rest_framework.permissions import BasePermission
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser

ACTIONS = ("view", "add", "change", "delete")


class PermissionCheckedMixin:
    def dispatch(self, request, *args, **kwargs):
        policy = ModelPermissionPolicy(self.model_class)
        if not policy.user_has_any_permission(request.user, ACTIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(PermissionCheckedMixin, chooser.ChooseView):
    pass


class ChooseResultsView(PermissionCheckedMixin, chooser.ChooseResultsView):
    pass


class ChosenView(PermissionCheckedMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(PermissionCheckedMixin, chooser.SnippetChosenMultipleView):
    pass


class CreateView(PermissionCheckedMixin, chooser.SnippetCreateView):
    pass


class PermissionCheckedSnippetChooserViewSet(chooser.SnippetChooserViewSet):
    """Use as ``chooser_viewset_class`` of a ``SnippetViewSet``."""

    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView


class SnippetApiPermission(BasePermission):
    """For wagtail-localize's snippet API (``/admin/localize/api/snippets/<app>/<model>/``).

    That API lists ``str()`` of every row of any snippet model to any admin
    user (it is what the translation editor's snippet chooser reads). A model
    whose chooser is permission-checked here is permission-checked there too.
    """

    def has_permission(self, request, view):
        model = view.get_model()
        viewset = getattr(model, "snippet_viewset", None)
        chooser_class = getattr(viewset, "chooser_viewset_class", None)
        if chooser_class is None or not issubclass(chooser_class, PermissionCheckedSnippetChooserViewSet):
            return True
        return ModelPermissionPolicy(model).user_has_any_permission(request.user, ACTIONS)

    def has_object_permission(self, request, view, obj):
        return self.has_permission(request, view)


def protect_localize_snippet_api():
    from wagtail_localize.views.snippets_api import SnippetViewSet

    SnippetViewSet.permission_classes = [*SnippetViewSet.permission_classes, SnippetApiPermission]
