"""What a field extractor returns: a value and where it came from."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from newsparse.model import Source, Strategy

if TYPE_CHECKING:
    from newsparse._document import Document

__all__ = ["Found", "found", "memo", "source"]

T = TypeVar("T")

# The attribute of a Document that holds the extractors' per-page memo.
_MEMO_ATTR = "_extract_memo"
# What the memo's dict.get returns for a key not computed yet (None is a valid value).
_MISSING = object()


class Found(NamedTuple, Generic[T]):
    """A field value with its provenance."""

    value: T
    source: Source


def found(value: T, strategy: Strategy, detail: str) -> Found[T]:
    """Shorthand for ``Found(value, Source(strategy=..., detail=...))``."""
    return Found(value, source(strategy, detail))


# Room for every (field, detail) of every built-in rule set: ~1,200 distinct Sources over
# the test corpus; a few kB each at most.
@lru_cache(maxsize=8192)
def source(
    strategy: Strategy,
    detail: str,
    rule_set: str | None = None,
    rule_version: str | None = None,
) -> Source:
    """``Source(strategy=..., detail=..., ...)``, built once per distinct set of arguments.

    A Source is frozen, so one object serves every page, and the same few combinations
    come back on every page (pydantic validation costs a few microseconds per object).
    """
    if rule_set is None and rule_version is None:
        # Leave them unset (not set to None), as the generic extractors always have:
        # model_dump(exclude_unset=True) shows the difference.
        return Source(strategy=strategy, detail=detail)
    return Source(strategy=strategy, detail=detail, rule_set=rule_set, rule_version=rule_version)


def memo(doc: Document, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, computed once per page: later calls with the same ``key`` reuse it.

    For derived data several extractors need (the headline element, the header around
    it). The memo lives on ``doc`` itself, so it goes away with the page; ``compute``
    must be a pure function of ``doc`` and of what ``key`` names.
    """
    store: dict[Hashable, Any] = doc.__dict__.setdefault(_MEMO_ATTR, {})
    value: T = store.get(key, _MISSING)
    if value is _MISSING:
        value = store[key] = compute()
    return value
