"""A worker's memory stays under 300 MB with the worst image the caps let through.

Each case runs in a fresh child process (tests/support/upload_memory.py): the
artisan uploads the file through the real product form (the check, then the
thumbnails made at upload), then a visitor opens the product page; the
child's peak resident memory is measured. Before the caps, a 12,000 × 12,000
PNG took the worker to 1.3 GB.
"""

import io
import json
import os
import subprocess
import sys

import pytest
from django.db import connection
from PIL import Image

from tests.integration.test_dashboard_product_form import shop  # noqa: F401

LIMIT_MB = 300


def gradient(size):
    return Image.linear_gradient("L").resize(size)


def worst_png():
    """6000 × 2083 RGBA (12.498 megapixels, just under the cap): 50 MB once decoded, 0.05 MB on disk."""
    g = gradient((6000, 2083))
    out = io.BytesIO()
    Image.merge("RGBA", (g, g.transpose(Image.Transpose.FLIP_LEFT_RIGHT), g.rotate(180), g)).save(out, "PNG")
    return out.getvalue()


def worst_webp(frames=1):
    """3464 × 1154 (3.997 megapixels, just under the WebP cap); ``frames`` different frames in turn."""
    g = gradient((3464, 1154))
    images = [Image.merge("RGB", (g, g.point(lambda v, i=i: (v + 40 * i) % 256), g)) for i in range(3)]
    out = io.BytesIO()
    options = {"save_all": True, "append_images": (images * 10)[1:frames]} if frames > 1 else {}
    images[0].save(out, "WEBP", quality=10, method=0, **options)
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "make",
    [
        worst_png,
        worst_webp,
        lambda: worst_webp(frames=30),
    ],
    ids=["PNG 6000x2083 RGBA", "WebP 3464x1154", "WebP 3464x1154 30 frames"],
)
def test_the_worst_image_under_the_caps_keeps_the_worker_under_300_mb(shop, make, tmp_path, settings):  # noqa: F811
    from tests.factories.shop import make_product

    data = make()
    assert len(data) < settings.HIRFA_IMAGE_MAX_BYTES
    path = tmp_path / ("worst.png" if data.startswith(b"\x89PNG") else "worst.webp")
    path.write_bytes(data)
    product = make_product({"ar": "جرة", "fr": "Jarre"}, partner_name=shop["A"].name)
    product.categories.add(shop["category"])

    child = subprocess.run(  # noqa: S603  (our own script, with the running interpreter)
        [
            sys.executable,
            "tests/support/upload_memory.py",
            json.dumps(connection.settings_dict, default=str),
            "amal",
            str(product.pk),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=settings.BASE_DIR,
        env={**os.environ, "MEDIA_ROOT": str(tmp_path / "media")},
    )

    assert child.returncode == 0, child.stderr[-3000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["upload"] == 302, result["errors"]
    assert result["view"] == 200
    print(f"peak {result['peak_mb']:.0f} MB")  # noqa: T201
    assert result["peak_mb"] < LIMIT_MB
