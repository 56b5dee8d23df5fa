"""The client's IP address, as the lockouts and the rate limits count it.

Without ``HIRFA_TRUSTED_PROXIES`` the address is the socket's (``REMOTE_ADDR``):
an ``X-Forwarded-For`` header is the client's own word and is ignored, or an
attacker would get a fresh address with every request. Behind a reverse proxy
(nginx, a load balancer), list its addresses or networks there; when the
request comes from one of them, the chain in ``X-Forwarded-For`` (parsed by
python-ipware) is read from the right, past every trusted proxy, and the first
address that is not one is the client.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from python_ipware.modern.parsers import parse_ip, split_proxy_chain


@lru_cache(maxsize=8)
def _networks(trusted):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in trusted)


def _is_trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_ip(request):
    """The address the limits apply to, as a string ("203.0.113.7"), or "" when there is none."""
    remote = parse_ip(request.META.get("REMOTE_ADDR", ""))
    networks = _networks(tuple(getattr(settings, "HIRFA_TRUSTED_PROXIES", ())))
    if not _is_trusted(remote, networks):
        return str(remote) if remote is not None else ""
    chain = split_proxy_chain(request.META.get("HTTP_X_FORWARDED_FOR", "")) or []
    for hop in reversed(chain):
        if not _is_trusted(hop, networks):
            return str(hop)
    return str(remote)


def lockout_username(request, credentials):
    """The account a sign-in names, folded, so that "Admin" and "admin " count as one account."""
    username = (credentials or {}).get("username")
    if username is None:
        username = request.POST.get("username", "") if request is not None else ""
    return str(username).strip().casefold()
