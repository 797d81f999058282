"""Publication dates in the many shapes feeds use, normalised to YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def normalize_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a date-like value (ISO 8601, RFC 2822, D/M/Y, epoch), else None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    for pattern, order in ((_ISO, (1, 2, 3)), (_DMY, (3, 2, 1))):
        m = pattern.search(text)
        if m:
            y, mo, d = (int(m.group(i)) for i in order)
            return _valid(y, mo, d)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
