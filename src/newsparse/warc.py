"""Read the HTML pages of WARC files (``.warc``, ``.warc.gz``) and parse them.

Needs the ``warc`` extra (``pip install 'newsparse[warc]'``, which installs FastWARC)::

    from newsparse.warc import warc_pages

    for page in warc_pages("CC-NEWS-20240101000000-00000.warc.gz"):
        try:
            article = page.parse()
        except newsparse.NewsparseError as exc:
            print(page.record_id, exc)

Only ``response`` records with HTTP status 200 and an HTML content type (``text/html``,
``application/xhtml+xml``) are pages; revisits, requests, metadata and other content are
skipped. :meth:`WarcPage.parse` passes the record's URL, the charset of its HTTP
``Content-Type`` header (``encoding=``) and the date of its capture (``as_of=``, which
picks the rule-set version valid then) to :func:`newsparse.parse`.

A record cut short (fewer bytes than its ``Content-Length`` says, as in a partly
downloaded file) is still yielded, and its :meth:`~WarcPage.parse` raises
:class:`WarcRecordError`. A file that stops being WARC part-way (an unreadable header, a
broken gzip member) yields one last page, without a record id, whose ``parse`` raises
:class:`WarcRecordError` saying where; nothing after that point can be read.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from newsparse._api import parse
from newsparse._document import DEFAULT_MAX_BYTES
from newsparse.batch._extras import require
from newsparse.errors import InputError
from newsparse.model import Article
from newsparse.rules.choose import Rules

__all__ = [
    "HTML_TYPES",
    "WarcPage",
    "WarcRecordError",
    "is_warc",
    "looks_like_warc",
    "warc_pages",
]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
"""The HTTP content types (without parameters) of the records read as pages."""

_WARC_SUFFIXES = (".warc", ".warc.gz")


class WarcRecordError(InputError):
    """A WARC record is truncated or malformed (the message says which, and where)."""


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML page read from one WARC ``response`` record."""

    source: str
    """The WARC file the record is in."""
    record_id: str | None
    """The ``WARC-Record-ID`` (``None`` when the file could not be read further)."""
    url: str | None
    """The ``WARC-Target-URI``."""
    html: bytes
    """The HTTP payload: the page as received."""
    encoding: str | None = None
    """The charset of the HTTP ``Content-Type`` header, if it gave one."""
    fetched: datetime | None = None
    """The ``WARC-Date``: when the page was captured."""
    problem: str | None = None
    """Why the record cannot be parsed (truncated or malformed), or ``None``."""

    def parse(
        self,
        *,
        rules: Rules = "default",
        as_of: date | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Article:
        """Parse the page with :func:`newsparse.parse` (``as_of`` defaults to the capture date).

        :raises WarcRecordError: the record is truncated or malformed.
        :raises newsparse.NewsparseError: as :func:`newsparse.parse`.
        """
        if self.problem is not None:
            raise WarcRecordError(f"{self.source}: {self.record_id or 'record'}: {self.problem}")
        if as_of is None and self.fetched is not None:
            as_of = self.fetched.date()
        return parse(
            self.html,
            self.url,
            rules=rules,
            as_of=as_of,
            encoding=self.encoding,
            max_bytes=max_bytes,
        )


def looks_like_warc(data: bytes) -> bool:
    """Whether ``data`` (the start of a stream, gzipped or not) is WARC."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(5)
        except (EOFError, OSError, zlib.error):
            return False
    return data.startswith(b"WARC/")


def is_warc(path: str | Path) -> bool:
    """Whether ``path`` is named like a WARC file (``.warc`` or ``.warc.gz``)."""
    return str(path).lower().endswith(_WARC_SUFFIXES)


def warc_pages(source: str | Path | BinaryIO, *, name: str | None = None) -> Iterator[WarcPage]:
    """Yield the HTML pages of a WARC file (plain or gzipped), in file order.

    :param source: a path (local, or any URL ``fsspec`` opens when it is installed) or a
        binary file object.
    :param name: how the pages name their source (default: the path, or ``"-"``).
    :raises newsparse.batch.MissingExtraError: the ``warc`` extra is not installed.
    :raises OSError: the file cannot be opened.
    """
    fastwarc = require("fastwarc.warc", "warc", "reading WARC files")
    label = name if name is not None else str(source) if isinstance(source, str | Path) else "-"
    with ExitStack() as stack:
        stream: str | BinaryIO
        if isinstance(source, str | Path) and "://" not in str(source):
            stream = stack.enter_context(open(source, "rb"))  # a missing file raises here
        else:
            stream = str(source) if isinstance(source, Path) else source
        records = fastwarc.ArchiveIterator(
            stream, record_types=fastwarc.WarcRecordType.response, auto_decode="all"
        )
        position = 0
        while True:
            try:
                record = next(records, None)
                if record is None:
                    return
                position = record.stream_pos
                page = _page(record, label)
            except OSError as exc:
                problem = f"malformed WARC after offset {position}: {exc}; the rest is unread"
                yield WarcPage(label, None, None, b"", problem=problem)
                return
            if page is not None:
                yield page


def _page(record: Any, source: str) -> WarcPage | None:
    """The page in a response record, or ``None`` for a record that is not an HTML 200."""
    # ``record`` is a fastwarc WarcRecord: typed ``Any`` as the optional dependency is
    # imported at run time (mypy need not have it installed).
    if not record.is_http or record.http_headers.status_code != 200:
        return None
    content_type = (record.http_content_type or "").lower()
    if content_type not in HTML_TYPES:
        return None
    html = record.reader.read()
    problem = None
    if len(html) < record.content_length:
        problem = f"truncated: {len(html)} of {record.content_length} bytes"
    return WarcPage(
        source=source,
        record_id=record.record_id,
        url=record.headers.get("WARC-Target-URI"),
        html=html,
        encoding=record.http_charset,
        fetched=record.record_date,
        problem=problem,
    )
