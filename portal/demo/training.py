"""Demo training courses, registrations of demo artisans, their certificates (one revoked)."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from home.models import HomePage
from portal.training.models import CourseIndexPage, CoursePage, Registration
from portal.training.services import complete, revoke

from .pages import SOURCE, TARGETS, check_page_tree, locale, localize, pairs, strip_p
from .training_data import COURSES, INDEX, REGISTRATIONS, REVOKED

KEYS = ["title", "intro", "trainer", "organiser", "venue", "city"]


def courses_index():
    home = HomePage.objects.get(depth=2, locale=locale(SOURCE))
    page = CourseIndexPage.objects.child_of(home).filter(slug=INDEX["slug"]).first()
    if page is None:
        page = home.add_child(instance=CourseIndexPage(title=INDEX[SOURCE]["title"], slug=INDEX["slug"]))
    for code in TARGETS:
        localize(page, code, {INDEX[SOURCE]["title"]: INDEX[code]["title"]})
    return page


def create_courses():
    index = courses_index()
    for data in COURSES:
        ar = data[SOURCE]
        page = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = index.add_child(
                instance=CoursePage(
                    slug=data["slug"],
                    start_date=data["start_date"],
                    end_date=data["end_date"],
                    capacity=data["capacity"],
                    language=data["language"],
                    certificate_offered=data["certificate_offered"],
                    is_free=True,
                    description=f"<p>{ar['description']}</p>",
                    **{key: ar[key] for key in KEYS},
                )
            )
        for code in TARGETS:
            mapping = pairs(ar, data[code], KEYS)
            if "description" in data[code]:
                mapping[strip_p(ar["description"])] = data[code]["description"]
            localize(page, code, mapping)


def create_registrations():
    users = get_user_model().objects.in_bulk(
        [username for rows in REGISTRATIONS.values() for username, _language in rows], field_name="username"
    )
    for slug, rows in REGISTRATIONS.items():
        course = CoursePage.objects.get(slug=slug, locale=locale(SOURCE))
        for username, language in rows:
            user = users.get(username)
            if user is None:
                continue
            registration, _created = Registration.objects.get_or_create(
                course=course,
                email=user.email,
                defaults={
                    "name": user.get_full_name() or username,
                    "phone": "",
                    "language": language,
                    "user": user,
                    "status": Registration.Status.CONFIRMED,
                    "attended": True,
                },
            )
            certificate = complete(registration, when=_end_of(course))
            if certificate and username in REVOKED and not certificate.revoked:
                revoke(certificate, REVOKED[username])


def _end_of(course):
    import datetime

    from django.utils import timezone

    return timezone.make_aware(datetime.datetime.combine(course.end_date, datetime.time(17)))


TRAINING_STEPS = [
    (_("Training courses"), create_courses),
    (_("Course registrations and certificates"), create_registrations),
    (_("Page tree check"), check_page_tree),
]
