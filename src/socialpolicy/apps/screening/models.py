"""The screening app has no models, on purpose: drafts are checked in memory and never stored."""
