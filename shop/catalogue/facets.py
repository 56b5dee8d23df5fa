"""Craft and material facets for the catalogue: ``?craft=<slug>&material=<slug>``, with counts.

Plain links (no JavaScript): each value links to the listing with that value
selected, a selected value links back to the listing without it. A facet's
counts apply the other facets but not its own. Two queries (one per facet)
whatever the number of products.
"""

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.models import Craft, Material

from .models import Product

FACETS = (("craft", Craft, "crafts", _("Craft")), ("material", Material, "materials", _("Material")))


def selected_facets(params):
    """{parameter: slug} for the facet parameters present in ``params`` (a QueryDict)."""
    return {name: params[name] for name, *_rest in FACETS if params.get(name)}


def apply_facets(queryset, selected, skip=None):
    """``queryset`` narrowed to products tagged with each selected slug (except facet ``skip``)."""
    for name, model, relation, _label in FACETS:
        if name in selected and name != skip:
            through = getattr(Product, relation).through
            tagged = through.objects.filter(
                product=OuterRef("pk"), **{f"{model._meta.model_name}__slug": selected[name]}
            )
            queryset = queryset.filter(Exists(tagged))
    return queryset


def facet_data(base_queryset, params):
    """What the template shows: for each facet its label and values (name, count, url, selected)."""
    selected = selected_facets(params)
    facets = []
    for name, model, _relation, label in FACETS:
        products = apply_facets(base_queryset, selected, skip=name).values("pk")
        values = (
            model.objects.annotate(count=Count("products", filter=Q(products__in=products), distinct=True))
            .filter(Q(count__gt=0) | Q(slug=selected.get(name, "")))
            .order_by("-count", "slug")
        )
        items = []
        for value in values:
            query = params.copy()
            query.pop("page", None)
            is_selected = selected.get(name) == value.slug
            if is_selected:
                query.pop(name, None)
            else:
                query[name] = value.slug
            encoded = query.urlencode()
            items.append(
                {
                    "name": value.name,
                    "count": value.count,
                    "selected": is_selected,
                    "url": f"?{encoded}" if encoded else "?",
                }
            )
        if items:
            facets.append({"name": name, "label": label, "items": items})
    return facets
