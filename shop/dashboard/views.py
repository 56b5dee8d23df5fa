"""The dashboard's index: Oscar's statistics for staff, the artisan's own home screen otherwise."""

from oscar.apps.dashboard import views
from oscar.apps.dashboard.nav import default_access_fn

from . import access
from .home import artisan_home

# The pages the staff index links to; each link shows only to users whose permissions open it.
INDEX_LINKS = ("order-list", "catalogue-product-list", "stock-alert-list")


class IndexView(views.IndexView):
    def get_template_names(self):
        if access.is_artisan(self.request.user):
            return ["oscar/dashboard/artisan_index.html"]
        return super().get_template_names()

    def get_stats(self):
        # Oscar's non-staff statistics add up whole orders (other artisans' lines included).
        if access.is_artisan(self.request.user):
            return artisan_home(self.request.user)
        return super().get_stats()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["may_open"] = {
            name.replace("-", "_"): default_access_fn(user, f"dashboard:{name}") for name in INDEX_LINKS
        }
        return context
