"""Hirfa under load: visitors browsing, searching, and ordering with cash on delivery.

Run by benchmarks/load/run.py against gunicorn on 127.0.0.1; a user aimed at
any host but the loopback stops at once. The clients act as the TLS proxy of a real
deployment would: they send ``X-Forwarded-Proto: https`` and an https
``Origin``, and send back the ``Secure`` cookies that production sets. Every
answer must be 2xx (redirects are followed); a checkout that does not end on
the thank-you page with an order number is a failure.

Three kinds of visitor (weights 5 : 2 : 2):
    Browser   home, news, events, courses, the craft registry, the catalogue,
              a category, a product page, the artisans' directory, a storefront
    Searcher  the site search (/<lang>/search/) and the shop search
    Buyer     product → basket → guest checkout (own e-mail and mobile phone)
              → address → delivery method → preview → place order → thank-you
"""

import itertools
import os
import random
import re
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task
from locust.exception import StopUser
from pages import LANGS, PAGES

SITE_QUERIES = ["tapis", "زربية", "craft", "Marrakech", "poterie", "ⵜⴰⵣⵔⴱⵉⵜ", "argan", "Batna"]
SHOP_QUERIES = ["tapis", "carpet", "savon", "argan", "زربية", "lanterne", "safran"]
BROWSE = [page for page in PAGES if "search/" not in page]
PRODUCT_LINK = re.compile(r'href="/[a-z]+/shop/catalogue/([\w-]+_(\d+))/"')
METHOD_CODE = re.compile(r'name="method_code" value="([\w-]+)"')
ORDER_NUMBER = re.compile(r"\b\d{6,}\b")
# Regions with a home-delivery rate in the demo (MA profile); the address's state is the ISO code.
REGIONS = [("MA-07", "Marrakech"), ("MA-06", "Casablanca"), ("MA-04", "Rabat"), ("MA-03", "Fès")]

# Think time between two pages, in seconds: HIRFA_LOAD_WAIT="min-max" (run.py --wait).
WAIT = [float(x) for x in os.environ.get("HIRFA_LOAD_WAIT", "5-15").split("-", 1)]

_serial = itertools.count(random.randrange(10**7))  # noqa: S311 (distinct e-mails and phones across runs)
PRODUCTS = []  # (slug_pk, pk), read once from the catalogue when the run starts


def _send_secure_cookies_over_loopback(policy, cookie, request):
    """Send back ``Secure`` cookies over the loopback hop, as a browser does over TLS to the proxy."""
    return True


# requests builds a fresh cookie jar (default policy) for every request: the policy is patched in the class.
DefaultCookiePolicy.return_ok_secure = _send_secure_cookies_over_loopback


class HirfaUser(HttpUser):
    abstract = True
    wait_time = between(*WAIT)

    def on_start(self):
        if urlsplit(self.host).hostname not in {"127.0.0.1", "localhost", "::1"}:
            raise StopUser(f"loopback only, not {self.host}")
        self.client.headers.update({"X-Forwarded-Proto": "https", "Origin": f"https://{self.host_name}"})
        self.lang = random.choice(LANGS)  # noqa: S311 (load pattern, not security)

    @property
    def host_name(self):
        return self.host.split("://", 1)[-1].rstrip("/")

    def get(self, url, name=None):
        with self.client.get(url, name=name or url, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {url}")
            return response

    def products(self):
        if not PRODUCTS:
            for page in (1, 2):
                response = self.client.get(f"/fr/shop/catalogue/?page={page}", name="/[lang]/shop/catalogue/")
                PRODUCTS.extend(
                    {(m[0], int(m[1])) for m in PRODUCT_LINK.findall(response.text)} - set(PRODUCTS)
                )
        return PRODUCTS

    def product_page(self):
        slug_pk, pk = random.choice(self.products())  # noqa: S311
        self.get(f"/{self.lang}/shop/catalogue/{slug_pk}/", name="/[lang]/shop/catalogue/[product]/")
        return pk


class Browser(HirfaUser):
    weight = 5

    @task(4)
    def page(self):
        template = random.choice(BROWSE)  # noqa: S311
        self.get(template.format(lang=self.lang), name=template.format(lang="[lang]"))

    @task(2)
    def product(self):
        self.product_page()

    @task(1)
    def other_language(self):
        self.lang = random.choice(LANGS)  # noqa: S311
        self.get(f"/{self.lang}/", name="/[lang]/")


class Searcher(HirfaUser):
    weight = 2

    @task(2)
    def site_search(self):
        query = random.choice(SITE_QUERIES)  # noqa: S311
        self.get(f"/{self.lang}/search/?q={query}", name="/[lang]/search/?q=")

    @task(1)
    def shop_search(self):
        query = random.choice(SHOP_QUERIES)  # noqa: S311
        self.get(f"/{self.lang}/shop/search/?q={query}", name="/[lang]/shop/search/?q=")


class Buyer(HirfaUser):
    weight = 2

    def csrf(self):
        return {"csrfmiddlewaretoken": self.client.cookies.get("csrftoken", "")}

    def post(self, url, data, name, *expect):
        """POST a form, follow the redirects; fail unless the final URL ends with one of ``expect``."""
        with self.client.post(
            url, {**self.csrf(), **data}, name=f"/[lang]/shop/{name}", catch_response=True
        ) as response:
            if response.status_code != 200 or not response.url.endswith(expect):
                response.failure(f"{name}: {response.status_code} at {response.url}, expected …{expect}")
                return None
            return response

    @task
    def order(self):
        n = next(_serial)
        lang = self.lang
        region, city = random.choice(REGIONS)  # noqa: S311
        self.client.cookies.clear()  # a new guest each time: a new basket, a new session
        pk = self.product_page()
        shop = f"/{lang}/shop"
        address = {
            "first_name": "Load",
            "last_name": f"Client {n}",
            "line1": f"{n} derb Sidi Bouloukat",
            "line4": city,
            "state": region,
            "postcode": "",
            # A distinct valid Moroccan mobile per order: 06 10 00 00 00 + n.
            "phone_number": f"06{10000000 + n % 89999999:08d}",
            "notes": "",
        }
        guest = {"username": f"load-{n}@example.test", "options": "anonymous"}
        page = (
            self.post(f"{shop}/basket/add/{pk}/", {"quantity": 1}, "basket/add", "/basket/")
            and self.post(f"{shop}/checkout/", guest, "checkout/ (guest)", "/checkout/shipping-address/")
            and self.post(
                f"{shop}/checkout/shipping-address/",
                address,
                "checkout/shipping-address",
                "/checkout/shipping-method/",
                "/checkout/preview/",
            )
        )
        if not page:
            return
        if page.url.endswith("/shipping-method/"):
            # A region with a pickup point offers home delivery and a stop desk: the customer picks one.
            method = random.choice(METHOD_CODE.findall(page.text) or ["region-flat-rate"])  # noqa: S311
            if not self.post(
                f"{shop}/checkout/shipping-method/",
                {"method_code": method},
                "checkout/shipping-method",
                "/checkout/preview/",
            ):
                return
        placed = self.post(
            f"{shop}/checkout/preview/",
            {"action": "place_order"},
            "checkout/place_order",
            "/checkout/thank-you/",
        )
        if placed is not None and not ORDER_NUMBER.search(placed.text):
            events.request.fire(
                request_type="CHECK",
                name="thank-you has an order number",
                response_time=0,
                response_length=0,
                exception=AssertionError("no order number on the thank-you page"),
            )
