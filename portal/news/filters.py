"""The news index's filters: craft, region, year and tag from GET, combined, shareable, no JavaScript.

An unknown value (a craft or tag that does not exist, a region code that is
not one, a year that is not a number) never raises: that filter is dropped and
``errors`` tells the visitor why, in their language. A page number that is not
a number shows the first page; one past the last page is a 404.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from taggit.models import Tag

from portal.taxonomy.models import Craft
from portal.taxonomy.regions import region_code_choices, region_name

FIELDS = ("craft", "region", "year", "tag")


def region_codes():
    return {code for _country, group in region_code_choices() for code, _name in group}


class NewsFilters:
    def __init__(self, index, params):
        self.index = index
        self.params = params
        self.errors = []
        # the valid, applied filters: {"craft": Craft, "region": "MA-07", "year": 2019, "tag": Tag}
        self.values = {}
        self.raw = {name: params.get(name, "").strip() for name in FIELDS}
        self._parse()

    # --- Parsing -------------------------------------------------------------------------------------
    def _parse(self):
        craft, region, year, tag = (self.raw[name] for name in FIELDS)
        if craft:
            found = Craft.objects.filter(slug=craft).first()
            if found:
                self.values["craft"] = found
            else:
                self.errors.append(
                    _("There is no craft “%(value)s”: showing every craft.") % {"value": craft}
                )
        if region:
            if region.upper() in region_codes():
                self.values["region"] = region.upper()
            else:
                self.errors.append(
                    _("There is no region “%(value)s”: showing every region.") % {"value": region}
                )
        if year:
            if year.isdigit() and 1900 <= int(year) <= 2200:
                self.values["year"] = int(year)
            else:
                self.errors.append(_("“%(value)s” is not a year: showing every year.") % {"value": year})
        if tag:
            found = Tag.objects.filter(slug=tag).first()
            if found:
                self.values["tag"] = found
            else:
                self.errors.append(_("There is no tag “%(value)s”: showing every tag.") % {"value": tag})

    # --- Filtering -----------------------------------------------------------------------------------
    def apply(self, articles):
        values = self.values
        if "craft" in values:
            articles = articles.filter(craft_links__craft=values["craft"])
        if "region" in values:
            articles = articles.filter(region=values["region"])
        if "year" in values:
            articles = articles.filter(date__year=values["year"])
        if "tag" in values:
            articles = articles.filter(tagged_items__tag=values["tag"])
        return articles.distinct()

    def paginate(self, articles, per_page):
        paginator = Paginator(articles, per_page)
        try:
            return paginator.page(self.params.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage as error:
            raise Http404(_("There is no such page of articles.")) from error

    @property
    def active(self):
        return bool(self.values)

    def querystring(self, page=None):
        """The GET query of the valid filters (and ``page``), for pager links and shared URLs."""
        query = {name: self.raw[name] for name in FIELDS if name in self.values}
        if page and page != 1:
            query["page"] = page
        return "?" + urlencode(query) if query else "?"

    # --- Choices offered (what this index's articles use; one query each) ----------------------------
    def choices(self):
        articles = self.index.articles()
        ids = articles.values("pk")
        crafts = Craft.objects.filter(page_links__page_id__in=ids).distinct()
        regions = articles.exclude(region="").order_by("region").values_list("region", flat=True).distinct()
        years = [day.year for day in articles.dates("date", "year", order="DESC")]
        tags = (
            Tag.objects.filter(news_newspagetag_items__content_object_id__in=ids).distinct().order_by("name")
        )
        return {
            "crafts": [(craft.slug, craft.name) for craft in crafts],
            "regions": [(code, region_name(code)) for code in regions],
            "years": years,
            "tags": [(tag.slug, tag.name) for tag in tags],
        }
