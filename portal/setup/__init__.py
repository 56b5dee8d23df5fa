"""Site setup: what a production Hirfa site needs, apart from any demo content.

``manage.py setup_site`` (run after ``migrate`` on every deploy, by ``bin/serve``
and first by ``load_demo_content``) makes sure that these exist:

- a Wagtail locale for every language of ``settings.WAGTAIL_CONTENT_LANGUAGES``
  (locales.py);
- the home page: a ``home.HomePage`` as the default Site's root in place of
  Wagtail's welcome page, translated into every locale with wagtail-localize
  (home.py);
- the roles: "Artisans", "Cooperative managers" and "Shop staff", each with
  its least-privilege permissions (groups.py);
- the shipping countries and one delivery rate per region or wilaya, through
  the same code as shop/delivery's data migration and post_migrate hook
  (delivery.py).

Why a command rather than data migrations: a data migration must use
historical models, but the home page's translations need wagtail-localize's
real models and methods (``TranslationSource``, ``save_target``); Django
creates permissions only after ``migrate`` (post_migrate), so a migration that
fills groups has to create them itself; and the locales follow the settings,
which a migration would freeze at the day it was written (a language added
later would need a new migration). The command reads the settings on each run,
so adding a language and re-running it adds its locale and home page
translation. Every step looks rows up before creating them and never
overwrites what staff or editors changed: a second run changes nothing.
"""
