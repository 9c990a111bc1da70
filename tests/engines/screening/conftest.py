"""Fixtures: the shared development org, and a second fictional trust written here.

The second trust has other names, other academies and pupils whose first names are everyday
words, so the tests show the rules generalise beyond the development sample.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from socialpolicy.engines.orgdir import load_org
from socialpolicy.engines.screening import Analyzer, DraftInput, Result, Roster

SHARED_EXAMPLES = Path(__file__).resolve().parents[3] / ".." / "shared" / "examples" / "screening"

TRUST_TOML = """\
name = "Harbourside Schools Partnership"
aliases = ["Harbourside Partnership", "HSP", "@HarboursideSP"]
email_domains = ["harbourside.example"]
"""
ACADEMIES_CSV = """\
code,name,aliases
NGP,Northgate Community Primary,Northgate Primary;Northgate;@NorthgatePri
SCH,Seacroft High School,Seacroft High;Seacroft;@SeacroftHigh
MBA,Maple Bank Academy,Maple Bank;@MapleBankAcad
"""
STAFF_CSV = """\
email,first_name,last_name,academy_code,job_title,roles,handles
olu.adebayo@harbourside.example,Olu,Adebayo,,Chief Executive,ceo,@OluAdebayo
ken.marsh@harbourside.example,Ken,Marsh,,Deputy CEO,staff,
iris.penn@harbourside.example,Iris,Penn,NGP,Headteacher,head;dsl,@HeadNorthgate
sam.tully@harbourside.example,Sam,Tully,NGP,Year 3 Teacher,staff,@MrTullyY3
amy.northgate@harbourside.example,Amy,Northgate,SCH,Teacher of Art,staff,@amynorthgate
bilal.rashid@harbourside.example,Bilal,Rashid,SCH,Teacher of PE,staff,@coach_rashid
jo.finch@harbourside.example,Jo,Finch,SCH,Cover Supervisor,staff,@jofinch
paul.esterhuizen@harbourside.example,Paul,Esterhuizen,SCH,Principal,head,
tess.wilde@harbourside.example,Tess,Wilde,MBA,Teaching Assistant,staff,@tess_w
"""
PUPILS_CSV = """\
pupil_id,first_name,last_name,preferred_name,academy_code,year_group,handles
N1,Grace,Okoro,,NGP,3,
N2,Jack,Lindqvist,,NGP,3,
N3,Hope,Barnes,,NGP,5,
N4,Summer,Reid,,NGP,4,
S1,Frankie,Doyle,,SCH,10,@frankied_
S2,Liberty,Mills,Libby,SCH,9,@libbymills
S3,Rocco,Varga,,SCH,11,
M1,Poppy,Achterberg,,MBA,2,
"""
CONSENTS_CSV = """\
pupil_id,images_online,recorded_on
N1,no,2025-09-01
N2,yes,2025-09-01
N3,yes,2025-09-01
S1,no,2025-09-01
S2,yes,2025-09-01
M1,yes,2025-09-01
"""


def write_org(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "trust.toml": TRUST_TOML,
        "academies.csv": ACADEMIES_CSV,
        "staff.csv": STAFF_CSV,
        "pupils.csv": PUPILS_CSV,
        "consents.csv": CONSENTS_CSV,
    }
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def org_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_org(tmp_path_factory.mktemp("harbourside") / "org")


@pytest.fixture(scope="session")
def analyzer(org_dir: Path) -> Analyzer:
    return Analyzer(Roster.from_orgdir(load_org(org_dir)))


@pytest.fixture(scope="session")
def shared_org_dir() -> Path:
    path = SHARED_EXAMPLES / "org"
    if not path.is_dir():
        pytest.skip("shared examples not present")
    return path


Check = Callable[..., Result]


@pytest.fixture(scope="session")
def check(analyzer: Analyzer) -> Check:
    def run(text: str, kind: str = "post", audience: str = "personal", author: str | None = None) -> Result:
        if author and "@" not in author:
            author = f"{author}@harbourside.example"
        return analyzer.analyze(DraftInput(text=text, kind=kind, audience=audience, author=author))

    return run
