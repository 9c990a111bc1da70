"""factory_boy factories for the domain models. Tests build their data through these."""

from __future__ import annotations

import factory
from django.contrib.auth.hashers import make_password

from socialpolicy.apps.people.models import Academy, Pupil, RoleAssignment, Trust, User

TEST_PASSWORD = "correct horse battery staple"
_HASHED = {}


def hashed_test_password() -> str:
    # Hash once per run: argon2 is deliberately slow.
    if "value" not in _HASHED:
        _HASHED["value"] = make_password(TEST_PASSWORD)
    return _HASHED["value"]


class TrustFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Trust

    name = "Oakfield Learning Trust"
    aliases = factory.LazyFunction(lambda: ["Oakfield Trust", "OLT"])
    email_domains = factory.LazyFunction(lambda: ["oakfield.example"])


class AcademyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Academy
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"AC{n}")
    name = factory.Sequence(lambda n: f"Academy {n}")


class UserFactory(factory.django.DjangoModelFactory):
    """A member of staff. ``roles=["head"]`` adds role assignments at the person's academy."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@oakfield.example")
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = factory.Sequence(lambda n: f"Last{n}")
    job_title = "Teacher"
    academy = factory.SubFactory(AcademyFactory)
    password = factory.LazyFunction(hashed_test_password)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        for role in extracted or ["staff"]:
            RoleAssignment.objects.create(user=self, role=role, academy=self.academy)


class PupilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pupil

    pupil_id = factory.Sequence(lambda n: f"P{n:05d}")
    first_name = factory.Sequence(lambda n: f"Pupil{n}")
    last_name = "Example"
    academy = factory.SubFactory(AcademyFactory)
    year_group = "7"
