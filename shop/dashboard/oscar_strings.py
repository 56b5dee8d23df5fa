"""Oscar's own strings on the dashboard screens an artisan uses (index, products, stock,
orders, lines) that its Arabic catalogue leaves empty or in English, and a few Oscar 4.2
template strings no Oscar catalogue holds yet (bulk actions).

Listed here, copied exactly (whitespace included), so that ``./bin/makemessages`` keeps them
in locale/*/django.po, where our translation wins over Oscar's (LOCALE_PATHS comes first).
Never imported. tests/functional/test_dashboard_languages.py checks the screens.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

OSCAR_DASHBOARD_STRINGS = [
    gettext_noop("Add variant"),
    gettext_noop("Average order costs"),
    gettext_noop("Bulk Actions"),
    gettext_noop("Catalogue and stock"),
    gettext_noop(
        "Drag images to re-order them. Space for additional images will appear when images are added."
    ),
    gettext_noop("Filter result"),
    gettext_noop("Items ordered"),
    gettext_noop("Latest Orders (last 24 hours)"),
    gettext_noop("Leave blank to generate from product title"),
    gettext_noop("Low stock threshold"),
    gettext_noop("No payment events have occurred."),
    gettext_noop("No shipping events have occurred."),
    gettext_noop("No status changes."),
    gettext_noop("Num allocated"),
    gettext_noop("Num in stock"),
    gettext_noop("One can't add variants to this product at this point."),
    gettext_noop("Please save the product before trying to add variants."),
    gettext_noop("This is likely because this product still has stock records."),
    gettext_noop("This product does not have any variants."),
    gettext_noop("Order statistics"),
    gettext_noop("Order status breakdown"),
    gettext_noop("Orders - Last 24 Hours"),
    gettext_noop("Partner reference number"),
    gettext_noop("Payment events"),
    gettext_noop("Shipping events"),
    gettext_noop("Shipping status"),
    gettext_noop("State"),
    gettext_noop("Status Changes"),
    gettext_noop("Stock and pricing"),
    gettext_noop("Search engine optimisation"),
    pgettext_lazy("Change the sequence order", "Re-order"),
    gettext_noop("Slug"),
    gettext_noop("Upselling"),
    gettext_noop("Variants"),
    gettext_noop("Total revenue"),
    gettext_noop(
        "Universal Product Code (UPC) is an identifier for a product which is not specific to a particular  supplier. Eg an ISBN for a book."
    ),
    gettext_noop("Upload, change or remove images"),
    gettext_noop("View Stock Alerts"),
    gettext_noop("Your Store Statistics"),
    gettext_noop("<em>Open</em> stock alerts"),
    gettext_noop("<em>Closed</em> stock alerts"),
    gettext_noop("\n        Order %(number)s - Line #%(id)s\n    "),
    gettext_noop("Line #%(id)s"),
    gettext_noop("Order #%(number)s - Line #%(id)s"),
    gettext_noop("Create new %(product_class)s product"),
    gettext_noop(
        "\n                    Delete product <strong>%(title)s</strong> - are you sure?\n                "
    ),
    gettext_noop(
        "\n                    Delete product variant <strong>%(title)s</strong> - are you sure?\n                "
    ),
    gettext_noop("Save and add another variant"),
    gettext_noop(
        "\n                            You are currently editing a product variant of\n"
        '                            <a href="%(parent_url)s">%(title)s</a>.\n                        '
    ),
    gettext_noop("Partner SKU"),
    gettext_noop("UPC"),
    gettext_noop("SKU"),
    gettext_noop("choose action"),
    gettext_noop(
        '<span class="selected-records">0</span> of <span class="page-records-count">%(count)s</span> selected'
    ),
    gettext_noop("All %(count)s selected"),
    gettext_noop("Make products public"),
    gettext_noop("Make products non-public"),
    gettext_noop("Update product prices"),
    # Messages an artisan may meet on the order and product screens.
    gettext_noop("Deleted product '%s'"),
    gettext_noop("You must select some lines to act on"),
    gettext_noop("Invalid lines requested"),
    gettext_noop("'%(status)s' is not a valid new status for line %(line_id)d"),
    gettext_noop("Status of line #%(line_id)d changed from '%(old_status)s' to '%(new_status)s'"),
    gettext_noop("No valid action submitted"),
    gettext_noop("Invalid action"),
    gettext_noop('Includes an item with UPC "{upc}"'),
    gettext_noop('Includes an item with partner SKU "{partner_sku}"'),
    gettext_noop("Placed between {start_date} and {end_date}"),
    gettext_noop("Order Search Results"),
    gettext_noop("All Orders"),
    gettext_noop("No orders found."),
    gettext_noop("Total inc tax"),
    gettext_noop("The entered quantity for line #%(line_id)s should not be higher than %(quantity)s"),
]
