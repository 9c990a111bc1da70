"""Form fields to drafts written down as the engine reads them (examples/screening/README.md)."""

import pytest

from socialpolicy.apps.screening.compose import (
    Attachments,
    Profile,
    compose_message,
    compose_post,
    compose_profile,
    names,
)


@pytest.mark.parametrize(
    ("text", "attachments", "expected"),
    [
        ("Hello", Attachments(), "Hello"),
        ("  Hello  ", Attachments(), "Hello"),
        ("Hi", Attachments(photos=("a", "b")), "Hi\n[photo: a] [photo: b]"),
        ("", Attachments(videos=("clip",)), "[video: clip]"),
        ("Hi", Attachments(tagged=("Ann Lee", "Bo")), "Hi\n[tagged: Ann Lee, Bo]"),
        ("Hi", Attachments(location="The Grand [Whitby]"), "Hi\n[location: The Grand (Whitby)]"),
    ],
)
def test_post(text, attachments, expected):
    assert compose_post(text, attachments) == expected


def test_message():
    assert compose_message("see you", "@kai.m09", Attachments()) == "To: @kai.m09 | see you"
    assert compose_message("To: Jo | hi", "", Attachments()) == "To: Jo | hi"
    assert compose_message("hi", "A | B", Attachments()) == "To: A / B | hi"


def test_profile():
    profile = Profile(name="Jo Bloggs", handle="jo", bio="Teacher.\nViews my own.", link="https://x.example")
    assert compose_profile(profile) == (
        "Name: Jo Bloggs | Handle: @jo | Bio: Teacher. Views my own. | Link: https://x.example"
    )
    assert compose_profile(Profile(name="Jo", handle="@jo")) == "Name: Jo | Handle: @jo"


def test_names():
    assert names("Ann Lee, Bo\nCy , ") == ("Ann Lee", "Bo", "Cy")
