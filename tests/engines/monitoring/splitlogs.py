"""Generated days of use and the ways to cut them into separate files, for the merge tests.

A day of use is a time-ordered Squid log of sessions placed where the rules are delicate: either
side of local midnight, the start and end of work hours, breaks and non-contact periods, and on
the days the clocks change the skipped or repeated hour. Each minute of a session holds one to
four requests at random seconds, so most cut points fall in the middle of a minute.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from socialpolicy.engines.monitoring import DailyActivity

from .loggen import squid

# Local clock times (HH:MM) around which sessions start: the previous and next midnight, the
# clock change (01:00-02:00 Europe/London), work hours and their breaks, and some ordinary times.
HOTSPOTS = (
    "00:00",
    "00:55",
    "01:20",
    "01:55",
    "07:58",
    "08:14",
    "10:28",
    "10:48",
    "12:10",
    "12:58",
    "13:55",
    "14:58",
    "16:28",
    "16:58",
    "19:30",
    "23:50",
)


@dataclass(frozen=True)
class Client:
    """Who sends the requests: the log's user name (``-`` for none) and the client address."""

    user: str
    address: str


def day_of_use(
    seed: int,
    day: date,
    clients: Sequence[Client],
    hosts: Sequence[str],
    *,
    sessions: int = 24,
    zone: str = "Europe/London",
    extra: Sequence[str] = (),
) -> list[str]:
    """Squid lines of ``sessions`` sessions of use around ``day``, in time order.

    ``extra`` lines (malformed ones, say) are spread through the log at random places.
    """
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    timed: list[tuple[float, str]] = []
    for _ in range(sessions):
        hours, minutes = (int(part) for part in rng.choice(HOTSPOTS).split(":"))
        start = datetime(day.year, day.month, day.day, hours, minutes, tzinfo=tz, fold=rng.randint(0, 1))
        start += timedelta(minutes=rng.randint(-4, 4))
        client, host = rng.choice(clients), rng.choice(hosts)
        first = int(start.timestamp()) // 60 * 60
        for minute in range(rng.randint(1, 40)):
            if rng.random() < 0.2:  # a quiet minute inside the session
                continue
            for second in sorted(rng.sample(range(60), rng.randint(1, 4))):
                ts = first + 60 * minute + second + rng.randint(0, 999) / 1000
                timed.append((ts, squid(ts, client.address, host, client.user)))
    lines = [line for _, line in sorted(timed)]
    for line in extra:
        lines.insert(rng.randint(0, len(lines)), line)
    return lines


def minute_of_line(line: str) -> int | None:
    try:
        return int(float(line.split()[0]) // 60)
    except (IndexError, ValueError):
        return None


def cut_points(lines: Sequence[str], seed: int, count: int) -> list[int]:
    """Where to cut a log in two: both ends, and ``count`` points, most of them inside a minute.

    A point ``i`` gives the files ``lines[:i]`` and ``lines[i:]``; inside a minute means that the
    lines either side of the cut fall in the same clock minute.
    """
    rng = random.Random(seed)
    minutes = [minute_of_line(line) for line in lines]
    inside = [i for i in range(1, len(lines)) if minutes[i] is not None and minutes[i - 1] == minutes[i]]
    between = sorted(set(range(1, len(lines))) - set(inside))
    chosen = rng.sample(inside, min(len(inside), count * 3 // 4))
    chosen += rng.sample(between, min(len(between), count - len(chosen)))
    return sorted({0, len(lines), *chosen})


def random_halves(lines: Sequence[str], seed: int) -> tuple[list[str], list[str]]:
    """Each line to one of two files at random (two proxies logging the same people, say)."""
    rng = random.Random(seed)
    first: list[str] = []
    second: list[str] = []
    for line in lines:
        (first if rng.random() < 0.5 else second).append(line)
    return first, second


def merge_days(*parts: Sequence[DailyActivity]) -> list[DailyActivity]:
    """The activity of separate scans merged per person, day, site and ownership, in scan order."""
    merged: dict[tuple[str, str, str, str], DailyActivity] = {}
    for part in parts:
        for day in part:
            merged[day.key] = merged[day.key].merged(day) if day.key in merged else day
    return sorted(merged.values(), key=lambda d: (d.date, d.person, d.site, d.ownership))
