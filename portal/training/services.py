"""What happens to registrations: sign up (within capacity), cancel (and promote), complete, revoke.

Capacity holds under concurrent sign-ups: each decision runs in one transaction
that first takes a write lock. On SQLite the settings open every transaction
with BEGIN IMMEDIATE (one writer at a time, so counting then inserting is
safe); on PostgreSQL the course row is locked with SELECT … FOR UPDATE.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .certificates import Certificate
from .emails import send_confirmation, send_promotion
from .pages import CoursePage
from .registrations import Registration


class AlreadyRegistered(Exception):
    pass


def _locked_course(course):
    """The source course, its row locked until the transaction ends (a no-op lock on SQLite)."""
    return CoursePage.objects.select_for_update().get(pk=course.source_course.pk)


def register(course, *, name, email, phone, language, user=None):
    """A new Registration, confirmed while places are left, else waitlisted; AlreadyRegistered on a repeat."""
    try:
        with transaction.atomic():
            source = _locked_course(course)
            live = Registration.objects.filter(course=source).exclude(status=Registration.Status.CANCELLED)
            if live.filter(email__iexact=email).exists():
                raise AlreadyRegistered
            confirmed = live.filter(status=Registration.Status.CONFIRMED).count()
            status = (
                Registration.Status.CONFIRMED
                if confirmed < source.capacity
                else Registration.Status.WAITLISTED
            )
            registration = Registration.objects.create(
                course=source,
                name=name,
                email=email,
                phone=phone,
                language=language,
                user=user if user is not None and user.is_authenticated else None,
                status=status,
            )
    except IntegrityError:
        raise AlreadyRegistered from None  # the database's unique constraint caught a simultaneous repeat
    transaction.on_commit(lambda: send_confirmation(registration))
    return registration


def cancel(registration):
    """Cancel a registration; a freed place goes to the first person on the waiting list (e-mailed)."""
    promoted = None
    with transaction.atomic():
        source = _locked_course(registration.course)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return registration, None
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:
            confirmed = Registration.objects.filter(
                course=source, status=Registration.Status.CONFIRMED
            ).count()
            if confirmed < source.capacity:
                promoted = (
                    Registration.objects.filter(course=source, status=Registration.Status.WAITLISTED)
                    .order_by("created_at", "pk")
                    .first()
                )
                if promoted:
                    promoted.status = Registration.Status.CONFIRMED
                    promoted.save(update_fields=["status"])
    if promoted:
        transaction.on_commit(lambda: send_promotion(promoted))
    return registration, promoted


def complete(registration, when=None):
    """Mark a confirmed registration completed; issues its certificate when the course offers one."""
    when = when or timezone.now()
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update().select_related("course").get(pk=registration.pk)
        )
        if registration.status != Registration.Status.CONFIRMED:
            return None
        if registration.completed_at is None:
            registration.completed_at = when
            registration.attended = True
            registration.save(update_fields=["completed_at", "attended"])
        if not registration.course.certificate_offered:
            return None
        certificate, _created = Certificate.objects.get_or_create(
            registration=registration,
            defaults={
                "course": registration.course,
                "holder_name": registration.name,
                "issued_on": timezone.localdate(when),
                "language": registration.language,
            },
        )
    return certificate


def revoke(certificate, reason):
    certificate.revoked = True
    certificate.revoked_reason = reason
    certificate.revoked_at = timezone.now()
    certificate.save(update_fields=["revoked", "revoked_reason", "revoked_at"])
    return certificate
