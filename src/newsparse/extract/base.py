"""What a field extractor returns: a value and where it came from."""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

from newsparse.model import Source, Strategy

__all__ = ["Found", "found"]

T = TypeVar("T")


class Found(NamedTuple, Generic[T]):
    """A field value with its provenance."""

    value: T
    source: Source


def found(value: T, strategy: Strategy, detail: str) -> Found[T]:
    """Shorthand for ``Found(value, Source(strategy=..., detail=...))``."""
    return Found(value, Source(strategy=strategy, detail=detail))
