from django.apps import AppConfig


class ReviuConfig(AppConfig):
    name = "sakip.reviu"
    verbose_name = "Reviu"
