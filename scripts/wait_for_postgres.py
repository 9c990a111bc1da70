"""Exit 0 once the PostgreSQL server in DATABASE_URL answers; start it if this machine can.

CI must never assume the server is up (the machine page of the env entry says how to start it).
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import time

import psycopg


def reachable(url: str) -> bool:
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    try:
        with psycopg.connect(admin_url, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def try_start() -> None:
    versions = sorted(os.path.basename(p) for p in glob.glob("/etc/postgresql/*"))
    if not versions:
        return
    cmd = ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"]
    subprocess.run(cmd, check=False, capture_output=True)


def main() -> int:
    url = sys.argv[1]
    if reachable(url):
        return 0
    print("PostgreSQL is not answering; trying to start it...", flush=True)
    try_start()
    for _ in range(30):
        if reachable(url):
            return 0
        time.sleep(1)
    print(
        f"PostgreSQL at {url} is not reachable: the PostgreSQL half of the suite cannot run", file=sys.stderr
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
