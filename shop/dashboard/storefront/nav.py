"""Who sees "My storefront" in the dashboard menu: artisans (staff open storefronts from the list).

Imported by the settings, so it imports no model at module level.
"""


def artisan_access_fn(user, url_name, url_args=None, url_kwargs=None):
    return (
        user.is_authenticated
        and user.is_active
        and not user.is_staff
        and user.has_perm("partner.dashboard_access")
        and user.partners.exists()
    )
