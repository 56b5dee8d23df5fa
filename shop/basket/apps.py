import oscar.apps.basket.apps as apps


class BasketConfig(apps.BasketConfig):
    """Oscar's basket, forked only to harden its views against tampered forms."""

    name = "shop.basket"
