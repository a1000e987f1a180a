"""Reading date strings safely: never an invented, impossible or future date.

Two entry points:

* :func:`read_date` / :func:`parse_date` read a whole value (a meta ``content``, a JSON-LD
  string, a ``datetime`` attribute): ISO 8601 first, then our own multilingual patterns
  ("5. März 2024 14:30", "2024年3月5日", "Tue, 07 Apr 2020 07:36:07 +0530"), then
  dateutil for the English odds and ends.
* :func:`find_dates` finds the dates printed inside a short visible text
  ("Veröffentlicht am 13. Mai 2026 um 15:44", "Dec. 22, 2016, 6:47 p.m. ET").

A value is timezone-aware only when the text gives an offset or a zone; the offset the
text gives is kept (not converted to UTC). dateutil fills missing fields from a default
date, so it parses twice with two defaults and a value whose year, month or day differs
between the readings was invented and is rejected. Numeric dates such as ``03/05/2024``
are read only when unambiguous (a part above 12) or when the caller says which order the
page uses. Years before 1990 and times more than two days ahead of now are rejected.
Every pattern is linear: no nested unbounded quantifiers.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsparse.heuristics.dates_vocab import (
    AM_WORDS,
    MONTHS,
    NAMED_ZONES,
    PM_WORDS,
    UPDATED_LABELS,
    ZONE_OFFSETS,
)

__all__ = ["DateReading", "find_dates", "has_time", "may_hold_date", "parse_date", "read_date"]

_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 0, 0, 0)
# Earliest plausible publication year, and how far ahead of now a value may lie.
_MIN_YEAR = 1990
_FUTURE_SLACK = timedelta(days=2)
# Longest whole value read by read_date(); longer strings are prose, not dates.
_MAX_LEN = 80
# Longest visible text find_dates() looks at.
_MAX_TEXT = 400
# Widest gap between a date and the time printed after (or before) it.
_TIME_GAP = 24

_UNIX = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# "2016-11-28 16:23:00 -0500": ISO with a space before the offset.
_ISO_SPACE_OFFSET = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?([+-]\d{2}:?\d{2}|Z)$"
)

# Zone abbreviations dateutil does not know but metadata prints (seconds east of UTC).
_TZINFOS = {name.upper(): minutes * 60 for name, minutes in ZONE_OFFSETS.items()}

# A word that may be a month name; looked up in MONTHS after the match (one dictionary
# lookup is cheaper than a 300-way alternation tried at every position).
_MON = r"(?P<mon>[^\W\d_]{3,12})(?![^\W\d_])\.?"
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
# "5 March 2024", "5. März 2024", "5 de marzo de 2024", "05-Mar-2024", "5th March, 2024".
_DMY_NAMED = re.compile(
    rf"(?<![\d.]){_DAY}(?:\.|st|nd|rd|th|er|º|°)?(?:\s*(?:de\s+)?|-){_MON}"
    rf"(?:,?\s*(?:de\s+|del\s+)?|-){_YEAR}",
    re.IGNORECASE,
)
# "March 5, 2024", "Dec. 22, 2016", "Mar 5th 2024".
_MDY_NAMED = re.compile(
    rf"(?<![^\W\d_]){_MON}\s*{_DAY}(?:st|nd|rd|th)?(?!\d),?\s*{_YEAR}", re.IGNORECASE
)
# "2024. március 5.", "2024 March 5".
_YMD_NAMED = re.compile(rf"(?<!\d){_YEAR}\.?\s+{_MON}\s*{_DAY}(?!\d)", re.IGNORECASE)
# "2024年3月5日", "2024년 3월 5일".
_CJK = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]?"
)
# "2024-03-05", "2024/03/05", "2024.03.05", "2024. 3. 5.".
_NUM_YMD = re.compile(
    r"(?<![\d./])(?P<y>(?:19|20)\d\d)(?P<sep>[-/]|\.\s?)(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"
)
# "05.03.2024" (day first), "5/3/2024" and "03-05-24" (order from the caller or the values).
_NUM_DMY = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/-]|\.\s?)(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d])(?!\.\d)"
)
_DATE_PATTERNS = (_DMY_NAMED, _MDY_NAMED, _YMD_NAMED, _CJK, _NUM_YMD, _NUM_DMY)

# A time of day: "14:30", "6:47 p.m.", "15h30", "14.30 Uhr", "18時40分", "오후 6:40".
_TIME = re.compile(
    r"(?P<pre>오후|오전|午後|午前|下午|上午)?\s?(?<!\d)(?P<H>[01]?\d|2[0-3])"
    r"(?:[:.h]|\s?[時时시]\s?)(?P<M>[0-5]\d)(?!\d)(?::(?P<S>[0-5]\d))?(?:[.,]\d{1,6})?"
    r"\s?[分분]?\s?(?P<ap>[ap]\.?\s?m\.?(?![^\W\d_]))?",
    re.IGNORECASE,
)
# "6pm", "6 p.m." (no minutes).
_HOUR_AP = re.compile(
    r"(?<![\d:.])(?P<H>1[0-2]|0?[1-9])\s?(?P<ap>[ap]\.?\s?m\.?)(?![^\W\d_])", re.IGNORECASE
)
# What follows a time: a zone abbreviation and/or a numeric offset ("IST", "GMT+2", "-0500").
_ZONE = re.compile(
    r"\s?\(?(?:(?P<abbr>[A-Za-z]{1,5})(?![A-Za-z])\s?(?P<aoff>[+\-−]\d{1,2}(?::?\d{2})?)?"
    r"|(?P<off>[+\-−]\d{2}:?\d{2}))(?!\d)"
)
_ZONE_WORDS = re.compile(r"\s?\(?(?P<name>eastern|central|pacific|uk time)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Whether ``text`` has a character ``str.isdigit()`` accepts (superscripts too)."""
    return any(map(str.isdigit, text))


class DateReading(NamedTuple):
    """A date read from text: the value, whether a time was printed, and its span."""

    value: datetime
    has_time: bool
    start: int
    end: int


# ------------------------------------------------------------------ checks


def _fix_offset(value: datetime) -> datetime:
    offset = value.utcoffset()
    if value.tzinfo is not None and offset is not None:
        return value.replace(tzinfo=UTC if offset == timedelta(0) else timezone(offset))
    return value


def _plausible(value: datetime) -> bool:
    """Whether ``value`` can be a publication time: from 1990 on, not in the future."""
    if value.year < _MIN_YEAR:
        return False
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware <= datetime.now(UTC) + _FUTURE_SLACK


# ------------------------------------------------------------------ visible patterns


def _year(text: str) -> int:
    year = int(text)
    if year >= 100:
        return year
    # Two-digit years: this century unless that lies in the future.
    now = datetime.now(UTC).year
    return 2000 + year if 2000 + year <= now else 1900 + year


def _ymd(match: re.Match[str], month_first: bool | None) -> tuple[int, int, int] | None:
    groups = match.groupdict()
    if groups.get("mon") is not None:
        month = MONTHS.get(groups["mon"].lower())
        return (int(groups["y"]), month, int(groups["d"])) if month else None
    if groups.get("m") is not None:
        return int(groups["y"]), int(groups["m"]), int(groups["d"])
    a, b = int(groups["a"]), int(groups["b"])
    if groups["sep"].startswith("."):
        day, month = a, b  # dotted numeric dates are day-first everywhere
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day = month = a
    elif month_first is None:
        return None  # "03/05/2024": March 5 or 3 May, the page does not say
    else:
        month, day = (a, b) if month_first else (b, a)
    if len(groups["y"]) == 2 and groups["sep"] == "-":
        return None  # "03-05-24" reads as too many things
    return _year(groups["y"]), month, day


def _zone(rest: str, naive: datetime) -> tuple[tzinfo | None, int]:
    """The zone printed at the start of ``rest`` for the local time ``naive``: a zone
    word ("ET", "IST", "Eastern"), "GMT+2" / "UTC+05:30", or a bare "+0100" / "-05:00"
    (never "- 5", which is a dash before a number)."""
    named = _ZONE_WORDS.match(rest)
    if named is not None:
        return _named_zone(named.group("name").lower(), naive), named.end()
    match = _ZONE.match(rest)
    if match is None:
        return None, 0
    abbr = (match.group("abbr") or "").lower()
    offset = match.group("off")
    minutes: int | None = None
    if abbr:
        if match.group("aoff"):
            if abbr not in ("utc", "gmt"):
                return None, 0
            offset = match.group("aoff")
        elif abbr in NAMED_ZONES:
            return _named_zone(abbr, naive), match.end()
        elif abbr in ZONE_OFFSETS:
            minutes = ZONE_OFFSETS[abbr]
        else:
            return None, 0  # "14:30 Uhr", "6:47 pm by": a word that is no zone
    if offset:
        digits = offset.replace("−", "-").replace(":", "")
        sign = -1 if digits[0] == "-" else 1
        body = digits[1:]
        hours, mins = (int(body[:-2]), int(body[-2:])) if len(body) > 2 else (int(body), 0)
        if hours > 14 or mins >= 60:
            return None, 0
        minutes = sign * (hours * 60 + mins)
    if minutes is None:
        return None, 0
    return (UTC if minutes == 0 else timezone(timedelta(minutes=minutes))), match.end()


def _named_zone(name: str, naive: datetime) -> tzinfo | None:
    try:
        zone = ZoneInfo(NAMED_ZONES[name])
    except (ZoneInfoNotFoundError, KeyError, ValueError):
        return None
    offset = naive.replace(tzinfo=zone).utcoffset()
    return timezone(offset) if offset is not None else None


def _gap_ok(gap: str) -> bool:
    """Whether the text between a date and a time only joins them ("at", "um", ", ")."""
    if len(gap) > _TIME_GAP or _has_digit(gap):
        return False
    lowered = gap.lower()
    if any(label in lowered for label in UPDATED_LABELS):
        return False
    words = _WORD.findall(gap)
    return len(words) <= 2 and all(len(w) <= 5 for w in words)


def _hour(match: re.Match[str]) -> int | None:
    hour = int(match.group("H"))
    marker = (match.groupdict().get("ap") or match.groupdict().get("pre") or "").lower()
    marker = marker.replace(" ", "")
    if marker in PM_WORDS or marker.replace(".", "") == "pm":
        if not 1 <= hour <= 12:
            return None
        return hour % 12 + 12
    if marker in AM_WORDS or marker.replace(".", "") == "am":
        if not 1 <= hour <= 12:
            return None
        return hour % 12
    return hour


def _time_after(text: str, end: int) -> re.Match[str] | None:
    window = text[end : end + _TIME_GAP + 30]
    for pattern in (_TIME, _HOUR_AP):
        match = pattern.search(window)
        if match is not None and _gap_ok(window[: match.start()]):
            return match
    return None


def _time_before(text: str, start: int) -> re.Match[str] | None:
    window_start = max(0, start - _TIME_GAP - 30)
    window = text[window_start:start]
    last = None
    for match in _TIME.finditer(window):
        last = match
    if last is None or not _gap_ok(window[last.end() :]):
        return None
    return last


def _read_at(text: str, match: re.Match[str], month_first: bool | None) -> DateReading | None:
    ymd = _ymd(match, month_first)
    if ymd is None:
        return None
    try:
        day = datetime(*ymd)
    except ValueError:
        return None
    end = match.end()
    after = _time_after(text, end)
    rel = end
    clock = after
    if clock is None:
        clock = _time_before(text, match.start())
        rel = max(0, match.start() - _TIME_GAP - 30)
    if clock is None:
        return DateReading(day, False, match.start(), end)
    hour = _hour(clock)
    if hour is None:
        return DateReading(day, False, match.start(), end)
    second = clock.groupdict().get("S")
    minute = clock.groupdict().get("M")
    value = day.replace(hour=hour, minute=int(minute or 0), second=int(second or 0))
    zone, zone_len = _zone(text[rel + clock.end() :], value)
    if zone is not None:
        value = value.replace(tzinfo=zone)
    if after is not None:
        return DateReading(value, True, match.start(), max(end, rel + clock.end() + zone_len))
    return DateReading(value, True, rel + clock.start(), end)


def may_hold_date(text: str) -> bool:
    """Whether :func:`find_dates` may find a date in ``text``: every pattern needs a digit."""
    return _DIGIT.search(text) is not None


def find_dates(text: str, *, month_first: bool | None = None) -> list[DateReading]:
    """Every complete, plausible date printed in a short text, in reading order.

    ``month_first`` says how the page writes ambiguous numeric dates (``True`` for
    US-style ``03/05/2024`` = March 5); ``None`` reads only unambiguous ones. A date
    without a year ("March 5") is not read.
    """
    text = text[:_MAX_TEXT]
    found: list[DateReading] = []
    if not may_hold_date(text):
        return found
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(r.start <= match.start() < r.end for r in found):
                continue
            reading = _read_at(text, match, month_first)
            if reading is not None and _plausible(reading.value):
                found.append(reading)
    found.sort(key=lambda r: r.start)
    return found


# ------------------------------------------------------------------ whole values


def _iso(text: str) -> DateReading | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    spaced = _ISO_SPACE_OFFSET.match(text)
    if spaced is not None:
        zone = spaced.group(3).replace("Z", "+00:00")
        candidate = f"{spaced.group(1)}T{spaced.group(2)}{zone}"
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return DateReading(_fix_offset(value), len(text) > 10, 0, len(text))


def _dateutil(text: str) -> DateReading | None:
    # Imported here: dateutil is the last resort, which many pages never reach, and
    # importing it costs about a tenth of newsparse's own import time.
    from dateutil import parser as _du_parser  # noqa: PLC0415 - see above
    from dateutil.parser import ParserError, UnknownTimezoneWarning  # noqa: PLC0415

    try:
        with warnings.catch_warnings():
            # An unknown zone name makes dateutil warn and drop the zone: reject instead.
            warnings.simplefilter("error", UnknownTimezoneWarning)
            a = _du_parser.parse(text, default=_DEFAULT_A, tzinfos=_TZINFOS, fuzzy=False)
            b = _du_parser.parse(text, default=_DEFAULT_B, tzinfos=_TZINFOS, fuzzy=False)
    except (ParserError, ValueError, OverflowError, TypeError, UnknownTimezoneWarning):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None
    timed = (a.hour, a.minute, a.second) != (0, 0, 0) or ":" in text
    return DateReading(_fix_offset(a), timed, 0, len(text))


def read_date(text: str, *, month_first: bool | None = None) -> DateReading | None:
    """Read a whole date value (meta content, JSON-LD string, ``datetime`` attribute).

    Returns ``None`` unless the text is one complete, plausible date (with or without a
    time). See :func:`find_dates` for ``month_first``.
    """
    text = text.strip()
    if not text or len(text) > _MAX_LEN:
        return None
    reading: DateReading | None = None
    if _UNIX.match(text):
        reading = DateReading(datetime.fromtimestamp(int(text[:10]), tz=UTC), True, 0, len(text))
    elif _ISO_LIKE.match(text):
        reading = _iso(text)
    if reading is None:
        dates = find_dates(text, month_first=month_first)
        if dates:
            first = dates[0]
            rest = text[: first.start] + text[first.end :]
            reading = None if _has_digit(rest) else first
        elif _NUM_DMY.search(text) is None and not _ISO_LIKE.match(text):
            reading = _dateutil(text)
    if reading is None or not _plausible(reading.value):
        return None
    return reading


def parse_date(text: str, *, month_first: bool | None = None) -> datetime | None:
    """Parse a whole date value, or return ``None`` if it is not a complete, plausible date.

    Usable as a transform: ``parse_date("5. März 2024, 14:30 Uhr")`` gives
    ``datetime(2024, 3, 5, 14, 30)``; ``parse_date("2024-03-05T14:30:00+01:00")`` keeps
    the ``+01:00`` offset.
    """
    reading = read_date(text, month_first=month_first)
    return reading.value if reading is not None else None


def has_time(text: str) -> bool:
    """Whether a parsable date string carries a time of day."""
    reading = read_date(text)
    return reading is not None and reading.has_time
