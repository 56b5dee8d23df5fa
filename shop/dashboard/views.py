"""The dashboard's index: Oscar's statistics for staff, the artisan's own home screen otherwise."""

from oscar.apps.dashboard import views

from . import access
from .home import artisan_home


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
