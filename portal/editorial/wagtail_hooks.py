"""Admin hooks: no superuser escalation by site administrators; moves confirmed only by those who may move.

Site administrators manage users without becoming, making or taking over superusers.

Wagtail lets anyone holding ``auth.change_user`` tick "Administrator"
(``is_superuser``) on any account, their own excepted, and change a
superuser's password. The "Site administrators" group (portal/setup/editorial.py)
manages users, so these hooks keep superuser status for superusers: a
non-superuser cannot post ``is_superuser``, nor edit or delete a superuser.
"""

from django.core.exceptions import PermissionDenied
from wagtail import hooks


def _refuse_superuser_grant(request):
    if not request.user.is_superuser and request.method == "POST" and request.POST.get("is_superuser"):
        raise PermissionDenied


@hooks.register("before_create_user")
def no_superuser_created_by_others(request):
    _refuse_superuser_grant(request)


@hooks.register("before_edit_user")
def no_superuser_edited_by_others(request, user):
    if user.is_superuser and not request.user.is_superuser:
        raise PermissionDenied
    _refuse_superuser_grant(request)


@hooks.register("before_delete_user")
def no_superuser_deleted_by_others(request, user):
    if user.is_superuser and not request.user.is_superuser:
        raise PermissionDenied


@hooks.register("before_move_page")
def no_move_confirmation_without_the_move_permission(request, page, destination):
    """Wagtail's move confirmation (``pages/<id>/move/<dest>/confirm/``) checks the permission on POST only.

    Its GET shows the page, its translations and the destination to any admin
    user; refuse it to those who may not move that page there.
    """
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
