"""Product and category text in every language, one row per product.

Stock, orders and reviews stay attached to the single product row; only the
text columns are per language (title_ar, title_fr...). See DESIGN.md.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Category, Product


@register(Product)
class ProductTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")
