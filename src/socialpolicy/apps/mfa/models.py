"""Models of the mfa app: none of its own; devices are django-otp's TOTPDevice."""
