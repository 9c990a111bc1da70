"""The engine is plain Python: importing it and scanning must not pull in Django."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import socialpolicy.engines.monitoring.cli
from socialpolicy.engines.monitoring import scan
assert not any(name == "django" or name.startswith("django.") for name in sys.modules), "django imported"
"""


def test_engine_does_not_import_django():
    subprocess.run([sys.executable, "-c", CODE], check=True)
