from django.urls import path

from socialpolicy.apps.people import views

app_name = "people"

urlpatterns = [
    path("", views.staff_list, name="staff_list"),
    path("me/", views.my_details, name="me"),
    path("<int:pk>/", views.staff_detail, name="staff_detail"),
    path("pupils/", views.pupil_list, name="pupils"),
    path("import/", views.org_import_upload, name="import"),
    path("import/apply/", views.org_import_apply, name="import_apply"),
]
