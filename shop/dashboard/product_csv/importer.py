"""Import rows into one partner's own stock records: each row checked, then saved in its own savepoint.

Rules (README "Importing and exporting products"):

- a row is matched by ``sku`` among the partner's own stock records only: a
  known sku updates that record and its product, a new sku creates a product
  and the partner's stock record. Skus are per partner, so a sku another
  artisan uses simply creates this partner's own record; no row ever reaches
  another partner's data;
- a bad cell (price, stock, unknown craft, material or class, no title...)
  skips its row with one error per cell; the other rows are kept;
- on a product another partner also stocks (shared), an artisan changes only
  price and stock: any change to its text, crafts or materials is an error;
- crafts, materials, classes, parents and the partner's stock records are read
  once, before the first row: no lookup query per row.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model
from oscar.core.utils import slugify

from portal.taxonomy.models import Craft, Material
from shop.dashboard.catalogue.forms import LEAD_TIME_REQUIRED

from .cells import CellError
from .columns import CLASS, COLUMNS_BY_NAME, KEY, M2M, PRODUCT, STOCK, TITLE_COLUMNS

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")

M2M_MODELS = {"crafts": Craft, "materials": Material}


@dataclass
class RowError:
    line: int
    column: str
    message: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)


class Lookups:
    """Everything a row is checked against, read in a fixed number of queries."""

    def __init__(self, partner, protect_shared):
        self.slugs = {
            name: dict(model.objects.values_list("slug", "pk")) for name, model in M2M_MODELS.items()
        }
        self.classes = ProductClass.objects.in_bulk(field_name="slug")
        own = StockRecord.objects.filter(partner=partner)
        self.records = {
            record.partner_sku: record
            for record in own.select_related("product__product_class", "product__parent__product_class")
        }
        self.current = {name: {} for name in M2M_MODELS}
        for name in M2M_MODELS:
            through = getattr(Product, name).through
            target = f"{M2M_MODELS[name]._meta.model_name}_id"
            for product_id, item_id in through.objects.filter(
                product__in=own.values("product_id")
            ).values_list("product_id", target):
                self.current[name].setdefault(product_id, set()).add(item_id)
        self.shared = set()
        if protect_shared:
            family = own.values("product_id"), own.values("product__parent_id")
            foreign = StockRecord.objects.exclude(partner=partner).filter(
                Q(product__in=family[0])
                | Q(product__in=family[1])
                | Q(product__parent__in=family[0])
                | Q(product__parent__in=family[1])
            )
            for product_id, parent_id in foreign.values_list("product_id", "product__parent_id"):
                self.shared.update(pk for pk in (product_id, parent_id) if pk)
        parents = Product.objects.filter(structure=Product.PARENT, children__stockrecords__partner=partner)
        self.parents = {
            parent.upc: parent
            for parent in parents.exclude(upc=None).exclude(upc="").select_related("product_class").distinct()
            if parent.pk not in self.shared
        }

    def is_shared(self, product):
        return product.pk in self.shared or (
            product.parent_id is not None and product.parent_id in self.shared
        )


@dataclass
class Plan:
    """What one valid row writes."""

    record: object
    product: object
    creating: bool
    product_changes: dict
    stock_changes: dict
    m2m: dict


def _stored(product, attr):
    value = getattr(product, attr)
    return "" if value is None else value


def _max_length_error(name, value):
    column = COLUMNS_BY_NAME[name]
    model = StockRecord if column.target in (KEY, STOCK) else Product
    attr = "partner_sku" if name == "sku" else column.attr
    if name == "parent_sku" or column.target in (M2M, CLASS):
        return None
    max_length = model._meta.get_field(attr).max_length
    if max_length and isinstance(value, str) and len(value) > max_length:
        return _("At most %(max)s characters.") % {"max": max_length}
    return None


class RowImporter:
    def __init__(self, partner, protect_shared):
        self.partner = partner
        self.lookups = Lookups(partner, protect_shared)
        self.result = ImportResult()

    def run(self, columns, rows):
        for line, cells in rows:
            if any(cell.strip() for cell in cells):
                self.row(line, columns, cells)
        return self.result

    def row(self, line, columns, cells):
        errors = []
        if len(cells) > len(columns):
            errors.append(RowError(line, "", _("This line has more cells than the header has columns.")))
        values = {}
        for index, name in enumerate(columns):
            raw = cells[index] if index < len(cells) else ""
            try:
                values[name] = COLUMNS_BY_NAME[name].parse(raw)
            except CellError as error:
                errors.append(RowError(line, name, str(error)))
                continue
            message = _max_length_error(name, values[name])
            if message:
                errors.append(RowError(line, name, message))
        plan = None
        if not errors:
            plan = self.plan(line, values, errors)
        if errors:
            self.result.skipped += 1
            self.result.errors.extend(errors)
            return
        self.save(line, values, plan)

    # --- checking ---------------------------------------------------------------

    def plan(self, line, values, errors):
        def error(column, message):
            errors.append(RowError(line, column, message))

        sku = values.get("sku", "")
        if not sku:
            error("sku", _("A sku is required."))
            return None
        m2m = {}
        for name in M2M_MODELS:
            if name in values:
                known = self.lookups.slugs[name]
                unknown = [slug for slug in values[name] if slug not in known]
                if unknown:
                    error(name, _("Unknown: %(slugs)s.") % {"slugs": ", ".join(unknown)})
                m2m[name] = {known[slug] for slug in values[name] if slug in known}
        product_values = {
            COLUMNS_BY_NAME[name].attr: (value or None if name == "upc" else value)
            for name, value in values.items()
            if COLUMNS_BY_NAME[name].target == PRODUCT
        }
        stock_values = {
            COLUMNS_BY_NAME[name].attr: value
            for name, value in values.items()
            if COLUMNS_BY_NAME[name].target == STOCK
        }
        record = self.lookups.records.get(sku)
        if record is None:
            plan = self.plan_create(values, product_values, stock_values, m2m, error)
        else:
            plan = self.plan_update(record, values, product_values, stock_values, m2m, error)
        if plan is None:
            return None
        product = plan.product
        titles = {attr: plan.product_changes.get(attr, _stored(product, attr)) for attr in TITLE_COLUMNS}
        if not product.is_child and not any(titles.values()):
            error(TITLE_COLUMNS[0], _("A title is required, in at least one language."))
        product_class = product.get_product_class()
        stock = plan.stock_changes.get("num_in_stock", plan.record.num_in_stock)
        if product_class is not None and product_class.track_stock and stock is None:
            error("stock", _("Stock is required: this product class tracks stock."))
        lead_time = plan.product_changes.get("lead_time_days", _stored(product, "lead_time_days"))
        if product.made_to_order and not product.is_child and lead_time in (None, ""):
            error("lead_time_days", str(LEAD_TIME_REQUIRED))
        return plan

    def plan_create(self, values, product_values, stock_values, m2m, error):
        parent_sku = values.get("parent_sku", "")
        if parent_sku:
            parent = self.lookups.parents.get(parent_sku)
            if parent is None:
                error("parent_sku", _("None of your products with variants has this upc."))
                return None
            product = Product(structure=Product.CHILD, parent=parent, is_public=True)
        else:
            slug = values.get("product_class", "")
            product_class = self.lookups.classes.get(slug)
            if product_class is None:
                choices = ", ".join(sorted(self.lookups.classes))
                if slug:
                    error(
                        "product_class",
                        _("Unknown product class; use one of: %(choices)s.") % {"choices": choices},
                    )
                else:
                    error(
                        "product_class",
                        _("A new product needs a product class: %(choices)s.") % {"choices": choices},
                    )
                return None
            product = Product(
                structure=Product.STANDALONE, product_class=product_class, is_public=True, maker=self.partner
            )
        if "price" not in stock_values:
            error("price", _("A price is required."))
            return None
        record = StockRecord(
            partner=self.partner,
            partner_sku=values["sku"],
            price_currency=settings.OSCAR_DEFAULT_CURRENCY,
            num_in_stock=None,
        )
        return Plan(record, product, True, product_values, stock_values, m2m)

    def plan_update(self, record, values, product_values, stock_values, m2m, error):
        product = record.product
        current_class = product.get_product_class()
        if values.get("product_class") and values["product_class"] != getattr(current_class, "slug", ""):
            error("product_class", _("The product class of an existing product cannot be changed here."))
        current_parent = product.parent.upc if product.parent_id else ""
        if values.get("parent_sku", current_parent) != (current_parent or ""):
            error("parent_sku", _("An existing product cannot be moved under another product here."))
        product_changes = {
            attr: value
            for attr, value in product_values.items()
            if value != getattr(product, attr) and (value or _stored(product, attr))
        }
        m2m_changes = {
            name: ids for name, ids in m2m.items() if ids != self.lookups.current[name].get(product.pk, set())
        }
        if self.lookups.is_shared(product):
            message = _("Another artisan also sells this product: only its price and stock can be changed.")
            for name in [*product_changes, *m2m_changes]:
                error(name, message)
        stock_changes = {
            attr: value for attr, value in stock_values.items() if getattr(record, attr) != value
        }
        return Plan(record, product, False, product_changes, stock_changes, m2m_changes)

    # --- saving -----------------------------------------------------------------

    def save(self, line, values, plan):
        if not plan.creating and not (plan.product_changes or plan.stock_changes or plan.m2m):
            self.result.unchanged += 1
            return
        failed = None
        try:
            # The base "title" column is the default language's, whatever the artisan's language.
            with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
                self.write(plan)
        except IntegrityError:
            failed = "upc" if values.get("upc") else ""
        if failed is None:
            self.lookups.records[plan.record.partner_sku] = plan.record
            for name, ids in plan.m2m.items():
                self.lookups.current[name][plan.product.pk] = ids
            if plan.creating:
                self.result.created += 1
            else:
                self.result.updated += 1
            return
        if not plan.creating:
            plan.record.refresh_from_db()
            plan.product.refresh_from_db()
        self.result.skipped += 1
        message = (
            _("This upc is already used by another product.")
            if failed
            else _("This line could not be saved.")
        )
        self.result.errors.append(RowError(line, failed, message))

    def write(self, plan):
        product, record = plan.product, plan.record
        for attr, value in plan.product_changes.items():
            setattr(product, attr, value)
        if plan.creating or plan.product_changes:
            if plan.creating:
                product.slug = (
                    slugify(
                        next(
                            (
                                v
                                for v in (
                                    product.title_fr,
                                    product.title_en,
                                    product.title_kab,
                                    product.title_ar,
                                )
                                if v
                            ),
                            "",
                        )
                        or "product"
                    )[:255]
                    or "product"
                )
            product.save()
        for name, ids in plan.m2m.items():
            through = getattr(Product, name).through
            target = f"{M2M_MODELS[name]._meta.model_name}_id"
            if not plan.creating:
                through.objects.filter(product_id=product.pk).exclude(**{f"{target}__in": ids}).delete()
            existing = set() if plan.creating else self.lookups.current[name].get(product.pk, set())
            through.objects.bulk_create(
                [through(product_id=product.pk, **{target: pk}) for pk in ids - existing]
            )
        for attr, value in plan.stock_changes.items():
            setattr(record, attr, value)
        if plan.creating:
            record.product = product
        if plan.creating or plan.stock_changes:
            record.save()


def import_rows(partner, columns, rows, protect_shared):
    return RowImporter(partner, protect_shared).run(columns, rows)
