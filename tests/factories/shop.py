"""Shop factories: products in several languages, artisans (partners) and their users."""

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import translation
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories

Partner = get_model("partner", "Partner")
Category = get_model("catalogue", "Category")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.test")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Artisan {n}")


def make_artisan(partner_name, username=None):
    """A non-staff user of a partner, with access to Oscar's dashboard."""
    user = UserFactory(username=username or partner_name.lower().replace(" ", "-"))
    access = Permission.objects.get(codename="dashboard_access", content_type__app_label="partner")
    user.user_permissions.add(access)
    partner = PartnerFactory(name=partner_name)
    partner.users.add(user)
    return user, partner


def make_product(
    titles=None, price="100.00", num_in_stock=10, partner_name="Artisan", categories=(), **kwargs
):
    """A public product with one stock record; ``titles`` maps language → title."""
    titles = titles or {"ar": "منتج", "fr": "Produit"}
    product = oscar_factories.create_product(
        title=next(iter(titles.values())),
        price=Decimal(price),
        num_in_stock=num_in_stock,
        partner_name=partner_name,
        **kwargs,
    )
    for lang, title in titles.items():
        setattr(product, f"title_{lang}", title)
    product.save()
    for category in categories:
        product.categories.add(category)
    return product


def make_category(name, parent=None, names=None, **kwargs):
    """A category (under ``parent`` if given), with per-language names."""
    fields = {"name": name, **kwargs}
    for lang, translated in (names or {}).items():
        fields[f"name_{lang}"] = translated
    if parent is None:
        return Category.add_root(**fields)
    parent.refresh_from_db()
    return parent.add_child(**fields)


def url_in(lang, obj):
    """``obj.get_absolute_url()`` under a language prefix."""
    with translation.override(lang):
        return obj.get_absolute_url()
