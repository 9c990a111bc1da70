"""The fictional demo trust, written as an organisation folder (CONTRACTS.md section 2).

Deterministic: the same seed gives the same trust, byte for byte. The folder
feeds ``import-org`` (``make demo`` loads it) and the command-line engines, so
the demo exercises the same path a real trust uses. Every name is invented;
the e-mail domain is under ``.example``, which can never be a real address.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

TRUST_NAME = "Ferncastle Learning Trust"
DOMAIN = "ferncastle.example"
DEMO_PASSWORD = "ferncastle-demo-2026"


@dataclass(frozen=True)
class DemoAcademy:
    code: str
    name: str
    aliases: tuple[str, ...]
    phase: str  # primary | secondary | infant
    staff: int
    pupils: int


ACADEMIES = (
    DemoAcademy(
        "ASG", "Ashgrove Primary Academy", ("Ashgrove Primary", "Ashgrove", "@AshgrovePA"), "primary", 48, 380
    ),
    DemoAcademy(
        "BHA",
        "Brindle Hill Academy",
        ("Brindle Hill", "Brindle Hill High", "@BrindleHillAc"),
        "secondary",
        78,
        620,
    ),
    DemoAcademy(
        "CFI", "Copperfield Infant Academy", ("Copperfield Infants", "@CopperfieldInf"), "infant", 32, 240
    ),
    DemoAcademy("DPS", "Dunmore Park School", ("Dunmore Park", "@DunmoreParkSch"), "secondary", 70, 520),
    DemoAcademy(
        "ELM", "Elmstead Primary Academy", ("Elmstead Primary", "Elmstead", "@ElmsteadPA"), "primary", 44, 240
    ),
)

FIRST_NAMES = [
    "Aisha",
    "Alex",
    "Amelia",
    "Amir",
    "Anna",
    "Ben",
    "Bethany",
    "Callum",
    "Carys",
    "Chloe",
    "Daniel",
    "Deborah",
    "Dev",
    "Eleanor",
    "Elif",
    "Ellis",
    "Emma",
    "Farah",
    "Finn",
    "Gemma",
    "George",
    "Grace",
    "Hamza",
    "Hannah",
    "Harriet",
    "Imogen",
    "Isaac",
    "Jack",
    "Jade",
    "James",
    "Jasmine",
    "Joel",
    "Kate",
    "Kieran",
    "Kwame",
    "Laura",
    "Leah",
    "Liam",
    "Lucy",
    "Maya",
    "Megan",
    "Mohammed",
    "Nadia",
    "Naomi",
    "Nathan",
    "Niamh",
    "Oliver",
    "Owen",
    "Priya",
    "Rachel",
    "Rhys",
    "Rosa",
    "Ruth",
    "Sam",
    "Sana",
    "Sophie",
    "Stephen",
    "Tariq",
    "Tom",
    "Una",
    "Victoria",
    "Will",
    "Yasmin",
    "Zara",
    "Zoe",
]
LAST_NAMES = [
    "Abbott",
    "Ahmed",
    "Ainsworth",
    "Bailey",
    "Barker",
    "Begum",
    "Bennett",
    "Bhatt",
    "Calloway",
    "Carter",
    "Chowdhury",
    "Clarke",
    "Dawson",
    "Delaney",
    "Dixon",
    "Ellery",
    "Evans",
    "Farrow",
    "Fletcher",
    "Foster",
    "Garside",
    "Gill",
    "Hartley",
    "Hussain",
    "Ibbett",
    "Jarvis",
    "Kaur",
    "Kemp",
    "Lister",
    "Lomax",
    "Malik",
    "Marsden",
    "Moreno",
    "Nash",
    "Novak",
    "Okafor",
    "Osei",
    "Patel",
    "Pemberton",
    "Quinn",
    "Rahman",
    "Redfern",
    "Sadler",
    "Shah",
    "Singh",
    "Thackeray",
    "Thorne",
    "Underwood",
    "Varga",
    "Walsh",
    "Whitlock",
    "Yates",
    "Zielinski",
]
PUPIL_FIRST_NAMES = [
    "Ada",
    "Aiden",
    "Alfie",
    "Amara",
    "Archie",
    "Ava",
    "Bella",
    "Bilal",
    "Caleb",
    "Cara",
    "Charlie",
    "Darcy",
    "Dylan",
    "Eden",
    "Elsie",
    "Ethan",
    "Evie",
    "Freya",
    "Frankie",
    "Hallie",
    "Harvey",
    "Ibrahim",
    "Isla",
    "Ivy",
    "Jacob",
    "Jaxon",
    "Kai",
    "Lena",
    "Leo",
    "Lily",
    "Logan",
    "Luca",
    "Mason",
    "Mia",
    "Mila",
    "Musa",
    "Nia",
    "Noah",
    "Olivia",
    "Ollie",
    "Poppy",
    "Reggie",
    "Riley",
    "Rory",
    "Sofia",
    "Teddy",
    "Theo",
    "Tilly",
    "Toby",
    "Violet",
    "Yusuf",
    "Zain",
]
PREFERRED = {"Alfie": "Alf", "Charlie": "Charl", "Jacob": "Jake", "Olivia": "Liv", "Sofia": "Sof"}
YEAR_GROUPS = {
    "infant": ["R", "1", "2"],
    "primary": ["R", "1", "2", "3", "4", "5", "6"],
    "secondary": ["7", "8", "9", "10", "11"],
}
ACADEMY_TITLES = (
    ["Class Teacher"] * 10
    + ["Teaching Assistant"] * 6
    + ["Teacher of English", "Teacher of Mathematics", "Teacher of Science", "Teacher of History"]
    + ["Learning Mentor", "Office Manager", "Site Manager", "SENCO", "Catering Assistant", "Cleaner"]
    + ["Supply Teacher (agency)", "Sports Coach (contractor)", "Reading Volunteer", "Advisory Board Member"]
)


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    description: str


def _email(first: str, last: str, taken: set[str]) -> str:
    base = f"{first}.{last}".lower().replace("'", "")
    email, n = f"{base}@{DOMAIN}", 2
    while email in taken:
        email, n = f"{base}{n}@{DOMAIN}", n + 1
    taken.add(email)
    return email


def _staff_rows(rng: random.Random) -> list[dict[str, str]]:
    taken: set[str] = set()
    rows: list[dict[str, str]] = []

    def person(academy: str, title: str, roles: str, handle: bool = False) -> None:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = _email(first, last, taken)
        handles = f"@{first.lower()}{last[:3].lower()}{rng.randint(1, 99)}" if handle else ""
        rows.append(
            {
                "email": email,
                "first_name": first,
                "last_name": last,
                "academy_code": academy,
                "job_title": title,
                "roles": roles,
                "handles": handles,
            }
        )

    # Head office.
    person("", "Chief Executive Officer", "ceo", handle=True)
    person("", "Deputy Chief Executive", "ceo")
    person("", "Director of HR", "hr")
    person("", "HR Officer", "staff;hr")
    person("", "HR Assistant", "staff;hr")
    person("", "Head of ICT Services", "ict")
    person("", "ICT Technician", "staff;ict")
    person("", "ICT Technician", "staff;ict")
    person("", "Trust Safeguarding Lead", "staff;dsl")
    for title in (
        "Finance Director",
        "Finance Officer",
        "Estates Manager",
        "Communications Officer",
        "Data Manager",
    ):
        person("", title, "staff", handle=rng.random() < 0.4)
    for _ in range(8):
        person("", "Trustee", "trustee", handle=rng.random() < 0.3)
    # Academies.
    for academy in ACADEMIES:
        person(
            academy.code, "Headteacher" if academy.phase != "secondary" else "Principal", "head", handle=True
        )
        person(academy.code, "Deputy Headteacher", "staff;dsl")
        person(
            academy.code, "Assistant Headteacher", "staff;dsl" if academy.phase == "secondary" else "staff"
        )
        for i in range(academy.staff - 3):
            title = ACADEMY_TITLES[(i + rng.randint(0, 3)) % len(ACADEMY_TITLES)]
            person(academy.code, title, "staff", handle=rng.random() < 0.25)
    return rows


def _pupil_rows(rng: random.Random) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    pupils: list[dict[str, str]] = []
    consents: list[dict[str, str]] = []
    for academy in ACADEMIES:
        years = YEAR_GROUPS[academy.phase]
        for n in range(1, academy.pupils + 1):
            first = rng.choice(PUPIL_FIRST_NAMES)
            year = years[(n - 1) % len(years)]
            pupil_id = f"{academy.code}{n:04d}"
            older = year not in ("R", "1", "2", "3", "4")
            handle = f"@{first.lower()}.{rng.choice(LAST_NAMES)[:2].lower()}{rng.randint(1, 20)}"
            pupils.append(
                {
                    "pupil_id": pupil_id,
                    "first_name": first,
                    "last_name": rng.choice(LAST_NAMES),
                    "preferred_name": PREFERRED.get(first, "") if rng.random() < 0.3 else "",
                    "academy_code": academy.code,
                    "year_group": year,
                    "handles": handle if older and rng.random() < 0.35 else "",
                }
            )
            chance = rng.random()
            if chance < 0.8:
                consents.append({"pupil_id": pupil_id, "images_online": "yes", "recorded_on": "2025-09-03"})
            elif chance < 0.93:
                consents.append({"pupil_id": pupil_id, "images_online": "no", "recorded_on": "2025-09-03"})
    return pupils, consents


def _write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def write_demo_org(folder: str | Path, seed: int = 2026) -> list[DemoLogin]:
    """Write the demo trust's organisation folder; return one log-in per role."""
    rng = random.Random(seed)
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    (root / "trust.toml").write_text(
        "# Fictional demo trust generated by socialpolicy (any likeness to a real trust is accidental).\n"
        f'name = "{TRUST_NAME}"\n'
        'aliases = ["Ferncastle Trust", "Ferncastle LT", "FLT", "@FerncastleLT"]\n'
        f'email_domains = ["{DOMAIN}"]\n'
        'timezone = "Europe/London"\n',
        encoding="utf-8",
    )
    _write_csv(
        root / "academies.csv",
        ["code", "name", "aliases"],
        [{"code": a.code, "name": a.name, "aliases": ";".join(a.aliases)} for a in ACADEMIES],
    )
    staff = _staff_rows(rng)
    _write_csv(
        root / "staff.csv",
        ["email", "first_name", "last_name", "academy_code", "job_title", "roles", "handles"],
        staff,
    )
    pupils, consents = _pupil_rows(rng)
    _write_csv(
        root / "pupils.csv",
        ["pupil_id", "first_name", "last_name", "preferred_name", "academy_code", "year_group", "handles"],
        pupils,
    )
    _write_csv(root / "consents.csv", ["pupil_id", "images_online", "recorded_on"], consents)
    networks = [{"cidr": "10.100.0.0/18", "ownership": "trust", "academy_code": ""}]
    networks += [{"cidr": "10.100.64.0/22", "ownership": "personal", "academy_code": ""}]
    for i, academy in enumerate(ACADEMIES, start=1):
        networks.append({"cidr": f"10.{100 + i}.0.0/18", "ownership": "trust", "academy_code": academy.code})
        networks.append(
            {"cidr": f"10.{100 + i}.64.0/22", "ownership": "personal", "academy_code": academy.code}
        )
    _write_csv(root / "networks.csv", ["cidr", "ownership", "academy_code"], networks)
    (root / "schedule.toml").write_text(
        "[default]\n"
        'workdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]\n'
        'work_hours = "08:00-16:30"\n'
        'breaks = ["10:30-10:45", "12:15-13:00"]\n\n'
        "[academy.BHA]\n"
        'work_hours = "08:15-16:00"\n'
        'breaks = ["10:50-11:10", "12:00-12:45"]\n',
        encoding="utf-8",
    )
    return demo_logins(staff)


def demo_logins(staff: list[dict[str, str]]) -> list[DemoLogin]:
    def first(predicate, description: str, role: str) -> DemoLogin:
        row = next(r for r in staff if predicate(r))
        return DemoLogin(role, row["email"], description)

    def has(role: str):
        return lambda r: role in r["roles"].split(";")

    return [
        first(
            lambda r: r["roles"] == "staff" and r["academy_code"] == "ASG",
            "member of staff at Ashgrove",
            "staff",
        ),
        first(lambda r: has("head")(r) and r["academy_code"] == "ASG", "head of Ashgrove", "head"),
        first(lambda r: r["roles"] == "hr", "Director of HR", "hr"),
        first(lambda r: r["roles"] == "ict", "Head of ICT Services", "ict"),
        first(
            lambda r: has("dsl")(r) and r["academy_code"] == "ASG",
            "Designated Safeguarding Lead, Ashgrove",
            "dsl",
        ),
        first(has("ceo"), "Chief Executive Officer", "ceo"),
        first(has("trustee"), "trustee", "trustee"),
    ]
