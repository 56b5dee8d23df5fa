"""QR codes of storefront addresses, drawn by segno as SVG on this server (nothing fetched elsewhere)."""

import io

import segno

DARK = "#2b2118"


def qr_svg(url, scale=4):
    """An inline ``<svg>`` of ``url`` in a QR code, titled with the URL (screen readers, tests)."""
    qr = segno.make(url, error="m", micro=False)
    return qr.svg_inline(
        scale=scale, dark=DARK, light="#fff", title=url, svgclass="qr-code", lineclass=None, omitsize=True
    )


def qr_svg_document(url, scale=8):
    """A standalone SVG file of ``url`` (served at …/qr.svg for printing or downloading)."""
    qr = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    qr.save(out, kind="svg", scale=scale, dark=DARK, light="#fff", title=url, xmldecl=True)
    return out.getvalue()
