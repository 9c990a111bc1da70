from __future__ import annotations

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from socialpolicy.apps.mfa.services import confirmed_device, device_confirm, device_start


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def _device_id(value: str) -> int:
    """The posted device id; anything that is not a number is no device of the person's (404)."""
    try:
        return int(value)
    except ValueError:
        raise Http404("No such device") from None


@login_required
@require_http_methods(["GET", "POST"])  # GET starts an enrolment: no other method may
def setup(request):
    if request.method == "POST" and "device" in request.POST:
        device = get_object_or_404(
            TOTPDevice, pk=_device_id(request.POST["device"]), user=request.user, confirmed=False
        )
        if device_confirm(actor=request.user, device=device, token=request.POST.get("token", "")):
            otp_login(request, device)
            messages.success(
                request, "Two-step sign-in is on. You will be asked for a code when you sign in."
            )
            return redirect("home")
        error = "That code did not match. Check the time on your phone and enter the newest code."
    else:
        device, error = device_start(actor=request.user), ""
    return render(
        request,
        "mfa/setup.html",
        {
            "device": device,
            "qr": _qr_svg(device.config_url),
            "secret": device.bin_key.hex(),
            "error": error,
            "has_device": confirmed_device(request.user) is not None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def verify(request):
    device = confirmed_device(request.user)
    if device is None:
        return redirect("mfa:setup")
    error = ""
    if request.method == "POST":
        token = request.POST.get("token", "").strip().replace(" ", "")
        if device.verify_token(token):
            otp_login(request, device)
            target = request.POST.get("next") or "/"
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                target = "/"
            return redirect(target)
        error = "That code did not match. Enter the six-digit code your authenticator app shows now."
    return render(request, "mfa/verify.html", {"error": error, "next": request.GET.get("next", "/")})
