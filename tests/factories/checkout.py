"""Drive the checkout through the test client, as a browser would post it."""

ADDRESS = {
    "first_name": "Samira",
    "last_name": "Haddad",
    "line1": "12 derb Sidi Bouloukat",
    "line4": "Marrakech",
    "state": "MA-07",  # Marrakech-Safi
    "postcode": "",
    "phone_number": "0612345678",
    "notes": "",
}


def add_to_basket(client, product, lang="fr", quantity=1):
    return client.post(f"/{lang}/shop/basket/add/{product.pk}/", {"quantity": quantity})


def start_as_guest(client, lang="fr", email="samira@example.test"):
    return client.post(f"/{lang}/shop/checkout/", {"username": email, "options": "anonymous"})


def give_address(client, lang="fr", **overrides):
    return client.post(f"/{lang}/shop/checkout/shipping-address/", {**ADDRESS, **overrides})


def reach_preview(client, lang="fr"):
    """From a captured address to the preview page, following Oscar's automatic steps."""
    return client.get(f"/{lang}/shop/checkout/shipping-method/", follow=True)


def place_order(client, lang="fr"):
    return client.post(f"/{lang}/shop/checkout/preview/", {"action": "place_order"}, follow=True)


def guest_checkout(client, product, lang="fr", **address):
    add_to_basket(client, product, lang)
    start_as_guest(client, lang)
    give_address(client, lang, **address)
    reach_preview(client, lang)
    return place_order(client, lang)
