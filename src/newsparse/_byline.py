"""Reading a printed byline: "By Jane Doe and John Roe in Kyiv" -> names, place, roles.

Used by the generic extractor and available to rule sets as a transform.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ParsedByline", "looks_like_name", "parse_byline"]

_PREFIX = re.compile(
    r"^\s*(?:(?:written|reported|text|words|story|photos?)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|от|przez|autor(?:in)?:?|text:|von:)\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|&|\+|/|\|)\s*", re.IGNORECASE
)
_PLACE = re.compile(r"\s+in\s+([A-Z][\w'’.\- ]{1,40})$")
_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}$")
_NOT_NAME = re.compile(
    r"\b(updated|published|min(?:ute)?s?|read|ago|share|follow|email|twitter|facebook|"
    r"comments?|\d{1,2}:\d{2}|photo|image|copyright|staff|newsroom|editor(?:ial)?s?)\b",
    re.IGNORECASE,
)


class ParsedByline(NamedTuple):
    """What a byline string says: the names, and a place ("in Amman") when printed."""

    names: tuple[str, ...]
    place: str | None


def looks_like_name(text: str) -> bool:
    """Whether ``text`` plausibly is a person's name (1-5 words, letters first, no dates)."""
    return bool(_NAME.match(text)) and not _NOT_NAME.search(text) and len(text) <= 60


def parse_byline(text: str) -> ParsedByline:
    """Split a byline into names and a place; names that do not look like names are dropped."""
    text = _PREFIX.sub("", text.strip())
    place = None
    match = _PLACE.search(text)
    if match:
        place = match.group(1).strip()
        text = text[: match.start()]
    names = []
    for part in _SPLIT.split(text):
        part = part.strip(" .:-–—")
        if part and looks_like_name(part) and part not in names:
            names.append(part)
    return ParsedByline(tuple(names), place)
