"""Upload a CSV of products, download them, download the last import's error report.

*Which* partner's products is decided here: an artisan reaches only the
partners in ``request.user.partners`` (another id is a 404), staff any partner.
The error report is kept in the cache for an hour under the user's id and a
random token, so nobody else can read it.
"""

import csv
import secrets

from django.core.cache import cache
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View
from oscar.core.loading import get_model

from shop.dashboard.access import is_artisan

from .columns import COLUMNS
from .export import BOM, export_response
from .forms import ImportForm
from .importer import import_rows
from .reader import MAX_BYTES, FileRefused, read_upload

Partner = get_model("partner", "Partner")

ERRORS_SHOWN = 200
REPORT_SECONDS = 3600


def partners_for(user):
    partners = user.partners.all() if is_artisan(user) else Partner.objects.all()
    return partners.order_by("name", "pk")


def report_key(user, token):
    return f"hirfa:product-csv-errors:{user.pk}:{token}"


class ProductImportView(TemplateView):
    template_name = "oscar/dashboard/product_csv/import.html"

    def get_form(self):
        partners = partners_for(self.request.user)
        if self.request.method == "POST":
            return ImportForm(self.request.POST, self.request.FILES, partners=partners)
        initial = {"partner": self.request.GET.get("partner")} if self.request.GET.get("partner") else {}
        return ImportForm(partners=partners, initial=initial)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.get_form())
        context.update(
            partners=partners_for(self.request.user),
            columns=[column.name for column in COLUMNS],
            required=[column.name for column in COLUMNS if column.required],
            max_mb=round(MAX_BYTES / 1_048_576, 1),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        partner = form.chosen_partner()
        try:
            columns, rows = read_upload(form.cleaned_data["file"])
            result = import_rows(partner, columns, rows, protect_shared=is_artisan(request.user))
        except FileRefused as refused:
            form.add_error("file", str(refused))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        token = ""
        if result.errors:
            token = secrets.token_urlsafe(16)
            rows = [(error.line, error.column, error.message) for error in result.errors]
            cache.set(report_key(request.user, token), rows, REPORT_SECONDS)
        return self.render_to_response(
            self.get_context_data(
                form=ImportForm(partners=partners_for(request.user), initial={"partner": partner.pk}),
                result=result,
                partner=partner,
                errors_shown=result.errors[:ERRORS_SHOWN],
                more_errors=max(len(result.errors) - ERRORS_SHOWN, 0),
                report_token=token,
            )
        )


class ProductExportView(View):
    def get(self, request, *args, **kwargs):
        partners = partners_for(request.user)
        chosen = request.GET.get("partner")
        if chosen:
            if not chosen.isdigit():
                raise Http404
            partner = get_object_or_404(partners, pk=chosen)
        else:
            partner = partners.first()
            if partner is None:
                raise Http404
        return export_response(partner)


class _Echo:
    def write(self, value):
        return value


class ErrorReportView(View):
    def get(self, request, *args, **kwargs):
        rows = cache.get(report_key(request.user, request.GET.get("token", "")[:64]))
        if rows is None:
            raise Http404
        header = [_("line"), _("column"), _("message")]

        def lines():
            writer = csv.writer(_Echo())
            yield BOM + writer.writerow(header)
            for row in rows:
                yield writer.writerow(row)

        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="import-errors.csv"'
        return response
