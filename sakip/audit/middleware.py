"""Attribute every write of a web request to its user with sumber "web"."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .context import Sumber, pelaku


class PelakuMiddleware:
    """Place after AuthenticationMiddleware; the API overrides the sumber with "api"."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        with pelaku(user, Sumber.WEB):
            return self.get_response(request)
