"""The organisation folder reader: every problem names the file, the line and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialpolicy.engines.orgdir import OrgDirError, TimeRange, load_org

STAFF = "email,first_name,last_name,academy_code,job_title,roles,handles\n"


def folder(tmp_path: Path, **files: str) -> Path:
    base = {
        "trust.toml": 'name = "Moorgate Trust"\naliases = ["MT"]\nemail_domains = ["moorgate.example"]\n',
        "academies.csv": "code,name,aliases\nNOR,Northgate Academy,Northgate;@NorthgateAc\n",
        "staff.csv": STAFF + "kim@moorgate.example,Kim,Lee,NOR,Teacher,staff,@kimlee\n",
    }
    base.update(
        {name.replace("_", ".", 1) if "." not in name else name: text for name, text in files.items()}
    )
    for name, text in base.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_reads_a_minimal_folder_with_defaults(tmp_path):
    org = load_org(folder(tmp_path))
    assert org.trust.timezone == "Europe/London"
    assert org.academies[0].aliases == ("Northgate", "@NorthgateAc")
    kim = org.staff[0]
    assert (kim.email, kim.academy_code, kim.roles, kim.handles) == (
        "kim@moorgate.example",
        "NOR",
        ("staff",),
        ("@kimlee",),
    )
    assert org.pupils == () and org.networks == ()
    assert org.schedule_for("NOR").workdays == frozenset({"Mon", "Tue", "Wed", "Thu", "Fri"})


def test_byte_order_mark_and_extra_columns_are_accepted(tmp_path):
    staff = "\ufeff" + STAFF.rstrip("\n") + ",shoe_size\nKIM@Moorgate.example,Kim,Lee,,Teacher,HR;staff,,9\n"
    org = load_org(folder(tmp_path, staff_csv=staff))
    assert org.staff[0].email == "kim@moorgate.example"
    assert org.staff[0].academy_code is None
    assert org.staff[0].roles == ("hr", "staff")


@pytest.mark.parametrize(
    ("job_title", "roles", "category"),
    [
        ("Supply Teacher (agency)", "staff", "agency"),
        ("Sports Coach (contractor)", "staff", "contractor"),
        ("Reading Volunteer", "staff", "volunteer"),
        ("Advisory Board Member", "staff", "advisory"),
        ("Chair", "trustee", "trustee"),
        ("Teacher", "staff", "employee"),
    ],
)
def test_staff_category_is_inferred_from_title_and_roles(tmp_path, job_title, roles, category):
    org = load_org(
        folder(tmp_path, staff_csv=STAFF + f"kim@moorgate.example,Kim,Lee,NOR,{job_title},{roles},\n")
    )
    assert org.staff[0].category == category


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"trust.toml": 'aliases = ["x"]\n'}, "trust.toml: missing required field 'name'"),
        ({"trust.toml": 'name = "T"\ntimezone = "Mars/Olympus"\n'}, "unknown timezone"),
        ({"academies.csv": "code,name\nNOR,A\nNOR,B\n"}, "academies.csv, line 3: duplicate academy code"),
        ({"staff.csv": "email,first_name\nkim@x.example,Kim\n"}, "staff.csv, line 1: header lacks column(s)"),
        (
            {
                "pupils.csv": "pupil_id,first_name,last_name,preferred_name,academy_code,year_group,handles\n"
                "P1,Ann,Bell,,ZZZ,5,\n"
            },
            "pupils.csv, line 2: unknown academy code 'ZZZ'",
        ),
        (
            {
                "pupils.csv": "pupil_id,first_name,last_name,academy_code\nP1,Ann,Bell,NOR\n",
                "consents.csv": "pupil_id,images_online,recorded_on\nP1,maybe,2025-01-01\n",
            },
            "consents.csv, line 2: images_online must be yes or no",
        ),
        (
            {"networks.csv": "cidr,ownership,academy_code\n10.0.0.0/33,trust,\n"},
            "networks.csv, line 2: bad network",
        ),
        (
            {"networks.csv": "cidr,ownership,academy_code\n10.0.0.0/8,guest,\n"},
            "ownership must be trust or personal",
        ),
        (
            {"devices.csv": "ip,owner_email\n10.0.0.1,nobody@moorgate.example\n"},
            "devices.csv, line 2: owner_email",
        ),
        ({"schedule.toml": '[default]\nwork_hours = "17:00-08:00"\n'}, "ends before it starts"),
        ({"schedule.toml": "[academy.XYZ]\nbreaks = []\n"}, "unknown academy code 'XYZ'"),
        (
            {"noncontact.csv": "email,day,start,end\nkim@moorgate.example,Funday,09:00,10:00\n"},
            "line 2: day must be",
        ),
    ],
)
def test_problems_name_file_line_and_reason(tmp_path, files, expected):
    with pytest.raises(OrgDirError) as caught:
        load_org(folder(tmp_path, **files))
    assert expected in str(caught.value)


def test_missing_required_file_is_an_error(tmp_path):
    root = folder(tmp_path)
    (root / "staff.csv").unlink()
    with pytest.raises(OrgDirError, match="staff.csv: cannot be read"):
        load_org(root)


def test_schedule_overrides_only_the_keys_given(tmp_path):
    schedule = (
        '[default]\nworkdays = ["Mon", "Tue"]\nwork_hours = "08:00-16:30"\nbreaks = ["12:00-12:30"]\n\n'
        '[academy.NOR]\nwork_hours = "08:15-16:00"\n'
    )
    org = load_org(folder(tmp_path, schedule_toml=schedule))
    nor = org.schedule_for("NOR")
    assert nor.work_hours == TimeRange(8 * 60 + 15, 16 * 60)
    assert nor.breaks == (TimeRange(12 * 60, 12 * 60 + 30),)
    assert nor.workdays == frozenset({"Mon", "Tue"})
    assert org.schedule_for(None).work_hours == TimeRange(8 * 60, 16 * 60 + 30)


def test_time_ranges_include_start_and_exclude_end():
    lunch = TimeRange(12 * 60, 13 * 60)
    assert lunch.contains(12 * 60) and lunch.contains(13 * 60 - 1) and not lunch.contains(13 * 60)
