"""Every page needs a signed-in person, except the sign-in and password-reset pages.

Django's own ``LoginRequiredMiddleware`` does the work (views opt out with
``@login_not_required``; Django marks its log-in and password-reset views so). We add
path prefixes that answer for themselves: the JSON API authenticates by session or
token and must answer 401 in JSON, never redirect to an HTML log-in page.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware

DEFAULT_EXEMPT_PREFIXES = ("/api/", "/static/")


class SignInRequiredMiddleware(LoginRequiredMiddleware):
    def process_view(self, request, view_func, view_args, view_kwargs):
        prefixes = getattr(settings, "LOGIN_EXEMPT_PATH_PREFIXES", DEFAULT_EXEMPT_PREFIXES)
        if request.path_info.startswith(tuple(prefixes)):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)
