"""Ask for the second factor before anything else once a person has set one up.

With ``MFA_ENFORCE=true`` privileged people without a device are sent to set one up first.
"""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect

from socialpolicy.apps.mfa.services import confirmed_device, is_privileged

ALWAYS_ALLOWED = ("/mfa/", "/logout/", "/static/", "/login/", "/password/reset/")


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(ALWAYS_ALLOWED)
            and getattr(request, "auth_via_token", False) is False
        ):
            target = self._target(request, user)
            if target:
                if request.path.startswith("/api/"):
                    return JsonResponse({"error": "second factor required", "detail": target}, status=403)
                return redirect(f"{target}?next={request.get_full_path()}")
        return self.get_response(request)

    def _target(self, request, user) -> str | None:
        if user.is_verified():
            return None
        if confirmed_device(user) is not None:
            return "/mfa/verify/"
        if settings.MFA_ENFORCE and is_privileged(user):
            return "/mfa/setup/"
        return None
