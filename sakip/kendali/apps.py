from django.apps import AppConfig


class KendaliConfig(AppConfig):
    name = "sakip.kendali"
    verbose_name = "Kendali pengisian"
