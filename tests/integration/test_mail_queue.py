"""A mail server that is down never fails an order: the e-mail waits in the queue and is sent once, later.

The site's EMAIL_BACKEND is django-mailer's queue (portal/settings/base.py);
the test settings keep locmem for the other tests, these ones switch to the
queue, with SMTP on a closed port, then on a real local SMTP server (aiosmtpd).
"""

import os
import socket
import subprocess
import sys

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import Client
from mailer.models import RESULT_FAILURE, RESULT_SUCCESS, Message, MessageLog
from oscar.apps.checkout.signals import post_checkout
from oscar.core.loading import get_model

from tests.factories.checkout import guest_checkout
from tests.factories.shop import make_product

Order = get_model("order", "Order")
THANK_YOU = "/fr/shop/checkout/thank-you/"


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


class Inbox:
    """aiosmtpd handler: every message the SMTP server accepted."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802  (aiosmtpd's hook name)
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def mail_queue(settings):
    """The production path: the queue in front of SMTP, the SMTP server down."""
    settings.EMAIL_BACKEND = "mailer.backend.DbBackend"
    settings.MAILER_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    return settings


@pytest.mark.django_db
def test_with_the_mail_server_down_the_order_is_placed_and_its_email_sent_once_when_it_is_back(
    site_home, mail_queue
):
    product = make_product(titles={"fr": "Tajine de Safi"}, price="180.00", num_in_stock=5)

    response_client = Client()
    response = guest_checkout(response_client, product)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == THANK_YOU
    assert "problème" not in response.content.decode()
    order = Order.objects.get()
    assert response_client.session["checkout_order_id"] == order.pk
    queued = Message.objects.get()
    assert queued.to_addresses == ["samira@example.test"]
    assert order.number in queued.email.subject + queued.email.body

    call_command("send_mail")  # the sender tries: connection refused
    assert Message.objects.deferred().count() == 1
    assert MessageLog.objects.filter(result=RESULT_FAILURE).count() == 1

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=mail_queue.EMAIL_PORT)
    server.start()
    try:
        call_command("send_mail")
        assert inbox.envelopes == []  # a deferred message waits for retry_deferred
        call_command("retry_deferred")
        call_command("send_mail")
        call_command("retry_deferred")
        call_command("send_mail")
    finally:
        server.stop()

    assert len(inbox.envelopes) == 1
    assert inbox.envelopes[0].rcpt_tos == ["samira@example.test"]
    assert order.number in inbox.envelopes[0].content.decode()
    assert not Message.objects.exists()
    assert MessageLog.objects.filter(result=RESULT_SUCCESS).count() == 1


@pytest.mark.django_db
def test_an_order_that_rolls_back_takes_its_queued_email_with_it(site_home, mail_queue):
    product = make_product(titles={"fr": "Tajine de Safi"}, price="180.00", num_in_stock=5)

    def fail_after_the_email(sender, **kwargs):
        assert Message.objects.count() == 1  # queued, in the order's transaction
        raise RuntimeError("a receiver of post_checkout fails")

    post_checkout.connect(fail_after_the_email, dispatch_uid="test-mail-queue-rollback")
    try:
        # Oscar answers "A problem occurred while placing this order" on the preview page,
        # which still shows the address and delivery the customer chose.
        response = guest_checkout(Client(), product)
    finally:
        post_checkout.disconnect(dispatch_uid="test-mail-queue-rollback")

    assert not response.redirect_chain or response.redirect_chain[-1][0] != THANK_YOU
    assert response.status_code == 200
    assert "Un problème a eu lieu pendant le passage de la commande" in response.content.decode()
    assert not Order.objects.exists()
    assert not Message.objects.exists()
    assert not product.stockrecords.get().num_allocated  # nothing reserved either


def test_deployed_settings_send_every_email_through_the_queue():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}
    env.update(SECRET_KEY="x" * 50, ALLOWED_HOSTS="hirfa.example", EMAIL_HOST="smtp.example")
    script = "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.MAILER_EMAIL_BACKEND)"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.split() == [
        "mailer.backend.DbBackend",
        "django.core.mail.backends.smtp.EmailBackend",
    ]
