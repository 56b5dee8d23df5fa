"""Risk statuses of a craft, from thriving to close to being lost (codes are stable: exports use them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RiskStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    VULNERABLE = "vulnerable", _("Vulnerable")
    ENDANGERED = "endangered", _("Endangered")
    CRITICALLY_ENDANGERED = "critically_endangered", _("Critically endangered")
