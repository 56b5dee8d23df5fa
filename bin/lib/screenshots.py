"""README screenshots: the served demo (./bin/serve) in Arabic and French, through Debian's Chromium.

Usage: .venv/bin/python bin/lib/screenshots.py   (HIRFA_URL, default http://127.0.0.1:8000)
"""

import os
import sys

from playwright.sync_api import sync_playwright

BASE = os.environ.get("HIRFA_URL", "http://127.0.0.1:8000")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "screenshots")
with sync_playwright() as p:
    b = p.chromium.launch(
        executable_path="/usr/bin/chromium",
        headless=True,
        args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
    )
    for lang, region in [("ar", "Marrakech-Safi"), ("fr", "Marrakech-Safi")]:
        ctx = b.new_context(viewport={"width": 1280, "height": 900})
        page = ctx.new_page()
        page.goto(f"{BASE}/{lang}/", wait_until="networkidle")
        page.screenshot(path=f"{OUT}/home-{lang}.png", full_page=False)
        page.goto(f"{BASE}/{lang}/shop/catalogue/", wait_until="networkidle")
        page.locator("article.product_pod h3 a, .product_pod a").first.click()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=f"{OUT}/product-{lang}.png", full_page=False)
        page.locator("#add_to_basket_form button[type=submit]").click()
        page.goto(f"{BASE}/{lang}/shop/checkout/")
        page.fill("#id_username", "samira@example.test")
        page.locator("form button[type=submit]").last.click()
        page.fill("#id_first_name", "Samira")
        page.fill("#id_last_name", "Haddad")
        page.fill("#id_line1", "12 derb Sidi Bouloukat")
        page.fill("#id_line4", "Marrakech")
        page.select_option("#id_state", value=region)
        page.fill("#id_phone_number", "0612345678")
        page.locator("form button[type=submit]").last.click()
        page.wait_for_url("**/checkout/preview/")
        page.screenshot(path=f"{OUT}/checkout-{lang}.png", full_page=False)
        page.goto(f"{BASE}/{lang}/events/marrakech-national-craft-week-2019/", wait_until="networkidle")
        page.screenshot(path=f"{OUT}/event-{lang}.png", full_page=False)
        ctx.close()
    b.close()
print(f"screenshots written to {os.path.normpath(OUT)}", file=sys.stderr)
