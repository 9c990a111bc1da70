"""Django apps, one per policy area."""
