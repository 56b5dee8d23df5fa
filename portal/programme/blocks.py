"""StreamField blocks of a programme edition: its actions and its budget lines."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

CURRENCIES = [
    ("MAD", _("Moroccan dirham (MAD)")),
    ("DZD", _("Algerian dinar (DZD)")),
    ("EUR", _("Euro (EUR)")),
]


class ActionBlock(blocks.StructBlock):
    """One action of the programme: a training, an inventory, a purchase of tools..."""

    title = blocks.CharBlock(label=_("Action"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "tick"
        template = "blocks/programme_action_block.html"
        label = _("Action")
        description = _("What the programme does: a training, an inventory, honouring masters...")
        preview_value = {"title": "Transmission aux apprentis", "description": "Ateliers chez les maîtres."}


class BudgetLineBlock(blocks.StructBlock):
    """One line of the programme's budget."""

    label = blocks.CharBlock(label=_("Budget line"), max_length=200)
    amount = blocks.DecimalBlock(label=_("Amount"), min_value=0, decimal_places=2)
    currency = blocks.ChoiceBlock(label=_("Currency"), choices=CURRENCIES, default="MAD")

    class Meta:
        icon = "form"
        template = "blocks/budget_line_block.html"
        label = _("Budget line")
        description = _("A label, an amount and its currency.")
        preview_value = {"label": "Formation", "amount": "100000", "currency": "MAD"}
