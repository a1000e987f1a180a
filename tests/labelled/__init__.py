"""The labelled sets of ``tests/labelled/*.jsonl``: loading, predicting and scoring.

Each line of a set is one input and its expected parse, written by hand on the patterns
seen across news sites (never copied from a page):

* ``bylines.jsonl``: ``text`` (and optionally the ``site`` name) -> ``names``, ``place``,
  ``agencies`` (canonical names) and optionally ``roles`` / ``organizations``
  (name -> value);
* ``datelines.jsonl``: a first paragraph ``text`` -> ``place`` and ``agency`` (``null``
  when the paragraph opens without a dateline);
* ``credits.jsonl``: a last paragraph ``text`` -> the credit ``source`` (canonical), or
  ``null``;
* ``caption_credits.jsonl``: a caption ``text`` -> ``caption`` and ``credit`` as
  :func:`newsparse.extract.images.split_photo_credit` should return them.

``tests/test_labelled.py`` runs every case; ``benchmarks/labelled.py`` prints precision
and recall per field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newsparse._byline import ParsedByline, parse_byline
from newsparse.extract.credit import find_end_credit, find_republication
from newsparse.extract.dateline import find_dateline
from newsparse.extract.images import split_photo_credit
from newsparse.heuristics.agencies import canonical_source

__all__ = [
    "FIELDS",
    "Count",
    "agency_name",
    "credit_source",
    "load",
    "parse_case_byline",
    "score",
]

HERE = Path(__file__).parent
Case = dict[str, Any]


@cache
def _load(name: str) -> tuple[Case, ...]:
    lines = (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def load(name: str) -> list[Case]:
    """The cases of ``tests/labelled/<name>.jsonl``."""
    return list(_load(name))


def agency_name(printed: str | None) -> str | None:
    """A printed agency ("dpa/lno", "AP", "ACCESSWIRE") as its canonical name."""
    if printed is None:
        return None
    head = printed.split("/", maxsplit=1)[0]
    return canonical_source(head) or canonical_source(printed) or printed


def credit_source(last_paragraph: str) -> str | None:
    """The credit source read from a last paragraph, as the extractor reads it."""
    hit = find_end_credit(last_paragraph) or find_republication(last_paragraph)
    return hit.credit.source if hit is not None else None


@dataclass
class Count:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable[str], truth: Iterable[str]) -> None:
        """Count one case: the values predicted against the values expected."""
        pred, true = set(predicted), set(truth)
        self.tp += len(pred & true)
        self.fp += len(pred - true)
        self.fn += len(true - pred)

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _one(value: str | None) -> tuple[str, ...]:
    return (value,) if value else ()


def parse_case_byline(case: Case) -> ParsedByline:
    """The byline of a case parsed with the case's site name ("site"), if any."""
    site = case.get("site")
    return parse_byline(case["text"], (site,) if site else ())


def _byline_names(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return parse_case_byline(case).names, tuple(case["names"])


def _byline_place(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _one(parse_case_byline(case).place), _one(case.get("place"))


def _dateline_place(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = find_dateline(case["text"])
    return _one(found.place if found else None), _one(case["place"])


def _dateline_agency(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = find_dateline(case["text"])
    predicted = agency_name(found.agency) if found else None
    return _one(predicted), _one(agency_name(case["agency"]))


def _credit(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _one(credit_source(case["text"])), _one(case["source"])


def _caption_credit(case: Case) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _one(split_photo_credit(case["text"])[1]), _one(case["credit"])


Scorer = Callable[[Case], tuple[tuple[str, ...], tuple[str, ...]]]
# field -> (labelled set, predicted and expected values of one case)
FIELDS: dict[str, tuple[str, Scorer]] = {
    "byline names": ("bylines", _byline_names),
    "byline place": ("bylines", _byline_place),
    "dateline place": ("datelines", _dateline_place),
    "dateline agency": ("datelines", _dateline_agency),
    "credit source": ("credits", _credit),
    "caption credit": ("caption_credits", _caption_credit),
}


def score() -> dict[str, tuple[int, Count]]:
    """Per field: the number of cases and the counts over them."""
    out: dict[str, tuple[int, Count]] = {}
    for field, (name, scorer) in FIELDS.items():
        count = Count()
        cases = load(name)
        for case in cases:
            count.add(*scorer(case))
        out[field] = (len(cases), count)
    return out
