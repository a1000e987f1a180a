"""From the texts a rule found to a field's typed value, one :class:`Converter` per field type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Generic, NamedTuple, TypeVar

from newsparse._dates import parse_date
from newsparse._document import Document
from newsparse.extract.dateline import find_dateline
from newsparse.heuristics.agencies import canonical_source
from newsparse.model import Author, Byline, Credit, Dateline

__all__ = [
    "AUTHORS",
    "BYLINE",
    "CREDIT",
    "DATE",
    "DATELINE",
    "TEXT",
    "TEXTS",
    "URL",
    "Converter",
]

T = TypeVar("T")


class Converter(NamedTuple, Generic[T]):
    """How one field type is read from rule texts, and checked when a function returns it."""

    expects: str
    """What a rule function may return, for error messages."""
    from_texts: Callable[[Document, tuple[str, ...]], T | None]
    """The value from the (non-empty) texts a selector found, or ``None``."""
    check: Callable[[object], T | None]
    """The value a rule function returned, when it is of the field's type, else ``None``."""


def _first(doc: Document, texts: tuple[str, ...]) -> str | None:
    del doc
    return texts[0] if texts else None


def _is_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _texts(doc: Document, texts: tuple[str, ...]) -> tuple[str, ...] | None:
    del doc
    return tuple(dict.fromkeys(texts)) or None


def _str_tuple(value: object) -> tuple[str, ...] | None:
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return value
    return None


def _date(doc: Document, texts: tuple[str, ...]) -> datetime | None:
    del doc
    return next((d for d in map(parse_date, texts) if d is not None), None)


def _is_datetime(value: object) -> datetime | None:
    return value if isinstance(value, datetime) else None


def _authors(doc: Document, texts: tuple[str, ...]) -> tuple[Author, ...] | None:
    del doc
    return tuple(Author(name=name) for name in dict.fromkeys(texts)) or None


def _author_tuple(value: object) -> tuple[Author, ...] | None:
    if isinstance(value, list | tuple) and value and all(isinstance(v, Author) for v in value):
        return tuple(v for v in value if isinstance(v, Author))
    return None


def _byline(doc: Document, texts: tuple[str, ...]) -> Byline | None:
    del doc
    return Byline(text=texts[0]) if texts else None


def _is_byline(value: object) -> Byline | None:
    return value if isinstance(value, Byline) else None


def _dateline(doc: Document, texts: tuple[str, ...]) -> Dateline | None:
    del doc
    if not texts:
        return None
    text = texts[0]
    parsed = find_dateline(text if text.rstrip()[-1:] in "—–-" else f"{text} —")
    if parsed is not None:
        return parsed.model_copy(update={"text": text})
    return Dateline(text=text, place=text.strip(" ,.:—–-") or None)


def _is_dateline(value: object) -> Dateline | None:
    return value if isinstance(value, Dateline) else None


def _credit(doc: Document, texts: tuple[str, ...]) -> Credit | None:
    del doc
    if not texts:
        return None
    text = texts[0]
    return Credit(source=canonical_source(text) or text, text=text)


def _is_credit(value: object) -> Credit | None:
    return value if isinstance(value, Credit) else None


def _url(doc: Document, texts: tuple[str, ...]) -> str | None:
    return next((u for u in map(doc.absolute, texts) if u), None)


TEXT: Converter[str] = Converter("a str", _first, _is_str)
"""Plain text fields: the first text (headline, standfirst, language, section)."""
TEXTS: Converter[tuple[str, ...]] = Converter("a tuple of str", _texts, _str_tuple)
"""Lists of texts (tags): every text, without duplicates."""
DATE: Converter[datetime] = Converter("a datetime", _date, _is_datetime)
"""Dates: the first text the generic date parser reads (ISO 8601 from ``parse_date``)."""
AUTHORS: Converter[tuple[Author, ...]] = Converter(
    "a tuple of Author or of names", _authors, _author_tuple
)
"""Authors: one :class:`~newsparse.Author` per text (use ``split_authors`` on bylines)."""
BYLINE: Converter[Byline] = Converter("a Byline or a str", _byline, _is_byline)
"""The printed byline: the first text."""
DATELINE: Converter[Dateline] = Converter("a Dateline or a str", _dateline, _is_dateline)
"""The dateline: the first text, read like a dateline at the start of a story."""
CREDIT: Converter[Credit] = Converter("a Credit or a str", _credit, _is_credit)
"""The syndication credit: the first text, named canonically when it is a known agency."""
URL: Converter[str] = Converter("an absolute URL", _url, _is_str)
"""The canonical URL: the first text that resolves to an http(s) URL."""
