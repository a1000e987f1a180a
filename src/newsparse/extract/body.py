"""The body: find the main text container by scoring, then read its blocks in order.

Three steps, each linear in the size of the page:

1. **Gather** (:func:`_gather`). One pass over the nodes of ``<body>`` in document order:
   each text run is credited to its *holder*, the nearest non-inline element (a ``<p>``,
   but just as well a ``<div>`` of ``<br>``-separated text or a ``<td>``), and running
   totals of text and link text are kept by position. An element's subtree is a range of
   positions, so the text, link text and paragraph text of any element are two binary
   searches away. Only holders that read as paragraphs and their ancestors get a record
   (with their class/id verdicts), so the per-element work stays small.
2. **Choose** (:func:`_choose`). Good paragraphs vote for their holder's ancestors
   (readability's decay: parent 1, grandparent 1/2, then 1/(3·level)); the best score,
   discounted by link density, wins. Sibling blocks of the winner that also hold real
   paragraphs (text split by an ad, a newsletter box or a paywall wrapper) are read too.
3. **Read** (:func:`_read`). An iterative walk of the chosen elements that joins inline
   markup without extra spaces, breaks at block elements and at ``<br>``, and skips
   boilerplate (class vocabulary, link-dense blocks, media and captions, a wrapper holding
   a picture and little text, labels). Afterwards pull quotes (a quotation repeating a line
   of the body) and the closing prompts (the last blocks, all in italics or bold, with a
   link or an e-mail address) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate, islice
from operator import attrgetter
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse._document import Document
from newsparse._text import clean
from newsparse.heuristics.vocab import (
    ARTICLE_TOKENS,
    BODY_TOKENS,
    BOILERPLATE_PREFIXES,
    BOILERPLATE_TOKENS,
    DISPLAY_VALUES,
    EMBED_TOKENS,
    FURNITURE_LABELS,
    HARD_BOILERPLATE_TOKENS,
    HIDDEN_CLASSES,
    HIDDEN_PREFIXES,
    HIDDEN_QUALIFIERS,
    HIDDEN_SUFFIXES,
    INLINE_TAGS,
    LAYOUT_CLASS_PREFIXES,
    LAYOUT_CLASSES,
    MEDIA_TAGS,
    NON_CONTENT_TAGS,
    QUOTE_TOKENS,
    RESPONSIVE_SHOW_PREFIXES,
    SCENE_BREAK_CHARS,
    STANDFIRST_TOKENS,
    SUBHEADING_TOKENS,
    WEAK_BOILERPLATE_TOKENS,
    class_words,
)
from newsparse.model import Block, BlockKind, Source, Strategy

__all__ = ["BodyResult", "extract_body"]

# A holder with less text than this (or mostly links) is not a paragraph for scoring.
_MIN_PARAGRAPH_CHARS = 25
# Share of a holder's text inside links above which it is navigation, not a paragraph.
_MAX_PARAGRAPH_LINK_SHARE = 0.5
# Decay of a paragraph's vote with the distance to the voted element (parent first).
_LEVEL_WEIGHTS = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
# A sibling of the winner is read too when it holds at least this much paragraph text ...
_MIN_SIBLING_GOOD = 80
# ... and no more than this share of its text is links.
_MAX_SIBLING_LINK_SHARE = 0.3
# ... and, if it is a container, holds a block scoring at least this share of the winner.
_SIBLING_SCORE_SHARE = 0.2
# Siblings judged by their own text only (a loose paragraph or list next to the block).
_SIBLING_LEAVES = frozenset({"p", "ul", "ol", "table", "blockquote", "pre"})
# A twin of the winner's block (same tag and class) needs this share of the sibling bar.
_TWIN_SCORE_SHARE = 0.5
# How many wrapper levels (holding no other paragraph text) the sibling search may climb.
_MAX_WRAPPER_CLIMB = 8
# A boilerplate-classed element holding this share of the page's paragraph text is the
# article after all ("paywall", "article-body comments-on").
_HEAVY_SHARE = 0.4
# A weakly-boilerplate element (promo, meta, header) is kept when it holds this much
# paragraph text.
_WEAK_KEEP_GOOD = 200
# In the read step: a block whose text is more than this share links is dropped.
_MAX_BLOCK_LINK_SHARE = 0.5
# ... unless at least this share of its text is paragraphs (a short story with a few links).
_MIN_GOOD_SHARE_IN_LINK_BLOCK = 0.4
# An id of this many words or more is a slug of a heading, not a role name.
_MAX_ID_WORDS = 4
# A block named as the standfirst ("intro", "lead") is left out up to this length; longer,
# it is the article's opening paragraphs.
_MAX_STANDFIRST_CHARS = 400
# Holders that are paragraphs themselves and never vote for themselves as containers.
_LEAF_TAGS = frozenset(
    {"p", "li", "pre", "blockquote", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "th", "caption"}
)
# Elements that are never the container: lists, table rows, inline-ish wrappers. (Their
# paragraphs vote for the element around them.)
_NOT_CONTAINER_TAGS = _LEAF_TAGS | frozenset(
    {"ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr", "a", "span", "figure"}
)
# List items vote at this weight: lists are content, but link lists and galleries are many.
_LIST_ITEM_WEIGHT = 0.5
# Subheadings: read as HEADING blocks (the <h1> is the headline and is skipped).
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements whose text is never a paragraph (no vote), though they are read if inside.
_NO_VOTE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "option", "title"})
# Structural non-content: never voted for, never read. <form> is left out here because
# some sites (ASP.NET) wrap the whole page in one; the read step skips forms inside the body.
_STRUCTURAL_SKIP = frozenset(NON_CONTENT_TAGS) - {"form"}
_READ_SKIP = frozenset(NON_CONTENT_TAGS) | MEDIA_TAGS
# Replaced or invisible elements that may sit inside a line of text (an icon <svg> in a
# link, an <img>, a <button>): skipped without breaking the paragraph around them.
_SILENT_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "img",
        "picture",
        "button",
        "input",
        "select",
        "textarea",
        "iframe",
        "video",
        "audio",
        "canvas",
        "object",
        "embed",
        "source",
        "map",
        "math",
        "option",
    }
)
# Elements whose text children are code or form values, never counted as page text.
_TEXT_PARENT_SKIP = frozenset(
    {"script", "style", "noscript", "template", "textarea", "select", "option", "title"}
)
# Context of a text node, as bit flags: inside a link, inside a table cell.
_LINKED = 1
_IN_CELL = 2
_EMPHASIS = 4
# Inline elements that set text apart (italic, bold): a line all in them is a note.
_EMPHASIS_TAGS = frozenset({"em", "i", "strong", "b"})


def _child_id(html: str) -> int:
    """The tag id of the last node in ``html``'s body (text and comments have fixed ids)."""
    body = LexborHTMLParser(html).body
    child = body.last_child if body is not None else None
    assert child is not None
    return child.tag_id


# Lexbor's tag id of text nodes (an int compare is cheaper than ``node.is_text_node``).
_TEXT_TAG_ID = _child_id("x")


def _tag_ids(names: Iterable[str]) -> frozenset[int]:
    """Lexbor's tag ids of standard element names (fixed numbers, the same in every page)."""
    parser = LexborHTMLParser("")
    return frozenset(parser.create_node(name).tag_id for name in names)


# The gather step tests tags by id: ``node.tag_id`` is several times cheaper than ``node.tag``.
_INLINE_IDS = _tag_ids(INLINE_TAGS)
_TEXT_PARENT_SKIP_IDS = _tag_ids(_TEXT_PARENT_SKIP)
(_A_ID,) = _tag_ids(["a"])
_EMPHASIS_IDS = _tag_ids(_EMPHASIS_TAGS)
# Inline elements other than links: a block holding no other element is read in one go.
_PLAIN_INLINE_IDS = _INLINE_IDS - {_A_ID}
_SILENT_IDS = _tag_ids(_SILENT_SKIP)
(_BR_ID,) = _tag_ids(["br"])
_COMMENT_TAG_ID = _child_id("x<!---->")
# An inline style that hides the element.
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A line with digits and no letter ("1", "2024") outside a table cell is a counter or a
# rank, not text; symbol-only lines ("***", "◇") are scene breaks and stay.
_HAS_LETTER = re.compile(r"[^\W\d_]")
_HAS_DIGIT = re.compile(r"\d")
# A date or a clock time ("28.04.2023", "2024-05-02", "17:23", "2019年04月04日"): a line
# made of one and a few words ("Stand: 28.04.2023 17:23 Uhr", "včera 14:40") is a
# timestamp, not text.
_DATE_OR_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?!\d)|\d{1,4} ?[./-] ?\d{1,2} ?[./-] ?\d{2,4}|\d{2,4}年\d{1,2}月\d{1,2}日"
)
# ... at most this many letters and characters; a line ending in "." with this many spaces
# is a sentence, not a timestamp.
_TIMESTAMP_MAX_LETTERS = 24
_TIMESTAMP_MAX_CHARS = 60
_SENTENCE_MIN_SPACES = 3
# A quotation's line of at least this many characters found again in the body text makes
# the quotation a pull quote (dropped, with its attribution); shorter lines prove nothing.
_MIN_PULL_QUOTE = 30
# ... and that line is at least this share of the quotation's text.
_PULL_QUOTE_SHARE = 0.5
# Characters of body text searched for pull quotes, at most (each search scans the whole
# body text; real pages need a few hundred thousand).
_MAX_PULL_QUOTE_SEARCH = 20_000_000
# Quote marks, dashes and final punctuation stripped before that comparison.
_QUOTE_TRIM = " \"'“”„‟«»‹›‘’‚‛「」『』-–—.,!?…"
# Marks of the stack item that closes a quotation (see _read).
_GROUP_END = -1
# Pictures: an element holding one and little text is an image with its caption. (Emoji
# and icon images sit inside lines of text: they do not count.)
_PICTURE_SELECTOR = (
    "img:not([class*=emoji i]):not([class*=icon i]):not([class*=smiley i]), picture, video"
)
# ... little text: at most this many characters, and at most this share of the text read.
_MAX_FIGURE_TEXT = 300
_MAX_FIGURE_SHARE = 0.25
# ... when it is a plain wrapper: lists, tables and definition lists with pictures (icons,
# formula images) are content.
_FIGURE_WRAPPER_TAGS = frozenset({"div", "span", "section", "small", "a", "center"})
# Punctuation trimmed off a line before it is compared with FURNITURE_LABELS.
_LABEL_TRIM = " \t:.-–—|>»›→…•*()[]"
# Longer lines are not labels (lower-casing never shortens a string).
_LONGEST_LABEL = max(map(len, FURNITURE_LABELS))


class BodyResult(NamedTuple):
    """The body blocks, the container they came from, and provenance."""

    blocks: tuple[Block, ...]
    container: LexborNode | None
    source: Source | None


class _Holder(NamedTuple):
    """The text credited to one holder element (text outside it, inside inline markup)."""

    node: LexborNode
    pos: int
    text: int
    links: int
    pieces: list[str]  # its stripped text runs (commas are counted for voters only)


class _Info:
    """An element on the path from a paragraph to ``<body>``: verdicts and votes."""

    __slots__ = (
        "bad",
        "class_bad",
        "depth",
        "end",
        "flags",
        "hard",
        "marked_body",
        "node",
        "parent",
        "pos",
        "score",
        "structural_bad",
        "tag",
    )

    def __init__(self, node: LexborNode, pos: int, parent: _Info | None) -> None:
        self.node = node
        self.tag = tag = node.tag or ""
        self.parent = parent
        self.pos = pos
        self.end = -1
        self.depth: int = 0 if parent is None else parent.depth + 1
        self.structural_bad: bool
        if parent is not None and parent.structural_bad:
            # Inside an element that is out (a <nav>, a hidden box): out too, and nothing
            # its own class or id says is ever read, so its attributes are not either.
            self.structural_bad = True
            flags = _NO_FLAGS
            self.marked_body = False
        else:
            attrs = node.attributes
            self.structural_bad, flags = _Page.verdicts_of(attrs, tag)
            self.marked_body = (attrs.get("itemprop") or "").lower() == "articlebody"
        self.flags = flags
        self.class_bad = flags.boilerplate
        self.hard = flags.boilerplate == _HARD
        self.bad = self.structural_bad
        self.score = 0.0


def _hidden_attrs(attrs: dict[str, str | None]) -> bool:
    """Hidden by an attribute or an inline style (display:none, visibility:hidden)."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _DISPLAY_NONE.search(style or "") is not None


# Substrings one of which every hiding class name contains (a cheap first test).
_HIDDEN_HINT = re.compile("hid|none|sr-|invisible|screen")


def _hiding_name(name: str) -> bool:
    if name in HIDDEN_CLASSES or name.endswith(HIDDEN_SUFFIXES):
        return True
    low = name.lower()
    if not low.startswith(HIDDEN_PREFIXES):
        return False
    return HIDDEN_QUALIFIERS.isdisjoint(low.replace("_", "-").split("-"))


def _hidden_class(cls: str) -> bool:
    """Hidden by a utility class ("hidden", "d-none", "sr-only") with no responsive override."""
    if _HIDDEN_HINT.search(cls) is None:
        return False
    names = cls.split()
    if not any(_hiding_name(n) for n in names):
        return False
    return not any(
        n.startswith(RESPONSIVE_SHOW_PREFIXES)
        and n.rsplit(":", 1)[-1].rsplit("-", 1)[-1] in DISPLAY_VALUES
        for n in names
    )


# Verdicts of the class/id vocabulary on an element: boilerplate, or hard boilerplate.
_SOFT = 1
_HARD = 2

# What a set of class/id words says, as bits: the vocabulary each bit tests. The bits of
# an attribute are the union of its names' bits, so they are computed (and cached) per name.
_BOILERPLATE_WORD = 1
_HARD_WORD = 2
_ARTICLE_WORD = 4
_WEAK_WORD = 8
_SUBHEADING_WORD = 16
_STANDFIRST_WORD = 32
_EMBED_WORD = 64
_BODY_WORD = 128
_QUOTE_WORD = 256
_VOCABULARIES = (
    (BOILERPLATE_TOKENS, _BOILERPLATE_WORD),
    (HARD_BOILERPLATE_TOKENS, _HARD_WORD),
    (ARTICLE_TOKENS, _ARTICLE_WORD),
    (WEAK_BOILERPLATE_TOKENS, _WEAK_WORD),
    (SUBHEADING_TOKENS, _SUBHEADING_WORD),
    (STANDFIRST_TOKENS, _STANDFIRST_WORD),
    (EMBED_TOKENS, _EMBED_WORD),
    (BODY_TOKENS, _BODY_WORD),
    (QUOTE_TOKENS, _QUOTE_WORD),
)
# A lower-case name with characters other than letters and separators ("h1title"): its
# words depend on the rest of the attribute (class_words splits letter and digit runs
# only when the attribute has a capital), so it is not read on its own.
_CONTEXT_NAME = re.compile(r"[^a-z_\-]")


def _bits_by_word() -> dict[str, int]:
    """Every word of the vocabularies with the bits of the vocabularies that hold it."""
    found: dict[str, int] = {}
    for vocabulary, bit in _VOCABULARIES:
        for word in vocabulary:
            found[word] = found.get(word, 0) | bit
    return found


# One dict lookup per class word instead of a set test per vocabulary.
_WORD_BITS = _bits_by_word()


def _word_bits(words: frozenset[str]) -> int:
    """The vocabulary bits of a set of class/id words."""
    bits = 0
    for word in words:
        bits |= _WORD_BITS.get(word, 0)
        if word.startswith(BOILERPLATE_PREFIXES):
            bits |= _BOILERPLATE_WORD
    return bits


@lru_cache(maxsize=16384)
def _name_bits(name: str) -> int:
    """The vocabulary bits of one class name (a short string, shared by many pages)."""
    return _word_bits(class_words(name))


def _boilerplate(bits: int) -> int:
    """0, ``_SOFT`` or ``_HARD``: how surely the class/id words mark boilerplate."""
    if not bits & _BOILERPLATE_WORD:
        return 0
    if bits & _HARD_WORD and not bits & _ARTICLE_WORD:
        return _HARD
    return _SOFT


class _Sums:
    """Prefix sums of a quantity placed at document positions: range totals by bisection."""

    __slots__ = ("cum", "positions")

    def __init__(self) -> None:
        self.positions: list[int] = []
        self.cum: list[int] = [0]

    def add(self, pos: int, size: int) -> None:
        """Add ``size`` at ``pos`` (positions must come in increasing order)."""
        self.positions.append(pos)
        self.cum.append(self.cum[-1] + size)

    def total(self, start: int, end: int) -> int:
        """The sum over positions in ``[start, end)``."""
        positions = self.positions
        return self.cum[bisect_left(positions, end)] - self.cum[bisect_left(positions, start)]


class _ClassFlags(NamedTuple):
    """The verdicts of the class/id vocabulary on one element."""

    boilerplate: int  # 0, _SOFT or _HARD
    weak: bool
    hidden: bool
    subheading: bool
    standfirst: bool
    embed: bool
    body: bool
    quote: bool


_NO_FLAGS = _ClassFlags(
    boilerplate=0,
    weak=False,
    hidden=False,
    subheading=False,
    standfirst=False,
    embed=False,
    body=False,
    quote=False,
)


@lru_cache(maxsize=8192)
def _class_flags(cls: str, ident: str) -> _ClassFlags:
    """What the class and id words of an element say.

    A pure function of two strings, memoised across pages: a site repeats its class names
    on every page.
    """
    if ident.count("-") + ident.count("_") >= _MAX_ID_WORDS:
        ident = ""  # an id slugged from a heading ("sharing-with-a-developer")
    value = f"{cls} {ident}"
    names = value.split()
    if value.lower() != value and any(n.lower() == n and _CONTEXT_NAME.search(n) for n in names):
        bits = _word_bits(class_words(value))
    else:
        bits = 0
        for name in names:
            bits |= _name_bits(name)
    return _flags_of(bits, hidden=_hidden_class(cls))


@cache  # at most 2**9 bit sets x hidden: a bounded table
def _flags_of(bits: int, *, hidden: bool) -> _ClassFlags:
    """The verdicts that vocabulary ``bits`` and a hiding class make, one shared record each."""
    return _ClassFlags(
        boilerplate=_boilerplate(bits),
        weak=bool(bits & _WEAK_WORD),
        hidden=hidden,
        subheading=bool(bits & _SUBHEADING_WORD),
        standfirst=bool(bits & _STANDFIRST_WORD),
        embed=bool(bits & _EMBED_WORD),
        body=bool(bits & _BODY_WORD),
        quote=bool(bits & _QUOTE_WORD),
    )


class _Page:
    """What the gather step learnt about one page."""

    def __init__(self, body: LexborNode) -> None:
        self.body = body
        self.pos: dict[int, int] = {}
        self.size = 0
        self.text = _Sums()
        self.links = _Sums()
        self.good_raw = _Sums()
        self.good = _Sums()
        self.heavy = 0.0
        self.infos: dict[int, _Info] = {}
        self.order: list[_Info] = []
        self.voters: list[tuple[_Holder, _Info, float]] = []
        self.rescued: list[_Info] = []
        self.pictures: list[int] = []
        self.emphasis = _Sums()  # text in italics or bold
        self.truncated = False

    @staticmethod
    def verdicts(node: LexborNode, tag: str) -> tuple[bool, _ClassFlags]:
        """``(structurally out or hidden, what the class/id words say)``."""
        return _Page.verdicts_of(node.attributes, tag)

    @staticmethod
    def verdicts_of(attrs: dict[str, str | None], tag: str) -> tuple[bool, _ClassFlags]:
        """:meth:`verdicts` from an element's attributes."""
        structural = tag in _STRUCTURAL_SKIP
        flags = _NO_FLAGS
        if attrs:
            cls = attrs.get("class") or ""
            ident = attrs.get("id") or ""
            if cls or ident:
                flags = _class_flags(cls, ident)
                structural = structural or flags.hidden
            structural = structural or _hidden_attrs(attrs)
        return structural, flags

    def end(self, node: LexborNode) -> int:
        """The first position after ``node``'s subtree."""
        pos = self.pos
        body_id = self.body.mem_id
        cur: LexborNode | None = node
        while cur is not None and cur.mem_id != body_id:
            nxt = cur.next
            while nxt is not None:  # text without text has no position: look past it
                found = pos.get(nxt.mem_id)
                if found is not None:
                    return found
                if nxt.tag_id != _TEXT_TAG_ID:
                    return self.size  # an element past the examined part
                nxt = nxt.next
            cur = cur.parent
        return self.size

    def children(self, node: LexborNode) -> list[LexborNode]:
        """The child nodes of ``node`` (text included) in the examined part of the page."""
        if not self.truncated:
            return list(node.iter(include_text=True))
        pos = self.pos
        kept = []
        for child in node.iter(include_text=True):
            if child.tag_id != _TEXT_TAG_ID and child.mem_id not in pos:
                break
            kept.append(child)
        return kept

    def info_end(self, info: _Info) -> int:
        if info.end < 0:
            info.end = self.end(info.node)
        return info.end

    def register(self, node: LexborNode) -> _Info:
        """The record of ``node``, creating it and its missing ancestors (top down)."""
        infos, pos = self.infos, self.pos
        body_key = self.body.mem_id
        chain: list[tuple[LexborNode, int]] = []
        cur: LexborNode | None = node
        parent: _Info | None = None
        while cur is not None:
            key = cur.mem_id
            parent = infos.get(key)
            if parent is not None:
                break
            chain.append((cur, key))
            if key == body_key:
                break
            cur = cur.parent
        for element, key in reversed(chain):
            parent = infos[key] = _Info(element, pos[key], parent)
        assert parent is not None
        return parent


def _visible_len(stripped: str) -> int:
    """The length of a stripped text with its inner whitespace runs counted as one space."""
    if "  " in stripped or "\n" in stripped or "\t" in stripped:
        return len(" ".join(stripped.split()))
    return len(stripped)


def _vote(holder: _Holder, tag: str) -> float:
    """The vote of a holder that reads as a paragraph, else 0."""
    size = holder.text
    if (
        size < _MIN_PARAGRAPH_CHARS
        or holder.links > _MAX_PARAGRAPH_LINK_SHARE * size
        or tag in _NO_VOTE_TAGS
    ):
        return 0.0
    # Commas (Latin and CJK) mark running prose; length counts up to 300 characters.
    text = "".join(holder.pieces)
    commas = text.count(",") + text.count("，") + text.count("、")
    vote = 1.0 + commas + min(size / 100, 3.0)
    return vote * _LIST_ITEM_WEIGHT if tag == "li" else vote


def _gather(body: LexborNode, max_nodes: int) -> _Page:
    """One pass over ``body``: positions, running text/link totals, the text of each holder.

    The walk stops after ``max_nodes`` nodes; later nodes get no position and are left
    out of every later step.
    """
    page = _Page(body)
    pos = page.pos
    text_at, link_at, stress_at = page.text.positions, page.links.positions, page.emphasis.positions
    text_sizes: list[int] = []
    link_sizes: list[int] = []
    stress_sizes: list[int] = []
    # Per holder (by mem_id): [element, text, link text, stripped text runs...]. A list
    # is the cheapest record to make: most holders are a link in a menu, never a paragraph.
    holders: dict[int, list[Any]] = {}
    # Whitespace-only text between tags is skipped in C: it holds no text, needs no position.
    nodes = body.traverse(include_text=True, skip_empty=True)
    index = 0
    for index, node in enumerate(islice(nodes, max_nodes), 1):
        tag_id = node.tag_id
        if tag_id != _TEXT_TAG_ID:
            pos[node.mem_id] = index
            continue
        # The holder: the nearest non-inline element; marks: a link or emphasis on the way.
        element = node.parent
        marks = 0
        while element is not None and (tag_id := element.tag_id) in _INLINE_IDS:
            if tag_id == _A_ID:
                marks |= _LINKED
            elif tag_id in _EMPHASIS_IDS:
                marks |= _EMPHASIS
            element = element.parent
        if element is None or tag_id in _TEXT_PARENT_SKIP_IDS:
            continue  # code, styles, form values: no text, no position
        raw = node.text_content
        if raw is None:
            continue
        stripped = raw.strip()
        if not stripped:
            continue  # non-ASCII whitespace (NBSP): no text either
        pos[node.mem_id] = index
        key = element.mem_id
        holder = holders.get(key)
        if holder is None:
            holder = holders[key] = [element, 0, 0]
        size = _visible_len(stripped)
        holder[1] += size
        holder.append(stripped)
        text_at.append(index)
        text_sizes.append(size)
        if marks:
            if marks & _LINKED:
                holder[2] += size
                link_at.append(index)
                link_sizes.append(size)
            if marks & _EMPHASIS:
                stress_at.append(index)
                stress_sizes.append(size)
    page.truncated = next(nodes, None) is not None
    page.size = index + 1
    page.text.cum.extend(accumulate(text_sizes))
    page.links.cum.extend(accumulate(link_sizes))
    page.emphasis.cum.extend(accumulate(stress_sizes))
    voters = [
        _Holder(record[0], pos[key], record[1], record[2], record[3:])
        for key, record in holders.items()
        if record[1] >= _MIN_PARAGRAPH_CHARS
    ]
    _aggregate(page, voters)
    return page


def _aggregate(page: _Page, holders: list[_Holder]) -> None:
    """Register the holders that vote (with their ancestors), then judge and tally."""
    for holder in sorted(holders, key=attrgetter("pos")):
        tag = holder.node.tag or ""
        vote = _vote(holder, tag)
        if vote > 0:
            info = page.register(holder.node)
            page.voters.append((holder, info, vote))
            if not info.structural_bad:
                page.good_raw.add(holder.pos, holder.text)
    page.heavy = _HEAVY_SHARE * page.good_raw.cum[-1]
    page.order = sorted(page.infos.values(), key=attrgetter("depth"))
    _judge(page, frozenset())
    _tally(page)


def _judge(page: _Page, dropped: frozenset[int]) -> None:
    """Decide, top down, which recorded elements are boilerplate.

    An element named as boilerplate by its class is kept when it holds much of the
    page's paragraph text ("paywall", "article-body comments-on"); ``dropped`` lists
    such rescued elements (by ``mem_id``) found afterwards to lie outside the article.
    """
    page.rescued = []
    for info in page.order:
        parent = info.parent
        if info.structural_bad or (parent is not None and parent.bad):
            info.bad = True
        elif info.class_bad:
            raw = page.good_raw.total(info.pos, page.info_end(info))
            info.bad = raw < page.heavy or info.node.mem_id in dropped
            if not info.bad and info.hard:
                page.rescued.append(info)
        else:
            info.bad = False


def _tally(page: _Page) -> None:
    """Paragraph text outside boilerplate, and the decayed votes of the paragraphs."""
    page.good = _Sums()
    for info in page.order:
        info.score = 0.0
    for holder, info, vote in page.voters:
        if info.bad:
            continue
        page.good.add(holder.pos, holder.text)
        if info.tag not in _LEAF_TAGS:
            info.score += vote
        target = info.parent
        for weight in _LEVEL_WEIGHTS:
            if target is None:
                break
            target.score += vote * weight
            target = target.parent


def _candidate_score(page: _Page, info: _Info) -> float:
    if info.bad or info.score <= 0 or info.tag in _NOT_CONTAINER_TAGS:
        return 0.0
    end = page.info_end(info)
    text = page.text.total(info.pos, end)
    links = page.links.total(info.pos, end)
    score = info.score * (1.0 - links / text if text else 1.0)
    if info.flags.body:
        score *= 1.25
    if info.marked_body:
        score *= 1.5
    return score


def _twin_key(node: LexborNode) -> str:
    """What two blocks share when they are twins: the tag and the very same class attribute."""
    return f"{node.tag or ''} {node.attributes.get('class') or ''}"


def _few_links(page: _Page, start: int, end: int) -> bool:
    """Whether links hold at most the share of ``[start, end)``'s text a sibling may have."""
    return page.links.total(start, end) <= _MAX_SIBLING_LINK_SHARE * page.text.total(start, end)


def _sibling_ok(
    page: _Page,
    node: LexborNode,
    *,
    start: int,
    end: int,
    inner: dict[int, float],
    bar: float,
    kin: frozenset[str],
    twin: str,
) -> bool:
    """Whether a sibling of the article's block is more of the article.

    A paragraph or list needs enough text and few links; a container must also hold a
    block that scores near the winner (readability's sibling rule), so that a teaser
    rail with a few summaries does not pass, unless it has the same class as the
    winner's block (``kin``: its class names that name content): the article split in
    equal parts around an ad. A container of the same tag and the very same class
    attribute as the winner's block (``twin``: the Medium-style run of ``<div class="x y">``
    sections) passes on enough paragraph text alone.
    """
    tag = node.tag or ""
    if tag in _READ_SKIP or tag in _NOT_CONTAINER_TAGS - _SIBLING_LEAVES:
        return False
    info = page.infos.get(node.mem_id)
    if info is None or info.bad:
        return False
    cls = node.attributes.get("class") or ""
    same_kind = bool(kin) and not kin.isdisjoint(cls.split())
    twin_kind = bool(twin) and _twin_key(node) == twin
    score = inner.get(node.mem_id, 0.0)
    if twin_kind and not same_kind and score < _TWIN_SCORE_SHARE * bar:
        return False
    if not (same_kind or twin_kind) and tag not in _SIBLING_LEAVES and score < bar:
        return False
    good = page.good.total(start, end)
    if good < (_MIN_PARAGRAPH_CHARS if same_kind else _MIN_SIBLING_GOOD):
        return False
    return _few_links(page, start, end)


def _take_sandwiched_twins(
    page: _Page, spans: list[tuple[LexborNode, int, int]], taken: list[bool], twin: str
) -> None:
    """Also take the twins of the article's block that lie between two taken blocks.

    A run of same-class sections ("step" cards of a how-to, Medium-style sections) is
    the article even where one section holds only a short paragraph, too little for
    :func:`_sibling_ok` on its own: between two parts of the article, it is the article.
    It still needs a paragraph that votes and few links.
    """
    first = taken.index(True)
    last = len(taken) - 1 - taken[::-1].index(True)
    for index in range(first + 1, last):
        node, start, end = spans[index]
        if taken[index] or _twin_key(node) != twin:
            continue
        info = page.infos.get(node.mem_id)
        if info is None or info.bad or page.good.total(start, end) < _MIN_PARAGRAPH_CHARS:
            continue
        taken[index] = _few_links(page, start, end)


def _component_class(cls: str) -> bool:
    """Whether a class attribute names a component, not only grid layout ("row col-md-8")."""
    return any(
        name not in LAYOUT_CLASSES and not name.startswith(LAYOUT_CLASS_PREFIXES)
        for name in cls.lower().split()
    )


def _best(page: _Page) -> tuple[_Info | None, dict[int, float]]:
    """The best container, and for every recorded element the best score inside it."""
    best: _Info | None = None
    best_score = 0.0
    inner: dict[int, float] = {}
    for info in reversed(page.order):
        score = _candidate_score(page, info)
        if score > best_score:
            best, best_score = info, score
        key = info.node.mem_id
        top = max(score, inner.get(key, 0.0))
        inner[key] = top
        if info.parent is not None:
            parent_key = info.parent.node.mem_id
            if top > inner.get(parent_key, 0.0):
                inner[parent_key] = top
    return best, inner


def _contains(page: _Page, outer: _Info, inner: _Info) -> bool:
    return outer.pos <= inner.pos < page.info_end(outer)


def _choose(page: _Page) -> tuple[list[LexborNode], LexborNode] | None:
    """The elements to read, in order, and the element that holds them all."""
    best, inner = _best(page)
    if best is None:
        return None
    # Comments or a related-stories rail can hold more text than the article; once the
    # article is found, such regions outside it are dropped and the votes counted again.
    outside = frozenset(r.node.mem_id for r in page.rescued if not _contains(page, r, best))
    if outside:
        _judge(page, outside)
        _tally(page)
        best, inner = _best(page)
        if best is None:
            return None
    bar = _SIBLING_SCORE_SHARE * inner[best.node.mem_id]

    def good(info: _Info) -> int:
        return page.good.total(info.pos, page.info_end(info))

    base = best
    for _ in range(_MAX_WRAPPER_CLIMB):
        parent = base.parent
        if parent is None or good(parent) - good(base) >= _MIN_SIBLING_GOOD:
            break
        base = parent
    parent = base.parent
    if parent is None or good(parent) - good(base) < _MIN_SIBLING_GOOD:
        return [best.node], best.node
    roots: list[LexborNode] = []
    # Class names that name content ("articleBodyText"); layout ones ("row") say nothing.
    kin = frozenset(
        name
        for name in (base.node.attributes.get("class") or "").split()
        if _name_bits(name) & _BODY_WORD
    )
    base_class = base.node.attributes.get("class") or ""
    twin = _twin_key(base.node) if _component_class(base_class) else ""
    # (child, start, end) for the element children; whitespace text has no position.
    spans: list[tuple[LexborNode, int, int]] = []
    next_start = page.info_end(parent)
    for child in reversed(page.children(parent.node)):
        start = page.pos.get(child.mem_id)
        if start is None:
            continue
        if not child.is_text_node:
            spans.append((child, start, next_start))
        next_start = start
    ordered = list(reversed(spans))
    taken: list[bool] = []
    for child, start, end in ordered:
        if child.mem_id == base.node.mem_id:
            taken.append(True)
            continue
        taken.append(
            _sibling_ok(page, child, start=start, end=end, inner=inner, bar=bar, kin=kin, twin=twin)
        )
    if twin and taken.count(True) > 1:
        _take_sandwiched_twins(page, ordered, taken, twin)
    for (child, _, _), take in zip(ordered, taken, strict=True):
        if take:
            roots.append(best.node if child.mem_id == base.node.mem_id else child)
    if len(roots) == 1:
        return roots, best.node
    return roots, parent.node


class _Reader:
    """Accumulates inline text into runs and turns finished runs into blocks.

    :func:`_read` appends text to :attr:`parts` and counts visible, linked characters.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.text_chars = 0
        self.in_cell = False  # some of the text is in a table cell
        self.anchors = 0
        self.emphasis_chars = 0
        # For every block: whether it is a note set all in italics or bold with a link or
        # an e-mail address in it ("Sign up to our newsletter here", "Got a story? Email").
        self.notes: list[bool] = []
        # The quotation (blockquote or quote box) being read, by mem_id (0: none), and for
        # every block the quotation it came from.
        self.group = 0
        self.groups: list[int] = []

    def flush(self, kind: BlockKind) -> None:
        if not self.text_chars:
            self.parts.clear()
            self.link_chars = self.anchors = self.emphasis_chars = 0
            self.in_cell = False
            return
        text = clean("".join(self.parts))
        links, total, in_cell, anchors = (
            self.link_chars,
            self.text_chars,
            self.in_cell,
            self.anchors,
        )
        emphasis = self.emphasis_chars
        self.parts.clear()
        self.link_chars = self.text_chars = self.anchors = self.emphasis_chars = 0
        self.in_cell = False
        if not text or _timestamp(text):
            return
        if _HAS_LETTER.search(text) is None and not in_cell:
            if _HAS_DIGIT.search(text):
                return  # a counter or rank ("1", "2", "53") outside a table
            if not SCENE_BREAK_CHARS.issuperset(text.replace(" ", "")):
                return  # stray punctuation, not a scene break
        if (
            total
            and links > _MAX_BLOCK_LINK_SHARE * total
            and anchors <= 1
            and kind is not BlockKind.HEADING
        ):
            return  # a teaser ("Read more: <a>Other story</a>"), not auto-linked words
        label = text.strip(_LABEL_TRIM)
        if len(label) <= _LONGEST_LABEL and label.lower() in FURNITURE_LABELS:
            return
        self.blocks.append(Block(kind=kind, text=text))
        self.groups.append(self.group)
        self.notes.append(emphasis == total and (anchors > 0 or "@" in text))

    def result(self) -> list[Block]:
        """The blocks read, without pull quotes and closing notes.

        Pull quotes are quotations repeating the body's text; closing notes are the run of
        blocks at the end set all in italics or bold with a link or an e-mail address in
        them: newsletter, app and "send us your story" prompts.
        """
        end = len(self.blocks)
        while end > 1 and self.notes[end - 1]:
            end -= 1
        if end < len(self.blocks):
            del self.blocks[end:], self.groups[end:], self.notes[end:]
        if not any(self.groups):
            return self.blocks
        outside = "\n".join(
            _quote_key(b.text) for b, g in zip(self.blocks, self.groups, strict=True) if not g
        )
        sizes: dict[int, int] = {}
        for b, g in zip(self.blocks, self.groups, strict=True):
            sizes[g] = sizes.get(g, 0) + len(b.text)
        # A quotation most of whose text is one line repeated from the body: a pull quote
        # (a quoted passage of many lines that shares a sentence with the text is kept).
        repeated: set[int] = set()
        budget = _MAX_PULL_QUOTE_SEARCH
        for b, g in zip(self.blocks, self.groups, strict=True):
            if not g or g in repeated or len(b.text) < _PULL_QUOTE_SHARE * sizes[g]:
                continue
            key = _quote_key(b.text)
            if len(key) < _MIN_PULL_QUOTE:
                continue
            budget -= len(outside)
            if budget < 0:
                break  # thousands of quotations: the rest are kept
            if key in outside:
                repeated.add(g)
        if not repeated:
            return self.blocks
        return [b for b, g in zip(self.blocks, self.groups, strict=True) if g not in repeated]


def _quote_key(text: str) -> str:
    """A block's text as compared for pull quotes: case-folded, quote marks stripped."""
    return text.casefold().strip(_QUOTE_TRIM)


def _timestamp(text: str) -> bool:
    """Whether a line is only a date/time with a few words around it.

    A sentence of a few words ("The vote starts at 10:30.") is text.
    """
    if len(text) > _TIMESTAMP_MAX_CHARS or _DATE_OR_TIME.search(text) is None:
        return False
    if text[-1] in ".!?" and text.count(" ") >= _SENTENCE_MIN_SPACES:
        return False
    return sum(ch.isalpha() for ch in text) <= _TIMESTAMP_MAX_LETTERS


def _block_kind(tag: str, inherited: BlockKind) -> BlockKind:
    if tag in _HEADINGS:
        return BlockKind.HEADING
    if tag == "li":
        return BlockKind.LIST_ITEM
    if tag == "blockquote":
        return BlockKind.QUOTE
    return inherited


def _block_flags(
    page: _Page, node: LexborNode, tag: str, start: int, end: int, *, text: int, figure_max: int
) -> _ClassFlags | None:
    """What the class/id of a block inside the container says, or ``None`` to skip it.

    ``text`` is the block's amount of text. ``figure_max``: a block holding a picture and
    at most this much text is the picture with its caption
    (``<div class="picBox"><img><p>Caption</p></div>``), not body text.
    """
    if tag in _READ_SKIP and not (tag == "figure" and _quote_figure(page, node, start, end)):
        return None
    if text == 0:
        return None  # nothing to read (spacers, ad slots, icons)
    info = page.infos.get(node.mem_id)
    if info is not None:
        if info.bad:
            return None
        flags = info.flags
    else:
        structural, flags = page.verdicts(node, tag)
        if structural or flags.boilerplate:
            return None
    if flags.weak and page.good.total(start, end) < _WEAK_KEEP_GOOD:
        return None
    if (
        tag not in _LEAF_TAGS
        and page.links.total(start, end) > _MAX_BLOCK_LINK_SHARE * text
        and page.good.total(start, end) < _MIN_GOOD_SHARE_IN_LINK_BLOCK * text
    ):
        return None  # a link list, not a block of paragraphs with links in them
    if tag == "blockquote" and flags.embed:
        return None
    if text <= figure_max and tag in _FIGURE_WRAPPER_TAGS and _holds_picture(page, start, end):
        return None
    return flags


def _quote_figure(page: _Page, node: LexborNode, start: int, end: int) -> bool:
    """A ``<figure>`` holding a quotation and no picture: the quotation is body text."""
    return not _holds_picture(page, start, end) and node.css_first("blockquote") is not None


def _holds_picture(page: _Page, start: int, end: int) -> bool:
    pictures = page.pictures
    i = bisect_left(pictures, start)
    return i < len(pictures) and pictures[i] < end


# A stack item of the read step: (node, block kind, context marks, end of its subtree);
# node None marks the end of a block.
_Item = tuple[LexborNode | None, BlockKind, int, int]
_CELL_TAGS = frozenset({"td", "th"})


def _push_children(
    page: _Page,
    stack: list[_Item],
    node: LexborNode,
    *,
    kind: BlockKind,
    marks: int,
    end: int,
) -> None:
    """Push ``node``'s children (last first), each with the end of its own subtree."""
    pos = page.pos
    next_start = end
    for child in reversed(page.children(node)):
        stack.append((child, kind, marks, next_start))
        next_start = pos.get(child.mem_id, next_start)


# Link targets that run a script (annotations, glossary pop-ups) instead of going to
# another page. (In-page "#" jumps stay links: "Comments", "Back to top".)
_NON_NAVIGATING_HREFS = ("javascript:",)


def _navigates(attrs: dict[str, str | None]) -> bool:
    """Whether an ``<a>`` with these attributes leads somewhere (its text is link text)."""
    href = (attrs.get("href") or "").strip()
    return bool(href) and not href.lower().startswith(_NON_NAVIGATING_HREFS)


def _hidden_inline(attrs: dict[str, str | None]) -> bool:
    """Whether an inline element with these attributes is hidden.

    Checked per element as the read step meets it: only inline elements need it (blocks
    get their verdicts), and most have no attributes, which on most pages is cheaper than
    a query of the whole subtree (link-heavy pages pay one check per link).
    """
    if not attrs:
        return False  # plain <em>, <b>, <span>: nothing to look at
    return _hidden_attrs(attrs) or _hidden_class(attrs.get("class") or "")


def _read_flat(
    reader: _Reader,
    page: _Page,
    node: LexborNode,
    span: tuple[int, int, int],
    *,
    marks: int,
) -> bool:
    """Read a block holding only text, links and plain inline markup in one go, if it is one.

    Such a block (most paragraphs) needs no walk: its text is one C call, and its counts
    come from the gather step (all its text is credited to it). ``span`` is the block's
    ``(start, end, amount of text)``. Blocks with other elements, hidden elements, or
    links that go nowhere are left to the walk (``False``).
    """
    start, end, size = span
    if page.truncated and end >= page.size:
        return False  # it runs past the examined part: the walk stops there
    anchors = 0
    elements = node.traverse()
    next(elements)  # the block itself
    for element in elements:
        tag_id = element.tag_id
        if tag_id not in _PLAIN_INLINE_IDS and tag_id != _A_ID:
            return False
        attrs = element.attributes
        if tag_id == _A_ID:
            if not _navigates(attrs):
                return False
            anchors += 1
        if _hidden_inline(attrs):
            return False
    reader.parts.append(node.text(deep=True, separator="", strip=False))
    if size:
        reader.text_chars += size
        reader.link_chars += size if marks & _LINKED else page.links.total(start, end)
        reader.emphasis_chars += size if marks & _EMPHASIS else page.emphasis.total(start, end)
        if marks & _IN_CELL:
            reader.in_cell = True
    reader.anchors += anchors
    return True


def _read(roots: Iterable[LexborNode], page: _Page) -> list[Block]:
    """The blocks under ``roots``, in document order (an iterative walk, no recursion)."""
    reader = _Reader()
    parts = reader.parts
    pos = page.pos
    roots = list(roots)
    page.pictures = sorted(
        at
        for root in roots
        for n in root.css(_PICTURE_SELECTOR)
        if (at := pos.get(n.mem_id)) is not None
    )
    for root in roots:
        root_end = page.end(root)
        root_start = pos.get(root.mem_id, 0)
        figure_max = min(
            _MAX_FIGURE_TEXT, int(_MAX_FIGURE_SHARE * page.text.total(root_start, root_end))
        )
        stack: list[_Item] = []
        _push_children(page, stack, root, kind=BlockKind.PARAGRAPH, marks=0, end=root_end)
        while stack:
            node, kind, marks, end = stack.pop()
            if node is None:
                reader.flush(kind)
                if marks == _GROUP_END:
                    reader.group = 0
                continue
            tag_id = node.tag_id
            if tag_id == _TEXT_TAG_ID:
                raw = node.text_content or ""
                parts.append(raw)
                stripped = raw.strip()
                if stripped:
                    size = _visible_len(stripped)
                    reader.text_chars += size
                    if marks:
                        if marks & _LINKED:
                            reader.link_chars += size
                        if marks & _EMPHASIS:
                            reader.emphasis_chars += size
                        if marks & _IN_CELL:
                            reader.in_cell = True
                continue
            if tag_id in _INLINE_IDS:
                if node.mem_id not in pos:  # past the examined part
                    continue
                attrs = node.attributes
                if _hidden_inline(attrs):
                    continue
                if tag_id == _A_ID:
                    reader.anchors += 1
                    if _navigates(attrs):
                        marks |= _LINKED
                elif tag_id in _EMPHASIS_IDS:
                    marks |= _EMPHASIS
                _push_children(page, stack, node, kind=kind, marks=marks, end=end)
                continue
            if tag_id == _BR_ID:
                reader.flush(kind)
                continue
            if tag_id in _SILENT_IDS or tag_id == _COMMENT_TAG_ID:
                continue
            tag = node.tag or ""
            if tag.startswith(("_", "!", "-")):
                continue
            reader.flush(kind)
            start = pos.get(node.mem_id, end)
            text = page.text.total(start, end)
            flags = _block_flags(page, node, tag, start, end, text=text, figure_max=figure_max)
            if flags is None:
                continue
            inner = _block_kind(tag, kind)
            if inner is BlockKind.PARAGRAPH:
                if flags.standfirst and text <= _MAX_STANDFIRST_CHARS:
                    continue
                if flags.subheading:
                    inner = BlockKind.HEADING
            if not reader.group and (tag == "blockquote" or flags.quote):
                reader.group = node.mem_id
                stack.append((None, inner, _GROUP_END, 0))  # the quotation ends here
            block_marks = marks | _IN_CELL if tag in _CELL_TAGS else marks
            if _read_flat(reader, page, node, (start, end, text), marks=block_marks):
                reader.flush(inner)
                continue
            stack.append((None, inner, 0, 0))  # the block ends here
            _push_children(page, stack, node, kind=inner, marks=block_marks, end=end)
        reader.flush(BlockKind.PARAGRAPH)
    return reader.result()


def extract_body(doc: Document) -> BodyResult:
    """Find the body container and read its blocks."""
    body = doc.tree.body
    if body is None:
        return BodyResult((), None, None)
    page = _gather(body, doc.limits.max_body_nodes)
    chosen = _choose(page)
    if chosen is None:
        return BodyResult((), None, None)
    roots, container = chosen
    blocks = tuple(_read(roots, page))
    detail = f"scored container <{container.tag}>"
    if len(roots) > 1:
        detail += f" ({len(roots)} blocks)"
    return BodyResult(blocks, container, Source(strategy=Strategy.DOM, detail=detail))
