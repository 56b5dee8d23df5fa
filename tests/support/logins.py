"""The site's four sign-in forms, posted as a browser posts them (for the lockout tests)."""

from dataclasses import dataclass

from tests.factories.shop import UserFactory

PASSWORD = "correct horse battery"  # UserFactory's


@dataclass(frozen=True)
class Login:
    name: str
    url: str  # "{lang}" is replaced by the language, where the form lives under one
    staff: bool = False
    superuser: bool = False
    by_email: bool = False

    def user(self, **kwargs):
        return UserFactory(is_staff=self.staff, is_superuser=self.superuser, **kwargs)

    def post(self, client, user_or_name, password, lang="fr", **extra):
        name = (
            user_or_name
            if isinstance(user_or_name, str)
            else (user_or_name.email if self.by_email else user_or_name.username)
        )
        url = self.url.format(lang=lang)
        if self.name == "shop":
            data = {"login-username": name, "login-password": password, "login_submit": "1"}
        else:
            data = {"username": name, "password": password}
        headers = {"HTTP_ACCEPT_LANGUAGE": lang}
        return client.post(url, data, **headers, **extra)


LOGINS = [
    Login("wagtail", "/admin/login/", staff=True, superuser=True),
    Login("shop", "/{lang}/shop/accounts/login/", by_email=True),
    Login("dashboard", "/{lang}/shop/dashboard/login/", staff=True),
    Login("django-admin", "/django-admin/login/", staff=True, superuser=True),
]


def signed_in(client):
    return "_auth_user_id" in client.session
