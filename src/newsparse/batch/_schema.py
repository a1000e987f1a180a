"""The columns of a batch row, derived from the JSON Schema of :class:`~newsparse.Article`.

One row per page: ``source`` (the file, or the WARC file), ``record`` (the WARC record id),
``url``, ``article`` (the Article, a struct) and ``error`` (``type`` and ``message``). The
``article`` struct follows ``Article.model_json_schema(mode="serialization")``, less the
read-only derived fields (``paragraphs``), so a field added to the model appears in every
output format without anything here changing. Date-times stay ISO 8601 strings: a page may
give a time with or without a UTC offset, and a timestamp column would have to invent one.

Parquet (:func:`arrow_schema`) and Spark (``newsparse.spark.spark_schema``) map these
columns to their own types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from newsparse.errors import NewsparseError
from newsparse.model import Article

__all__ = ["Column", "ListOf", "Scalar", "StructOf", "derived_fields", "row_columns"]

ScalarName = Literal["string", "long", "double", "boolean"]


@dataclass(frozen=True, slots=True)
class Scalar:
    """A scalar column type."""

    name: ScalarName


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list column: every item of type ``item``."""

    item: ColumnType


@dataclass(frozen=True, slots=True)
class StructOf:
    """A struct column with named fields."""

    fields: tuple[Column, ...]


ColumnType = Scalar | ListOf | StructOf


@dataclass(frozen=True, slots=True)
class Column:
    """One named, nullable column."""

    name: str
    type: ColumnType


_SCALARS: Mapping[str, ScalarName] = {
    "string": "string",
    "integer": "long",
    "number": "double",
    "boolean": "boolean",
}

_Schema = Mapping[str, object]


def _resolve(node: _Schema, defs: Mapping[str, _Schema]) -> _Schema:
    ref = node.get("$ref")
    if isinstance(ref, str):
        return _resolve(defs[ref.rsplit("/", 1)[-1]], defs)
    return node


def _column_type(node: _Schema, defs: Mapping[str, _Schema], where: str) -> ColumnType:
    node = _resolve(node, defs)
    any_of = node.get("anyOf")
    if isinstance(any_of, list):
        kinds = [k for k in any_of if isinstance(k, Mapping) and k.get("type") != "null"]
        if len(kinds) != 1:
            raise NewsparseError(f"{where}: a union of several types has no column type")
        return _column_type(kinds[0], defs, where)
    kind = node.get("type")
    if kind == "array":
        items = node.get("items")
        if not isinstance(items, Mapping):
            raise NewsparseError(f"{where}: an array without one item type")
        return ListOf(_column_type(items, defs, f"{where}[]"))
    if kind == "object":
        return StructOf(_struct_fields(node, defs, where))
    if isinstance(kind, str) and kind in _SCALARS:
        return Scalar(_SCALARS[kind])
    raise NewsparseError(f"{where}: no column type for JSON Schema {dict(node)!r}")


def _struct_fields(node: _Schema, defs: Mapping[str, _Schema], where: str) -> tuple[Column, ...]:
    properties = node.get("properties")
    if not isinstance(properties, Mapping):
        raise NewsparseError(f"{where}: an object without properties has no column type")
    return tuple(
        Column(name, _column_type(sub, defs, f"{where}.{name}"))
        for name, sub in properties.items()
        if not sub.get("readOnly")
    )


@cache
def derived_fields() -> frozenset[str]:
    """The Article's computed fields, left out of batch rows (they repeat the body)."""
    return frozenset(Article.model_computed_fields)


@cache
def row_columns() -> tuple[Column, ...]:
    """The columns of a batch row, the ``article`` struct derived from the Article model."""
    schema = Article.model_json_schema(mode="serialization")
    defs = schema.get("$defs", {})
    string = Scalar("string")
    error = StructOf((Column("type", string), Column("message", string)))
    return (
        Column("source", string),
        Column("record", string),
        Column("url", string),
        Column("article", StructOf(_struct_fields(schema, defs, "Article"))),
        Column("error", error),
    )
