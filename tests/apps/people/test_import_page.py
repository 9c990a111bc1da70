"""HR's organisation import page: errors like the command, a preview, then apply; HR only."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from socialpolicy.apps.people.models import Academy, OrgImport, Pupil, User
from socialpolicy.apps.people.views import SESSION_KEY

URL = reverse("people:import")
APPLY = reverse("people:import_apply")

TRUST = 'name = "Quarry Lane Trust"\naliases = ["QLT"]\nemail_domains = ["quarry.example"]\n'
ACADEMIES = "code,name,aliases\nHIL,Hillside Academy,Hillside\nVAL,Valley School,\n"
STAFF = (
    "email,first_name,last_name,academy_code,job_title,roles,handles\n"
    "ann.head@quarry.example,Ann,Head,HIL,Headteacher,head,\n"
    "bob.teach@quarry.example,Bob,Teach,VAL,Teacher,staff,\n"
)
PUPILS = (
    "pupil_id,first_name,last_name,preferred_name,academy_code,year_group,handles\nH1,Hope,Marsh,,HIL,5,\n"
)


def upload(name: str, text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(), content_type="text/plain")


def folder_files(staff: str = STAFF, **extra: str) -> list[SimpleUploadedFile]:
    files = {"trust.toml": TRUST, "academies.csv": ACADEMIES, "staff.csv": staff, **extra}
    return [upload(name, text) for name, text in files.items()]


@pytest.mark.parametrize("persona", ["staff_north", "head_north", "ict", "ceo", "dsl_north", "trustee"])
def test_only_hr_may_use_it(login, request, persona):
    client = login(request.getfixturevalue(persona))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"files": folder_files()}).status_code == 403
    assert client.post(APPLY, {"action": "apply"}).status_code == 403
    assert not Academy.objects.filter(code="HIL").exists()


def test_hr_sees_the_form_and_past_imports(login, hr):
    OrgImport.objects.create(source="/srv/org", started_by=None, summary={"created": 4, "updated": 0})
    response = login(hr).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="file"' in html and "multiple" in html
    assert "/srv/org" in html and "Command line" in html


def test_bad_row_shows_file_line_and_reason_and_writes_nothing(login, hr):
    bad_staff = STAFF + "cat@quarry.example,Cat,Office,NOPE,Clerk,staff,\n"
    before = (User.objects.count(), LogEntry.objects.count())
    response = login(hr).post(URL, {"files": folder_files(staff=bad_staff)})
    assert response.status_code == 200
    error = response.context["import_error"]
    assert (error.file, error.line) == ("staff.csv", 4)
    html = response.content.decode()
    assert "staff.csv" in html and "<dd>4</dd>" in html and "unknown academy code" in html
    assert "Nothing was changed" in html
    assert (User.objects.count(), LogEntry.objects.count()) == before
    assert not Academy.objects.filter(code="HIL").exists()
    assert SESSION_KEY not in response.wsgi_request.session


def test_missing_required_file_is_named(login, hr):
    response = login(hr).post(
        URL, {"files": [upload("trust.toml", TRUST), upload("academies.csv", ACADEMIES)]}
    )
    assert response.context["import_error"].file == "staff.csv"


def test_no_files_is_a_form_error(login, hr):
    response = login(hr).post(URL, {})
    assert response.status_code == 200
    assert "Choose the folder" in response.content.decode()


def test_preview_then_apply(login, hr):
    client = login(hr)
    preview = client.post(URL, {"files": folder_files(**{"pupils.csv": PUPILS, "notes.txt": "hello"})})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Check the import before it is applied" in html
    assert "ann.head@quarry.example" in html and "Hope Marsh" in html
    assert "notes.txt" in html  # listed as ignored
    # created: trust, 2 academies, 2 staff, 1 pupil; HR (not in the files) would be deactivated
    assert preview.context["summary"] == {"created": 6, "updated": 0, "deactivated": 1, "unchanged": 0}
    assert hr.email in html
    assert not Academy.objects.filter(code="HIL").exists(), "the preview must write nothing"
    staged = Path(client.session[SESSION_KEY]["folder"])
    assert staged.is_dir()

    done = client.post(APPLY, {"action": "apply"})
    assert (done.status_code, done["Location"]) == (302, URL)
    assert Academy.objects.filter(code__in=["HIL", "VAL"]).count() == 2
    assert User.objects.get(email="ann.head@quarry.example").academy.code == "HIL"
    assert Pupil.objects.filter(pupil_id="H1").exists()
    run = OrgImport.objects.get()
    assert run.started_by == hr
    assert run.summary["created"] == 6
    assert LogEntry.objects.filter(actor=hr).exists()
    assert not staged.exists()
    hr.refresh_from_db()
    assert not hr.is_active  # not in the files: a leaver, as the preview said


def test_update_shows_changed_fields(login, hr, north):
    staff = (
        "email,first_name,last_name,academy_code,job_title,roles,handles\n"
        f"{hr.email},Harriet,Renamed,,Director of HR,hr,\n"
    )
    academies = f"code,name,aliases\n{north.code},{north.name},\n"
    client = login(hr)
    response = client.post(
        URL,
        {
            "files": [
                upload("trust.toml", TRUST),
                upload("academies.csv", academies),
                upload("staff.csv", staff),
            ]
        },
    )
    updated = [c for c in response.context["plan"].updated if c.kind == "staff"]
    assert [c.key for c in updated] == [hr.email]
    assert "last_name" in updated[0].fields
    assert "Last name" in response.content.decode()
    client.post(APPLY, {"action": "apply"})
    hr.refresh_from_db()
    assert hr.last_name == "Renamed"


def test_zip_of_the_folder(login, hr):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("org/trust.toml", TRUST)
        zf.writestr("org/academies.csv", ACADEMIES)
        zf.writestr("org/staff.csv", STAFF + f"{hr.email},Harriet,Hr,,HR,hr,\n")
    archive = SimpleUploadedFile("org.zip", buffer.getvalue(), content_type="application/zip")
    client = login(hr)
    response = client.post(URL, {"archive": archive})
    assert response.context["summary"]["created"] == 5
    client.post(APPLY, {"action": "apply"})
    assert User.objects.filter(email="bob.teach@quarry.example").exists()
    hr.refresh_from_db()
    assert hr.is_active


def test_not_a_zip_is_refused(login, hr):
    response = login(hr).post(URL, {"archive": upload("org.zip", "plain text")})
    assert "is not a .zip file" in response.content.decode()


def test_cancel_writes_nothing_and_removes_the_upload(login, hr):
    client = login(hr)
    client.post(URL, {"files": folder_files()})
    staged = Path(client.session[SESSION_KEY]["folder"])
    response = client.post(APPLY, {"action": "cancel"})
    assert response.status_code == 302
    assert not staged.exists()
    assert not Academy.objects.filter(code="HIL").exists()


def test_apply_without_a_preview_does_nothing(login, hr):
    response = login(hr).post(APPLY, {"action": "apply"}, follow=True)
    assert "no import waiting" in response.content.decode()
    assert OrgImport.objects.count() == 0


def test_apply_rechecks_when_records_changed_since_the_preview(login, hr):
    client = login(hr)
    client.post(URL, {"files": folder_files(staff=STAFF + f"{hr.email},Harriet,Hr,,HR,hr,\n")})
    Academy.objects.create(code="HIL", name="Made meanwhile")
    response = client.post(APPLY, {"action": "apply"})
    assert response.status_code == 200
    assert "changed since you saw the preview" in response.content.decode()
    assert OrgImport.objects.count() == 0
    client.post(APPLY, {"action": "apply"})
    assert OrgImport.objects.count() == 1
    assert Academy.objects.get(code="HIL").name == "Hillside Academy"


def test_superuser_may_import(client, db):
    admin = User.objects.create_superuser("root@oakfield.example", "a long admin passphrase", first_name="R")
    client.force_login(admin)
    assert client.get(URL).status_code == 200


EXAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "examples"


@pytest.mark.parametrize("example", ["screening", "monitoring"])
def test_shared_example_folder_imports_once_then_is_up_to_date(login, hr, example):
    folder = EXAMPLES / example / "org"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]
    client = login(hr)
    first = client.post(URL, {"files": files})
    assert first.context.get("import_error") is None
    assert first.context["summary"]["created"] > 0
    client.post(APPLY, {"action": "apply"})
    run = OrgImport.objects.get()
    assert run.summary == first.context["summary"]
    # The same folder again: the preview says nothing would change.
    admin = User.objects.create_superuser("root@oakfield.example", "a long admin passphrase", first_name="R")
    client.force_login(admin)  # HR was not in the example folder, so the import made them a leaver
    files = [SimpleUploadedFile(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]
    second = client.post(URL, {"files": files})
    summary = second.context["summary"]
    assert (summary["created"], summary["updated"]) == (0, 0)
    assert summary["deactivated"] == 0
    assert second.context["nothing_to_do"]
    assert "Everything is already up to date" in second.content.decode()
