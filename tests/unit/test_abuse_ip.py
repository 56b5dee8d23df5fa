"""Which address the limits count: the socket's, unless the request came through a trusted proxy."""

import pytest
from django.test import RequestFactory

from portal.abuse.ip import client_ip, lockout_username


def request(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_a_forwarded_header_is_ignored(settings):
    settings.HIRFA_TRUSTED_PROXIES = []
    assert client_ip(request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


@pytest.mark.parametrize("trusted", [["10.0.0.5"], ["10.0.0.0/8"]])
def test_behind_a_trusted_proxy_the_client_is_the_last_untrusted_hop(settings, trusted):
    settings.HIRFA_TRUSTED_PROXIES = trusted
    # The client wrote "1.1.1.1" itself; the proxy appended the address it saw.
    assert client_ip(request("10.0.0.5", "1.1.1.1, 203.0.113.7")) == "203.0.113.7"


def test_a_request_not_from_the_proxy_keeps_its_own_address(settings):
    settings.HIRFA_TRUSTED_PROXIES = ["10.0.0.5"]
    assert client_ip(request("203.0.113.9", "1.1.1.1")) == "203.0.113.9"


def test_garbage_in_the_header_falls_back_to_the_proxy(settings):
    settings.HIRFA_TRUSTED_PROXIES = ["10.0.0.5"]
    assert client_ip(request("10.0.0.5", "not-an-ip, \x00")) == "10.0.0.5"


def test_the_account_name_is_folded():
    assert lockout_username(None, {"username": " Admin@Example.TEST "}) == "admin@example.test"
