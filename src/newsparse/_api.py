"""The public entry point: :func:`parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from datetime import date

    from newsparse.model import Article
    from newsparse.rules.choose import Rules

__all__ = ["parse"]


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    rules: Rules = "default",
    as_of: date | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Article:
    """Extract the :class:`~newsparse.Article` from the HTML of a news article page.

    :param html: the page, as text or as the bytes received (decoded from the BOM, the
        ``encoding`` argument, ``<meta charset>``, or detection, in that order).
    :param url: the page's URL, used to resolve relative links and to find the publisher's
        rule set; when omitted the page's own canonical / ``og:url`` is used.
    :param rules: which publisher rule sets to use: ``"default"`` (built-in and installed
        ones, looked up by the page's host, then by platform fingerprint), ``None`` (the
        generic extractor alone), one :class:`~newsparse.rules.RuleSet` (applied whatever
        the host), a :class:`~newsparse.rules.Registry`, or a list of rule sets that
        override the default ones on their domains.
    :param as_of: the date the page was fetched, to pick the version of a rule set that
        was valid then (default: the newest version).
    :param encoding: the charset the HTTP ``Content-Type`` header gave, if any.
    :param max_bytes: refuse larger inputs with :class:`~newsparse.InputTooLargeError`
        (shorthand for ``limits.max_bytes``; default 64 MiB).
    :param limits: the resource limits (:class:`~newsparse.Limits`): input size, nesting
        depth, JSON-LD size; see the docs page on limits.
    :raises newsparse.InputError: the input is empty, not HTML, undecodable or too large.
    :raises newsparse.RuleError: a rule set is malformed (found when the registry is
        first built, or when a rule function returns a value of the wrong type).

    Which rule set and version filled each field is in ``article.provenance``.
    """
    # Imported here, not above, so that importing newsparse does not load the extractors,
    # pydantic and the rule sets (after the first call, these are dictionary lookups).
    from newsparse._document import Document  # noqa: PLC0415
    from newsparse.extract.article import extract_article  # noqa: PLC0415
    from newsparse.rules.choose import choose_rule_set  # noqa: PLC0415

    doc = Document(html, url, encoding=encoding, max_bytes=max_bytes, limits=limits)
    return extract_article(doc, choose_rule_set(doc, rules, as_of))
