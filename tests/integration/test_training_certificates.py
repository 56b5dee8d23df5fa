"""Completion, certificates, public verification (valid, revoked, unknown), the PDF, staff permissions."""

import re
import zlib

import pytest
import segno
from django.contrib.auth.models import Permission
from django.test import TestCase

from portal.training.models import Certificate, Registration
from portal.training.pdf import qr_png, verification_url
from portal.training.services import complete, revoke
from tests.factories.shop import UserFactory
from tests.factories.training import certify, make_course, make_index, sign_up, translate_to

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_home):
    course = make_course(make_index(site_home), start_in=-3)
    translate_to(course, "fr", {"دورة التسويق الإلكتروني": "Formation au e-marketing"})
    return course


def staff(*codenames):
    user = UserFactory(is_staff=True)
    access = Permission.objects.get(codename="access_admin")
    perms = Permission.objects.filter(codename__in=codenames, content_type__app_label="training")
    user.user_permissions.add(access, *perms)
    return user


def test_completion_issues_one_certificate_in_the_registrants_language(course):
    certificate = certify(course, "amira@example.test", language="fr")
    assert (certificate.holder_name, certificate.language, certificate.course_id) == (
        "Amira Khenatla",
        "fr",
        course.pk,
    )
    assert len(certificate.code) == 14
    assert complete(certificate.registration) == certificate  # twice: still one certificate
    assert Certificate.objects.count() == 1


def test_a_waitlisted_registration_gets_no_certificate(course):
    course.capacity = 1
    course.save()
    sign_up(course, "one@example.test")
    waiting = sign_up(course, "two@example.test")
    assert complete(waiting) is None


def test_the_verification_page_says_valid_in_the_visitors_language(client, course):
    certificate = certify(course, "amira@example.test")
    html = client.get(f"/fr/certificates/{certificate.code}/").content.decode()
    assert "VALIDE" in html
    assert "Amira Khenatla" in html
    assert "Formation au e-marketing" in html
    ar = client.get(f"/ar/certificates/{certificate.code.lower()}/").content.decode()
    assert "صالحة" in ar and 'dir="rtl"' in ar


def test_a_revoked_certificate_verifies_as_revoked_with_its_date(client, course):
    certificate = revoke(certify(course, "amira@example.test"), "Attestation délivrée par erreur")
    response = client.get(f"/fr/certificates/{certificate.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "RÉVOQUÉE" in html and "VALIDE" not in html
    assert f"révoquée le {certificate.revoked_at.day}" in html
    assert "Attestation délivrée par erreur" in html
    assert client.get(certificate.pdf_url()).status_code == 404


def test_an_unknown_code_is_a_404_in_the_visitors_language(client, course):
    response = client.get("/fr/certificates/NOPE-NOPE-NOPE/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "font", "text"),
    [("ar", b"NotoNaskhArabic", "شهادة"), ("fr", b"NotoSans", "Attestation de formation")],
)
def test_the_pdf_is_in_the_certificates_language_with_embedded_fonts_and_the_qr_code(
    client, course, language, font, text
):
    certificate = certify(course, f"{language}@example.test", language=language)
    response = client.get(f"/{language}/certificates/{certificate.code}/pdf/")
    data = response.content
    assert response["Content-Type"] == "application/pdf"
    assert data.startswith(b"%PDF-")
    assert font in data and b"/FontFile2" in data  # the TTF is embedded
    assert set(text.replace(" ", "")) <= _mapped_characters(data)
    assert set(certificate.holder_name.replace(" ", "")) <= _mapped_characters(data)
    url = verification_url(certificate)
    assert url.endswith(f"/{language}/certificates/{certificate.code}/")
    assert url.encode() in data  # the link annotation
    # the one embedded image is the QR code of the verification URL, drawn by segno (no QR decoder here:
    # its pixels are compared with segno's matrix of the same URL)
    assert _image_count(data) == 1
    assert _first_image_size(data) == _png_size(qr_png(url))
    assert _embedded_qr_modules(data) == _matrix(url)


def _mapped_characters(data):
    """Every character the PDF's ToUnicode CMaps map glyphs back to (what copy-paste and search see)."""
    chars = set()
    for chunk in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            text = zlib.decompress(chunk)
        except zlib.error:
            text = chunk  # fpdf2 writes its CMaps uncompressed
        if b"beginbfchar" in text or b"beginbfrange" in text:
            for hexa in re.findall(rb"<([0-9A-Fa-f]{4,})>\s*$", text, re.M):
                chars.update(bytes.fromhex(hexa.decode()).decode("utf-16-be", "ignore"))
    return chars


def _matrix(url):
    return [list(row) for row in segno.make(url, error="m", micro=False).matrix]


def _embedded_qr_modules(data):
    """The QR image's modules (1 = dark), read back from the PDF's image: its PNG rows unfiltered,
    sampled at the centre of each 10-pixel module inside the 2-module border."""
    at = data.index(b"/Subtype /Image")
    header = _image_header(data)
    body = data.index(b"stream\n", at) + 7
    width = int(re.search(rb"/Width (\d+)", header).group(1))
    raw = zlib.decompress(data[body : data.index(b"endstream", body)])
    assert b"/Predictor 15" in header and b"/BitsPerComponent 8" in header and b"/Colors 1" in header
    rows, previous = [], bytearray(width)
    for y in range(len(raw) // (width + 1)):
        kind, line = raw[y * (width + 1)], bytearray(raw[y * (width + 1) + 1 : (y + 1) * (width + 1)])
        for x in range(width):
            left = line[x - 1] if x else 0
            up, corner = previous[x], previous[x - 1] if x else 0
            estimate = left + up - corner
            paeth = min(
                (abs(estimate - left), 0, left),
                (abs(estimate - up), 1, up),
                (abs(estimate - corner), 2, corner),
            )[2]
            line[x] = (line[x] + (0, left, up, (left + up) // 2, paeth)[kind]) & 0xFF
        rows.append(line)
        previous = line
    modules = width // 10 - 4
    dark = rows[25][25]  # the top-left finder pattern's corner module is always dark
    return [
        [int(rows[(y + 2) * 10 + 5][(x + 2) * 10 + 5] == dark) for x in range(modules)]
        for y in range(modules)
    ]


def _image_count(data):
    return data.count(b"/Subtype /Image")


def _image_header(data):
    at = data.index(b"/Subtype /Image")
    return data[data.rindex(b" obj", 0, at) : data.index(b"stream", at)]


def _first_image_size(data):
    header = _image_header(data)
    return tuple(int(re.search(rb"/%s (\d+)" % key, header).group(1)) for key in (b"Width", b"Height"))


def _png_size(png):
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_only_staff_with_the_permission_mark_completion(client, course):
    registration = sign_up(course, "amira@example.test")
    roll = f"/admin/training/{course.pk}/roll/"
    viewer = staff("view_registration")
    client.force_login(viewer)
    assert client.get(roll).status_code == 200
    refused = client.post(roll, {"completed": [registration.pk]})
    assert (refused.status_code, refused.url) == (302, "/admin/")  # Wagtail's "permission denied" redirect
    assert not Certificate.objects.exists()

    client.force_login(staff("view_registration", "mark_completion"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            roll, {"attended": [registration.pk], "completed": [registration.pk]}, follow=True
        )
    assert response.status_code == 200
    registration.refresh_from_db()
    assert registration.attended and registration.completed_at
    assert Certificate.objects.get().registration == registration


def test_only_staff_with_the_permission_revoke(client, course):
    certificate = certify(course, "amira@example.test")
    url = f"/admin/training/certificates/{certificate.pk}/revoke/"
    client.force_login(staff("view_registration", "mark_completion"))
    refused = client.post(url, {"reason": "x"})
    assert (refused.status_code, refused.url) == (302, "/admin/")
    certificate.refresh_from_db()
    assert not certificate.revoked
    client.force_login(staff("revoke_certificate"))
    assert client.post(url, {"reason": "Fraude"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked and certificate.revoked_reason == "Fraude" and certificate.revoked_at


def test_the_registrations_admin_lists_and_filters_by_course(client, course, site_home):
    other = make_course(
        site_home.get_children().type(type(course.get_parent().specific)).first().specific, title="أخرى"
    )
    sign_up(course, "amira@example.test", name="Amira")
    sign_up(other, "salem@example.test", name="Salem")
    client.force_login(staff("view_registration"))
    html = client.get(f"/admin/snippets/training/registration/?course={course.pk}").content.decode()
    assert "Amira" in html and "Salem" not in html
    assert Registration.objects.count() == 2
