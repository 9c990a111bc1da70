from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from socialpolicy.engines.monitoring import ScanResult, ScanSettings, scan

from .loggen import write_log, write_org


@pytest.fixture
def org(tmp_path: Path) -> Path:
    return write_org(tmp_path / "org")


ScanLines = Callable[..., ScanResult]


@pytest.fixture
def scan_lines(tmp_path: Path, org: Path) -> ScanLines:
    """Write the lines to a log file and scan it with the test org folder."""

    def run(
        lines: list[str],
        *,
        log_format: str | None = "squid",
        settings: ScanSettings | None = None,
        org_dir: Path | None = None,
        header: str | None = None,
        gz: bool = False,
    ) -> ScanResult:
        path = write_log(tmp_path / ("access.log.gz" if gz else "access.log"), lines, gz=gz, header=header)
        return scan(org_dir or org, [path], log_format=log_format, settings=settings)

    return run
