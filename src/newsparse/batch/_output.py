"""Where a batch writes its rows: JSON Lines (a file or stdout) or Parquet; resuming."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, Protocol, TextIO

from newsparse.batch._extras import require
from newsparse.batch._run import Key, PageResult
from newsparse.batch._schema import Column, ColumnType, ListOf, Scalar, row_columns
from newsparse.errors import NewsparseError

__all__ = ["Format", "JsonLinesWriter", "ParquetWriter", "Writer", "arrow_schema", "open_writer"]

Format = Literal["jsonl", "parquet"]


class Writer(Protocol):
    """Receives the results of a batch, one at a time, and is closed at the end."""

    def write(self, result: PageResult) -> None:
        """Write one result."""
        ...

    def close(self) -> None:
        """Finish the output (it is valid afterwards, even after Ctrl-C)."""
        ...


class JsonLinesWriter:
    """Writes one JSON object per line. Each line is written whole, so an interrupted run
    leaves a valid file."""

    def __init__(self, stream: TextIO, *, close: bool = True) -> None:
        """Write to ``stream``; ``close`` it at the end unless told not to (stdout)."""
        self._stream = stream
        self._close = close

    def write(self, result: PageResult) -> None:
        """Write the result's line."""
        self._stream.write(result.line + "\n")

    def close(self) -> None:
        """Flush, and close the file."""
        self._stream.flush()
        if self._close:
            self._stream.close()


def _arrow_type(pa: ModuleType, kind: ColumnType) -> Any:
    if isinstance(kind, Scalar):
        return {"string": pa.string, "long": pa.int64, "double": pa.float64, "boolean": pa.bool_}[
            kind.name
        ]()
    if isinstance(kind, ListOf):
        return pa.list_(_arrow_type(pa, kind.item))
    return pa.struct([_arrow_field(pa, c) for c in kind.fields])


def _arrow_field(pa: ModuleType, column: Column) -> Any:
    return pa.field(column.name, _arrow_type(pa, column.type), nullable=True)


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of a batch row (needs the ``parquet`` extra)."""
    pa = require("pyarrow", "parquet", "Parquet output")
    return pa.schema([_arrow_field(pa, c) for c in row_columns()])


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


class ParquetWriter:
    """Writes rows to a Parquet file, a row group every ``rows_per_group`` rows.

    The file is written beside the target (``NAME.partial``) and moved into place when
    closed, so the target is always a complete file. Needs the ``parquet`` extra.
    """

    def __init__(self, path: Path, *, keep: Any = None, rows_per_group: int = 2000) -> None:
        """Write to ``path``, starting with the rows of the table ``keep`` if given."""
        self._pa = require("pyarrow", "parquet", "Parquet output")
        self._pq = require("pyarrow.parquet", "parquet", "Parquet output")
        self._path = path
        self._schema = arrow_schema()
        self._writer = self._pq.ParquetWriter(_partial(path), self._schema)
        self._rows: list[dict[str, Any]] = []
        self._rows_per_group = rows_per_group
        if keep is not None and keep.num_rows:
            self._writer.write_table(keep.cast(self._schema))

    def write(self, result: PageResult) -> None:
        """Buffer the result's row (a full buffer is written as a row group)."""
        self._rows.append(json.loads(result.line))
        if len(self._rows) >= self._rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        """Write the buffered rows, close the file and move it into place."""
        self._flush()
        self._writer.close()
        os.replace(_partial(self._path), self._path)


def _jsonl_keys(path: Path) -> set[Key]:
    """The pages a JSON Lines output already has; a torn last line is cut off the file."""
    keys: set[Key] = set()
    good = 0
    with path.open("rb") as stream:
        for line in stream:
            try:
                row = json.loads(line)
                keys.add((row["source"], row["record"]))
            except (ValueError, KeyError, TypeError):
                break
            if not line.endswith(b"\n"):
                break
            good += len(line)
    if good < path.stat().st_size:
        with path.open("r+b") as stream:
            stream.truncate(good)
    return keys


def open_writer(
    path: Path | None,
    stdout: TextIO,
    *,
    format: Format = "jsonl",
    resume: bool = False,
    force: bool = False,
) -> tuple[Writer, set[Key]]:
    """Open the output of a batch, and say which pages it already has (``resume``).

    :param path: the output file, or ``None`` for ``stdout`` (JSON Lines only).
    :param resume: keep the rows already in ``path`` and return their keys, so that the
        run can skip those pages.
    :param force: overwrite ``path`` when it exists (without it, and without ``resume``,
        an existing file is an error: it may be the work of an interrupted run).
    :raises newsparse.NewsparseError: on the cases above.
    """
    if path is None:
        if format != "jsonl" or resume:
            raise NewsparseError("Parquet output and --resume need an output file (--output)")
        return JsonLinesWriter(stdout, close=False), set()
    exists = path.exists()
    if exists and not (resume or force):
        raise NewsparseError(f"{path} exists: --resume to continue it, --force to overwrite")
    if format == "parquet":
        keep = None
        if resume and exists:
            keep = require("pyarrow.parquet", "parquet", "Parquet output").read_table(path)
        writer = ParquetWriter(path, keep=keep)
        keys: set[Key] = set()
        if keep is not None:
            sources = keep.column("source").to_pylist()
            keys = set(zip(sources, keep.column("record").to_pylist(), strict=True))
        return writer, keys
    keys = _jsonl_keys(path) if resume and exists else set()
    stream = path.open("a" if resume else "w", encoding="utf-8")
    return JsonLinesWriter(stream), keys
