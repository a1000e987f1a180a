"""What a field extractor returns: a value and where it came from."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from newsparse.model import Source, Strategy

if TYPE_CHECKING:
    from newsparse._document import Document

__all__ = ["Found", "found", "memo"]

T = TypeVar("T")

# The attribute of a Document that holds the extractors' per-page memo.
_MEMO_ATTR = "_extract_memo"


class Found(NamedTuple, Generic[T]):
    """A field value with its provenance."""

    value: T
    source: Source


def found(value: T, strategy: Strategy, detail: str) -> Found[T]:
    """Shorthand for ``Found(value, Source(strategy=..., detail=...))``."""
    return Found(value, _source(strategy, detail))


@lru_cache(maxsize=1024)
def _source(strategy: Strategy, detail: str) -> Source:
    """``Source(strategy=..., detail=...)``, built once per pair.

    A Source is frozen, so one object serves every page, and the same few pairs come
    back on every page (pydantic validation costs a few microseconds per object).
    """
    return Source(strategy=strategy, detail=detail)


def memo(doc: Document, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, computed once per page: later calls with the same ``key`` reuse it.

    For derived data several extractors need (the headline element, the header around
    it). The memo lives on ``doc`` itself, so it goes away with the page; ``compute``
    must be a pure function of ``doc`` and of what ``key`` names.
    """
    store: dict[Hashable, Any] = doc.__dict__.setdefault(_MEMO_ATTR, {})
    try:
        value: T = store[key]
    except KeyError:
        value = store[key] = compute()
    return value
