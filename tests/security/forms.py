"""Find the forms the pages show (method, action, fields), to fuzz what a browser could send."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import resolve

from socialpolicy.apps.core import access
from tests.security.crawl import paths, routes


@dataclass
class Form:
    page: str
    method: str
    action: str
    fields: dict[str, str] = field(default_factory=dict)  # name -> "text", "file", "select", ...
    values: dict[str, str] = field(default_factory=dict)  # name -> the value the page filled in
    options: dict[str, list[str]] = field(default_factory=dict)

    @property
    def key(self) -> tuple:
        """One form of each kind: the same form on another record's page is not another kind."""
        view = resolve(self.action).view_name
        return (self.method, view, tuple(sorted(self.fields)), self.values.get("form", ""))


class _Parser(HTMLParser):
    def __init__(self, page: str):
        super().__init__()
        self.page, self.forms, self.current, self.select = page, [], None, None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            action = (a.get("action") or self.page).split("#")[0]
            self.current = Form(self.page, a.get("method", "get").lower(), action)
            self.forms.append(self.current)
        elif self.current is None or not a.get("name"):
            return
        elif tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            name = a["name"]
            if kind in ("checkbox", "radio"):
                self.current.options.setdefault(name, []).append(a.get("value", "on"))
                if kind == "radio" and name in self.current.values:
                    return
            self.current.fields[name] = kind
            self.current.values.setdefault(name, a.get("value", ""))
        elif tag in ("select", "textarea"):
            self.current.fields[a["name"]] = tag
            self.current.values.setdefault(a["name"], "")
            self.select = a["name"] if tag == "select" else None
        elif tag == "option" and self.select:
            self.current.options.setdefault(self.select, []).append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "select":
            self.select = None


def forms_on(page: str, html: str) -> list[Form]:
    parser = _Parser(page)
    parser.feed(html)
    return parser.forms


def discover(client: Client, world, user) -> list[Form]:
    """The forms on every page the person can open (API excluded), one of each."""
    found: dict[tuple, Form] = {}
    for route in routes():
        if route.is_api or route.name in ("logout",):
            continue
        for path, record in paths(route, world):
            if route.arguments and (record is None or not access.can_view(user, record)):
                continue  # test_crawl checks those are refused; they show no form
            response = client.get(path)
            if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
                continue
            for form in forms_on(path, response.content.decode()):
                found.setdefault(form.key, form)
    return list(found.values())


def plausible(form: Form) -> dict:
    """What a browser would send: the page's values, the first choice of each list, a file."""
    body = {}
    for name, kind in form.fields.items():
        if kind == "file":
            body[name] = SimpleUploadedFile("access.log", b"line\n")
        elif form.options.get(name) and not form.values.get(name):
            body[name] = next((o for o in form.options[name] if o), "")
        else:
            body[name] = form.values.get(name) or "x"
    return body
