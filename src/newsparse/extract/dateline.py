"""Datelines at the start of the body: "WASHINGTON (AP) —", "LONDON, March 5 (Reuters) -"."""

from __future__ import annotations

import re

from newsparse.heuristics.agencies import canonical_source
from newsparse.model import Dateline

__all__ = ["find_dateline"]

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
