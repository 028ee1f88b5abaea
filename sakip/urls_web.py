"""The web app's pages alone, mounted where ``sakip.urls`` mounts them (at the root).

For links to a page built outside a request, e.g. the data reviu's "where to fix it" (run before
every LKjIP is printed): reversing against the whole URLconf loads the API (django-ninja,
pydantic) and the importer (openpyxl) too, a third of a second of CPU for a command that needs
neither. The links are the same, since the web app is mounted at the root in both.
"""

from django.urls import include, path

import sakip.url_konverter  # noqa: F401  # registers <id:> and <tahun:> before the include

urlpatterns = [path("", include("sakip.web.urls"))]
