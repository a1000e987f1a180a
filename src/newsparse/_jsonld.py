"""JSON-LD (schema.org) blocks of a page, parsed once, with typed accessors.

JSON-LD is untyped data; :class:`LdNode` is the one place that looks inside it, so no
``dict[str, Any]`` leaves this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import TypeAlias

from newsparse._limits import DEFAULT_LIMITS, Limits
from newsparse._text import unescape

__all__ = ["ARTICLE_TYPES", "LdNode", "parse_jsonld"]

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"

# schema.org types that describe the article itself (where the metadata we want lives).
ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
        "techarticle",
        "scholarlyarticle",
        "socialmediaposting",
        "askpublicnewsarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "posting",
    }
)


class LdNode:
    """One JSON-LD object (a ``dict``), with ``@id`` references resolved through the page."""

    __slots__ = ("_data", "_index", "_types")

    def __init__(self, data: Mapping[str, JsonValue], index: Mapping[str, LdNode]) -> None:
        self._data = data
        self._index = index
        self._types: frozenset[str] | None = None

    def __repr__(self) -> str:
        """``LdNode([...types])``."""
        return f"LdNode({sorted(self.types)!r})"

    @property
    def types(self) -> frozenset[str]:
        """The node's ``@type`` values, lower-cased, without a vocabulary prefix."""
        if self._types is None:
            raw = self._data.get("@type")
            values = raw if isinstance(raw, list) else [raw]
            self._types = frozenset(
                v.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
                for v in values
                if isinstance(v, str)
            )
        return self._types

    def is_a(self, types: frozenset[str]) -> bool:
        """Whether any of the node's types is in ``types`` (lower-case names)."""
        return not self.types.isdisjoint(types)

    def has(self, key: str) -> bool:
        """Whether the node has a non-empty value under ``key``."""
        return self._data.get(key) not in (None, "", [], {})

    def _resolve(self, value: JsonValue) -> JsonValue:
        """``value``, or the page's node it refers to when it is a bare ``{"@id": ...}``."""
        if isinstance(value, dict) and set(value) == {"@id"}:
            ref = value["@id"]
            if isinstance(ref, str) and ref in self._index:
                return self._index[ref]._data  # type: ignore[return-value]
        return value

    def _values(self, key: str) -> Iterator[JsonValue]:
        """The non-null values under ``key`` (a list flattened), references resolved."""
        raw = self._data.get(key)
        for value in raw if isinstance(raw, list) else [raw]:
            if value is not None:
                yield self._resolve(value)

    def texts(self, key: str) -> list[str]:
        """The string values under ``key`` (a ``{"@value": ...}`` or a name counts too)."""
        out: list[str] = []
        for value in self._values(key):
            if isinstance(value, dict):
                value = value.get("@value", value.get("name"))
            if isinstance(value, str) and (text := unescape(value)):
                out.append(text)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                out.append(str(value))
        return out

    def text(self, key: str) -> str | None:
        """The first string value under ``key``, or ``None``."""
        texts = self.texts(key)
        return texts[0] if texts else None

    def nodes(self, key: str) -> list[LdNode]:
        """The object values under ``key`` (``@id`` references resolved)."""
        return [LdNode(v, self._index) for v in self._values(key) if isinstance(v, dict)]

    def raw_strings(self, key: str) -> list[str]:
        """Plain string values under ``key`` (no names taken from objects)."""
        return [unescape(v) for v in self._values(key) if isinstance(v, str) and v.strip()]


def _walk(root: JsonValue, out: list[Mapping[str, JsonValue]], limit: int) -> None:
    """Collect the typed objects under ``root`` in document order, at most ``limit``.

    Order: an object's ``@graph`` first, then the object, then its ``mainEntity`` etc.
    Iterative (an explicit stack), so deeply nested JSON cannot exhaust Python's stack.
    """
    # (value, True) means "emit this typed object"; (value, False) means "walk it".
    stack: list[tuple[JsonValue, bool]] = [(root, False)]
    while stack and len(out) < limit:
        value, emit = stack.pop()
        if emit:
            out.append(value)  # type: ignore[arg-type]
        elif isinstance(value, list):
            stack.extend((item, False) for item in reversed(value))
        elif isinstance(value, dict):
            if "@type" in value:
                for key in ("itemListElement", "mainEntityOfPage", "mainEntity"):
                    nested = value.get(key)
                    if isinstance(nested, dict | list):
                        stack.append((nested, False))
                stack.append((value, True))
            graph = value.get("@graph")
            if graph is not None:
                stack.append((graph, False))


# One decoder for every block (json.loads with an argument builds a new one per call).
_DECODER = json.JSONDecoder(strict=False)


def _loads(text: str) -> JsonValue:
    """The JSON of a script's text (comment and CDATA markers removed), or ``None``."""
    text = text.strip()
    for junk in ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"):
        text = text.replace(junk, "")
    try:
        return _DECODER.decode(text)  # type: ignore[no-any-return]
    except (ValueError, RecursionError):
        return None


def parse_jsonld(scripts: Iterator[str], limits: Limits = DEFAULT_LIMITS) -> list[LdNode]:
    """Parse the texts of ``<script type="application/ld+json">`` into typed nodes.

    Blocks longer than ``limits.max_jsonld_chars`` are skipped, blocks past the
    ``limits.max_jsonld_blocks``-th are ignored, and at most ``limits.max_jsonld_nodes``
    typed objects are kept. Malformed or too deeply nested JSON is skipped.
    """
    found: list[Mapping[str, JsonValue]] = []
    for count, text in enumerate(scripts):
        if count >= limits.max_jsonld_blocks:
            break
        if len(text) <= limits.max_jsonld_chars:
            _walk(_loads(text), found, limits.max_jsonld_nodes)
    index: dict[str, LdNode] = {}
    nodes = [LdNode(data, index) for data in found]
    for node in nodes:
        ident = node._data.get("@id")
        if isinstance(ident, str) and len(node._data) > 1:
            index.setdefault(ident, node)
    return nodes
