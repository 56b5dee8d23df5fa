from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page


def search(request):
    """Search the pages of the active language. Products join in the search issue."""
    query = request.GET.get("q", "").strip()[:200]
    if query.count('"') % 2:
        # An unbalanced quote is an SQLite full-text syntax error: search the words alone.
        query = query.replace('"', " ").strip()
    results = []
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query)
        )
    return render(
        request,
        "pages/search.html",
        {"search_query": query, "search_results": results, "page_title": _("Search")},
    )
