"""robots.txt: crawl the public pages, not the back offices or the basket; where the sitemap is."""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse


def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    body = render_to_string("sharing/robots.txt", {"sitemap_url": sitemap_url}, request=request)
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
