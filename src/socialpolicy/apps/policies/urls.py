from django.urls import path

from socialpolicy.apps.policies import views

app_name = "policies"

urlpatterns = [
    path("", views.policy_list, name="list"),
    path("mine/", views.my_signatures, name="my_signatures"),
    path("sign/<int:pk>/", views.sign, name="sign"),
    path("signatures/<int:pk>/", views.signature_detail, name="signature"),
    path("versions/<int:pk>/", views.version_detail, name="version"),
    path("versions/<int:pk>/issue/", views.issue, name="issue"),
    path("manage/", views.manage, name="manage"),
    path("manage/<slug:slug>/settings/", views.policy_settings, name="settings"),
    path("compliance/", views.dashboard, name="dashboard"),
    path("compliance/export.csv", views.export, {"fmt": "csv"}, name="export_csv"),
    path("compliance/export.xlsx", views.export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("training/", views.training, name="training"),
    path("training/sessions/<int:pk>/", views.training_session, name="training_session"),
    path("training/exemptions/", views.exemption_grant, name="exemption_grant"),
    path("<slug:slug>/", views.policy_detail, name="detail"),
]
