"""Open data: the key figures of every event of one locale, as JSON and CSV (format in the README).

JSON: ``{"locale": "fr", "events": [{"slug", "title", "start_date", "end_date",
"city", "url", "key_figures": [{"label", "number", "prefix", "suffix"}]}]}``.
CSV: one row per figure, columns ``CSV_COLUMNS``. Events in slug order,
figures in the editor's order.
"""

import csv
import io

from django.http import HttpResponse, JsonResponse

from portal.events.models import EventPage

from .locales import request_locale

CSV_COLUMNS = [
    "event_slug",
    "event_title",
    "start_date",
    "end_date",
    "city",
    "label",
    "number",
    "prefix",
    "suffix",
]


def event_rows(request, locale):
    events = EventPage.objects.live().public().filter(locale=locale).order_by("slug", "pk")
    for event in events:
        figures = [
            {
                "label": block.value["label"],
                "number": block.value["number"],
                "prefix": block.value.get("prefix") or "",
                "suffix": block.value.get("suffix") or "",
            }
            for block in event.key_figures
        ]
        yield {
            "slug": event.slug,
            "title": event.title,
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "city": event.city,
            "url": event.get_full_url(request),
            "key_figures": figures,
        }


def key_figures_json(request):
    locale = request_locale()
    data = {"locale": locale.language_code, "events": list(event_rows(request, locale))}
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def key_figures_csv(request):
    locale = request_locale()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in event_rows(request, locale):
        for figure in event["key_figures"]:
            writer.writerow(
                [
                    event["slug"],
                    event["title"],
                    event["start_date"],
                    event["end_date"],
                    event["city"],
                    figure["label"],
                    figure["number"],
                    figure["prefix"],
                    figure["suffix"],
                ]
            )
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="hirfa-key-figures-{locale.language_code}.csv"'
    return response
