from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "sakip.demo"
    verbose_name = "Demo"
