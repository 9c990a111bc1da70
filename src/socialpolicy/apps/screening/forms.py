"""The "Check before you post" form: the draft, what it is, where it goes, and what is attached."""

from __future__ import annotations

from django import forms

from socialpolicy.apps.screening.compose import (
    Attachments,
    Profile,
    compose_message,
    compose_post,
    compose_profile,
    lines,
    names,
)

MAX_DRAFT_CHARS = 20_000
KIND_CHOICES = [
    ("post", "A post"),
    ("comment", "A comment or reply under someone else's post"),
    ("message", "A direct or private message"),
    ("profile", "A profile (display name, handle and bio)"),
]
AUDIENCE_CHOICES = [
    ("personal", "My own, personal account"),
    ("professional", "An official or work account (school, class, department or messaging app)"),
]


def _short(label: str, help_text: str = "", max_length: int = 300) -> forms.CharField:
    return forms.CharField(label=label, required=False, max_length=max_length, help_text=help_text)


def _long(label: str, help_text: str = "", rows: int = 2) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        max_length=2_000,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class CheckForm(forms.Form):
    kind = forms.ChoiceField(
        label="What is it?", choices=KIND_CHOICES, initial="post", widget=forms.RadioSelect
    )
    audience = forms.ChoiceField(
        label="Where will it go?", choices=AUDIENCE_CHOICES, initial="personal", widget=forms.RadioSelect
    )
    text = forms.CharField(
        label="Your draft",
        required=True,  # not for a profile described in the fields below: see __init__
        max_length=MAX_DRAFT_CHARS,
        help_text=(
            "Paste or type the words exactly as you would post them; for a comment, start with the "
            "@handle you are replying to. Nothing you enter here is saved."
        ),
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
    )
    # Posts, comments and messages
    photos = _long(
        "Photos attached", "Describe each photo on its own line, for example 'Year 6 at the museum'."
    )
    videos = _long("Videos attached", "Describe each video on its own line.")
    tagged = _short("People tagged", "Names, separated by commas.")
    location = _short("Check-in location", "The place the post says you are, if any.", max_length=200)
    # Messages
    to = _short("Who the message is to", "A name or @handle.", max_length=200)
    # Profiles
    profile_name = _short("Display name", max_length=200)
    profile_handle = _short("Handle", "For example @jo_teaches.", max_length=100)
    profile_bio = _long("Bio", rows=3)
    profile_location = _short("Location shown on the profile", max_length=200)
    profile_link = _short("Link on the profile", max_length=500)
    profile_avatar = _short(
        "Profile picture", "Describe the picture, for example 'me on a beach'.", max_length=500
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.data.get("kind") == "profile" or (self.data.get("photos") or self.data.get("videos")):
            self.fields["text"].required = False  # a profile's fields, or an attachment, can stand alone
        self.fields["text"].error_messages["required"] = "Enter your draft."

    def clean(self) -> dict:
        data = super().clean()
        if self.errors:
            return data
        for name, value in data.items():
            if isinstance(value, str) and "\x00" in value:
                self.add_error(name, "This contains a character that is not allowed.")
        if self.errors:
            return data
        kind = data.get("kind")
        text = data.get("text", "")
        if kind == "profile":
            if not data.get("profile_name") and not text.strip():
                self.add_error("profile_name", "Enter the profile's display name.")
        elif kind == "message":
            if not text.strip():
                self.add_error("text", "Enter the message you want to send.")
            elif not data.get("to") and not text.lstrip().lower().startswith("to:"):
                self.add_error("to", "Say who the message is to.")
        elif not text.strip() and not (data.get("photos") or data.get("videos")):
            self.add_error("text", "Enter your draft, or describe what you are attaching.")
        if not self.errors and len(self.draft_text()) > MAX_DRAFT_CHARS:
            self.add_error(
                "text", f"The draft is too long to check (the limit is {MAX_DRAFT_CHARS:,} characters)."
            )
        return data

    def attachments(self) -> Attachments:
        data = self.cleaned_data
        return Attachments(
            photos=lines(data.get("photos", "")),
            videos=lines(data.get("videos", "")),
            tagged=names(data.get("tagged", "")),
            location=data.get("location", ""),
        )

    def draft_text(self) -> str:
        """The draft written down as the screening engine reads it."""
        data = self.cleaned_data
        kind = data["kind"]
        text = data.get("text", "")
        if kind == "profile":
            if not data.get("profile_name") and text.lstrip().lower().startswith("name:"):
                return text.strip()  # already written down as a profile line
            bio = data.get("profile_bio") or text
            return compose_profile(
                Profile(
                    name=data.get("profile_name", ""),
                    handle=data.get("profile_handle", ""),
                    bio=bio,
                    location=data.get("profile_location", ""),
                    link=data.get("profile_link", ""),
                    avatar=data.get("profile_avatar", ""),
                )
            )
        if kind == "message":
            return compose_message(text, data.get("to", ""), self.attachments())
        return compose_post(text, self.attachments())
