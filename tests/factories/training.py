"""Training factories: a courses index under the home page, courses, registrations, certificates."""

import datetime

from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale

from portal.setup.home import translate
from portal.training.models import CourseIndexPage, CoursePage
from portal.training.services import complete, register


def make_index(home, title="الدورات التكوينية", slug="courses"):
    return home.add_child(instance=CourseIndexPage(title=title, slug=slug))


def make_course(index, title="دورة التسويق الإلكتروني", slug=None, start_in=10, days=3, **fields):
    start = timezone.localdate() + datetime.timedelta(days=start_in)
    defaults = {
        "intro": "دورة مجانية متوجة بشهادة",
        "trainer": "مختصة في التسويق",
        "organiser": "غرفة الصناعة التقليدية والحرف لولاية باتنة",
        "venue": "مدرسة التكوين وتحسين المستوى، دار الصناعة التقليدية",
        "city": "باتنة",
        "language": "ar",
        "capacity": 3,
        "start_date": start,
        "end_date": start + datetime.timedelta(days=days - 1),
    }
    return index.add_child(
        instance=CoursePage(
            title=title, slug=slug or f"course-{CoursePage.objects.count()}", **{**defaults, **fields}
        )
    )


def translate_to(page, code, mapping):
    """``page`` (and its parent, if missing) translated into ``code``, published."""
    locale = Locale.objects.get(language_code=code)
    parent = page.get_parent().specific
    if not parent.has_translation(locale) and parent.depth > 2:
        translate_to(parent, code, {})
    with TestCase.captureOnCommitCallbacks(execute=True):
        return translate(page, locale, mapping)


def sign_up(course, email, name="أميرة خناطلة", phone="+212612345678", language="ar", user=None):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return register(course, name=name, email=email, phone=phone, language=language, user=user)


def certify(course, email, language="fr", name="Amira Khenatla", user=None):
    registration = sign_up(course, email, name=name, language=language, user=user)
    return complete(registration)
