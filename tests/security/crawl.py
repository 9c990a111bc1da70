"""Every URL pattern of the site, and concrete paths for each (filled with real records' ids)."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Model
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.security.world import World

# URL name -> the model whose primary key (or slug) fills the pattern's argument.
# A new pattern with an argument and no entry here fails test_every_pattern_with_arguments_is_mapped.
ARGUMENT_MODELS = {
    "people:staff_detail": "people.user",
    "policies:sign": "policies.signoffrequest",
    "policies:signature": "policies.signature",
    "policies:version": "policies.policyversion",
    "policies:issue": "policies.policyversion",
    "policies:settings": "policies.policy",
    "policies:training_session": "policies.trainingsession",
    "policies:detail": "policies.policy",
    "monitoring:finding": "monitoring.finding",
    "monitoring:person": "people.user",
    "monitoring:alert": "monitoring.safeguardingalert",
    "monitoring:alert_acknowledge": "monitoring.safeguardingalert",
    "monitoring:site_remove": "monitoring.trustsite",
    "notifications:read": "notifications.notification",
    "api:token_revoke": "api.apitoken",
    "api-v1:staff_detail": "people.user",
    "api-v1:pupil_detail": "people.pupil",
}
# Patterns filled by hand: the password-reset link carries an encoded id and a token, not a record.
SPECIAL = {
    "password_reset_confirm": ["/password/reset/MQ/set-password/", "/password/reset/zzz/bad-token/"],
    "api-v1:unknown": ["/api/v1/no-such-endpoint", "/api/v1/staff/1/extra"],
}
# Ids that are not records: missing, zero, negative (not matched by <int>), past 64 bits.
MISSING_IDS = (987654321, 0, 2**63, 10**30)


@dataclass(frozen=True)
class Route:
    name: str
    pattern: str
    arguments: tuple[str, ...]

    @property
    def is_api(self) -> bool:
        return self.pattern.startswith("api/v1/")


def _walk(patterns, prefix="", namespace=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}:{p.namespace}".strip(":") if p.namespace else namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            name = f"{namespace}:{p.name}".strip(":") if p.name else ""
            yield Route(name, prefix + str(p.pattern), tuple(p.pattern.regex.groupindex))


def routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns))


def _fill(route: Route, value) -> str:
    return reverse(route.name, kwargs=dict.fromkeys(route.arguments, value))


def record_of(route: Route) -> type[Model]:
    return apps.get_model(ARGUMENT_MODELS[route.name])


def paths(route: Route, world: World) -> list[tuple[str, Model | None]]:
    """(path, the record it shows or None) for every record of the route's model, and missing ids."""
    if route.name in SPECIAL:
        return [(p, None) for p in SPECIAL[route.name]]
    if not route.arguments:
        return [(reverse(route.name), None)]
    model = record_of(route)
    slug = route.arguments == ("slug",)
    found = [(_fill(route, r.slug if slug else r.pk), r) for r in world.of_model(model)]
    missing = ["no-such-policy"] if slug else MISSING_IDS
    return found + [(_fill(route, value), None) for value in missing]
