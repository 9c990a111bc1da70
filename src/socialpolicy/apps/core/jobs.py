"""Scheduled work run by ``socialpolicy run-jobs`` (cron or a systemd timer, every few minutes).

Apps register jobs with ``@scheduled_job("name")``. A job receives the current
time and returns a one-line summary. Every job must be idempotent: running
``run-jobs`` twice in a row sends and deletes nothing twice (keep a record of
what was done, e.g. a unique key per reminder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

JobFunction = Callable[[datetime], str]


@dataclass(frozen=True)
class Job:
    name: str
    run: JobFunction


JOBS: dict[str, Job] = {}


def scheduled_job(name: str) -> Callable[[JobFunction], JobFunction]:
    def register(func: JobFunction) -> JobFunction:
        JOBS[name] = Job(name, func)
        return func

    return register
