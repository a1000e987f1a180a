"""Every case of the labelled sets (``tests/labelled/*.jsonl``), one test each.

Cases that code owned elsewhere does not meet yet are ``xfail(strict=True)``: the run
stays green and tells us when they start passing.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse.extract.dateline import find_dateline
from newsparse.extract.images import split_photo_credit
from tests.labelled import agency_name, credit_source, load, parse_case_byline

# Captions whose credit ``split_photo_credit`` (extract/images.py, not ours) misreads.
_VIA_AGENCY = 'an agency alone before "via Getty Images" is not split off (extract/images.py)'
_COURTESY = '"Courtesy (of) X" is not read as a credit (extract/images.py)'
_AGENCY_COLON = '"(Agency: Photographer)" is not read as a credit (extract/images.py)'
_CAPTION_XFAIL: dict[str, str] = {
    "Soldiers at a checkpoint. AFP via Getty Images": _VIA_AGENCY,
    "Smoke over the city. Anadolu via Getty Images": _VIA_AGENCY,
    "Crowds at the rally. Bloomberg via Getty Images": _VIA_AGENCY,
    "A farmer in his field near Tamale. (Courtesy of Abena Owusu)": _COURTESY,
    "The original shop front in 1962. Courtesy Hartley Family Archive": _COURTESY,
    "Smoke rises over the port (Reuters: Piotr Zalewski)": _AGENCY_COLON,
    "Floodwater covers the highway (ABC News: Mia Kovac)": _AGENCY_COLON,
}


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [f"{i}:{case['text'][:40]}" for i, case in enumerate(cases)]


_BYLINES = load("bylines")
_DATELINES = load("datelines")
_CREDITS = load("credits")
_CAPTIONS = load("caption_credits")


@pytest.mark.parametrize("case", _BYLINES, ids=_ids(_BYLINES))
def test_byline(case: dict[str, Any]) -> None:
    parsed = parse_case_byline(case)
    assert parsed.names == tuple(case["names"])
    assert parsed.place == case.get("place")
    assert parsed.agencies == tuple(case.get("agencies", ()))
    authors = {a.name: a for a in parsed.authors}
    for name, role in case.get("roles", {}).items():
        assert authors[name].role == role
    for name, organization in case.get("organizations", {}).items():
        assert authors[name].organization == organization


@pytest.mark.parametrize("case", _DATELINES, ids=_ids(_DATELINES))
def test_dateline(case: dict[str, Any]) -> None:
    found = find_dateline(case["text"])
    if case["place"] is None and case["agency"] is None:
        assert found is None
        return
    assert found is not None
    assert found.place == case["place"]
    assert agency_name(found.agency) == agency_name(case["agency"])
    assert case["text"].startswith(found.text)


@pytest.mark.parametrize("case", _CREDITS, ids=_ids(_CREDITS))
def test_credit(case: dict[str, Any]) -> None:
    assert credit_source(case["text"]) == case["source"]


def _caption_params() -> list[Any]:
    params = []
    for i, case in enumerate(_CAPTIONS):
        reason = _CAPTION_XFAIL.get(case["text"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=_ids(_CAPTIONS)[i], marks=marks))
    return params


@pytest.mark.parametrize("case", _caption_params())
def test_caption_credit(case: dict[str, Any]) -> None:
    assert split_photo_credit(case["text"]) == (case["caption"], case["credit"])
