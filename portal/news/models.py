"""News: an index per locale and the articles under it."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.blocks import BodyBlock


class NewsIndexPage(Page):
    """Lists the live articles of its locale, newest first."""

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
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.articles(), self.per_page)
        try:
            context["articles"] = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            context["articles"] = paginator.page(1)
        return context


class NewsPage(Page):
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

    # --- Content
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("place"), FieldPanel("source")], heading=_("Dateline")
        ),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        InlinePanel("craft_links", label=_("Crafts")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

