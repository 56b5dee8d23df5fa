"""StreamField blocks shared by the editorial pages (news, events).

Each block carries its template, admin icon, description and a preview value,
so editors see what they insert.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with light formatting."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text: paragraphs, lists, links.")
        preview_value = "<p>Les artisans de 12 régions ont exposé leurs créations.</p>"


class ImageBlock(blocks.StructBlock):
    """A picture with a caption and its credit."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("A picture with its caption and credit.")


class QuoteBlock(blocks.StructBlock):
    """Words of an artisan or an organiser, with who said them."""

    text = blocks.TextBlock(label=_("Quote"))
    author = blocks.CharBlock(label=_("Said by"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("Words of an artisan or an organiser.")
        preview_value = {
            "text": "Le commerce en ligne ouvre nos ateliers au pays entier.",
            "author": "Une artisane",
        }


class KeyFigureBlock(blocks.StructBlock):
    """One number that sums up an event: visitors, exhibitors, area..."""

    number = blocks.IntegerBlock(label=_("Number"), min_value=0)
    prefix = blocks.CharBlock(label=_("Before the number"), required=False, max_length=10)
    suffix = blocks.CharBlock(
        label=_("After the number"), required=False, max_length=20, help_text=_("e.g. + or m²")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=80)

    class Meta:
        icon = "pick"
        template = "blocks/key_figure_block.html"
        label = _("Key figure")
        description = _("A number in large type with what it counts.")
        preview_value = {"number": 305358, "suffix": "", "label": "visiteurs"}


class ProgrammeItemBlock(blocks.StructBlock):
    """One entry of an event's programme."""

    date = blocks.DateBlock(
        label=_("Date"), required=False, help_text=_("Leave empty for all along the event.")
    )
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    venue = blocks.CharBlock(label=_("Venue"), required=False, max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        template = "blocks/programme_item_block.html"
        label = _("Programme item")
        description = _("A date, a title, where it happens.")
        preview_value = {
            "date": datetime.date(2019, 2, 9),
            "title": "Ouverture officielle",
            "venue": "Bab Jdid",
        }


class BodyBlock(blocks.StreamBlock):
    """The body of a news or event page."""

    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()

    class Meta:
        template = "blocks/body_block.html"
