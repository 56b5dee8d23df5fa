"""Oscar's own strings that its Arabic catalogue leaves empty or in English, on the pages
a customer sees (basket, checkout, confirmation, catalogue, sign-in).

Listed here so that ``./bin/makemessages`` keeps them in locale/*/django.po, where
our translation wins over Oscar's (LOCALE_PATHS comes first). Never imported.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

OSCAR_STRINGS = [
    gettext_noop('Price (excl. tax)'),
    gettext_noop('Unit Price (excl. tax)'),
    gettext_noop('a maximum of %(max)d can be bought'),
    gettext_noop('In stock (%d available)'),
    gettext_noop('\n        Your basket total is now <strong>%(total)s</strong>\n        '),
    gettext_noop('Price (incl. tax)'),
    gettext_noop('Submitting...'),
    gettext_noop('return to basket'),
    gettext_noop('\n        Order %(number)s: confirmation\n    '),
    gettext_noop('You can view the status of this order by clicking <a href="%(absolute_status_url)s" title="order status">here</a>'),
    gettext_noop('You can view the status of this order at the below URL:\n%(absolute_status_url)s'),
    gettext_noop("I've forgotten my password"),
    gettext_noop('Order %(number)s'),
    gettext_noop('Oops! We found some errors'),
    gettext_noop('\n                        Page %(page_num)s of %(total_pages)s\n                    '),
]
OSCAR_PLURALS = [ngettext_lazy('\n                    <strong>%(num_results)s</strong> result - showing <strong>%(start)s</strong> to <strong>%(end)s</strong>.\n                ', '\n                    <strong>%(num_results)s</strong> results - showing <strong>%(start)s</strong> to <strong>%(end)s</strong>.\n                ', 'num_results')]

# The order and line statuses of OSCAR_ORDER_STATUS_PIPELINE and OSCAR_LINE_STATUS_PIPELINE
# (portal/settings/base.py): stored in English, shown through gettext(status).
ORDER_STATUSES = [
    gettext_noop("Pending"),
    gettext_noop("Confirmed"),
    gettext_noop("Preparing"),
    gettext_noop("Shipped"),
    gettext_noop("Delivered"),
    gettext_noop("Returned"),
    gettext_noop("Cancelled"),
]
