"""Two-step sign-in for privileged roles (HR, ICT, DSL, CEO by default: settings.MFA_REQUIRED_ROLES)."""

from __future__ import annotations

from typing import Any

from auditlog.context import set_actor
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from socialpolicy.apps.core.access import roles_of
from socialpolicy.apps.core.home import HomeAction


def is_privileged(user: Any) -> bool:
    return bool(roles_of(user).intersection(settings.MFA_REQUIRED_ROLES))


def confirmed_device(user: Any) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def needs_second_factor(user: Any) -> bool:
    return is_privileged(user)


def setup_action(user: Any) -> list[HomeAction]:
    if not is_privileged(user) or confirmed_device(user) is not None:
        return []
    return [
        HomeAction(
            title="Set up two-step sign-in",
            url=reverse("mfa:setup"),
            urgency="due",
            detail=(
                "Your role can see sensitive records, so signing in should need a code from an app "
                "as well as your password."
            ),
        )
    ]


def device_start(*, actor: Any) -> TOTPDevice:
    """A fresh unconfirmed authenticator for the person (replacing any unconfirmed one)."""
    with transaction.atomic(), set_actor(actor):
        TOTPDevice.objects.filter(user=actor, confirmed=False).delete()
        return TOTPDevice.objects.create(user=actor, name="Authenticator app", confirmed=False)


def device_confirm(*, actor: Any, device: TOTPDevice, token: str) -> bool:
    """Confirm the device when the code matches; older confirmed devices are removed."""
    if not device.verify_token(token.strip().replace(" ", "")):
        return False
    with transaction.atomic(), set_actor(actor):
        TOTPDevice.objects.filter(user=actor, confirmed=True).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save()
    return True
