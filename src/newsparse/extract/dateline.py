"""Datelines at the start of the body: "WASHINGTON (AP) —", "LONDON, March 5 (Reuters) -"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.extract.base import Found, found
from newsparse.heuristics.agencies import canonical_source
from newsparse.model import Block, BlockKind, Dateline, Strategy

__all__ = ["extract_dateline", "find_dateline"]

_DATELINE = re.compile(
    r"^(?P<text>"
    r"(?P<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3})"  # WASHINGTON, NEW DELHI
    r"(?:,\s*(?P<region>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?))?"  # , Ga. / , Ukraine
    r"(?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})))?"  # , March 5
    r"\s*(?:\((?P<agency>[A-Za-z][\w\- ]{1,24})\))?"  # (AP)
    r"\s*(?:[—–]|--?)\s*)"
)
_AGENCY_ONLY = re.compile(r"^(?P<text>\((?P<agency>[A-Za-z][\w\- ]{1,24})\)\s*(?:[—–]|--?)\s*)")


def find_dateline(first_paragraph: str) -> Dateline | None:
    """The dateline opening ``first_paragraph``, or ``None`` if it does not open with one."""
    match = _DATELINE.match(first_paragraph)
    if match:
        place = match.group("place")
        agency = match.group("agency")
        if agency is not None and canonical_source(agency) is None:
            return None
        if len(place) < 3 and agency is None:
            return None
        return Dateline(
            text=match.group("text").strip(), place=place, agency=agency, date=match.group("date")
        )
    match = _AGENCY_ONLY.match(first_paragraph)
    if match and canonical_source(match.group("agency")):
        return Dateline(text=match.group("text").strip(), agency=match.group("agency"))
    return None


def extract_dateline(
    blocks: Sequence[Block], byline_text: str | None, byline_place: str | None
) -> Found[Dateline] | None:
    """The dateline of the article: at the start of the body, else the byline's place."""
    first = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first is not None:
        dateline = find_dateline(first.text)
        if dateline is not None:
            return found(dateline, Strategy.TEXT, "dateline at start of body")
    if byline_place and byline_text:
        return found(
            Dateline(text=byline_text, place=byline_place), Strategy.TEXT, "place in byline"
        )
    return None
