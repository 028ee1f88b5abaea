from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "sakip.web"
    verbose_name = "Aplikasi web"
