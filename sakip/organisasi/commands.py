"""Shared pieces of Sakip's management commands."""

from __future__ import annotations

from django.core.management.base import CommandError


class Galat(CommandError):
    """A user error; Django prints it as 'Galat: <message>' on one line and exits 1."""
