"""The built-in rules. Importing this package registers them in ``default_registry``."""

from socialpolicy.engines.screening.rules import (  # noqa: F401  (imported to register)
    brand,
    conduct,
    confidentiality,
    copyright,
    details,
    press,
    profiles,
    pupils,
)
