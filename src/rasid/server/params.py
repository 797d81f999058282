"""Checks on request parameters that the types alone do not make: real dates, no control characters."""

from __future__ import annotations

import datetime
import re

from fastapi import HTTPException


def iso_date(value: str | None, name: str) -> str | None:
    """A date parameter as YYYY-MM-DD; a 422 naming the parameter when it is not a date."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD): {value!r}") from None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def plain_text(value: str | None, name: str) -> str | None:
    """A text parameter as given, refused when it holds control characters (NUL cuts SQL strings)."""
    if value is not None and _CONTROL.search(value):
        raise HTTPException(422, f"{name}: control characters are not allowed")
    return value
