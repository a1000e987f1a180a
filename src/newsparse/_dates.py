"""Parsing date strings safely: ISO 8601 first, then dateutil, never an invented date.

dateutil fills missing fields from a default date. We parse twice with two different
defaults; a field that differs between the two readings was invented, and the value is
rejected when the year, month or day was (a missing time is fine: the value is then a
date-only reading at midnight, with no timezone unless the string carries one).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser as _du_parser
from dateutil.parser import ParserError

__all__ = ["has_time", "parse_date"]

_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 0, 0, 0)
# Earliest plausible publication year; later than "today" + slack is rejected by the caller.
_MIN_YEAR = 1990
_MAX_LEN = 80
_UNIX = re.compile(r"^\d{10}(\d{3})?$")
_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Timezone abbreviations dateutil does not know but news pages print.
_TZINFOS = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 3600,
    "IST": 19800,
    "CET": 3600,
    "CEST": 7200,
    "MEZ": 3600,
    "MESZ": 7200,
    "EET": 7200,
    "EEST": 10800,
    "WET": 0,
    "WEST": 3600,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
    "AEST": 36000,
    "AEDT": 39600,
    "JST": 32400,
    "KST": 32400,
    "HKT": 28800,
    "SGT": 28800,
}


class _Parsed:
    __slots__ = ("has_time", "value")

    def __init__(self, value: datetime, has_time: bool) -> None:
        self.value = value
        self.has_time = has_time


def _fix_offset(value: datetime) -> datetime:
    offset = value.utcoffset()
    if value.tzinfo is not None and offset is not None:
        return value.replace(tzinfo=UTC if offset == timedelta(0) else timezone(offset))
    return value


def _parse(text: str) -> _Parsed | None:
    text = text.strip()
    if not text or len(text) > _MAX_LEN:
        return None
    if _UNIX.match(text):
        seconds = int(text[:10])
        return _Parsed(datetime.fromtimestamp(seconds, tz=UTC), True)
    if _ISO_LIKE.match(text):
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
            return _Parsed(_fix_offset(value), len(text) > 10)
        except ValueError:
            pass
    try:
        a = _du_parser.parse(text, default=_DEFAULT_A, tzinfos=_TZINFOS, fuzzy=False)
        b = _du_parser.parse(text, default=_DEFAULT_B, tzinfos=_TZINFOS, fuzzy=False)
    except (ParserError, ValueError, OverflowError, TypeError):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None
    return _Parsed(_fix_offset(a), (a.hour, a.minute, a.second) != (0, 0, 0) or ":" in text)


def parse_date(text: str) -> datetime | None:
    """Parse a date/time string, or return ``None`` if it is not a complete, plausible date."""
    parsed = _parse(text)
    if parsed is None:
        return None
    value = parsed.value
    if value.year < _MIN_YEAR:
        return None
    now = datetime.now(UTC)
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    if aware > now + timedelta(days=2):
        return None
    return value


def has_time(text: str) -> bool:
    """Whether a parsable date string carries a time of day."""
    parsed = _parse(text)
    return parsed is not None and parsed.has_time
