"""Who may see API tokens: only the person they belong to (no role sees other people's tokens)."""

from socialpolicy.apps.core import access


def register_all() -> None:
    access.register(
        access.RecordType(
            key="api.apitoken",
            label="API token",
            academy_path="user__academy",
            owner_path="user",
            view={},
            change={},
            owner_may_change=True,
        )
    )
