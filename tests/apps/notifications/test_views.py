import pytest

from socialpolicy.apps.notifications.models import Notification
from socialpolicy.apps.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_list_shows_only_my_notifications(login, staff_north, staff_south):
    notify(recipient=staff_north, key="mine", title="For Sam", email=False)
    notify(recipient=staff_south, key="theirs", title="For Sue", email=False)
    body = login(staff_north).get("/notifications/").content.decode()
    assert "For Sam" in body and "For Sue" not in body


def test_mark_as_read(login, staff_north):
    notification = notify(recipient=staff_north, key="mine", title="For Sam", email=False)
    response = login(staff_north).post(f"/notifications/{notification.pk}/read/")
    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_cannot_mark_someone_elses(login, staff_north, staff_south):
    notification = notify(recipient=staff_south, key="theirs", title="For Sue", email=False)
    assert login(staff_north).post(f"/notifications/{notification.pk}/read/").status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_read(login, staff_north):
    for i in range(3):
        notify(recipient=staff_north, key=f"n{i}", title=f"N{i}", email=False)
    login(staff_north).post("/notifications/read-all/")
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_list_query_count_is_bounded(login, staff_north, django_assert_max_num_queries):
    for i in range(30):
        notify(recipient=staff_north, key=f"n{i}", title=f"N{i}", email=False)
    client = login(staff_north)
    with django_assert_max_num_queries(12):
        assert client.get("/notifications/").status_code == 200


def test_home_page_points_to_unread_notifications(staff_north):
    from socialpolicy.apps.core.home import actions_for

    assert not [a for a in actions_for(staff_north) if "unread" in a.title]
    notify(recipient=staff_north, key="n1", title="N1", email=False)
    notify(recipient=staff_north, key="n2", title="N2", email=False)
    assert [a.title for a in actions_for(staff_north) if "unread" in a.title] == ["2 unread notifications"]
