"""The path converters every URLconf of Sakip uses, registered once (``sakip.urls``, ``sakip.urls_web``).

Every app's urls.py uses <id:...> and <tahun:...> (bounded; see sakip.core.parameter), so this
module is imported before any of them.
"""

from django.urls import register_converter

from sakip.core.parameter import KonverterId, KonverterTahun

register_converter(KonverterId, "id")
register_converter(KonverterTahun, "tahun")
