from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from socialpolicy.apps.policies import selectors
from socialpolicy.apps.policies.demo import load_demo_policies
from socialpolicy.apps.policies.models import Policy, Signature
from tests.factories import AcademyFactory, UserFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 25, 9, tzinfo=ZoneInfo("Europe/London"))


def test_demo_is_deterministic_idempotent_and_partly_signed(hr):
    academies = [AcademyFactory(code=f"D{i}", name=f"Demo {i}") for i in range(3)]
    for academy in academies:
        UserFactory(academy=academy, roles=["head"])
        for _ in range(20):
            UserFactory(academy=academy)
    load_demo_policies(now=NOW)
    first = sorted(Signature.objects.values_list("user_id", "version__number"))
    load_demo_policies(now=NOW)
    assert Policy.objects.count() == 1
    assert sorted(Signature.objects.values_list("user_id", "version__number")) == first
    current = selectors.current_versions()[0]
    assert current.number == 7 and current.issued_on == (NOW - timedelta(days=21)).date()
    data = selectors.compliance(user=hr, version=current, today=NOW.date())
    assert 50 < data.total.signed_pct < 90
    assert len({row.signed_pct for row in data.rows}) > 1  # varied by academy
    assert Policy.objects.get().training_sessions.exists()
