"""socialpolicy: runs a school trust's staff social media policy end to end."""

__version__ = "0.1.0"
