import csv
import io

import pytest
from openpyxl import load_workbook

from socialpolicy.apps.policies.exports import csv_response, neutralise, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+44 121 000", "'+44 121 000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("Sam Staff", "Sam Staff"),
        (-3, -3),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_and_excel_neutralise_every_text_cell():
    rows = [["Name", "Job title"], ["=1+1", "@admin"]]
    body = csv_response(rows, "x.csv").content.decode()
    assert list(csv.reader(io.StringIO(body)))[1] == ["'=1+1", "'@admin"]
    sheet = load_workbook(io.BytesIO(xlsx_bytes(rows, "Compliance"))).active
    assert [c.value for c in sheet[2]] == ["'=1+1", "'@admin"]
    assert sheet["A2"].data_type == "s"


@pytest.fixture
def hostile(issued, north):
    from socialpolicy.apps.policies import services
    from tests.factories import UserFactory

    person = UserFactory(academy=north, first_name="=cmd|' /C calc'!A0", last_name="X", job_title="+Teacher")
    services.induction_assign(actor=None, user=person, version=issued, today=issued.issued_on)
    return person


def test_export_view_is_scoped_and_neutralised(hostile, login, head_north, staff_south):
    response = login(head_north).get("/policies/compliance/export.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    emails = {row[1] for row in rows[1:]}
    assert hostile.email in emails and staff_south.email not in emails
    hostile_row = next(row for row in rows if row[1] == hostile.email)
    assert hostile_row[rows[0].index("Clause")] == "4.3.2"  # asked at induction
    assert hostile_row[0].startswith("'=") and hostile_row[3] == "'+Teacher"


def test_excel_export(hostile, login, hr):
    response = login(hr).get("/policies/compliance/export.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Name"
    assert any(row[0] and str(row[0]).startswith("'=cmd") for row in values[1:])


def test_trustee_export_has_figures_not_names(issued, login, trustee, staff_north):
    response = login(trustee).get("/policies/compliance/export.csv")
    body = response.content.decode()
    assert body.startswith("Academy,Staff,Signed")
    assert staff_north.email not in body


def test_staff_cannot_export(issued, login, staff_north):
    assert login(staff_north).get("/policies/compliance/export.csv").status_code == 403
