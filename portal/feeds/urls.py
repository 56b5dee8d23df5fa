"""Mounted under /<lang>/feeds/ (portal/urls.py, inside i18n_patterns, before Wagtail's catch-all)."""

from django.urls import path

from . import calendar, exports, news

app_name = "feeds"

urlpatterns = [
    path("news/rss/", news.NewsRssFeed(), name="news-rss"),
    path("news/atom/", news.NewsAtomFeed(), name="news-atom"),
    path("calendar.ics", calendar.calendar_feed, name="calendar"),
    path("key-figures.json", exports.key_figures_json, name="key-figures-json"),
    path("key-figures.csv", exports.key_figures_csv, name="key-figures-csv"),
]
