"""The text a person sees on a rendered HTML page: what ``assertContains`` on raw HTML cannot tell.

Tags, scripts, styles and comments are dropped; what a browser shows from
attributes is kept (a button's or a submit input's ``value``, ``placeholder``,
``title``, ``aria-label``, an image's ``alt``). Elements a browser hides
(``hidden`` inputs, ``<template>``) are skipped.
"""

import re
from html.parser import HTMLParser

SHOWN_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
BUTTON_INPUTS = {"submit", "button", "reset"}
SILENT_TAGS = {"script", "style", "template", "noscript"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks = []
        self.silent = 0

    def handle_starttag(self, tag, attrs):
        if tag in SILENT_TAGS:
            self.silent += 1
            return
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden":
            return
        for name in SHOWN_ATTRIBUTES:
            if attrs.get(name):
                self.chunks.append(attrs[name])
        if tag == "input" and attrs.get("type") in BUTTON_INPUTS and attrs.get("value"):
            self.chunks.append(attrs["value"])

    def handle_startendtag(self, tag, attrs):
        if tag not in SILENT_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in SILENT_TAGS and self.silent:
            self.silent -= 1

    def handle_data(self, data):
        if not self.silent and data.strip():
            self.chunks.append(data)


def visible_chunks(html):
    """Each piece of visible text, whitespace collapsed, in page order."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return [re.sub(r"\s+", " ", chunk).strip() for chunk in parser.chunks if chunk.strip()]


def visible_text(html):
    return "\n".join(visible_chunks(html))
