"""One page, parsed once: the selectolax tree plus the metadata every extractor reads.

:class:`Document` decodes the input, checks it is HTML, parses it with Lexbor and gathers
``<meta>`` tags, JSON-LD and ``itemprop`` elements in one pass each, lazily, so an
extractor that needs none of them costs nothing. Extractors must not modify
:attr:`Document.tree`; one that needs to prune works on a clone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cached_property
from urllib.parse import urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse._decode import decode_html
from newsparse._jsonld import ARTICLE_TYPES, LdNode, parse_jsonld
from newsparse._limits import DEFAULT_LIMITS, Limits, cap_depth
from newsparse._text import clean, node_text, unescape
from newsparse.errors import EmptyInputError, InputTooLargeError, InputTypeError, NotHTMLError

__all__ = ["DEFAULT_MAX_BYTES", "Document"]

DEFAULT_MAX_BYTES = DEFAULT_LIMITS.max_bytes
"""Default largest input :func:`newsparse.parse` accepts (64 MiB)."""

_TAG = re.compile(r"<\s*[a-zA-Z!/?]")
# Share of C0 control characters (other than tab/newline/CR) above which input is binary.
_BINARY_SHARE = 0.05
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _check_html(text: str) -> None:
    head = text[:65536]
    if not head.strip(" \t\r\n\x00\ufeff"):
        raise EmptyInputError("the input is empty")
    controls = len(_CONTROL.findall(head))
    if controls > _BINARY_SHARE * len(head):
        raise NotHTMLError(
            f"the input looks like binary data ({controls} control characters "
            f"in the first {len(head)} characters), not an HTML page"
        )
    if _TAG.search(head) is None:
        raise NotHTMLError("the input has no HTML markup (no tag in its first 64 KiB)")


def _http_url(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL, or ``None`` for anything else (``javascript:``, ``data:``).

    The result is normalised the way a browser reads the link: the scheme lower-cased,
    tabs and newlines removed (``urlsplit`` drops them), no spaces or controls around.
    """
    if not value:
        return None
    value = value.strip()
    try:
        url = urljoin(base, value) if base else value
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            return None
        return urlunsplit(parts._replace(scheme=scheme))
    except ValueError:
        return None


class Document:
    """A decoded, parsed page and its metadata, computed once and cached.

    :param max_bytes: overrides ``limits.max_bytes`` when given.
    :param limits: the resource limits (see :class:`~newsparse._limits.Limits`).

    After construction, :attr:`limits` holds the limits applied and :attr:`flattened`
    tells whether markup nested deeper than ``limits.max_depth`` was flattened.
    """

    def __init__(
        self,
        data: str | bytes,
        url: str | None = None,
        *,
        encoding: str | None = None,
        max_bytes: int | None = None,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        if isinstance(data, bytearray | memoryview):
            data = bytes(data)
        if not isinstance(data, str | bytes):
            raise InputTypeError(
                f"the input must be str or bytes (the HTML of a page), not {type(data).__name__}"
            )
        if max_bytes is not None and max_bytes != limits.max_bytes:
            limits = dataclasses.replace(limits, max_bytes=max_bytes)
        self.limits = limits
        max_bytes = limits.max_bytes
        if len(data) > max_bytes:
            raise InputTooLargeError(
                f"the input is {len(data):,} {'bytes' if isinstance(data, bytes) else 'chars'}"
                f", more than max_bytes={max_bytes:,}"
            )
        if isinstance(data, bytes):
            if not data.strip(b" \t\r\n\x00"):
                raise EmptyInputError("the input is empty")
            text, self.encoding = decode_html(data, encoding)
        else:
            text, self.encoding = data, "unicode"
        if "\x00" in text:
            text = text.replace("\x00", "")
        _check_html(text)
        text, self.flattened = cap_depth(text, limits.max_depth)
        self.tree = LexborHTMLParser(text)
        self.given_url = _http_url(url)

    # ------------------------------------------------------------------ metadata

    @cached_property
    def meta(self) -> Mapping[str, tuple[str, ...]]:
        """``<meta>`` contents by lower-cased ``property`` / ``name`` / ``itemprop``."""
        found: dict[str, list[str]] = {}
        for node in self.tree.css("meta"):
            attrs = node.attributes
            content = attrs.get("content")
            if not content:
                continue
            value = unescape(content)
            if not value:
                continue
            for key_attr in ("property", "name", "itemprop"):
                key = attrs.get(key_attr)
                if key:
                    found.setdefault(key.strip().lower(), []).append(value)
        return {key: tuple(values) for key, values in found.items()}

    def meta_first(self, *keys: str) -> tuple[str, str] | None:
        """The first ``(key, value)`` among ``keys`` (in the order given) that the page has."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None

    @cached_property
    def jsonld(self) -> tuple[LdNode, ...]:
        """Every typed JSON-LD object of the page (``@graph`` and arrays flattened)."""
        selector = 'script[type="application/ld+json"], script[type="application/json+ld"]'
        scripts = (node.text(deep=True) for node in self.tree.css(selector))
        return tuple(parse_jsonld(scripts, self.limits))

    @cached_property
    def article_ld(self) -> LdNode | None:
        """The JSON-LD node that describes the article itself, if the page has one.

        When several article nodes are present (related stories, lists), the one whose
        ``url``/``@id`` matches the page wins, then the one with the most of our fields.
        """
        candidates = [n for n in self.jsonld if n.is_a(ARTICLE_TYPES)]
        if not candidates:
            return None
        page = self.url
        if page and len(candidates) > 1:
            key = page.rstrip("/").split("://", 1)[-1]
            for node in candidates:
                for ident in (
                    *node.raw_strings("url"),
                    *node.raw_strings("@id"),
                    *[m.text("@id") or "" for m in node.nodes("mainEntityOfPage")],
                    *node.raw_strings("mainEntityOfPage"),
                ):
                    if ident.rstrip("/").split("://", 1)[-1] == key:
                        return node

        def richness(node: LdNode) -> int:
            return sum(
                node.has(k)
                for k in (
                    "headline",
                    "datePublished",
                    "author",
                    "articleBody",
                    "description",
                    "image",
                )
            )

        return max(candidates, key=richness)

    @cached_property
    def itemprops(self) -> Mapping[str, tuple[LexborNode, ...]]:
        """Elements with an ``itemprop`` attribute (microdata), by lower-cased property."""
        found: dict[str, list[LexborNode]] = {}
        for node in self.tree.css("[itemprop]"):
            if node.tag == "meta":
                continue
            for prop in (node.attributes.get("itemprop") or "").lower().split():
                found.setdefault(prop, []).append(node)
        return {key: tuple(nodes) for key, nodes in found.items()}

    # ------------------------------------------------------------------ urls

    @cached_property
    def canonical(self) -> tuple[str, str] | None:
        """``(source, url)`` of the page's own canonical URL: ``<link rel=canonical>``, og:url."""
        for node in self.tree.css('link[rel="canonical"]'):
            url = _http_url(node.attributes.get("href"), self.given_url)
            if url:
                return 'link[rel="canonical"]', url
        found = self.meta_first("og:url")
        if found:
            url = _http_url(found[1], self.given_url)
            if url:
                return "og:url", url
        return None

    @cached_property
    def url(self) -> str | None:
        """The URL links are resolved against: the caller's URL, else the page's canonical."""
        if self.given_url:
            return self.given_url
        return self.canonical[1] if self.canonical else None

    @cached_property
    def base_url(self) -> str | None:
        """The document base URL: ``<base href>`` resolved against :attr:`url`."""
        base = self.tree.css_first("base[href]")
        if base is not None:
            resolved = _http_url(base.attributes.get("href"), self.url)
            if resolved:
                return resolved
        return self.url

    def absolute(self, href: str | None) -> str | None:
        """``href`` as an absolute http(s) URL against the page, or ``None``."""
        return _http_url(href, self.base_url)

    @cached_property
    def host(self) -> str | None:
        """The lower-cased host name of :attr:`url`, without ``www.``."""
        if not self.url:
            return None
        host = (urlsplit(self.url).hostname or "").lower()
        return host.removeprefix("www.") or None

    # ------------------------------------------------------------------ page text

    @cached_property
    def title(self) -> str | None:
        """The ``<title>`` text."""
        node = self.tree.css_first("title")
        return (clean(node.text()) or None) if node is not None else None

    @cached_property
    def h1s(self) -> tuple[LexborNode, ...]:
        """The page's ``<h1>`` elements that have text."""
        return tuple(n for n in self.tree.css("h1") if node_text(n))

    @cached_property
    def lang(self) -> str | None:
        """The ``lang`` attribute of ``<html>``."""
        root = self.tree.css_first("html")
        value = root.attributes.get("lang") if root is not None else None
        return value.strip() if value and value.strip() else None
