"""A realistic Squid native access.log and org folder for the monitoring benchmark.

Mostly ``CONNECT host:443`` tunnels to work and general sites, a few per cent social media, about
two thousand clients on trust and own-device networks, user names on about a third of the lines.
As on a real school proxy, most requests go to a few dozen big hosts but there is a long tail:
tens of thousands of other hosts (CDN shards, trackers, news and shop sites) with Zipf-like
popularity, and about one line in eight is plain HTTP with its own path and query. (The first
version drew from 78 hosts and 4 URLs; GoAccess, whose cost grows with distinct values, then ran
about four times faster than on the anchor log of shared/BENCHMARKS.md.)
Deterministic for a given seed; written in blocks so memory stays flat whatever the size.
"""

from __future__ import annotations

import random
from pathlib import Path

ORDINARY_HOSTS = [
    "outlook.office365.com",
    "login.microsoftonline.com",
    "teams.microsoft.com",
    "graph.microsoft.com",
    "www.google.com",
    "www.google.co.uk",
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "www.bbc.co.uk",
    "ichef.bbci.co.uk",
    "classroom.google.com",
    "docs.google.com",
    "drive.google.com",
    "en.wikipedia.org",
    "upload.wikimedia.org",
    "www.twinkl.co.uk",
    "app.senecalearning.com",
    "play.ttrockstars.com",
    "www.dropbox.com",
    "cdn.jsdelivr.net",
    "cdnjs.cloudflare.com",
    "www.gov.uk",
    "www.bing.com",
    "res.cdn.office.net",
    "statics.teams.cdn.office.net",
    "edge.microsoft.com",
    "www.office.com",
    "kestrel.sharepoint.com",
    "v10.events.data.microsoft.com",
    "safebrowsing.googleapis.com",
    "www.oaknationalacademy.com",
    "www.tes.com",
    "login.arbor.sc",
    "app.sparxmaths.uk",
    "www.amazon.co.uk",
    "s3.eu-west-2.amazonaws.com",
    "quizizz.com",
    "www.canva.com",
    "zoom.us",
    "www.theguardian.com",
]
SOCIAL_HOSTS = [
    "www.facebook.com",
    "static.xx.fbcdn.net",
    "scontent-lhr8-1.xx.fbcdn.net",
    "graph.facebook.com",
    "www.instagram.com",
    "scontent-lhr6-1.cdninstagram.com",
    "i.instagram.com",
    "web.whatsapp.com",
    "mmg.whatsapp.net",
    "x.com",
    "pbs.twimg.com",
    "video.twimg.com",
    "t.co",
    "www.linkedin.com",
    "media.licdn.com",
    "www.youtube.com",
    "i.ytimg.com",
    "rr3---sn-aigl6nzr.googlevideo.com",
    "youtu.be",
    "www.tiktok.com",
    "p16-sign-va.tiktokcdn.com",
    "app.snapchat.com",
    "cf-st.sc-cdn.net",
    "www.reddit.com",
    "i.redd.it",
    "discord.com",
    "cdn.discordapp.com",
    "bsky.app",
    "www.threads.net",
    "mastodon.social",
    "www.pinterest.co.uk",
    "i.pinimg.com",
    "www.tumblr.com",
    "www.flickr.com",
]
ACADEMIES = ["ASH", "MIL", "FEN"]
TAIL_HOSTS = 40_000
HTTP_SHARE = 0.12
_WORDS = [
    *("news", "shop", "cdn", "static", "img", "media", "api", "edge", "track", "pixel", "ads"),
    *("cloud", "maths", "reading", "science", "weather", "sport", "music", "games", "recipes"),
    *("travel", "bank", "energy", "council", "library", "museum", "radio", "books", "kids", "learn"),
    *("quiz", "photo", "video", "maps", "jobs", "health", "garden", "home", "tech"),
]
_HTTP_ACTIONS = ["TCP_MISS/200", "TCP_MISS/200", "TCP_REFRESH_UNMODIFIED/304", "TCP_MISS/404"]
_TLDS = ["com", "co.uk", "org", "net", "org.uk", "io", "uk", "ac.uk", "gov.uk", "de", "fr"]
# Part of the cached log's file name: a new version of the generator writes a new file.
LOG_VERSION = 2
START_EPOCH = 1747036800  # 2025-05-12 08:00 UTC


def staff_names(count: int = 300) -> list[str]:
    return [f"teacher{i:03d}" for i in range(count)]


def write_org(folder: Path, domain: str = "kestrel.example.org") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trust.toml").write_text(f'name = "Kestrel Benchmark Trust"\nemail_domains = ["{domain}"]\n')
    (folder / "academies.csv").write_text(
        "code,name,aliases\n" + "".join(f"{code},{code} Academy,\n" for code in ACADEMIES)
    )
    rows = ["email,first_name,last_name,academy_code,job_title,roles,handles"]
    for index, name in enumerate(staff_names()):
        code = ACADEMIES[index % 4] if index % 4 < 3 else ""
        rows.append(f"{name}@{domain},Teacher,{index},{code},Teacher,staff,")
    (folder / "staff.csv").write_text("\n".join(rows) + "\n")
    networks = ["cidr,ownership,academy_code", "10.20.0.0/18,trust,", "10.20.64.0/22,personal,"]
    for index, code in enumerate(ACADEMIES, start=21):
        networks += [f"10.{index}.0.0/18,trust,{code}", f"10.{index}.64.0/22,personal,{code}"]
    (folder / "networks.csv").write_text("\n".join(networks) + "\n")
    (folder / "schedule.toml").write_text(
        '[default]\nworkdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]\nwork_hours = "08:00-16:30"\n'
        'breaks = ["10:30-10:45", "12:15-13:00"]\n'
    )


def _clients(rng: random.Random, count: int = 2000) -> list[str]:
    clients = []
    for _ in range(count):
        second = rng.choice([20, 21, 22, 23])
        third = rng.choice([rng.randrange(0, 64), rng.randrange(64, 68), rng.randrange(128, 200)])
        clients.append(f"10.{second}.{third}.{rng.randrange(1, 255)}")
    return clients


def _tail_hosts(rng: random.Random, count: int = TAIL_HOSTS) -> tuple[list[str], list[float]]:
    """``count`` made-up hosts and their cumulative Zipf weights (rank r weighs 1/r)."""
    hosts, cumulative, total = [], [], 0.0
    for rank in range(1, count + 1):
        word, other = rng.choice(_WORDS), rng.choice(_WORDS)
        sub = rng.choice(["www", "cdn", "static", "img", "api", f"s{rng.randrange(1, 99)}", "m", "assets"])
        hosts.append(f"{sub}.{word}{other}{rank}.{rng.choice(_TLDS)}")
        total += 1.0 / rank
        cumulative.append(total)
    return hosts, cumulative


def _http_url(rng: random.Random, host: str) -> str:
    path = "/".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 4)))
    name = f"{rng.randrange(10**6):x}.{rng.choice(['js', 'png', 'html', 'json'])}"
    return f"http://{host}/{path}/{name}?v={rng.randrange(10**4)}"


def write_squid_log(path: Path, lines: int, *, seed: int = 7, social_share: float = 0.05) -> None:
    """Write ``lines`` Squid native lines over about eight school hours per day.

    Each client address is one device: a third carry a staff log-in on every line, the rest none.
    Social media comes from one client in ten, each with two or three favourite sites.
    """
    rng = random.Random(seed)
    clients = _clients(rng)
    names = staff_names()
    user_of = {c: (rng.choice(names) if rng.random() < 0.35 else "-") for c in clients}
    for client in rng.sample(clients, 40):  # some log-ins arrive as full upper-case e-mails
        if user_of[client] != "-":
            user_of[client] = f"{user_of[client]}@KESTREL.EXAMPLE.ORG"
    social_clients = rng.sample(clients, len(clients) // 10)
    favourites = {c: rng.sample(SOCIAL_HOSTS, 3) for c in social_clients}
    tail, tail_weights = _tail_hosts(rng)
    seconds_per_line = max(28_800 / max(lines, 1), 0.0005)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="ascii", newline="\n") as out:
        block: list[str] = []
        clock = float(START_EPOCH)
        for index in range(lines):
            clock += rng.random() * 2 * seconds_per_line
            pick = rng.random()
            if pick < social_share:
                client = rng.choice(social_clients)
                url, method, action = f"{rng.choice(favourites[client])}:443", "CONNECT", "TCP_TUNNEL/200"
            else:
                client = rng.choice(clients)
                if rng.random() < 0.5:  # half the other traffic goes to the big work hosts
                    host = rng.choice(ORDINARY_HOSTS)
                else:
                    host = rng.choices(tail, cum_weights=tail_weights)[0]
                if pick > 0.99:
                    url, method, action = f"{host}:443", "CONNECT", "TCP_DENIED/407"
                elif rng.random() < HTTP_SHARE:
                    url, method = _http_url(rng, host), rng.choice(["GET", "GET", "GET", "POST"])
                    action = rng.choice(_HTTP_ACTIONS)
                else:
                    url, method, action = f"{host}:443", "CONNECT", "TCP_TUNNEL/200"
            block.append(
                f"{clock:.3f} {rng.randrange(1, 60000):6d} {client} {action} {rng.randrange(200, 200000)} "
                f"{method} {url} {user_of[client]} HIER_DIRECT/142.250.180.{index % 250} -\n"
            )
            if len(block) >= 100_000:
                out.write("".join(block))
                block.clear()
        out.write("".join(block))
