"""What staff decide on an application: approve (one transaction), reject, ask for more.

Approval creates the user (no usable password: they choose one through a
one-time link), the Oscar partner, the dashboard access (a group holding
``partner.dashboard_access``) and the storefront (shop.artisans), all or nothing. The gate is
a conditional UPDATE of the application's state inside the same transaction,
so approving twice (two staff, a double click) does nothing the second time.
Files are not transactional: when the approval fails and rolls back, the
photo copied for the storefront is deleted again (``approve``).
"""

import logging
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from oscar.core.loading import get_model

from shop.artisans.models import ArtisanProfile

from .models import Application
from .notifications import notify_applicant

logger = logging.getLogger(__name__)

ARTISANS_GROUP = "Artisans"
COOPERATIVE_MANAGERS_GROUP = "Cooperative managers"


# An application's kind, as the storefront names it.
PROFILE_KINDS = {
    Application.Kind.INDIVIDUAL: ArtisanProfile.Kind.INDIVIDUAL,
    Application.Kind.COOPERATIVE: ArtisanProfile.Kind.COOPERATIVE,
    Application.Kind.CRAFT_HOUSE: ArtisanProfile.Kind.WOMENS_HOUSE,
}
STORY_LANGUAGES = {code for code, _name in settings.LANGUAGES}


class ReviewError(Exception):
    """A decision that cannot be taken; its message is for the staff member."""


def create_storefront(application, partner):
    """The artisan's public storefront (shop.artisans ArtisanProfile) for ``partner``, from the application.

    The story goes in the column of the application's language; the phone
    and e-mail are for the platform (the show_* opt-ins stay off until the
    artisan switches them on); the photo is copied, so the application keeps
    its own. Runs inside the approval's transaction: an exception here undoes
    the user and the partner; the photo copied here is then deleted again
    (here if this function fails, in ``approve`` if a later step does).
    """
    profile = ArtisanProfile(
        partner=partner,
        name=application.name,
        kind=PROFILE_KINDS.get(application.kind, ArtisanProfile.Kind.INDIVIDUAL),
        workshop=application.workshop_name,
        region=application.region_code,
        phone=application.phone,
        email=application.email,
        show_phone=False,
        show_email=False,
    )
    language = application.language if application.language in STORY_LANGUAGES else None
    if language:
        profile.language = language
        setattr(profile, build_localized_fieldname("story", language), application.story)
    if application.photo:
        with application.photo.open("rb") as photo:
            profile.photo.save(os.path.basename(application.photo.name), File(photo), save=False)
    try:
        try:
            profile.full_clean(exclude=["slug", "photo"])
        except ValidationError as error:
            raise ReviewError(
                _("The storefront could not be created: %(errors)s") % {"errors": " ".join(error.messages)}
            ) from error
        profile.save()
        # The storefront's crafts (the M2M arrives with the back office).
        if hasattr(ArtisanProfile, "crafts"):
            profile.crafts.set(application.crafts.all())
    except BaseException:
        delete_photo(profile)
        raise
    return profile


def dashboard_group(application):
    """The "Artisans" or "Cooperative managers" group, with dashboard access, created if missing."""
    name = COOPERATIVE_MANAGERS_GROUP if application.is_cooperative else ARTISANS_GROUP
    group, _created = Group.objects.get_or_create(name=name)
    access = Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    group.permissions.add(access)
    return group


def unique_username(name):
    user_model = get_user_model()
    base = slugify(name, allow_unicode=True)[:120] or "artisan"
    candidate, suffix = base, 1
    while user_model.objects.filter(username=candidate).exists():
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


def create_user(application):
    user_model = get_user_model()
    if application.email and user_model.objects.filter(email__iexact=application.email).exists():
        raise ReviewError(
            _("A user account already uses the e-mail %(email)s: link it by hand or ask the applicant.")
            % {"email": application.email}
        )
    first_name, _space, last_name = application.name.partition(" ")
    user = user_model(
        username=unique_username(application.name),
        email=application.email,
        first_name=first_name[:150],
        last_name=last_name[:150],
    )
    user.set_unusable_password()
    user.save()
    return user


def create_partner(application, user):
    Partner = get_model("partner", "Partner")
    partner = Partner.objects.create(name=application.workshop_name or application.name)
    partner.users.add(user)
    return partner


def approve(application, staff_user, request=None):
    """Approve ``application``; return True, or False if it was no longer open (e.g. approved already)."""
    profile = None
    try:
        with transaction.atomic():
            won = Application.objects.filter(pk=application.pk, state__in=Application.OPEN_STATES).update(
                state=Application.State.APPROVED,
                reviewed_by=staff_user,
                reviewed_at=timezone.now(),
                updated_at=timezone.now(),
            )
            if not won:
                return False
            application.refresh_from_db()
            user = create_user(application)
            partner = create_partner(application, user)
            user.groups.add(dashboard_group(application))
            profile = create_storefront(application, partner)
            application.user, application.partner = user, partner
            application.staff_message = ""
            application.save(update_fields=["user", "partner", "staff_message", "updated_at"])
            transaction.on_commit(lambda: notify_applicant(application, request))
    except BaseException:
        # The rows are rolled back; the storefront's photo copy is a file: remove it too.
        delete_photo(profile)
        raise
    return True


def delete_photo(profile):
    """Delete the storefront photo copied by a failed approval (its row is rolled back, its file is not)."""
    photo = getattr(profile, "photo", None)
    if not photo:
        return
    try:
        photo.storage.delete(photo.name)
    except OSError:  # nothing more to undo; the approval's own error is the one to report
        logger.warning("Could not delete %s after a rolled-back approval", photo.name, exc_info=True)


def _close(application, state, message, staff_user, request):
    if not message.strip():
        raise ReviewError(_("Write a message for the applicant."))
    with transaction.atomic():
        updated = Application.objects.filter(pk=application.pk, state__in=Application.OPEN_STATES).update(
            state=state,
            staff_message=message.strip(),
            reviewed_by=staff_user,
            reviewed_at=timezone.now(),
            updated_at=timezone.now(),
        )
        if not updated:
            return False
        application.refresh_from_db()
        transaction.on_commit(lambda: notify_applicant(application, request))
    return True


def reject(application, reason, staff_user, request=None):
    """Reject with a reason the applicant reads; False if the application was no longer open."""
    return _close(application, Application.State.REJECTED, reason, staff_user, request)


def request_more(application, message, staff_user, request=None):
    """Ask the applicant for more information; they answer from their status page."""
    return _close(application, Application.State.MORE_INFO, message, staff_user, request)
