"""`socialpolicy import-org` (CONTRACTS.md section 2): all or nothing, idempotent, dry run, leavers."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError

from socialpolicy.apps.people.models import Academy, Pupil, RoleAssignment, Trust, User

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "examples"

STAFF_HEADER = "email,first_name,last_name,academy_code,job_title,roles,handles\n"


def write_org(folder: Path, staff_rows: list[str], pupils: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trust.toml").write_text(
        'name = "Quarry Lane Trust"\naliases = ["QLT"]\nemail_domains = ["quarry.example"]\n',
        encoding="utf-8",
    )
    (folder / "academies.csv").write_text(
        "code,name,aliases\nHIL,Hillside Academy,Hillside;@HillsideAc\nVAL,Valley School,Valley\n",
        encoding="utf-8",
    )
    (folder / "staff.csv").write_text(STAFF_HEADER + "".join(r + "\n" for r in staff_rows), encoding="utf-8")
    if pupils is not None:
        (folder / "pupils.csv").write_text(
            "pupil_id,first_name,last_name,preferred_name,academy_code,year_group,handles\n"
            + "".join(r + "\n" for r in pupils),
            encoding="utf-8",
        )
        (folder / "consents.csv").write_text(
            "pupil_id,images_online,recorded_on\nH1,yes,2025-09-01\n", encoding="utf-8"
        )
    return folder


BASE_STAFF = [
    "ann.head@quarry.example,Ann,Head,HIL,Headteacher,head,@annhead",
    "bob.teach@quarry.example,Bob,Teach,HIL,Teacher,staff;dsl,",
    "cat.office@quarry.example,Cat,Office,,Director of HR,hr,",
    "dan.ceo@quarry.example,Dan,Ceo,,Chief Executive,ceo,",
]
BASE_PUPILS = ["H1,Hope,Marsh,,HIL,5,", "V1,Kit,Rowe,Kitty,VAL,9,@kit.r"]


def run_import(folder: Path, *extra: str) -> dict:
    out = io.StringIO()
    call_command("import-org", str(folder), "--format", "json", *extra, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_first_import_creates_everything(tmp_path):
    folder = write_org(tmp_path / "org", BASE_STAFF, BASE_PUPILS)
    summary = run_import(folder)
    # trust + 2 academies + 4 staff + 2 pupils
    assert summary == {"created": 9, "updated": 0, "deactivated": 0, "unchanged": 0}
    assert Trust.objects.get().name == "Quarry Lane Trust"
    bob = User.objects.get(email="bob.teach@quarry.example")
    assert bob.academy.code == "HIL"
    assert {r.role for r in bob.role_assignments.all()} == {"staff", "dsl"}
    cat = User.objects.get(email="cat.office@quarry.example")
    assert cat.academy is None and cat.role_assignments.get().academy is None
    assert not cat.has_usable_password()
    assert Pupil.objects.get(pupil_id="H1").images_online is True
    assert Pupil.objects.get(pupil_id="V1").images_online is False  # no consent row = no consent


@pytest.mark.django_db
def test_second_import_of_same_folder_changes_nothing(tmp_path):
    folder = write_org(tmp_path / "org", BASE_STAFF, BASE_PUPILS)
    run_import(folder)
    entries = LogEntry.objects.count()
    assert run_import(folder) == {"created": 0, "updated": 0, "deactivated": 0, "unchanged": 9}
    # Only the record of the import run itself is new; no person, pupil or academy changed.
    assert LogEntry.objects.count() == entries + 1
    assert LogEntry.objects.latest("timestamp").content_type.model == "orgimport"


@pytest.mark.django_db
def test_dry_run_reports_the_same_figures_and_writes_nothing(tmp_path):
    folder = write_org(tmp_path / "org", BASE_STAFF, BASE_PUPILS)
    assert run_import(folder, "--dry-run") == {"created": 9, "updated": 0, "deactivated": 0, "unchanged": 0}
    assert not User.objects.exists() and not Academy.objects.exists() and not Trust.objects.exists()


@pytest.mark.django_db
def test_leavers_are_deactivated_never_deleted_and_changes_counted(tmp_path):
    run_import(write_org(tmp_path / "one", BASE_STAFF, BASE_PUPILS))
    changed = [
        "ann.head@quarry.example,Ann,Head,HIL,Headteacher,head,@annhead",
        "bob.teach@quarry.example,Bob,Teach,VAL,Teacher,staff,",  # moved academy, lost dsl
        "dan.ceo@quarry.example,Dan,Ceo,,Chief Executive,ceo,",
        "eve.new@quarry.example,Eve,New,VAL,Teaching Assistant,staff,",
    ]
    summary = run_import(write_org(tmp_path / "two", changed, BASE_PUPILS))
    assert summary == {"created": 1, "updated": 1, "deactivated": 1, "unchanged": 7}
    cat = User.objects.get(email="cat.office@quarry.example")
    assert cat.is_active is False and cat.left_on is not None
    bob = User.objects.get(email="bob.teach@quarry.example")
    assert bob.academy.code == "VAL"
    assert list(RoleAssignment.objects.filter(user=bob).values_list("role", "academy__code")) == [
        ("staff", "VAL")
    ]


@pytest.mark.django_db
def test_leavers_api_tokens_are_revoked_for_good(tmp_path):
    from socialpolicy.apps.api.models import ApiToken

    run_import(write_org(tmp_path / "one", BASE_STAFF))
    cat = User.objects.get(email="cat.office@quarry.example")
    token = ApiToken.objects.create(user=cat, name="script", token_hash="0" * 64, prefix="sp_0000")
    run_import(write_org(tmp_path / "two", [r for r in BASE_STAFF if not r.startswith("cat.")]))
    token.refresh_from_db()
    assert token.revoked_at is not None
    run_import(write_org(tmp_path / "three", BASE_STAFF))  # back again: active, token still revoked
    token.refresh_from_db()
    assert User.objects.get(pk=cat.pk).is_active and token.revoked_at is not None


@pytest.mark.django_db
def test_missing_pupils_file_leaves_pupils_alone(tmp_path):
    run_import(write_org(tmp_path / "one", BASE_STAFF, BASE_PUPILS))
    summary = run_import(write_org(tmp_path / "two", BASE_STAFF))
    assert summary["deactivated"] == 0
    assert Pupil.objects.filter(is_active=True).count() == 2


BAD_ROWS = [
    ("amy.new@quarry.example,Amy,New,XXX,Headteacher,head,", "unknown academy code"),
    ("bob.teach@quarry.example,Bob,Again,HIL,Teacher,staff,", "duplicate e-mail"),
    ("not-an-email,Zed,Zed,HIL,Teacher,staff,", "malformed e-mail"),
    ("zed@quarry.example,Zed,Zed,HIL,Teacher,janitor,", "unknown role"),
    ("zed@quarry.example,,Zed,HIL,Teacher,staff,", "missing required field 'first_name'"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("bad_row", "reason"), BAD_ROWS)
def test_bad_row_rejects_whole_import_with_file_and_line(tmp_path, bad_row, reason):
    rows = [*BASE_STAFF[:2], bad_row, *BASE_STAFF[2:]]
    folder = write_org(tmp_path / "org", rows, BASE_PUPILS)
    with pytest.raises(CommandError) as caught:
        run_import(folder)
    assert caught.value.returncode == 2
    message = str(caught.value)
    assert "staff.csv, line 4" in message and reason in message
    assert not User.objects.exists() and not Trust.objects.exists()


@pytest.mark.django_db
def test_bad_date_in_consents_is_rejected(tmp_path):
    folder = write_org(tmp_path / "org", BASE_STAFF, BASE_PUPILS)
    (folder / "consents.csv").write_text("pupil_id,images_online,recorded_on\nH1,yes,31/12/2025\n")
    with pytest.raises(CommandError, match=r"consents.csv, line 2: bad date"):
        run_import(folder)
    assert not Pupil.objects.exists()


@pytest.mark.django_db
def test_imports_the_shared_example_folders_and_twice_is_a_no_op():
    for name in ("screening", "monitoring"):
        folder = SHARED / name / "org"
        first = run_import(folder)
        assert first["created"] > 0
        second = run_import(folder)
        assert (second["created"], second["updated"], second["deactivated"]) == (0, 0, 0)


def test_console_script_exits_2_with_file_and_line_on_stderr(tmp_path):
    folder = write_org(tmp_path / "org", [*BASE_STAFF, "zed@quarry.example,Zed,Zed,NOPE,Teacher,staff,"])
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "-m", "socialpolicy", "import-org", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "staff.csv, line 6" in result.stderr and "unknown academy code 'NOPE'" in result.stderr
    assert result.stdout == ""
