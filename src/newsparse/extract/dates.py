"""Publication and modification times from JSON-LD, meta tags, microdata and the page header.

Candidates, strongest first: the article's JSON-LD node (then the page's own WebPage /
ClaimReview node), ``<meta>`` keys (OpenGraph, Dublin Core, parsely, sailthru, ...),
``itemprop`` microdata, then ``<time>`` elements and printed dates in the article header
(near the headline and byline, never in rails, lists or the site header). The strongest
candidate wins; weaker ones may only refine it when they agree with it: a date-only value
gains the time another source prints for the same day, and a UTC or offset-less value takes
the page's local offset when another source gives the same instant (or the same wall time)
with one. Metadata sources that disagree on the day are settled by the date printed in the
header. Relative dates ("2 hours ago") are never read; scripts other than JSON-LD are never
read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsparse._dates import DateReading, find_dates, may_hold_date, read_date
from newsparse._document import Document
from newsparse._text import clean
from newsparse.extract.base import Found, found, memo
from newsparse.extract.headline import h2_elements, heading_text
from newsparse.heuristics.dates_vocab import (
    CONTAINER_TAGS,
    DATE_CLASS_SELECTOR,
    DATE_STAMP_SELECTOR,
    MEDIA_SELECTOR,
    MEDIA_TOKENS,
    MONTH_FIRST_LOCALES,
    NOT_LINE_TAGS,
    OWN_TOKENS,
    PUBLISHED_LABELS,
    RAIL_PREFIXES,
    RAIL_TAGS,
    RAIL_TOKENS,
    STAMP_ATTR_WORDS,
    UPDATED_CLASS_PREFIXES,
    UPDATED_LABELS,
    WEAK_RAIL_TOKENS,
    WEBPAGE_TYPES,
)
from newsparse.heuristics.vocab import MODIFIED_META, PUBLISHED_META
from newsparse.model import Strategy

__all__ = ["extract_modified", "extract_published"]

# Ranks of the kinds of evidence (lower is stronger).
_LD, _LD_PAGE, _META, _MICRO, _TIME, _TEXT, _TITLE = range(7)
# How far (in levels above the headline) the header block around the <h1> may reach, and
# how deep below that block a date element may sit.
_HEADER_UP = 4
# The narrower block read first.
_HEADER_NEAR = 2
_HEADER_DOWN = 7
# Longest path (levels up to the shared ancestor plus levels down) from the headline to a
# date element; farther ones are mostly other stories' dates.
_HEADER_REACH = 10
# Longest element text read for a printed date (a longer element is a container), after
# and before collapsing whitespace.
_MAX_DATE_TEXT = 200
_MAX_RAW_TEXT = 2000
# Date-ish elements looked at, at most, per page (document order).
_MAX_ELEMENTS = 60
# Shortest headline text matched against the page title (a logo <h1> is shorter).
_MIN_HEADLINE = 8
# Least share of the title a headline text must cover (a site name does not), and how long
# an unmatched first <h1> must be to be taken as the headline (chars or words).
_TITLE_SHARE = 0.5
_MIN_FALLBACK_HEADLINE = 20
_MIN_HEADLINE_WORDS = 4
# Children of the headline's parent (and grandparent) read as possible date lines, at most.
_MAX_LINES = 30
# Most words besides the date a line beside the headline may hold ("This story is from").
_LINE_EXTRA = 40
# Separators between the segments of a page title.
_TITLE_SPLIT = re.compile(r"\s[|–—·•-]\s|\s?[|]\s?")
# Meta keys that come from microdata ``<meta itemprop>`` tags (lower-cased key -> property).
_ITEMPROP_KEYS = {
    "datepublished": "datePublished",
    "datecreated": "dateCreated",
    "datemodified": "dateModified",
}
# A page with this many ``content`` meta keys does not write them as ``value``.
_META_WRITTEN = 4
_TOKEN_SPLIT = str.maketrans({"-": " ", "_": " "})


class _Cand(NamedTuple):
    value: datetime
    has_time: bool
    rank: int
    order: int
    strategy: Strategy
    detail: str


def _cand(reading: DateReading, rank: int, order: int, strategy: Strategy, detail: str) -> _Cand:
    return _Cand(reading.value, reading.has_time, rank, order, strategy, detail)


# ------------------------------------------------------------------ page facts


def _month_first(doc: Document) -> bool | None:
    """How the page writes ambiguous numeric dates, from its declared language."""
    lang = doc.lang or next(iter(doc.meta.get("og:locale", ())), None)
    if not lang:
        return None
    lang = lang.lower().replace("_", "-")
    if lang in MONTH_FIRST_LOCALES:
        return True
    if lang == "en":
        return None
    return False


def _meta(doc: Document, keys: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """``doc.meta``, or when it has none of ``keys``, plus ``<meta name=... value=...>``
    tags (a ``content`` written as ``value``, as some archived pages have it)."""
    if len(doc.meta) >= _META_WRITTEN or any(key in doc.meta for key in keys):
        return doc.meta  # the page writes its meta tags with ``content``
    return memo(doc, "dates.value_meta", lambda: _with_value_metas(doc))


def _with_value_metas(doc: Document) -> Mapping[str, tuple[str, ...]]:
    """``doc.meta`` plus the ``<meta ... value=...>`` tags that have no ``content``."""
    extra: dict[str, list[str]] = {}
    # The <meta> attributes the Document gathered: no tree pass of our own.
    for attrs in doc.meta_tags:
        if "value" not in attrs or attrs.get("content"):
            continue
        value = clean(attrs.get("value") or "")
        if not value:
            continue
        for key_attr in ("property", "name", "itemprop"):
            key = attrs.get(key_attr)
            if key:
                extra.setdefault(key.strip().lower(), []).append(value)
    if not extra:
        return doc.meta
    merged = {key: list(values) for key, values in doc.meta.items()}
    for key, values in extra.items():
        merged.setdefault(key, []).extend(values)
    return {key: tuple(values) for key, values in merged.items()}


def _short_text(node: LexborNode) -> str | None:
    """The element's text when it is short enough to be a date line, else ``None``
    (measured on the raw text first: cleaning a whole section's text is the costly part)."""
    raw = node.text(deep=True, separator="", strip=False)
    if len(raw) > _MAX_RAW_TEXT:
        return None
    text = clean(raw)
    return text if len(text) <= _MAX_DATE_TEXT else None


def _tokens(node: LexborNode) -> tuple[str, ...]:
    """Lower-case words of the node's class and id (split on spaces, "-" and "_")."""
    attrs = node.attributes
    cls, ident = attrs.get("class"), attrs.get("id")
    if not cls and not ident:
        return ()
    return _words(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=8192)
def _words(raw: str) -> tuple[str, ...]:
    """The words of one class/id string (pages repeat the same class strings)."""
    return tuple(raw.translate(_TOKEN_SPLIT).lower().split())


def _in_rail(node: LexborNode, shared: frozenset[int] = frozenset()) -> bool:
    """Whether ``node`` sits in a rail, list of other stories, comments or navigation.

    The walk stops at an ancestor in ``shared`` (the headline's ancestors: what holds the
    headline too is no rail) or at ``<body>``.
    """
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        if current.mem_id in shared:
            return False
        tokens = _tokens(current)
        own = not OWN_TOKENS.isdisjoint(tokens)
        if current.tag in RAIL_TAGS and not (own and current.tag == "aside"):
            return True
        for token in tokens:
            if token in WEAK_RAIL_TOKENS:
                if not own:
                    return True
            elif token in RAIL_TOKENS or token.startswith(RAIL_PREFIXES):
                return True
        if current.tag == "article" and not shared:
            return False  # no headline known: an <article> is taken as the story's own
        current = current.parent
    return False


class _Header(NamedTuple):
    """The headline element, its ancestors (mem_id -> levels above the headline) and the
    level of the ``<article>`` that holds it (``None`` when none does)."""

    node: LexborNode
    levels: dict[int, int]
    article: int | None

    def inside_article(self, level: int) -> bool:
        """Whether the headline's ancestor ``level`` levels up lies inside its article."""
        return self.article is not None and level <= self.article


def _header(doc: Document) -> _Header | None:
    """The headline element and its ancestors' levels, once per page."""
    return memo(doc, "dates.header", lambda: _find_header(doc))


def _find_header(doc: Document) -> _Header | None:
    h1 = _headline_node(doc)
    if h1 is None:
        return None
    levels: dict[int, int] = {}
    article: int | None = None
    current: LexborNode | None = h1
    level = 0
    while current is not None:
        levels[current.mem_id] = level
        if article is None and current.tag == "article":
            article = level
        current = current.parent
        level += 1
    return _Header(h1, levels, article)


def _headline_node(doc: Document) -> LexborNode | None:
    """The article's headline element: the ``<h1>`` (or else ``<h2>``) whose text is the
    page title (or its main segment), else a first ``<h1>`` long enough to be a headline.

    A logo ``<h1>`` with the site name only matches the title's site-name segment, which
    is too short a share of the title, so the site header's "today" line never anchors.
    """
    h1s = doc.h1s
    title = doc.title or ""
    segments = [s.strip() for s in _TITLE_SPLIT.split(title)]
    titles = [
        t.lower()
        for t in (*doc.meta.get("og:title", ()), max(segments, key=len, default=""), title)
        if t
    ]

    def matches(node: LexborNode) -> bool:
        text = heading_text(doc, node).lower()
        if len(text) < _MIN_HEADLINE:
            return False
        for t in titles:
            short, long = sorted((len(t), len(text)))
            if (text in t or t in text) and short >= _TITLE_SHARE * long:
                return True
        return False

    matching = [node for node in h1s if matches(node)]
    if matching:
        # A page may repeat its headline (a sticky bar, a mobile header): the copy inside
        # the <article> is the one with the byline and date around it.
        return next((node for node in matching if _in_article(node)), matching[0])
    if titles:
        for node in h2_elements(doc):
            if matches(node):
                return node
    for node in h1s:
        text = heading_text(doc, node)
        if len(text) >= _MIN_FALLBACK_HEADLINE or len(text.split()) >= _MIN_HEADLINE_WORDS:
            return node
    return None


def _in_article(node: LexborNode) -> bool:
    current = node.parent
    while current is not None:
        if current.tag == "article":
            return True
        current = current.parent
    return False


def _header_nodes(
    doc: Document, header: _Header, up_to: int, seen: set[int], selector: str
) -> Iterator[tuple[LexborNode, int]]:
    """Date-ish elements in the article header block: ``(node, rank)``, nearest to the
    headline first (then in document order), skipping the elements in ``seen``.

    The block is the headline's ancestor ``up_to`` levels up; an element counts when its
    path to the headline (up to the shared ancestor, then down) is short, and it is not a
    container nor in a rail or list of other stories.
    """
    h1, levels, _article = header
    block = h1
    current: LexborNode | None = h1
    while current is not None and levels[current.mem_id] <= up_to:
        if current.tag in ("html", "body"):
            break
        block = current
        current = current.parent
    shared = frozenset(levels)
    # In the wide block only what follows the headline counts: the site's own header, with
    # its "today" line, comes before it.
    after_only = up_to > _HEADER_NEAR
    passed = not after_only
    query = f"{selector}, {h1.tag}" if after_only else selector
    # The publication and the modification date read the same block: one CSS pass.
    nodes = memo(doc, ("dates.block", up_to, query), lambda: block.css(query))
    for order, node in enumerate(nodes):
        if order >= _MAX_ELEMENTS:
            break
        if node.mem_id == h1.mem_id:
            passed = True
            continue
        if node.tag in CONTAINER_TAGS or node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        up: LexborNode | None = node
        depth = 0
        while up is not None and depth <= _HEADER_DOWN and up.mem_id not in levels:
            up = up.parent
            depth += 1
        if up is None or up.mem_id not in levels or up.mem_id == h1.mem_id:
            continue
        if not passed and not header.inside_article(levels[up.mem_id]):
            continue  # before the headline and outside its article
        distance = levels[up.mem_id] + depth
        if distance > _HEADER_REACH or _in_rail(node, shared):
            continue
        yield node, distance * _MAX_ELEMENTS + order


def _label_kind(before: str) -> str | None:
    """``"updated"`` / ``"published"`` when the text just before a date labels it."""
    lowered = before.lower()[-40:]
    best: tuple[int, str] | None = None
    for kind, labels in (("updated", UPDATED_LABELS), ("published", PUBLISHED_LABELS)):
        for label in labels:
            at = lowered.rfind(label)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, kind)
    return best[1] if best else None


def _printed(
    text: str, month_first: bool | None
) -> tuple[list[DateReading], list[DateReading], list[DateReading]]:
    """Dates printed in a header element: (publication dates, update dates, the
    publication dates a label names as such)."""
    published: list[DateReading] = []
    updated: list[DateReading] = []
    labelled: list[DateReading] = []
    for reading in find_dates(text, month_first=month_first):
        kind = _label_kind(text[: reading.start])
        (updated if kind == "updated" else published).append(reading)
        if kind == "published":
            labelled.append(reading)
    return published, updated, labelled


class _Printed(NamedTuple):
    """Header dates gathered so far: publication and update candidates, and the values a
    "published" label names (kept even when an update line repeats the same time)."""

    published: list[_Cand]
    updated: list[_Cand]
    labelled: set[datetime]


# ------------------------------------------------------------------ candidates


def _ld_candidates(doc: Document, keys: tuple[str, ...], webpage: bool) -> Iterator[_Cand]:
    ld = doc.article_ld
    have = False
    if ld is not None:
        for order, key in enumerate(keys):
            for text in ld.texts(key):
                reading = read_date(text)
                if reading is not None:
                    have = True
                    yield _cand(reading, _LD, order, Strategy.JSON_LD, f"json-ld {key}")
    if have or not webpage:
        return
    for node in doc.jsonld:
        if node.is_a(WEBPAGE_TYPES):
            for text in node.texts(keys[0]):
                reading = read_date(text)
                if reading is not None:
                    kind = sorted(node.types & WEBPAGE_TYPES)[0]
                    yield _cand(reading, _LD_PAGE, 0, Strategy.JSON_LD, f"json-ld {kind} {keys[0]}")


def _meta_candidates(
    doc: Document,
    meta: Mapping[str, tuple[str, ...]],
    keys: tuple[str, ...],
    month_first: bool | None,
    header: _Header | None,
) -> Iterator[_Cand]:
    for order, key in enumerate(keys):
        values = meta.get(key)
        if not values:
            continue
        if len(values) > 1 and key in _ITEMPROP_KEYS and len(set(values)) > 1:
            values = _own_itemprop_metas(doc, key, header) or values[:1]
        for text in values:
            reading = read_date(text, month_first=month_first)
            if reading is not None:
                yield _cand(reading, _META, order, Strategy.META, key)


def _own_itemprop_metas(doc: Document, key: str, header: _Header | None) -> tuple[str, ...]:
    """The ``<meta itemprop=key>`` values of the article's own microdata scope, when the
    page has several (related stories carry their own)."""
    return tuple(
        value
        for node in doc.tree.css(f'meta[itemprop="{_ITEMPROP_KEYS[key]}" i]')
        if (value := clean(node.attributes.get("content") or node.attributes.get("value") or ""))
        and _own_scope(node, header)
    )


def _own_scope(node: LexborNode, header: _Header | None) -> bool:
    """Whether a microdata property belongs to the article itself: its ``itemscope`` holds
    the headline too (a related story's scope does not)."""
    if header is None:
        return True
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        if "itemscope" in current.attributes:
            return current.mem_id in header.levels
        current = current.parent
    return True


def _micro_candidates(
    doc: Document, prop: str, month_first: bool | None, header: _Header | None
) -> Iterator[_Cand]:
    for order, node in enumerate(doc.itemprops.get(prop.lower(), ())):
        if not _own_scope(node, header):
            continue
        attrs = node.attributes
        text = attrs.get("datetime") or attrs.get("content") or attrs.get("value")
        reading = read_date(text or "", month_first=month_first)
        printed: list[DateReading] = []
        if reading is None or not reading.has_time:
            printed = find_dates(_short_text(node) or "", month_first=month_first)
        if reading is None and printed:
            reading = printed[0]
        if reading is None or _in_rail(node):
            continue
        yield _cand(reading, _MICRO, order, Strategy.MICRODATA, f"itemprop={prop}")
        if printed and printed[0].has_time and not reading.has_time:
            yield _cand(printed[0], _TEXT, order, Strategy.MICRODATA, f"itemprop={prop}")


def _stamps(node: LexborNode) -> Iterator[tuple[str, str]]:
    """Machine-readable times on a header element: ``<time datetime>`` and ``data-*``
    attributes that name a date or time (``data-origindate``, ``data-published``)."""
    for name, value in node.attributes.items():
        if not value:
            continue
        if name == "datetime" or (
            name.startswith("data-") and any(w in name for w in STAMP_ATTR_WORDS)
        ):
            yield name, value


def _may_date(node: LexborNode, text: str) -> bool:
    """Whether a header element with this text may give a date: a printed one or a stamp
    (a cheap test before the costlier reading, which finds nothing otherwise)."""
    return may_hold_date(text) or next(_stamps(node), None) is not None


def _header_lines(doc: Document, header: _Header) -> list[tuple[LexborNode, int, str]]:
    """Short elements beside the headline, ``(node, rank, text)``, once per page: its
    siblings (above or below it) and its parent's siblings that follow the parent. The
    date line printed just above or below a headline often has no telling class; what
    precedes the headline's block may be the site's header with its "today" line."""
    return memo(doc, "dates.lines", lambda: list(_find_header_lines(header)))


def _find_header_lines(header: _Header) -> Iterator[tuple[LexborNode, int, str]]:
    """:func:`_header_lines`, computed."""
    h1 = header.node
    parent = h1.parent
    if parent is None:
        return
    shared = frozenset(header.levels)
    for distance, box, anchor in ((2, parent, h1), (3, parent.parent, parent)):
        if box is None or box.tag in ("body", "html"):
            break
        # Above the headline's block only inside the article itself (a kicker and date
        # line over the title block), not in a page wrapper that holds the site header.
        passed = box is parent or header.inside_article(distance - 1) or "article" in _tokens(box)
        for index, child in enumerate(box.iter(include_text=False)):
            if index >= _MAX_LINES:
                break
            if child.mem_id == anchor.mem_id:
                passed = True
                continue
            if not passed or child.tag in NOT_LINE_TAGS:
                continue
            tokens = _tokens(child)
            if not MEDIA_TOKENS.isdisjoint(tokens) or _in_rail(child, shared):
                continue
            # A long text is no date line: checked before the CSS passes over the child,
            # which would walk a whole article body.
            text = _short_text(child)
            if text is None or not _may_date(child, text):
                continue
            if child.css_matches(MEDIA_SELECTOR) or (
                OWN_TOKENS.isdisjoint(tokens) and child.css_matches("img")
            ):
                continue  # a picture and its caption, whose date is the photo's (a byline
                # line may hold the author's portrait)
            yield child, distance * _MAX_ELEMENTS, text


def _read_node(
    doc: Document,
    node: LexborNode,
    order: int,
    out: _Printed,
    *,
    text: str | None,
    month_first: bool | None,
) -> None:
    """Add the dates one header element prints (and its machine-readable stamps) to
    ``out``; ``text`` is the text of a line beside the headline, ``None`` for an element
    of the header block. Once per page and element (both dates read the header)."""
    reads: dict[tuple[int, int, bool], _Printed] = memo(doc, "dates.reads", dict)
    key = (node.mem_id, order, text is not None)
    read = reads.get(key)
    if read is None:
        read = reads[key] = _node_dates(node, order, text, month_first)
    out.published.extend(read.published)
    out.updated.extend(read.updated)
    out.labelled.update(read.labelled)


def _node_dates(
    node: LexborNode, order: int, line_text: str | None, month_first: bool | None
) -> _Printed:
    """The dates one header element prints, and its machine-readable stamps."""
    out = _Printed([], [], set())
    line = line_text is not None
    text = line_text if line_text is not None else _short_text(node)
    if text is None or not _may_date(node, text):
        return out
    pub, upd, labelled = _printed(text, month_first)
    if line and pub and len(text) - (pub[0].end - pub[0].start) > _LINE_EXTRA:
        pub = []  # a sentence or caption beside the headline, not a date line
    kind = _label_kind(text) if not pub and not upd else None
    tokens = _tokens(node)
    if (
        any(t.startswith(UPDATED_CLASS_PREFIXES) for t in tokens)
        and not any("publish" in t for t in tokens)  # hAtom "published updated"
        and not labelled  # "posted on ..." in an element a script hook calls "update_..."
    ):
        pub, upd, kind = [], [*upd, *pub], "updated"
    out.labelled.update(r.value for r in labelled if r in pub)
    for name, stamp in _stamps(node):
        reading = read_date(stamp, month_first=month_first)
        if reading is not None:
            target = out.updated if (upd and not pub) or kind == "updated" else out.published
            target.append(_cand(reading, _TIME, order, Strategy.DOM, f"{node.tag}[{name}]"))
    detail = f"header {node.tag} text"
    out.published.extend(_cand(r, _TEXT, order, Strategy.DOM, detail) for r in pub)
    out.updated.extend(_cand(r, _TEXT, order, Strategy.DOM, detail) for r in upd)
    return out


def _header_candidates(
    doc: Document,
    header: _Header | None,
    month_first: bool | None,
    *,
    wide: bool = True,
    lines: bool = True,
) -> tuple[list[_Cand], list[_Cand]]:
    """Dates of the article header: (publication candidates, update candidates).

    The lines beside the headline and the block just around it are read first; the wider
    block only when they print no date and ``wide`` is set (a CSS pass over a big block
    is the costly part, worth it when the page has no metadata date at all).
    """
    out = _Printed([], [], set())
    if header is None:
        return out.published, out.updated
    if lines:
        # Date lines without a telling class: needed unless the header only has to lend
        # its offset to a UTC metadata time.
        for node, order, text in _header_lines(doc, header):
            _read_node(doc, node, order, out, text=text, month_first=month_first)
    seen: set[int] = set()
    # With metadata at hand the header only refines it: the common date elements will do.
    selector = DATE_CLASS_SELECTOR if wide else DATE_STAMP_SELECTOR
    for up_to in (_HEADER_NEAR, _HEADER_UP):
        if up_to == _HEADER_UP and (out.published or out.updated or not wide):
            break
        for node, order in _header_nodes(doc, header, up_to, seen, selector):
            _read_node(doc, node, order, out, text=None, month_first=month_first)
    # A date labelled as an update anywhere (an outer line "Updated 20:49, 5 Aug") is no
    # publication date where an inner element repeats it without the label, unless a
    # "published" label names it too (a story never updated prints both the same).
    revised = {c.value for c in out.updated} - out.labelled
    return [c for c in out.published if c.value not in revised], out.updated


# ------------------------------------------------------------------ reasoning


def _date_only(cand: _Cand) -> bool:
    value = cand.value
    return not cand.has_time or (value.hour, value.minute, value.second) == (0, 0, 0)


def _same_instant(a: datetime, b: datetime) -> bool:
    return a.tzinfo is not None and b.tzinfo is not None and a == b


def _wall(value: datetime) -> datetime:
    return value.replace(tzinfo=None, microsecond=0)


def _zone_gap(naive: datetime, instant: datetime) -> timedelta | None:
    """The UTC offset that makes the wall time ``naive`` the instant ``instant``, when it
    is a plausible zone offset (a multiple of 15 minutes, at most 14 hours); the seconds
    must agree unless the wall time prints none."""
    utc = instant.astimezone(UTC).replace(tzinfo=None)
    if not naive.second:
        utc = utc.replace(second=0)
    gap = _wall(naive) - _wall(utc)
    if abs(gap) > timedelta(hours=14) or gap % timedelta(minutes=15) or naive.second != utc.second:
        return None
    return gap


def _refine(best: _Cand, others: list[_Cand]) -> _Cand:
    """Give ``best`` the time or the local offset that agreeing candidates print."""
    ranked = sorted(others, key=lambda c: (c.rank, c.order))
    if _date_only(best):
        same_day = [c for c in ranked if not _date_only(c) and c.value.date() == best.value.date()]
        if same_day:
            same_day.sort(key=lambda c: c.value.tzinfo is None)
            return best._replace(value=same_day[0].value, has_time=True)
        return best
    value = best.value
    timed = [c for c in ranked if not _date_only(c)]
    if value.tzinfo is None:
        # A wall time without offset: take the offset another source prints for it, or
        # the one that makes it another source's instant.
        for c in timed:
            if c.value.tzinfo is not None and _wall(c.value) == _wall(value):
                return best._replace(value=c.value)
        for c in timed:
            if c.value.tzinfo is not None and (gap := _zone_gap(value, c.value)) is not None:
                return best._replace(value=value.replace(tzinfo=_tz(gap)))
        return best
    if value.utcoffset() == timedelta(0):
        # A UTC instant: prefer the page's local representation of the same instant,
        # or the offset that a local wall time printed for it implies.
        for c in timed:
            if c.value.utcoffset() and _same_instant(c.value, value):
                return best._replace(value=c.value)
        for c in timed:
            if c.value.tzinfo is None and (gap := _zone_gap(c.value, value)):
                return best._replace(value=value.astimezone(_tz(gap)))
    return best


def _tz(gap: timedelta) -> timezone:
    return UTC if not gap else timezone(gap)


def _explains(a: datetime, b: datetime) -> bool:
    """Whether ``a`` and ``b`` can be one moment: the same instant, or a wall time and an
    instant a whole zone offset apart (a naive local time next to its UTC value)."""
    if a.tzinfo is not None and b.tzinfo is not None:
        return a == b
    gap = _wall(a) - _wall(b)
    return abs(gap) <= timedelta(hours=14) and gap % timedelta(minutes=15) == timedelta(0)


def _decide(cands: list[_Cand], printed: list[_Cand]) -> _Cand | None:
    """The publication (or modification) candidate the page supports best."""
    if not cands:
        return None
    cands.sort(key=lambda c: (c.rank, c.order))
    best = _refine(cands[0], cands[1:])
    if printed:
        # Metadata that disagree on the day: the day printed in the header decides.
        shown = {c.value.date() for c in printed}
        rivals = [
            c
            for c in cands
            if c.rank <= _MICRO
            and c.value.date() != best.value.date()
            and (c.has_time or not best.has_time)  # a bare day does not outvote a time
            and not (c.has_time and best.has_time and _explains(c.value, best.value))
        ]
        if rivals and best.value.date() not in shown:
            agreeing = [c for c in rivals if c.value.date() in shown]
            if agreeing:
                best = _refine(agreeing[0], [c for c in cands if c is not agreeing[0]])
    return best


def _to_found(cand: _Cand | None) -> Found[datetime] | None:
    if cand is None:
        return None
    return found(cand.value, cand.strategy, cand.detail)


def _needs_header(cands: list[_Cand]) -> bool:
    """Whether the header has to be read: no metadata, or metadata that could be refined."""
    if not cands:
        return True
    best = min(cands, key=lambda c: (c.rank, c.order))
    if _date_only(best) or best.value.utcoffset() in (None, timedelta(0)):
        return True
    return len({c.value.date() for c in cands}) > 1


def _title_candidates(doc: Document, month_first: bool | None) -> Iterator[_Cand]:
    """A date that is a whole segment of the page title ("Headline | Site | 28.04.2023"),
    as some sites' templates print the publication day there."""
    title = doc.title or ""
    if len(title) > _MAX_DATE_TEXT:
        return
    for segment in _TITLE_SPLIT.split(title):
        segment = segment.strip()
        dates = find_dates(segment, month_first=month_first)
        if len(dates) == 1 and dates[0].end - dates[0].start == len(segment):
            yield _cand(dates[0], _TITLE, 0, Strategy.DOM, "title")


def extract_published(doc: Document) -> Found[datetime] | None:
    """When the article was first published."""
    month_first = _month_first(doc)
    meta = _meta(doc, PUBLISHED_META)
    # The headline is found only when microdata scopes or the header itself are needed.
    scoped = bool(doc.itemprops.get("datepublished")) or len(set(meta.get("datepublished", ()))) > 1
    header = _header(doc) if scoped else None
    cands = [
        *_ld_candidates(doc, ("datePublished", "dateCreated"), webpage=True),
        *_meta_candidates(doc, meta, PUBLISHED_META, month_first, header),
        *_micro_candidates(doc, "datePublished", month_first, header),
    ]
    printed: list[_Cand] = []
    if _needs_header(cands):
        header = header or _header(doc)
        best = min(cands, key=lambda c: (c.rank, c.order)) if cands else None
        utc_only = (
            best is not None and not _date_only(best) and best.value.utcoffset() == timedelta(0)
        )
        printed, _updated = _header_candidates(
            doc, header, month_first, wide=not cands, lines=not utc_only
        )
        cands.extend(printed)
    if not cands:
        cands.extend(_title_candidates(doc, month_first))
    return _to_found(_decide(cands, printed))


def extract_modified(doc: Document) -> Found[datetime] | None:
    """When the article was last modified."""
    month_first = _month_first(doc)
    meta = _meta(doc, MODIFIED_META)
    # The headline is found only when microdata or a missing metadata date needs it.
    needs_header = bool(doc.itemprops.get("datemodified")) or not any(
        key in meta for key in MODIFIED_META
    )
    header = _header(doc) if needs_header else None
    cands = [
        *_ld_candidates(doc, ("dateModified",), webpage=True),
        *_meta_candidates(doc, meta, MODIFIED_META, month_first, header),
        *_micro_candidates(doc, "dateModified", month_first, header),
    ]
    if not cands:
        # No metadata: a date the header labels as an update ("Updated: 6 March 2024").
        _published, updated = _header_candidates(doc, header, month_first, wide=False)
        cands.extend(updated)
    return _to_found(_decide(cands, []))
