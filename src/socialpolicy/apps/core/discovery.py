"""Find the optional per-app modules (``jobs``, ``demo``) that apps ship beside their code."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType

from django.apps import AppConfig, apps


def app_modules(name: str) -> Iterator[tuple[AppConfig, ModuleType]]:
    """Each of our apps' ``<app>.<name>`` module, for the apps that have one."""
    for config in apps.get_app_configs():
        if not config.name.startswith("socialpolicy.apps."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.{name}":
                raise  # the module exists but something it imports does not
            continue
        yield config, module
