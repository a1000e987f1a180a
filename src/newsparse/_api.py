"""The public entry point: :func:`parse`."""

from __future__ import annotations

from datetime import date

from newsparse._document import DEFAULT_MAX_BYTES, Document
from newsparse.extract.article import extract_article
from newsparse.model import Article

__all__ = ["parse"]


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    as_of: date | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Extract the :class:`~newsparse.Article` from the HTML of a news article page.

    :param html: the page, as text or as the bytes received (decoded from the BOM, the
        ``encoding`` argument, ``<meta charset>``, or detection, in that order).
    :param url: the page's URL, used to resolve relative links; when omitted the page's own
        canonical / ``og:url`` is used.
    :param as_of: the date the page was fetched, for publisher rules versioned by date.
    :param encoding: the charset the HTTP ``Content-Type`` header gave, if any.
    :param max_bytes: refuse larger inputs with :class:`~newsparse.InputTooLargeError`.
    :raises newsparse.InputError: the input is empty, not HTML, undecodable or too large.
    """
    del as_of  # used by publisher rule sets
    doc = Document(html, url, encoding=encoding, max_bytes=max_bytes)
    return extract_article(doc)
