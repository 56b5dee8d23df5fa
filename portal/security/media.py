"""Uploaded media, where Django serves it (``SERVE_MEDIA``): never rendered as a page.

Images (by the type their name gives, which the upload checks matched to their
content) are shown inline; anything else (a PDF, a CSV...) is downloaded, with
``nosniff`` so that no browser guesses HTML out of it, and a sandboxing CSP.
"""

import mimetypes

from django.views.static import serve

INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}


def serve_media(request, path, document_root=None):
    response = serve(request, path, document_root=document_root)
    content_type, _encoding = mimetypes.guess_type(path)
    if content_type not in INLINE_TYPES:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
