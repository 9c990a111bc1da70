"""Forms of the people pages: sign-in, password reset, list filters and the organisation upload."""

from __future__ import annotations

import shutil
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm

from socialpolicy.apps.people.models import Role

# The files of an organisation folder (CONTRACTS.md section 2), in the order we list them.
ORG_FILES = (
    "trust.toml",
    "academies.csv",
    "staff.csv",
    "pupils.csv",
    "consents.csv",
    "networks.csv",
    "devices.csv",
    "schedule.toml",
    "noncontact.csv",
    "sites.csv",
)
REQUIRED_ORG_FILES = ORG_FILES[:3]
MAX_FILE_BYTES = 25 * 1024 * 1024
STAGING_PREFIX = "socialpolicy-orgimport-"
STAGING_MAX_AGE_SECONDS = 24 * 3600


class SignInForm(AuthenticationForm):
    """Django's sign-in form, worded for a trust: the user name is the work e-mail address."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "That e-mail address and password do not match an active account. "
        "Check them and try again.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "E-mail address"
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "username", "autofocus": True, "spellcheck": "false"}
        )
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"


class StaffPasswordResetForm(PasswordResetForm):
    """Also sends the link to active people who have never set a password.

    Staff arrive through the organisation import with no password; this page is how they set
    their first one. Deactivated people still get nothing.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "E-mail address"

    def get_users(self, email):
        users = get_user_model()._default_manager.filter(email__iexact=email.strip(), is_active=True)
        return (u for u in users if u.email.lower() == email.strip().lower())


# --- list filters -------------------------------------------------------------------------------

HEAD_OFFICE_CHOICE = "office"


class StaffFilterForm(forms.Form):
    mark_optional = False

    q = forms.CharField(
        label="Name or e-mail", required=False, widget=forms.TextInput(attrs={"type": "search"})
    )
    academy = forms.ChoiceField(label="Academy", required=False)
    role = forms.ChoiceField(label="Role", required=False, choices=[("", "Any role"), *Role.choices])
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("active", "Current staff"), ("left", "Left (deactivated)"), ("all", "Everyone")],
    )

    def __init__(self, *args, academies=(), show_head_office=False, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "All places")]
        if show_head_office:
            choices.append((HEAD_OFFICE_CHOICE, "Head office"))
        choices += [(str(a.pk), a.name) for a in academies]
        self.fields["academy"].choices = choices


class PupilFilterForm(forms.Form):
    mark_optional = False

    q = forms.CharField(
        label="Name or pupil ID", required=False, widget=forms.TextInput(attrs={"type": "search"})
    )
    academy = forms.ChoiceField(label="Academy", required=False)
    consent = forms.ChoiceField(
        label="Image consent",
        required=False,
        choices=[("", "Any"), ("yes", "Images allowed online"), ("no", "No consent recorded")],
    )

    def __init__(self, *args, academies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["academy"].choices = [("", "All academies")] + [(str(a.pk), a.name) for a in academies]


# --- the organisation upload --------------------------------------------------------------------


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"multiple": True}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class OrgUploadForm(forms.Form):
    files = MultipleFileField(
        label="The folder's files",
        required=False,
        help_text="Select all the files at once: trust.toml, academies.csv and staff.csv are needed; "
        "pupils.csv, consents.csv, networks.csv, devices.csv, schedule.toml, noncontact.csv and "
        "sites.csv are optional. Other files are ignored.",
    )
    archive = forms.FileField(
        label="Or a .zip of the folder",
        required=False,
        help_text="The same files, zipped. Sub-folders are fine; files are matched by name.",
        widget=forms.FileInput(attrs={"accept": ".zip,application/zip"}),
    )

    def clean(self):
        cleaned = super().clean()
        files = cleaned.get("files") or []
        archive = cleaned.get("archive")
        if not files and not archive:
            raise forms.ValidationError("Choose the folder's files, or a .zip of the folder.")
        if files and archive:
            raise forms.ValidationError("Choose either the files or a .zip, not both.")
        for upload in [*files, *([archive] if archive else [])]:
            if upload.size > MAX_FILE_BYTES:
                self.add_error(
                    "archive" if upload is archive else "files",
                    f"{upload.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.",
                )
        if archive and not zipfile.is_zipfile(archive):
            self.add_error("archive", f"{archive.name} is not a .zip file.")
        return cleaned

    def stage(self) -> tuple[Path, list[str]]:
        """Write the organisation files into a new private folder; return it and the ignored names."""
        _sweep_stale_folders()
        folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))  # mode 0700: only this process's user
        try:
            if self.cleaned_data.get("archive"):
                ignored = _extract_zip(self.cleaned_data["archive"], folder)
            else:
                ignored = _save_files(self.cleaned_data["files"], folder)
        except forms.ValidationError:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return folder, ignored


def _save_files(uploads, folder: Path) -> list[str]:
    ignored, seen = [], set()
    for upload in uploads:
        name = PurePosixPath(upload.name.replace("\\", "/")).name
        if name not in ORG_FILES:
            ignored.append(name)
            continue
        if name in seen:
            raise forms.ValidationError(f"{name} was chosen twice.")
        seen.add(name)
        with (folder / name).open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
    return ignored


def _extract_zip(archive, folder: Path) -> list[str]:
    ignored, seen = [], set()
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                name = PurePosixPath(info.filename.replace("\\", "/")).name
                if name not in ORG_FILES or info.filename.startswith("__MACOSX/"):
                    ignored.append(info.filename)
                    continue
                if name in seen:
                    raise forms.ValidationError(f"The .zip holds more than one {name}.")
                seen.add(name)
                if info.file_size > MAX_FILE_BYTES:
                    raise forms.ValidationError(f"{name} in the .zip is larger than the limit.")
                # Copy with a hard cap: the declared size of a zip member can lie.
                with zf.open(info) as source, (folder / name).open("wb") as out:
                    copied = 0
                    while chunk := source.read(64 * 1024):
                        copied += len(chunk)
                        if copied > MAX_FILE_BYTES:
                            raise forms.ValidationError(f"{name} in the .zip is larger than the limit.")
                        out.write(chunk)
    except (zipfile.BadZipFile, OSError) as exc:
        raise forms.ValidationError(f"The .zip could not be read ({exc}).") from exc
    return ignored


def _sweep_stale_folders() -> None:
    """Remove staged uploads nobody confirmed or cancelled within a day."""
    cutoff = time.time() - STAGING_MAX_AGE_SECONDS
    for path in Path(tempfile.gettempdir()).glob(f"{STAGING_PREFIX}*"):
        try:
            if path.is_dir() and path.stat().st_mtime < cutoff:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue


def is_staging_folder(path: str | None) -> bool:
    if not path:
        return False
    candidate = Path(path)
    return (
        candidate.parent == Path(tempfile.gettempdir())
        and candidate.name.startswith(STAGING_PREFIX)
        and candidate.is_dir()
    )
