"""News: an index per locale and the articles under it."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.core.blocks import BodyBlock
from portal.taxonomy.regions import region_code_choices

from .filters import NewsFilters
from .structured import NewsStructuredDataMixin
from .tags import NewsPageTag


class NewsIndexPage(Page):
    """Lists the live articles of its locale, newest first."""

    show_in_menus_default = True  # listed in the header's sections (portal/core/templatetags/hirfa_nav.py)
    template = "pages/news_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    per_page = 10

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .select_related("hero_image")
        )

    def get_context(self, request, *args, **kwargs):
        """The articles that match the GET filters (craft, region, year, tag), one page of them.

        Unknown filter values are ignored with a message; a page number past the
        end is a 404 (``NewsFilters.paginate``).
        """
        context = super().get_context(request, *args, **kwargs)
        filters = NewsFilters(self, request.GET)
        context["filters"] = filters
        context["articles"] = articles = filters.paginate(filters.apply(self.articles()), self.per_page)
        context["pager"] = {
            "prev": filters.querystring(articles.previous_page_number()) if articles.has_previous() else "",
            "next": filters.querystring(articles.next_page_number()) if articles.has_next() else "",
        }
        context["filter_choices"] = filters.choices()
        return context


class NewsPage(NewsStructuredDataMixin, Page):
    """An article: a dateline, an introduction, a body, the crafts it is about."""

    template = "pages/news_page.html"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    # --- Dateline
    date = models.DateField(_("date"), default=timezone.localdate)
    place = models.CharField(
        _("place"), max_length=120, blank=True, help_text=_("Where the news comes from.")
    )
    source = models.CharField(_("source"), max_length=200, blank=True, help_text=_("e.g. a news agency."))
    region = models.CharField(
        _("region or wilaya"),
        max_length=6,
        blank=True,
        choices=region_code_choices,
        db_index=True,
        help_text=_("Where the news happened (ISO 3166-2), used by the region filter of the news index."),
    )

    # --- Content
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("place"), FieldPanel("region"), FieldPanel("source")],
            heading=_("Dateline"),
        ),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("craft_links", label=_("Crafts")), FieldPanel("tags")], heading=_("Topics")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    # Tags are left out: each translation keeps its own (copied from the source when it is created).
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        SynchronizedField("show_in_menus"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("date"),
        TranslatableField("place"),
        TranslatableField("source"),
        SynchronizedField("region"),
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("body"),
        SynchronizedField("craft_links"),
    ]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

