from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail_localize.fields import SynchronizedField


class HomePage(Page):
    """The portal's front page, composed by editors: a welcome, then featured news, events, crafts, makers."""

    template = "pages/home_page.html"
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "crafts.CraftIndexPage",
        "masters.MasterIndexPage",
        "programme.ProgrammeIndexPage",
        "training.CourseIndexPage",
    ]

    # --- Hero
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    # --- Craft in danger: a page of the craft registry (crafts.CraftPage)
    spotlight = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("craft in danger"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A craft to put in the spotlight; its title, introduction and picture are shown."),
    )

    # The spotlight is copied as chosen (showcase.py shows its translation in the home page's locale):
    # wagtail-localize would otherwise refuse to translate a home page whose spotlight is untranslated.
    override_translatable_fields = [SynchronizedField("spotlight")]

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [InlinePanel("featured_news", label=_("Article"))],
            heading=_("Featured news"),
            help_text=_("Leave empty to show the latest articles."),
        ),
        MultiFieldPanel(
            [InlinePanel("pinned_events", label=_("Event"))],
            heading=_("Pinned events"),
            help_text=_("Shown before the upcoming events, which are listed automatically."),
        ),
        PageChooserPanel("spotlight", page_type="crafts.CraftPage"),
        MultiFieldPanel(
            [InlinePanel("featured_artisans", label=_("Artisan"))], heading=_("Featured artisans")
        ),
        MultiFieldPanel(
            [InlinePanel("featured_products", label=_("Product"))],
            heading=_("Featured products"),
            help_text=_("Leave empty to show the newest products."),
        ),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def clean(self):
        super().clean()
        spotlight = self.spotlight
        if spotlight is not None and spotlight.specific_class._meta.label != "crafts.CraftPage":
            raise ValidationError({"spotlight": _("Choose a craft of the craft registry.")})

    def get_context(self, request, *args, **kwargs):
        from .showcase import showcase

        context = super().get_context(request, *args, **kwargs)
        context.update(showcase(self))
        return context


class HomeFeaturedNews(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_news")
    article = models.ForeignKey(
        "news.NewsPage", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]


class HomePinnedEvent(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="pinned_events")
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("event")]


class HomeFeaturedArtisan(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_artisans")
    artisan = models.ForeignKey(
        "artisans.ArtisanProfile", verbose_name=_("artisan"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("artisan")]


class HomeFeaturedProduct(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_products")
    product = models.ForeignKey(
        "catalogue.Product", verbose_name=_("product"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]  # the chooser of home/choosers.py (registered for Product)
