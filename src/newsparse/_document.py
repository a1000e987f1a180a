"""One page, parsed once: the selectolax tree plus the metadata every extractor reads.

:class:`Document` decodes the input, checks it is HTML, parses it with Lexbor and gathers
``<meta>`` tags, JSON-LD, ``itemprop`` and ``<h1>`` elements ... in one walk of the tree
on first use, so an extractor that needs none of them costs nothing. Extractors must not
modify :attr:`Document.tree`; one that needs to prune works on a clone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
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
# How much of the page the HTML checks read.
_HEAD_CHARS = 65536
# Share of C0 control characters (other than tab/newline/CR) above which input is binary.
_BINARY_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_NOT_BLANK = re.compile("[^ \t\r\n\x00\ufeff]")
_NOT_BLANK_BYTES = re.compile(b"[^ \t\r\n\x00]")


def _check_html(text: str) -> None:
    """Raise unless the start of ``text`` looks like an HTML page (not empty, not binary)."""
    head = text[:_HEAD_CHARS]
    if _NOT_BLANK.search(head) is None:
        raise EmptyInputError("the input is empty")
    # Controls are single bytes in UTF-8, and bytes.translate deletes them in one fast
    # pass (a regex or str.translate goes through the text character by character).
    raw = head.encode("utf-8", "surrogatepass")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_SHARE * len(head):
        raise NotHTMLError(
            f"the input looks like binary data ({controls} control characters "
            f"in the first {len(head)} characters), not an HTML page"
        )
    if _TAG.search(head) is None:
        raise NotHTMLError("the input has no HTML markup (no tag in its first 64 KiB)")


# Every element Document reads, found by one query: a css() query walks the whole tree
# (~0.2 ms on a news page, whatever it matches), so one query serves them all.
_CANONICAL = 'link[rel="canonical"]'
# One :is() alternative for both JSON-LD types: Lexbor tries every alternative of _INDEXED
# on every element, and a "script" that fails first rules out both at once.
_JSONLD = 'script:is([type="application/ld+json"], [type="application/json+ld"])'
_INDEXED = f":is(meta, title, base[href], h1, [itemprop], {_CANONICAL}, {_JSONLD})"


@dataclasses.dataclass(slots=True)
class _Elements:
    """The elements of a page that :class:`Document` reads, each kind in document order."""

    metas: list[dict[str, str | None]] = dataclasses.field(default_factory=list)
    """The attributes of every ``<meta>``."""
    microdata: list[tuple[LexborNode, str]] = dataclasses.field(default_factory=list)
    """Every other element with an ``itemprop``, and its value."""
    jsonld: list[LexborNode] = dataclasses.field(default_factory=list)
    canonicals: list[str | None] = dataclasses.field(default_factory=list)
    """The ``href`` of every ``<link rel=canonical>``."""
    h1s: list[LexborNode] = dataclasses.field(default_factory=list)
    title: LexborNode | None = None
    base: str | None = None
    """The ``href`` of the first ``<base href>``."""


def _find_elements(tree: LexborHTMLParser) -> _Elements:
    """Sort the page's elements that :class:`Document` reads by kind, in one walk."""
    found = _Elements()
    for node in tree.css(_INDEXED):
        tag = node.tag
        attrs = node.attributes
        if tag == "meta":
            found.metas.append(attrs)
            continue
        microdata = "itemprop" in attrs
        itemprop = attrs.get("itemprop")
        if itemprop is not None:
            found.microdata.append((node, itemprop))
        if tag == "h1":
            found.h1s.append(node)
        elif tag == "title":
            if found.title is None:
                found.title = node
        elif tag == "base":
            if found.base is None and "href" in attrs:
                found.base = attrs["href"] or ""  # an empty href resolves to nothing
        # A link or script without itemprop is here because it is a canonical link or
        # JSON-LD; one with itemprop may be either, as Lexbor (which reads rel and type as
        # HTML does, in any case) says.
        elif tag == "link":
            if not microdata or node.css_matches(_CANONICAL):
                found.canonicals.append(attrs.get("href"))
        elif tag == "script" and (not microdata or node.css_matches(_JSONLD)):
            found.jsonld.append(node)
    return found


# An absolute http(s) URL that needs no normalising: lower-case scheme and host, no port,
# user, params, fragment, empty query or space (most URLs of a page).
_PLAIN_URL = re.compile(
    r"https?://([a-z0-9.-]+)(?:/[\w.~!$&'()*+,=:@%/-]*)?(?:\?[\w.~!$&'()*+,=:@%/?-]+)?", re.ASCII
)


def _http_url(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL, or ``None`` for anything else (``javascript:``, ``data:``).

    The result is normalised the way a browser reads the link: the scheme lower-cased,
    tabs and newlines removed (``urlsplit`` drops them), no spaces or controls around.
    """
    if not value:
        return None
    value = value.strip()
    if _PLAIN_URL.fullmatch(value):
        return value  # what _resolve returns for it, ~20 times faster
    return _resolve(value, base)


def _resolve(value: str, base: str | None) -> str | None:
    """:func:`_http_url` of a stripped ``value``, by the general (slow) path."""
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
            if _NOT_BLANK_BYTES.search(data) is None:
                raise EmptyInputError("the input is empty")
            text, self.encoding, utf8 = decode_html(data, encoding)
            # Lexbor reads UTF-8 bytes as they are: parsing the input itself saves
            # encoding the text back (a pass over the whole page).
            as_is = utf8 and b"\x00" not in data
        else:
            text, self.encoding, as_is = data, "unicode", False
        if not as_is and "\x00" in text:
            text = text.replace("\x00", "")
        _check_html(text)
        text, self.flattened = cap_depth(text, limits.max_depth)
        self.tree = LexborHTMLParser(data if as_is and not self.flattened else text)
        self.given_url = _http_url(url)

    # ------------------------------------------------------------------ metadata

    @cached_property
    def _elements(self) -> _Elements:
        """The elements the properties below read, found on first use."""
        return _find_elements(self.tree)

    @property
    def meta_tags(self) -> Sequence[Mapping[str, str | None]]:
        """The attributes of every ``<meta>``, in document order (no tree walk of its own)."""
        return self._elements.metas

    @property
    def microdata(self) -> Sequence[tuple[LexborNode, str]]:
        """Every element but ``<meta>`` with an ``itemprop``, and the value as written."""
        return self._elements.microdata

    @cached_property
    def meta(self) -> Mapping[str, tuple[str, ...]]:
        """``<meta>`` contents by lower-cased ``property`` / ``name`` / ``itemprop``."""
        found: dict[str, list[str]] = {}
        for attrs in self.meta_tags:
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
        scripts = (node.text(deep=True) for node in self._elements.jsonld)
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
            """How many of the fields we read ``node`` has."""
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
        for node, itemprop in self.microdata:
            for prop in itemprop.lower().split():
                found.setdefault(prop, []).append(node)
        return {key: tuple(nodes) for key, nodes in found.items()}

    # ------------------------------------------------------------------ urls

    @cached_property
    def canonical(self) -> tuple[str, str] | None:
        """``(source, url)`` of the page's own canonical URL: ``<link rel=canonical>``, og:url."""
        for href in self._elements.canonicals:
            url = _http_url(href, self.given_url)
            if url:
                return _CANONICAL, url
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
        base = self._elements.base
        if base is not None:
            resolved = _http_url(base, self.url)
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
        plain = _PLAIN_URL.fullmatch(self.url)
        host = plain[1] if plain else (urlsplit(self.url).hostname or "").lower()
        return host.removeprefix("www.") or None

    # ------------------------------------------------------------------ page text

    @cached_property
    def title(self) -> str | None:
        """The ``<title>`` text."""
        node = self._elements.title
        return (clean(node.text()) or None) if node is not None else None

    @cached_property
    def h1s(self) -> tuple[LexborNode, ...]:
        """The page's ``<h1>`` elements that have text."""
        return tuple(n for n in self._elements.h1s if node_text(n))

    @cached_property
    def lang(self) -> str | None:
        """The ``lang`` attribute of ``<html>``."""
        root = self.tree.root  # the <html> element
        value = root.attributes.get("lang") if root is not None else None
        return value.strip() if value and value.strip() else None
