"""Run in a child process: upload one image through the dashboard's product form, view the product page.

    python tests/support/upload_memory.py DB_JSON USERNAME PRODUCT_ID IMAGE_PATH

The database is the test's own (its settings as JSON; the parent test commits
its rows). Prints one JSON line: the upload's and the page's status codes and
this process's peak resident memory in MB, which includes Django, Wagtail and
Oscar themselves, the multipart parsing, the check, the thumbnails made at
upload and the page view.

The peak is the kernel's ``VmHWM`` of this process's own memory map. Not
``ru_maxrss``: Linux keeps that across ``exec``, so a child of a large pytest
process reports its parent's peak (715 MB in CI for children whose own peak is 256-289 MB).
"""

import json
import os
import sys
from pathlib import Path


def peak_resident_mb():
    """The high-water mark of this process's resident memory since its ``exec``, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


def main(db_json, username, product_id, image_path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    from django.conf import settings

    settings.DATABASES["default"] = json.loads(db_json)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # response.context, as in the tests
    from shop.catalogue.models import Product
    from tests.integration.test_dashboard_product_form import DASHBOARD, page_data, prefix_of

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    url = f"/fr{DASHBOARD}/{product_id}/"
    page = client.get(url)
    data = page_data(page)
    path = Path(image_path)
    data[f"{prefix_of(page, 'image_formset')}-0-original"] = SimpleUploadedFile(path.name, path.read_bytes())
    upload = client.post(url, data)
    errors = [] if upload.status_code == 302 else [str(e) for e in upload.context["image_formset"].errors]
    client.logout()
    view = client.get(Product.objects.get(pk=product_id).get_absolute_url())
    peak_mb = peak_resident_mb()
    print(
        json.dumps(
            {"upload": upload.status_code, "errors": errors, "view": view.status_code, "peak_mb": peak_mb}
        ),
        flush=True,
    )
    # Leave without closing the database connection. A SQLite connection that closes and finds
    # itself the only one folds the write-ahead log into the file and deletes the -wal and -shm
    # files; if the test process's own locks on the file were lost earlier in the session (any
    # plain open and close of the file in that process drops them), that deletion happens under
    # its open connections, and its next connection fails with "disk I/O error" (seen in CI for
    # the cases after the first). Ending the process leaves the log as it is, committed.
    os._exit(0)


if __name__ == "__main__":
    main(*sys.argv[1:])
