"""Tags on news articles (django-taggit through a modelcluster tagged-item table)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class NewsPageTag(TaggedItemBase):
    """One tag on one article. Tags are per language: a translation starts with the
    source's tags (copied when it is created) and its translator may replace them."""

    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")
