"""Models of the declarations app."""
