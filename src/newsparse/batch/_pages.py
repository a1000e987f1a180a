"""Pages to parse in a batch, and finding them in files, folders, WARC files and stdin."""

from __future__ import annotations

import fnmatch
import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Protocol

from newsparse._api import parse
from newsparse._document import DEFAULT_MAX_BYTES
from newsparse.errors import InputError, NewsparseError
from newsparse.model import Article
from newsparse.rules.choose import Rules
from newsparse.warc import WarcPage, is_warc, looks_like_warc, warc_pages

__all__ = [
    "DEFAULT_GLOBS",
    "FilePage",
    "HtmlPage",
    "Page",
    "expand_inputs",
    "pages_in",
]

DEFAULT_GLOBS = ("*.html", "*.htm", "*.html.gz", "*.htm.gz", "*.warc", "*.warc.gz")
"""The file names a folder is searched for when no ``--glob`` is given."""


class Page(Protocol):
    """One page of a batch: where it comes from, and how to parse it.

    Pages are small and picklable: they travel to the worker processes.
    """

    @property
    def source(self) -> str:
        """The file the page is in (``-`` for standard input)."""
        ...

    @property
    def record_id(self) -> str | None:
        """The WARC record id, or ``None`` for a page that is a whole file."""
        ...

    @property
    def url(self) -> str | None:
        """The page's URL, when known before parsing it."""
        ...

    def parse(
        self, *, rules: Rules = "default", as_of: date | None = None, max_bytes: int = ...
    ) -> Article:
        """Read and parse the page."""
        ...


@dataclass(frozen=True, slots=True)
class FilePage:
    """A page that is a file (``.html``, or gzipped ``.html.gz``), read when parsed."""

    source: str
    url: str | None = None
    record_id: None = None

    def parse(
        self,
        *,
        rules: Rules = "default",
        as_of: date | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Article:
        """Read the file (decompressing gzip) and parse it with :func:`newsparse.parse`.

        :raises OSError: the file cannot be read.
        :raises newsparse.InputError: a broken gzip file, or as :func:`newsparse.parse`.
        """
        data = Path(self.source).read_bytes()
        if data[:2] == b"\x1f\x8b":
            try:
                data = gzip.decompress(data)
            except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
                raise InputError(f"{self.source}: cannot decompress: {exc}") from None
        return parse(data, self.url, rules=rules, as_of=as_of, max_bytes=max_bytes)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """A page given as its HTML (standard input, or a record of a Spark data set)."""

    source: str
    html: str | bytes
    url: str | None = None
    record_id: str | None = None
    encoding: str | None = None

    def parse(
        self,
        *,
        rules: Rules = "default",
        as_of: date | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Article:
        """Parse the HTML with :func:`newsparse.parse`."""
        return parse(
            self.html,
            self.url,
            rules=rules,
            as_of=as_of,
            encoding=self.encoding,
            max_bytes=max_bytes,
        )


def _wanted(path: Path, root: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    relative = path.relative_to(root).as_posix()

    def matches(patterns: Sequence[str]) -> bool:
        return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(relative, p) for p in patterns)

    return matches(include) and not matches(exclude)


def expand_inputs(
    inputs: Iterable[str],
    *,
    include: Sequence[str] = DEFAULT_GLOBS,
    exclude: Sequence[str] = (),
) -> list[str]:
    """The files to read: each input file as given, each folder's matching files (recursive,
    sorted), ``-`` (standard input) as is.

    ``include`` and ``exclude`` are shell globs matched against a file's name or its path
    relative to the folder (``"*.html.gz"``, ``"2024/*/*.html"``); they filter folders only.

    :raises newsparse.NewsparseError: an input does not exist.
    """
    files: list[str] = []
    for name in inputs:
        path = Path(name)
        if name == "-" or path.is_file():
            files.append(name)
        elif path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file())
            files.extend(str(p) for p in sorted(found) if _wanted(p, path, include, exclude))
        else:
            raise NewsparseError(f"{name}: no such file or directory")
    return files


def _stdin_pages(stream: BinaryIO, url: str | None) -> Iterator[Page]:
    data = stream.read()
    if looks_like_warc(data):
        yield from warc_pages(io.BytesIO(data), name="-")
        return
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise InputError(f"-: cannot decompress: {exc}") from None
    yield HtmlPage("-", data, url)


def _warc_file_pages(name: str) -> Iterator[Page]:
    try:
        yield from warc_pages(name)
    except OSError as exc:  # cannot be opened: a failed page, not a failed run
        yield WarcPage(name, None, None, b"", problem=f"cannot read the file: {exc}")


def pages_in(
    files: Iterable[str], *, url: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[Page]:
    """The pages of ``files`` (from :func:`expand_inputs`), in order.

    A WARC file (``.warc``, ``.warc.gz``) gives its HTML records (:mod:`newsparse.warc`);
    ``-`` reads standard input (``stdin``), a page or a WARC stream, gzipped or not; any
    other file is one page. ``url`` is given to pages that are whole files.
    """
    for name in files:
        if name == "-":
            yield from _stdin_pages(stdin if stdin is not None else sys.stdin.buffer, url)
        elif is_warc(name):
            yield from _warc_file_pages(name)
        else:
            yield FilePage(name, url)
