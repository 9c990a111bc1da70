from socialpolicy.apps.core.nav import visible_items


def navigation(request):
    """The navigation sections the signed-in person may use."""
    return {"nav_sections": visible_items(getattr(request, "user", None))}
