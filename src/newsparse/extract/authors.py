"""Authors and the printed byline: visible byline, JSON-LD persons, microdata, meta tags.

The visible byline gives :class:`~newsparse.model.Byline` (the text as printed) and a place
("Jane Doe in Amman"); the authors come from JSON-LD persons when the page has them (they
name the article's own authors, while a visible "byline" element can belong to a teaser),
else from the visible byline, else microdata, else ``<meta>`` tags. Organisations, agencies
and the site's own name are never authors; agencies are credits (``extract/credit.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsparse._byline import (
    ParsedByline,
    clean_person_name,
    find_tail,
    fold,
    is_desk,
    parse_byline,
    printed_byline,
    same_name,
)
from newsparse._document import Document
from newsparse._text import clean, node_text
from newsparse.extract.base import Found, found, memo
from newsparse.heuristics.agencies import agency_of_host, canonical_source
from newsparse.heuristics.byline_vocab import (
    ARTICLE_TOKENS,
    AUTHOR_LABEL,
    AUTHOR_LABEL_TAGS,
    BYLINE_CONTAINER_TAGS,
    BYLINE_FALSE_MARKS,
    BYLINE_MARKS,
    DATELINE_LABELS,
    FOREIGN_TAGS,
    FOREIGN_TOKENS,
    PLACE_TOKENS,
)
from newsparse.heuristics.vocab import AUTHOR_META, class_tokens, has_word
from newsparse.model import Author, Byline, Strategy

__all__ = ["BylineResult", "article_scope", "byline_agencies", "extract_byline", "site_names"]

_MAX_BYLINE_CHARS = 250
_MAX_PLACE_CHARS = 40
_ANCESTOR_DEPTH = 12
# How far above a bare author link a list item makes it a menu entry.
_MENU_DEPTH = 2
# Elements that may hold the visible byline: an ``itemprop`` / ``rel`` word, a part of the
# class, a part of a link's href (_is_byline_mark()).
_BYLINE_WORD = "author"
_BYLINE_CLASS_PARTS = ("yline", "uthor", "utor")
_BYLINE_HREF_PARTS = ("/author", "/autor")
# Elements that print the dateline place next to the byline ("São Paulo", "Palma,
# Mallorca"): class tokens with "dateline", or a location token together with an article
# token ("post-location", "c-signature__location", "place_cont").
_DATELINE_CLASS_PARTS = ("ocation", "ateline", "place_")
# Each selector of a list is a pass of its own over the elements, and substring tests are
# the costly part: the CSS passes look for shorter parts that cover several of the parts
# above ("ut" is in "uthor" and "utor"), and _scope_nodes() keeps the elements that really
# have them.
_BYLINE_CSS_CLASS_PARTS = ("yline", "ut")
_SCOPE_CSS_CLASS_PARTS = ("line", "ut", "ocation", "place_")
_CSS_HREF_PART = "/aut"


def _marks_selector(class_parts: tuple[str, ...]) -> str:
    """A selector for the elements that may be byline elements, with these class parts."""
    return ", ".join(
        (
            f'[itemprop~="{_BYLINE_WORD}"]',
            f'[rel~="{_BYLINE_WORD}"]',
            *(f'[class*="{part}"]' for part in class_parts),
            f'a[href*="{_CSS_HREF_PART}"]',
        )
    )


_BYLINE_SELECTOR = _marks_selector(_BYLINE_CSS_CLASS_PARTS)
# Byline, dateline and <time> elements by the headline, in one query over the scope.
_SCOPE_SELECTOR = f"{_marks_selector(_SCOPE_CSS_CLASS_PARTS)}, time"
# "Bruselas - " before the date element; one to three capitalised words and a dash.
_PLACE_BEFORE_DATE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Þ][\w'’.\-]+(?: [A-ZÀ-Þ][\w'’.\-]+){0,2})\s*[-–—]\s*$"
)
_MAX_TIMES = 2
# Levels above the first <h1> that make the article's head (see article_scope).
_SCOPE_LEVELS = 4
# Levels above the first <h1> searched for the enclosing <article> (or Article microdata).
_ARTICLE_LEVELS = 10
_PLACE_TEXT = re.compile(r"^[^\W\d_][^\d:;|]{1,38}$")
# A labelled author list ("Autorin/Autor Jane Doe") is at most this long.
_MAX_SIGNATURE_CHARS = 120
# What may be left between names once they are removed ("A, B and C" -> "and").
_SEPARATOR_WORDS = re.compile(r"(?:and|und|et|y|e|en|og|och)*")
# A signature paragraph is the first or last of at least this many paragraphs, as many of
# them at least this long.
_MIN_BODY_PARAGRAPHS = 3
_LONG_PARAGRAPH = 100
# The bold elements a signature paragraph is set in (some of AUTHOR_LABEL_TAGS).
_BOLD_TAGS = frozenset({"strong", "b"})
# Author sources whose names are printed on their own, so they are the printed byline.
_PRINTED_ALONE = frozenset({"signature paragraph"})
_PERSON_TYPES = frozenset({"person"})
_ORG_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "newsagency", "brand"}
)


class BylineResult(NamedTuple):
    """Byline text, authors and a place printed in the byline ("... in Amman")."""

    byline: Found[Byline] | None
    authors: Found[tuple[Author, ...]] | None
    place: str | None


def site_names(doc: Document) -> tuple[str, ...]:
    """The site's own names: og:site_name, the JSON-LD publisher, the host ("bbc.co.uk").

    The host counts only when it agrees with a printed site name (or none is printed): an
    aggregator page whose canonical URL points at the original source ("MSN" with a
    businessinsider.com canonical) is not that source's own site. Once per page (the
    byline and the credit both ask).
    """
    return memo(doc, "authors.site_names", lambda: _site_names(doc))


def _site_names(doc: Document) -> tuple[str, ...]:
    """:func:`site_names`, computed."""
    names: list[str] = []
    for key in ("og:site_name", "application-name", "publisher"):
        names.extend(doc.meta.get(key, ()))
    ld = doc.article_ld
    if ld is not None:
        names.extend(n for node in ld.nodes("publisher") for n in node.texts("name"))
    names = [n for n in names if n]
    host = doc.host
    if host:
        label = host.split(".")[0]
        folded = [fold(n) for n in names]
        if not folded or any(label in f or (len(f) > 2 and f in host) for f in folded):
            names.extend((host, label))
            agency = agency_of_host(host)
            if agency is not None:
                names.append(agency)
    return tuple(names)


def article_scope(doc: Document) -> LexborNode:
    """The headline's surroundings (a few levels above the first ``<h1>``), else the page.

    Elements printed by the headline (dateline place, source line) are looked for here,
    which is both faster and safer than the whole page.
    """
    return memo(doc, "authors.scope", lambda: _article_scope(doc))


def _article_scope(doc: Document) -> LexborNode:
    """:func:`article_scope`, computed."""
    root = doc.tree.body or doc.tree.root
    if not doc.h1s:
        return root  # type: ignore[return-value]
    current = doc.h1s[0]
    scope = current
    for level in range(_ARTICLE_LEVELS):
        parent = current.parent
        if parent is None or parent.tag in ("body", "html"):
            if level == 0:
                return root  # type: ignore[return-value]  # the <h1> sits in <body>
            break
        current = parent
        if level < _SCOPE_LEVELS:
            scope = current
        if current.tag == "article" or "Article" in (current.attributes.get("itemtype") or ""):
            return current
    return scope


def _has_part(value: str, parts: tuple[str, ...]) -> bool:
    """Whether ``value`` contains one of ``parts``."""
    # A loop, not any(): this runs for every candidate element, and an any() that stops
    # early closes its generator with an exception.
    for part in parts:  # noqa: SIM110
        if part in value:
            return True
    return False


def _is_byline_mark(node: LexborNode, attrs: Mapping[str, str | None]) -> bool:
    """Whether ``node`` (with attributes ``attrs``) may hold the byline:
    ``[itemprop~="author"]``, ``[rel~="author"]`` (case-insensitive in HTML), a class with
    one of :data:`_BYLINE_CLASS_PARTS`, or a link whose href has one of
    :data:`_BYLINE_HREF_PARTS`."""
    cls = attrs.get("class")
    if cls and _has_part(cls, _BYLINE_CLASS_PARTS):
        return True
    if has_word(attrs.get("itemprop"), _BYLINE_WORD):
        return True
    rel = attrs.get("rel")
    if rel and has_word(rel.lower(), _BYLINE_WORD):
        return True
    href = attrs.get("href") if node.tag == "a" else None
    return href is not None and _has_part(href, _BYLINE_HREF_PARTS)


class _ScopeNodes(NamedTuple):
    """The byline, dateline and ``<time>`` elements of the article scope (document order)."""

    bylines: list[LexborNode]
    datelines: list[LexborNode]
    times: list[LexborNode]


def _scope_nodes(doc: Document) -> _ScopeNodes:
    """The byline, dateline and ``<time>`` elements of :func:`article_scope`, once per page."""

    def query() -> _ScopeNodes:
        seen: set[int] = set()
        out = _ScopeNodes([], [], [])
        for node in article_scope(doc).css(_SCOPE_SELECTOR):
            if node.mem_id in seen:
                continue  # a node matching two selectors is listed twice
            seen.add(node.mem_id)
            attrs = node.attributes
            if _is_byline_mark(node, attrs):
                out.bylines.append(node)
            cls = attrs.get("class")
            if cls and _has_part(cls, _DATELINE_CLASS_PARTS):
                out.datelines.append(node)
            if node.tag == "time":
                out.times.append(node)
        return out

    return memo(doc, "authors.scope_nodes", query)


def _marks_byline(node: LexborNode) -> bool:
    attrs = node.attributes
    if attrs.get("itemprop") or attrs.get("rel"):
        return True
    if node.tag == "a" and "/aut" in (attrs.get("href") or ""):
        return True
    raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('data-testid') or ''}"
    for token in class_tokens(raw):
        if any(m in token for m in BYLINE_MARKS) and not any(
            f in token for f in BYLINE_FALSE_MARKS
        ):
            return True
    return False


def _is_menu_link(node: LexborNode) -> bool:
    """A bare author link in a list (a menu of columnists), not a byline."""
    if node.tag != "a" or node.attributes.get("class") or node.attributes.get("rel"):
        return False
    current = node.parent
    for _ in range(_MENU_DEPTH):
        if current is None:
            return False
        if current.tag == "li":
            return True
        current = current.parent
    return False


def _in_foreign_container(node: LexborNode) -> bool:
    current = node.parent
    for _ in range(_ANCESTOR_DEPTH):
        if current is None or current.tag in ("body", "html", "article", "main"):
            return False
        if current.tag in FOREIGN_TAGS:
            return True
        attrs = current.attributes
        raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if raw.strip() and not class_tokens(raw).isdisjoint(FOREIGN_TOKENS):
            return True
        current = current.parent
    return False


def _visible_byline(
    doc: Document, names: tuple[str, ...], *, whole_page: bool
) -> tuple[str, ParsedByline] | None:
    """The first element that reads as a byline: by the headline, else (``whole_page``)
    anywhere on the page."""
    seen: set[str] = set()
    scope = article_scope(doc)
    hit = _first_byline(_scope_nodes(doc).bylines, names, seen)
    if hit is None and whole_page and scope.tag not in ("body", "html"):
        hit = _first_byline(_bylines_around(doc, scope), names, seen)
    return hit


def _bylines(node: LexborNode) -> list[LexborNode]:
    """The byline elements in ``node`` (itself included), in document order."""
    if next(node.iter(include_text=False), None) is None:
        # No child elements (a <script>, a <meta>, an empty <div>): tested here, as a CSS
        # query costs more than the test.
        return [node] if _is_byline_mark(node, node.attributes) else []
    return [n for n in node.css(_BYLINE_SELECTOR) if _is_byline_mark(n, n.attributes)]


def _bylines_around(doc: Document, scope: LexborNode) -> list[LexborNode]:
    """The byline elements of the page outside ``scope``, in document order.

    The scope's own were read first; querying the subtrees around it one by one keeps the
    (costly) CSS pass from walking the scope again.
    """
    root: LexborNode = doc.tree.root  # type: ignore[assignment]
    path: list[LexborNode] = []  # the scope's ancestors, the root first
    current = scope.parent
    while current is not None:
        path.append(current)
        if current.mem_id == root.mem_id:
            break
        current = current.parent
    path.reverse()
    before: list[LexborNode] = []
    after: list[list[LexborNode]] = []  # per level, the subtrees that follow the path
    for ancestor, on_path in zip(path, [*path[1:], scope], strict=True):
        if _is_byline_mark(ancestor, ancestor.attributes):
            before.append(ancestor)
        target = before
        following: list[LexborNode] = []
        for child in ancestor.iter(include_text=False):
            if child.mem_id == on_path.mem_id:
                target = following
            else:
                target.extend(_bylines(child))
        after.append(following)
    return before + [node for level in reversed(after) for node in level]


def _first_byline(
    nodes: Iterable[LexborNode], names: tuple[str, ...], seen: set[str]
) -> tuple[str, ParsedByline] | None:
    """The first of ``nodes`` (byline elements in document order) whose text reads as a
    byline."""
    for node in nodes:
        if node.tag in BYLINE_CONTAINER_TAGS or not _marks_byline(node) or _is_menu_link(node):
            continue
        text = clean(node.text(deep=True, separator=" ", strip=False))
        if not 2 < len(text) <= _MAX_BYLINE_CHARS or text in seen:
            continue
        seen.add(text)
        if _in_foreign_container(node):
            continue
        parsed = parse_byline(text, names)
        if parsed.authors or parsed.agencies:
            return text, parsed
    return None


def _ld_authors(doc: Document, names: tuple[str, ...]) -> tuple[Author, ...]:
    ld = doc.article_ld
    if ld is None:
        return ()
    authors: list[Author] = []
    for node in ld.nodes("author") + ld.nodes("creator"):
        if node.is_a(_ORG_TYPES) and not node.is_a(_PERSON_TYPES):
            continue
        for raw in node.texts("name"):
            name = clean_person_name(raw, names)
            if name is None and is_desk(raw) and canonical_source(raw) is None:
                name = clean(raw)
            if name is not None:
                url = node.text("url")
                authors.append(Author(name=name, url=doc.absolute(url) if url else None))
    for raw in ld.raw_strings("author"):
        if "://" not in raw:
            authors.extend(parse_byline(raw, names).authors)
    return _unique(authors)


def _unique(authors: Iterable[Author]) -> tuple[Author, ...]:
    out: list[Author] = []
    for author in authors:
        if not any(same_name(author.name, a.name) for a in out):
            out.append(author)
    return tuple(out)


def _enrich(authors: tuple[Author, ...], printed: tuple[Author, ...]) -> tuple[Author, ...]:
    """Add the role/affiliation printed in the visible byline to the same-named authors."""
    out = []
    for author in authors:
        match = next((p for p in printed if same_name(p.name, author.name)), None)
        if match is not None and (match.role or match.organization):
            author = author.model_copy(
                update={
                    "role": author.role or match.role,
                    "organization": author.organization or match.organization,
                }
            )
        out.append(author)
    return tuple(out)


def _microdata_authors(doc: Document, names: tuple[str, ...]) -> tuple[Author, ...]:
    authors: list[Author] = []
    for node in doc.itemprops.get("author", ()):
        inner = node.css_first('[itemprop~="name"]')
        text = node_text(inner if inner is not None else node)
        name = clean_person_name(text, names)
        if name is not None:
            authors.append(Author(name=name))
    return _unique(authors)


def _label_elements(doc: Document) -> list[LexborNode]:
    """The page's elements of :data:`AUTHOR_LABEL_TAGS`, once per page (the labelled
    authors and the signature paragraph, read one after the other, share the query)."""
    return memo(doc, "authors.labels", lambda: doc.tree.css(", ".join(AUTHOR_LABEL_TAGS)))


def _labelled_authors(doc: Document, names: tuple[str, ...]) -> tuple[Author, ...]:
    """'<li><strong>Autorin/Autor</strong> Jane Doe</li>', '<dt>Author</dt><dd>Jane Doe</dd>'.

    The label must be a whole element and the rest of its parent (or the next ``<dd>`` /
    ``<td>``) must read as names only.
    """
    for node in _label_elements(doc):
        label = node_text(node)
        if not label or not AUTHOR_LABEL.match(label):
            continue
        if node.tag in ("dt", "th"):
            value = node.next
            while value is not None and value.tag == "-text" and not node_text(value):
                value = value.next
            text = node_text(value) if value is not None else ""
        else:
            parent = node.parent
            whole = node_text(parent) if parent is not None else ""
            text = whole[len(label) :] if whole.startswith(label) else ""
        text = text.strip(" :：")
        if not text or len(text) > _MAX_SIGNATURE_CHARS or _in_foreign_container(node):
            continue
        parsed = parse_byline(text, names)
        if parsed.authors and not parsed.agencies and _only_names(text, parsed.authors):
            return parsed.authors
    return ()


def _only_names(text: str, authors: tuple[Author, ...]) -> bool:
    """Whether ``text`` holds the names and nothing but separators ("A, B and C")."""
    rest = fold(text)
    for author in authors:
        rest = rest.replace(fold(author.name), "", 1)
    return _SEPARATOR_WORDS.fullmatch(rest) is not None


def _signature(doc: Document, names: tuple[str, ...]) -> tuple[Author, ...]:
    """A bold name alone in the first or last paragraph of the body ("<p><b>Jane Doe</b></p>").

    The paragraph must be the first or last ``<p>`` of a container with several long
    paragraphs (the article's text), so a bold name elsewhere is never read.
    """
    for node in _label_elements(doc):
        paragraph = node.parent
        if node.tag not in _BOLD_TAGS or paragraph is None or paragraph.tag != "p":
            continue  # "p > strong, p > b"
        if paragraph.parent is None:
            continue
        text = node_text(node)
        if not text or len(text) > _MAX_PLACE_CHARS or node_text(paragraph) != text:
            continue
        # The name and the container are checked before the paragraphs around, whose
        # texts are the costly part (all the checks must pass, in any order).
        name = clean_person_name(text, names)
        if name is None or name != text or _in_foreign_container(paragraph):
            continue
        siblings = [(c, t) for c in paragraph.parent.iter() if c.tag == "p" and (t := node_text(c))]
        if len(siblings) < _MIN_BODY_PARAGRAPHS or paragraph not in (
            siblings[0][0],
            siblings[-1][0],
        ):
            continue
        long_ones = sum(len(t) >= _LONG_PARAGRAPH for _p, t in siblings)
        if long_ones >= _MIN_BODY_PARAGRAPHS:
            return (Author(name=name),)
    return ()


def _dateline_place(doc: Document) -> str | None:
    """A place printed in its own element by the byline ("São Paulo", "Washington:")."""
    for node in _scope_nodes(doc).datelines:
        attrs = node.attributes
        tokens = class_tokens(f"{attrs.get('class') or ''} {attrs.get('itemprop') or ''}")
        if "dateline" not in tokens:
            if tokens.isdisjoint(PLACE_TOKENS) and not any(
                t.endswith(("location", "dateline")) for t in tokens
            ):
                continue
            if tokens.isdisjoint(ARTICLE_TOKENS) and not any(
                t.endswith("location") and len(t) > len("location") for t in tokens
            ):
                continue
        text = node_text(node).strip(" :-–—,.")
        if not text or len(text) > _MAX_PLACE_CHARS or _in_foreign_container(node):
            continue
        place = text.split(",")[0].strip()
        if _PLACE_TEXT.match(place) and place[0].isupper():
            return place
        return None
    return _place_before_date(doc)


def _place_before_date(doc: Document) -> str | None:
    """'Bruselas - <time>15 oct 2024</time>': a place printed before the article's date."""
    for node in _scope_nodes(doc).times[:_MAX_TIMES]:
        container = node.parent
        if container is not None and container.tag == "a":
            container = container.parent
        if container is None or _in_foreign_container(container):
            continue
        text = node_text(container)
        stamp = node_text(node)
        if not stamp or stamp not in text:
            continue
        match = _PLACE_BEFORE_DATE.match(text[: text.index(stamp)])
        if match is None:
            continue
        place = match.group("place")
        if place.lower() not in DATELINE_LABELS and find_tail(place) < 0:
            return place
    return None


def byline_agencies(doc: Document, byline_text: str | None) -> tuple[str, ...]:
    """Agencies the page credits as authors: JSON-LD author organisations, the byline."""
    found_agencies: list[str] = []
    ld = doc.article_ld
    if ld is not None:
        for node in ld.nodes("author") + ld.nodes("creator"):
            for name in node.texts("name"):
                known = canonical_source(name)
                if known is not None:
                    found_agencies.append(known)
        for raw in ld.raw_strings("author"):
            known = canonical_source(raw)
            if known is not None:
                found_agencies.append(known)
    if byline_text:
        found_agencies.extend(parse_byline(byline_text).agencies)
    return tuple(dict.fromkeys(found_agencies))


def _choose_authors(
    doc: Document, names: tuple[str, ...], ld: tuple[Author, ...], printed: tuple[Author, ...]
) -> Found[tuple[Author, ...]] | None:
    if ld:
        return found(_enrich(ld, printed), Strategy.JSON_LD, "json-ld author")
    if printed:
        return found(printed, Strategy.DOM, "byline element")
    micro = _microdata_authors(doc, names)
    if micro:
        return found(micro, Strategy.MICRODATA, "itemprop author")
    for key in AUTHOR_META:
        metas = [
            author
            for value in doc.meta.get(key, ())
            if "://" not in value
            for author in parse_byline(value, names).authors
        ]
        if metas:
            return found(_unique(metas), Strategy.META, key)
    labelled = _labelled_authors(doc, names)
    if labelled:
        return found(labelled, Strategy.DOM, "labelled author")
    signed = _signature(doc, names)
    if signed:
        return found(signed, Strategy.DOM, "signature paragraph")
    return None


def extract_byline(doc: Document) -> BylineResult:
    """Find the byline and the authors of the article."""
    names = site_names(doc)
    ld = _ld_authors(doc, names)
    # With JSON-LD persons, a byline far from the headline adds little: the whole-page
    # search (the costliest step) runs only for pages without them.
    visible = _visible_byline(doc, names, whole_page=not ld)
    byline = None
    place = None
    printed: tuple[Author, ...] = ()
    if visible is not None:
        text, parsed = visible
        shown = printed_byline(text)
        if shown:
            byline = found(Byline(text=shown), Strategy.DOM, "byline element")
        printed, place = parsed.authors, parsed.place
    authors = _choose_authors(doc, names, ld, printed)
    if byline is None and authors is not None and authors.source.detail in _PRINTED_ALONE:
        # "<p><b>Jane Doe</b></p>": the name is the byline as printed (and no body text).
        shown = ", ".join(a.name for a in authors.value)
        byline = found(Byline(text=shown), Strategy.DOM, authors.source.detail)
    if place is None:
        place = _dateline_place(doc)
        people = [a.name for a in (*printed, *(authors.value if authors else ()))]
        if place is not None and any(same_name(place, p) for p in people):
            place = None  # "Dan Goodin - <time>": the byline, not a place
    return BylineResult(byline, authors, place)
