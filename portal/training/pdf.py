"""The certificate as a PDF (fpdf2), in the certificate's language; Arabic shaped and set right to left.

Fonts are shipped in the repository (fonts/ and portal/static/fonts/) and
embedded as subsets; HarfBuzz (uharfbuzz) shapes Arabic and Tifinagh. The QR
code is drawn by segno as a PNG pointing at the public verification page.
"""

import io
from pathlib import Path

import segno
from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from .emails import absolute

FONTS = Path(__file__).resolve().parent / "fonts"
TIFINAGH = Path(settings.BASE_DIR) / "portal" / "static" / "fonts" / "NotoSansTifinagh-Regular.ttf"
INK = (43, 33, 24)
ACCENT = (160, 82, 45)


def verification_url(certificate):
    with translation.override(certificate.language):
        return absolute(certificate.get_absolute_url())


def qr_png(url):
    """The QR code of ``url`` as PNG bytes (also used by tests to compare with the embedded image)."""
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="png", scale=10, border=2, dark="#2b2118")
    return out.getvalue()


def _pdf(language):
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("naskh", fname=str(FONTS / "NotoNaskhArabic-Regular.ttf"))
    pdf.add_font("sans", fname=str(FONTS / "NotoSans-Regular.ttf"))
    pdf.add_font("tifinagh", fname=str(TIFINAGH))
    main = {"ar": "naskh", "zgh": "tifinagh"}.get(language, "sans")
    pdf.set_fallback_fonts([name for name in ("sans", "naskh", "tifinagh") if name != main])
    pdf.set_text_shaping(
        use_shaping_engine=True
    )  # unicode bidi: Arabic runs right to left, the URL left to right
    pdf.set_lang(language)
    return pdf, main


def certificate_pdf(certificate):
    """PDF bytes of ``certificate``."""
    language = certificate.language
    course = certificate.course_in_language(language)
    url = verification_url(certificate)
    with translation.override(language):
        pdf, font = _pdf(language)
        pdf.set_title(_("Certificate of completion"))
        pdf.set_author(course.organiser)
        pdf.add_page()
        width = pdf.w - 40
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(1.2)
        pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
        pdf.set_text_color(*INK)

        def line(text, size, gap=4, color=INK):
            pdf.set_font(font, size=size)
            pdf.set_text_color(*color)
            pdf.set_x(20)
            pdf.multi_cell(width, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)

        pdf.set_y(24)
        line(course.organiser, 14, 6, ACCENT)
        line(_("Certificate of completion"), 30, 8)
        line(_("This certifies that"), 14, 2)
        line(certificate.holder_name, 26, 4, ACCENT)
        line(_("has completed the training course"), 14, 2)
        line(course.title, 20, 4)
        start, end = (formats.date_format(day, "j F Y") for day in (course.start_date, course.end_date))
        dates = f"{start} – {end}"
        line(f"{dates} · {course.venue}", 12, 2)
        if course.trainer:
            line(_("Trainer: %(name)s") % {"name": course.trainer}, 12, 2)
        line(_("Issued on %(date)s") % {"date": formats.date_format(certificate.issued_on, "j F Y")}, 12, 2)

        qr_size = 36
        pdf.image(
            io.BytesIO(qr_png(url)),
            x=(pdf.w - qr_size) / 2,
            y=pdf.h - 24 - qr_size - 14,
            w=qr_size,
            h=qr_size,
        )
        pdf.set_y(pdf.h - 34)
        line(_("Verify this certificate: %(code)s") % {"code": certificate.code}, 11, 0)
        pdf.set_font("sans", size=10)
        pdf.set_x(20)
        pdf.cell(width, 6, url, align="C", link=url)
    return bytes(pdf.output())
