"""Take the README's tour screenshots from the demo trust, in headless Chromium.

    .venv/bin/python scripts/readme_screenshots.py [--port 8799]

Loads the demo into a fresh SQLite file, serves it, signs in as one person per role with
Playwright (Debian's /usr/bin/chromium) and saves ``docs/screenshots/tour-<role>-<page>.png``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "ferncastle-demo-2026"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SAMPLE_DRAFT = (
    "Another pointless staff meeting at Ashgrove, the leadership here haven't a clue. "
    "Text me on 07700 900461 if you want the real story"
)

# role -> (demo e-mail index in the printed log-ins, pages to capture)
TOUR = {
    "staff": ["/", "/check/", "/policies/mine/", "/monitoring/me/"],
    "head": ["/", "/policies/compliance/", "/monitoring/findings/"],
    "hr": ["/", "/policies/compliance/", "/policies/training/", "/audit/"],
    "ict": ["/", "/monitoring/findings/", "/monitoring/usage/", "/monitoring/sites/"],
    "dsl": ["/", "/monitoring/alerts/"],
    "ceo": ["/", "/policies/compliance/"],
    "trustee": ["/", "/policies/compliance/"],
}


def demo_logins(env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run(
        [str(ROOT / ".venv/bin/socialpolicy"), "load-demo"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    logins = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in TOUR and "@" in parts[1]:
            logins[parts[0]] = parts[1]
    return logins


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp()) / "tour.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}"}
    subprocess.run([str(ROOT / ".venv/bin/socialpolicy"), "migrate", "-v0"], env=env, check=True)
    logins = demo_logins(env)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/socialpolicy"), "runserver", f"127.0.0.1:{args.port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"{base}/login/", timeout=2)  # noqa: S310 (loopback only)
                break
            except OSError:
                time.sleep(0.5)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for role, pages in TOUR.items():
                page = browser.new_page(viewport={"width": 1280, "height": 860})
                page.goto(f"{base}/login/")
                page.fill("input[name=username]", logins[role])
                page.fill("input[name=password]", PASSWORD)
                page.click("button[type=submit]")
                page.wait_for_load_state()
                for path in pages:
                    page.goto(f"{base}{path}")
                    if path == "/check/":
                        page.fill("textarea", SAMPLE_DRAFT)
                        page.click("main button[type=submit]")
                        page.wait_for_load_state()
                    name = path.strip("/").replace("/", "-") or "home"
                    target = OUT / f"tour-{role}-{name}.png"
                    page.screenshot(path=str(target))
                    print(target.relative_to(ROOT))
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
