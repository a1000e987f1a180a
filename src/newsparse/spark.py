"""Parse pages in Apache Spark: a function for ``mapPartitions`` and the schema of its rows.

Needs the ``spark`` extra (``pip install 'newsparse[spark]'``: PySpark and FastWARC) on the
driver and on every worker::

    from functools import partial
    from newsparse.spark import parse_partition, spark_schema

    paths = spark.sparkContext.parallelize(warc_paths, numSlices=len(warc_paths))
    rows = paths.mapPartitions(partial(parse_partition, rules="default"))
    articles = spark.createDataFrame(rows, spark_schema())

A partition holds WARC paths (every HTML response record of each file becomes a row, see
:mod:`newsparse.warc`) or ``(url, html)`` records (a tuple, or a ``Row`` with ``url`` and
``html`` fields; ``html`` as text or bytes). Each row has the columns ``source``,
``record``, ``url``, ``article`` (a struct of the :class:`~newsparse.Article` fields) and
``error`` (``type``, ``message``): a page that fails is a row with its error, and never
stops the partition. The rule set is given by name (see :class:`newsparse.batch.Options`)
and loaded once in each worker process.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from newsparse._document import DEFAULT_MAX_BYTES
from newsparse.batch._extras import MissingExtraError, require
from newsparse.batch._pages import HtmlPage
from newsparse.batch._rules import DEFAULT
from newsparse.batch._run import Options, PageResult, parse_page
from newsparse.batch._schema import Column, ColumnType, ListOf, Scalar, row_columns
from newsparse.errors import NewsparseError
from newsparse.warc import warc_pages

__all__ = ["parse_partition", "spark_schema"]

_SPARK_TYPES = {
    "string": "StringType",
    "long": "LongType",
    "double": "DoubleType",
    "boolean": "BooleanType",
}


def _spark_type(types: Any, kind: ColumnType) -> Any:
    if isinstance(kind, Scalar):
        return getattr(types, _SPARK_TYPES[kind.name])()
    if isinstance(kind, ListOf):
        return types.ArrayType(_spark_type(types, kind.item), containsNull=True)
    return types.StructType([_spark_field(types, c) for c in kind.fields])


def _spark_field(types: Any, column: Column) -> Any:
    return types.StructField(column.name, _spark_type(types, column.type), nullable=True)


def spark_schema() -> Any:
    """The ``pyspark.sql.types.StructType`` of the rows of :func:`parse_partition`.

    Derived from the Article model's JSON Schema (:func:`newsparse.batch.row_columns`);
    date-times are ISO 8601 strings (use ``to_timestamp`` for a timestamp column).
    """
    types = require("pyspark.sql.types", "spark", "the Spark schema")
    return types.StructType([_spark_field(types, c) for c in row_columns()])


def _value(kind: ColumnType, value: Any) -> Any:
    """A JSON value as Spark takes it for ``kind``: structs as tuples in column order."""
    if value is None or isinstance(kind, Scalar):
        return value
    if isinstance(kind, ListOf):
        return [_value(kind.item, item) for item in value]
    return tuple(_value(c.type, value.get(c.name)) for c in kind.fields)


def _row(result: PageResult) -> tuple[Any, ...]:
    data = json.loads(result.line)
    return tuple(_value(c.type, data.get(c.name)) for c in row_columns())


def _failed(source: str, exc: BaseException) -> tuple[Any, ...]:
    error = {"type": type(exc).__name__, "message": str(exc)}
    data = {"source": source, "error": error}
    return tuple(_value(c.type, data.get(c.name)) for c in row_columns())


def _field(record: Any, name: str, index: int) -> Any:
    if isinstance(record, tuple) and not hasattr(record, name):
        return record[index]
    return getattr(record, name) if hasattr(record, name) else record[name]


def parse_partition(
    records: Iterable[Any],
    *,
    rules: str = DEFAULT,
    as_of: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[Any, ...]]:
    """Parse a partition of WARC paths or ``(url, html)`` records into rows of
    :func:`spark_schema`, for ``rdd.mapPartitions`` (bind options with ``functools.partial``).

    :param rules: a rule-set name: ``"default"``, ``"generic"``, a registered name or
        domain, or a rule file every worker can read.
    :param as_of: the fetch date (default: a WARC record's capture date).
    """
    options = Options(rules=rules, as_of=as_of, max_bytes=max_bytes)
    for record in records:
        if isinstance(record, str | Path):
            source = str(record)
            try:
                for page in warc_pages(source):
                    yield _row(parse_page(page, options))
            except MissingExtraError:
                raise  # the worker lacks the 'warc' extra: every file would fail
            except (OSError, NewsparseError) as exc:
                yield _failed(source, exc)
            continue
        url = _field(record, "url", 0)
        html = HtmlPage(url or "-", _field(record, "html", 1), url)
        yield _row(parse_page(html, options))
