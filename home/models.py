from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The portal's front page: a welcome, then the latest news, events and products."""

    template = "pages/home_page.html"
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "events.EventIndexPage", "crafts.CraftIndexPage", "masters.MasterIndexPage", "programme.ProgrammeIndexPage"]  # noqa: E501

    # --- Hero
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("tagline"), FieldPanel("intro")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from .showcase import featured_products, latest_events, latest_news

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = latest_news(self)
        context["latest_events"] = latest_events(self)
        context["featured_products"] = featured_products()
        return context
