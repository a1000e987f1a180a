"""Every case of the labelled sets (``tests/labelled/*.jsonl``), one test each.

``python benchmarks/labelled.py`` prints precision and recall per field over the same cases.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse.extract.dateline import find_dateline
from newsparse.extract.images import split_photo_credit
from tests.labelled import agency_name, credit_source, load, parse_case_byline


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
        params.append(pytest.param(case, id=_ids(_CAPTIONS)[i]))
    return params


@pytest.mark.parametrize("case", _caption_params())
def test_caption_credit(case: dict[str, Any]) -> None:
    assert split_photo_credit(case["text"]) == (case["caption"], case["credit"])
