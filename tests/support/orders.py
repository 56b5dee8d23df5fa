"""An order placed as the checkout places it: Oscar's OrderCreator, a Moroccan delivery address."""

from oscar.apps.shipping.methods import Free
from oscar.core.loading import get_class, get_model

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Selector = get_class("partner.strategy", "Selector")


def place_order(product, number):
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(product, 2)
    shipping = Free()
    charge = shipping.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)
    country, _ = Country.objects.get_or_create(
        iso_3166_1_a2="MA", defaults={"name": "Morocco", "printable_name": "Maroc"}
    )
    address = ShippingAddress.objects.create(
        first_name="Samira",
        last_name="Haddad",
        line1="12 derb Sidi Bouloukat",
        line4="Marrakech",
        state="MA-07",
        phone_number="+212612345678",
        country=country,
    )
    return OrderCreator().place_order(
        basket=basket,
        total=total,
        shipping_method=shipping,
        shipping_charge=charge,
        shipping_address=address,
        order_number=str(number),
    )
