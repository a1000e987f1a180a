"""Helpers for rule-set authors: check a rule set against golden pages in your own tests.

>>> from newsparse.rules import Field, RuleSet, Select
>>> from newsparse.testing import check_rule_set
>>> rules = RuleSet(publisher="Example", domains=("example.com",),
...                 headline=Field(Select("h1.title")))
>>> html = "<html><body><h1 class=title>Hello</h1><p>Some text.</p></body></html>"
>>> check_rule_set(rules, html, {"headline": "Hello"})
()
>>> check_rule_set(rules, html, {"headline": "Goodbye"})[0].field
'headline'

Golden pages for a rule set can live in a folder: ``story.html`` (or ``story.html.gz``)
beside ``story.json`` holding ``{"url": ..., "as_of": "2024-10-14", "expected": {...}}``
(``url`` and ``as_of`` optional). :func:`golden_pages` reads such a folder, and
``newsparse rules check RULES --pages FOLDER`` reports every difference.

Expected values are written the way a person reads the page: ``authors`` as a list of
names, ``published`` as an ISO 8601 string, ``byline``/``dateline``/``credit`` as the text
(or the place / the source name), ``paragraphs`` and ``captions`` as lists of strings, or
any field as in ``Article.model_dump(mode="json")``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from newsparse._api import parse
from newsparse.errors import RuleError
from newsparse.model import Article, Source
from newsparse.rules.model import RuleSet
from newsparse.rules.versions import RuleVersions

__all__ = [
    "Difference",
    "GoldenPage",
    "assert_rule_set",
    "check_rule_set",
    "golden_pages",
    "read_page",
    "view",
]

_SIMPLE = ("headline", "standfirst", "publisher", "url", "language", "section")


class Difference(NamedTuple):
    """One field whose extracted value differs from the expected one."""

    field: str
    expected: object
    got: object
    source: Source | None
    """Where the extracted value came from (``None`` when nothing was extracted)."""

    def __str__(self) -> str:
        where = f" [{self.source.detail}]" if self.source is not None else ""
        return f"{self.field}: expected {self.expected!r}, got {self.got!r}{where}"


def _same_time(expected: object, got: datetime | None) -> bool:
    if got is None or not isinstance(expected, str):
        return False
    try:
        want = datetime.fromisoformat(expected.replace("Z", "+00:00"))
    except ValueError:
        return False
    if (want.tzinfo is None) != (got.tzinfo is None):
        return want.replace(tzinfo=None) == got.replace(tzinfo=None)
    return want == got


def view(article: Article, field: str, expected: object) -> object:
    """The value of ``field`` in ``article``, in the shape ``expected`` is written in."""
    if field == "paragraphs":
        return list(article.paragraphs)
    if field == "captions":
        return [i.caption for i in article.images if i.caption]
    value = getattr(article, field, None)
    if (
        field == "authors"
        and isinstance(expected, list)
        and all(isinstance(e, str) for e in expected)
    ):
        return [a.name for a in article.authors]
    if field == "body" and isinstance(expected, list) and all(isinstance(e, str) for e in expected):
        return [b.text for b in article.body]
    if field == "byline" and isinstance(expected, str):
        return article.byline.text if article.byline else None
    if field == "dateline" and isinstance(expected, str):
        return article.dateline.place if article.dateline else None
    if field == "credit" and isinstance(expected, str):
        return article.credit.source if article.credit else None
    if field == "tags" and isinstance(expected, list):
        return list(article.tags)
    if field in _SIMPLE:
        return value
    return article.model_dump(mode="json").get(field)


def check_rule_set(
    rule_set: RuleSet | RuleVersions,
    html: str | bytes,
    expected: Mapping[str, object],
    *,
    url: str | None = None,
    as_of: date | None = None,
) -> tuple[Difference, ...]:
    """Parse ``html`` with ``rule_set`` and return the fields that differ from ``expected``.

    An empty tuple means every expected field matched. ``expected`` maps article field
    names (plus ``paragraphs`` and ``captions``) to values; fields it does not name are
    not checked.

    :raises newsparse.RuleError: ``expected`` names a field an Article does not have.
    """
    known = set(Article.model_fields) | {"paragraphs", "captions"}
    unknown = sorted(set(expected) - known)
    if unknown:
        raise RuleError(f"expected values for unknown fields {unknown} (known: {sorted(known)})")
    article = parse(html, url, rules=rule_set, as_of=as_of)
    differences = []
    for field, want in expected.items():
        got = view(article, field, want)
        if field in ("published", "modified"):
            if want is None and got is None:
                continue
            value = getattr(article, field)
            if isinstance(value, datetime) and _same_time(want, value):
                continue
        elif got == want:
            continue
        source_field = (
            "images" if field == "captions" else "body" if field == "paragraphs" else field
        )
        source = getattr(article.provenance, source_field, None)
        differences.append(Difference(field, want, got, source))
    return tuple(differences)


def assert_rule_set(
    rule_set: RuleSet | RuleVersions,
    html: str | bytes,
    expected: Mapping[str, object],
    *,
    url: str | None = None,
    as_of: date | None = None,
) -> None:
    """Like :func:`check_rule_set`, but raise ``AssertionError`` listing every difference."""
    differences = check_rule_set(rule_set, html, expected, url=url, as_of=as_of)
    if differences:
        lines = "\n".join(f"  {d}" for d in differences)
        raise AssertionError(f"{len(differences)} field(s) differ:\n{lines}")


class GoldenPage(NamedTuple):
    """A page and the values a rule set should extract from it."""

    page: Path
    url: str | None
    as_of: date | None
    expected: Mapping[str, object]


def read_page(path: Path) -> bytes:
    """The bytes of a page file, gunzipped when it is gzip data."""
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _golden(page: Path, spec: Path) -> GoldenPage:
    try:
        data = json.loads(spec.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleError(f"{spec}: cannot read the expected values: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("expected"), dict):
        raise RuleError(f'{spec}: expected {{"expected": {{field: value, ...}}}}')
    url, as_of = data.get("url"), data.get("as_of")
    if url is not None and not isinstance(url, str):
        raise RuleError(f"{spec}: url must be a string")
    try:
        day = date.fromisoformat(as_of) if isinstance(as_of, str) else None
    except ValueError:
        raise RuleError(f"{spec}: as_of must be a date (YYYY-MM-DD), not {as_of!r}") from None
    return GoldenPage(page, url, day, data["expected"])


def golden_pages(folder: str | Path) -> tuple[GoldenPage, ...]:
    """The pages of ``folder`` (``.html``, ``.html.gz``) that have a ``.json`` beside them.

    :raises newsparse.RuleError: a JSON file is malformed (the message names it).
    """
    out = []
    for page in sorted(Path(folder).iterdir()):
        name = page.name.lower()
        if not name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            continue
        stem = page.name.split(".")[0]
        spec = page.with_name(f"{stem}.json")
        if spec.is_file():
            out.append(_golden(page, spec))
    return tuple(out)
