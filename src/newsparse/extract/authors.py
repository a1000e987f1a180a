"""Authors and the printed byline: visible byline, JSON-LD persons, microdata, meta tags."""

from __future__ import annotations

from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsparse._byline import looks_like_name, parse_byline
from newsparse._document import Document
from newsparse._text import node_text
from newsparse.extract.base import Found, found
from newsparse.heuristics.vocab import AUTHOR_META, BYLINE_TOKENS, class_tokens
from newsparse.model import Author, Byline, Source, Strategy

__all__ = ["BylineResult", "extract_byline"]

_MAX_BYLINE_CHARS = 200
_PERSONISH = frozenset({"person", "author"})


class BylineResult(NamedTuple):
    """Byline text, authors and a place printed in the byline ("... in Amman")."""

    byline: Found[Byline] | None
    authors: Found[tuple[Author, ...]] | None
    place: str | None


def _is_byline_node(node: LexborNode) -> bool:
    attrs = node.attributes
    tokens = class_tokens(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")
    return not tokens.isdisjoint(BYLINE_TOKENS)


def _visible_byline(doc: Document) -> tuple[str, str] | None:
    for selector in (
        '[itemprop~="author"]',
        '[rel="author"]',
        "[class*=yline]",
        "[class*=uthor]",
        "[class*=utor]",
    ):
        for node in doc.tree.css(selector):
            if selector.startswith("[class") and not _is_byline_node(node):
                continue
            text = node_text(node)
            if 2 < len(text) <= _MAX_BYLINE_CHARS:
                return text, selector
    return None


def _ld_authors(doc: Document) -> tuple[Author, ...]:
    ld = doc.article_ld
    if ld is None:
        return ()
    authors: list[Author] = []
    for node in ld.nodes("author") + ld.nodes("creator"):
        types = node.types
        if types and types.isdisjoint(_PERSONISH):
            continue
        name = node.text("name")
        if name and looks_like_name(name):
            authors.append(Author(name=name, url=doc.absolute(node.text("url"))))
    for name in ld.raw_strings("author"):
        authors.extend(Author(name=n) for n in parse_byline(name).names)
    return tuple(authors)


def extract_byline(doc: Document) -> BylineResult:
    """Find the byline and the authors of the article."""
    visible = _visible_byline(doc)
    byline = place = None
    visible_names: tuple[str, ...] = ()
    if visible is not None:
        text, selector = visible
        byline = found(Byline(text=text), Strategy.DOM, selector)
        parsed = parse_byline(text)
        visible_names, place = parsed.names, parsed.place
    ld = _ld_authors(doc)
    if ld:
        return BylineResult(
            byline, Found(ld, Source(strategy=Strategy.JSON_LD, detail="json-ld author")), place
        )
    if visible_names:
        return BylineResult(
            byline,
            found(
                tuple(Author(name=n) for n in visible_names),
                Strategy.DOM,
                visible[1] if visible else "byline",
            ),
            place,
        )
    for key in AUTHOR_META:
        names = [n for v in doc.meta.get(key, ()) if "://" not in v for n in parse_byline(v).names]
        if names:
            return BylineResult(
                byline, found(tuple(Author(name=n) for n in names), Strategy.META, key), place
            )
    return BylineResult(byline, None, place)
