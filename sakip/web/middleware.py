"""Turn a malformed value in a URL or query string into a 400 page that says what is wrong."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sakip.core.parameter import ParameterTidakSah


def _tolak(request: HttpRequest, pesan: str) -> HttpResponse:
    return render(request, "400.html", {"pesan": pesan}, status=400)


class ParameterMiddleware:
    """Every adapter parses ids, years and triwulan with ``sakip.core.parameter``; this answers its refusals.

    A NUL character is refused before any view: PostgreSQL cannot store or compare it, so a
    search or slug carrying one would otherwise end in a database error.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any("\x00" in k or any("\x00" in v for v in request.GET.getlist(k))
                                         for k in request.GET):
            return _tolak(request, "Alamat atau parameter memuat karakter NUL yang tidak sah.")
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, ParameterTidakSah):
            return _tolak(request, str(exception))
        return None
