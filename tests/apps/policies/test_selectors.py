"""Who sees which signatures, requests and dashboard rows."""

from datetime import date, timedelta

import pytest
from django.http import Http404

from socialpolicy.apps.core import access
from socialpolicy.apps.policies import selectors, services
from socialpolicy.apps.policies.models import Signature, SignOffRequest
from tests.apps.policies.conftest import DUE_DAY, ISSUE_DAY, at, sign

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed(issued, people):
    when = at(ISSUE_DAY + timedelta(days=2))
    return {
        name: sign(people[name], issued, now=when)
        for name in ("staff_north", "staff_south", "staff_head_office")
    }


def visible_signers(user):
    return set(selectors.signature_list(user=user).values_list("user__email", flat=True))


def test_staff_see_only_their_own_signatures(signed, staff_north):
    assert visible_signers(staff_north) == {staff_north.email}
    with pytest.raises(Http404):
        selectors.signature_get(user=staff_north, pk=signed["staff_south"].pk)
    assert selectors.signature_get(user=staff_north, pk=signed["staff_north"].pk) == signed["staff_north"]


def test_head_sees_their_academys_signatures_only(signed, head_north, staff_north):
    assert visible_signers(head_north) == {staff_north.email}
    with pytest.raises(Http404):
        selectors.signature_get(user=head_north, pk=signed["staff_south"].pk)


def test_ceo_sees_all_and_trustee_none_of_the_rows(signed, ceo, trustee):
    assert len(visible_signers(ceo)) == 3
    assert visible_signers(trustee) == set()
    others = SignOffRequest.objects.exclude(user=trustee)
    assert not access.scope_queryset(trustee, others).exists()


def test_a_person_cannot_open_someone_elses_signing_page(issued, staff_north, staff_south):
    other = staff_south.policy_sign_off_requests.get()
    with pytest.raises(Http404):
        selectors.request_get_for_signing(user=staff_north, pk=other.pk)


def rows_by_name(user, version, today=DUE_DAY):
    data = selectors.compliance(user=user, version=version, today=today)
    return {row.name: row for row in data.rows} if data else None


def test_dashboard_rows_are_scoped(signed, issued, head_north, head_south, hr, trustee, ceo, staff_north):
    assert set(rows_by_name(head_north, issued)) == {"North Academy"}
    assert set(rows_by_name(head_south, issued)) == {"South Academy"}
    assert set(rows_by_name(hr, issued)) == {"North Academy", "South Academy", "Head office"}
    assert set(rows_by_name(trustee, issued)) == {"North Academy", "South Academy", "Head office"}
    assert set(rows_by_name(ceo, issued)) == {"North Academy", "South Academy", "Head office"}
    assert rows_by_name(staff_north, issued) is None


def test_dashboard_figures(signed, issued, hr, head_north, policy, north):
    session = services.training_session_create(
        actor=hr, policy=policy, title="Cascade", held_on=date(2026, 11, 5), trainer="Nina", academy=north
    )
    services.training_attendance_record(actor=hr, session=session, users=[head_north])
    services.training_exemption_grant(
        actor=hr, policy=policy, user=signed["staff_north"].user, reason="On maternity leave"
    )
    north_row = rows_by_name(hr, issued, today=DUE_DAY + timedelta(days=1))["North Academy"]
    # North: staff_north (signed, exempt) and head_north (unsigned, trained).
    assert (north_row.total, north_row.signed, north_row.overdue) == (2, 1, 1)
    assert (north_row.trained, north_row.exempt) == (2, 1)
    assert north_row.signed_pct == 50.0 and north_row.trained_pct == 100.0
    office = rows_by_name(hr, issued)["Head office"]
    assert office.total == 4  # staff_head_office, ceo, hr, trustee
    assert office.overdue == 0  # not past due on the due date itself


def test_the_ceo_acting_as_head_of_head_office_gets_the_trust(issued, ceo):
    assert selectors.dashboard_scope(ceo).academies is None


def test_outstanding_names_are_hidden_from_trustees(issued, trustee, head_north, staff_north):
    assert not selectors.outstanding(user=trustee, version=issued).exists()
    names = set(selectors.outstanding(user=head_north, version=issued).values_list("user__email", flat=True))
    assert names == {staff_north.email, head_north.email}


def test_trend_reaches_the_current_figure(signed, issued, hr):
    points = selectors.trend(user=hr, version=issued, today=DUE_DAY)
    assert points[0] == (issued.issued_on, 0.0)
    assert points[-1] == (DUE_DAY, round(100 * 3 / 8, 1))


def test_deactivated_people_leave_the_figures(issued, hr, staff_north):
    staff_north.is_active = False
    staff_north.save()
    assert rows_by_name(hr, issued)["North Academy"].total == 1


def test_my_open_requests_drop_once_signed(issued, staff_north):
    assert [r.version for r in selectors.my_open_requests(user=staff_north)] == [issued]
    sign(staff_north, issued)
    assert selectors.my_open_requests(user=staff_north) == []
    assert Signature.objects.filter(user=staff_north).count() == 1


def test_drafts_are_hidden_from_staff(draft, staff_north, hr):
    with pytest.raises(Http404):
        selectors.version_get(user=staff_north, pk=draft.pk)
    assert selectors.version_get(user=hr, pk=draft.pk) == draft
