"""The headline: the visible headline element, confirmed by (and spelled like) the metadata.

Candidates come from two kinds of evidence:

* metadata: JSON-LD ``headline``, OpenGraph / Twitter / Dublin Core / parsely titles and the
  ``<title>``, each with site-name prefixes and suffixes removed;
* the visible page: ``itemprop=headline`` elements, ``<h1>`` elements and, to confirm the
  metadata, ``<h2>`` elements; never one inside a breadcrumb, a logo link, navigation or a
  list of teasers, and never one that only repeats the site name.

A visible candidate that agrees with the metadata wins (in the metadata's spelling, which
keeps the punctuation that inline markup loses); else an ``<h2>`` the metadata confirms (the
``<h1>`` being a breadcrumb or blog name); else the visible headline alone (a kicker printed
above it is not part of it); else the best-supported metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean, node_text
from newsparse.extract.base import Found, found, memo
from newsparse.heuristics.vocab import HEADLINE_META, PUBLISHER_META, has_word
from newsparse.model import Strategy

__all__ = [
    "extract_headline",
    "headline_node",
    "is_furniture",
    "node_tokens",
    "site_names",
    "strip_site_name",
]

# Separators between a title and a site name that never occur inside a headline:
# "Title | Site", "Title｜Site", "Title_Section_Site", "Title • Site", "Title ㅣ Site".
# Every whitespace run is matched from its start only ((?<!\s), possessive \s*+/\s++):
# linear time on long runs of spaces.
_HARD_SEPARATORS = re.compile(r"(?<!\s)\s*+[|｜•_ㅣ]\s*+|(?<!\s)\s++::\s+|：")
# Separators that may also occur inside a headline ("A - B", "A: B", "A · B"): split only
# to remove a part that names the site.
_SOFT_SEPARATORS = re.compile(
    r"(?<!\s)\s++[-–—/:·»]\s+|(?<!\s)\s*+[|｜•_ㅣ]\s*+|(?<!\s)\s++::\s+|：|:(?=\S)|:\s+"
)
# Splits a <title> into parts one of which may be a blog or site name an <h1> repeats
# ("Silicon Exposed: Open Verilog flow ..."); only used to recognise such an <h1>.
_TITLE_PARTS = re.compile(r"(?<!\s)\s++[-–—/·»|]\s+|(?<!\s)\s*+[|｜•_ㅣ]\s*+|：")
# Punctuation a headline spelling may lose in metadata (quotes, colons, dashes): the
# spelling that keeps more of it wins. Permalink marks such as "¶" do not count.
_HEADLINE_PUNCTUATION = frozenset("'\"‘’“”«»„‚‹›:;?!,.-–—()[]")
# Second-level labels under a country TLD ("co" in bbc.co.uk): the site label is before them.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})
# Most words a trailing "| Section" part may have to be dropped without naming the site.
_MAX_SECTION_WORDS = 4
# Shortest site label that may match the start or end of a longer word in a site-name part.
_MIN_LABEL_CHARS = 6
# Characters that start a site-name suffix: "Headline - Site", "Headline-Sectionㅣ Site".
_SUFFIX_START = frozenset("-–—|｜:：_ㅣ·•/")
# Class/id tokens of containers whose headings are never the article headline.
_FURNITURE_TOKENS = frozenset(
    {
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "logo",
        "brand",
        "branding",
        "masthead",
        "sitename",
        "navbar",
        "nav",
        "navigation",
        "menu",
        "cookie",
        "consent",
        "newsletter",
        "hidden",
        "offscreen",
        "sronly",
        "visuallyhidden",
        "blind",
        # Google's website translator injects a popup whose <h1> reads "Original text".
        "skiptranslate",
    }
)
# Class/id tokens of side furniture, unless the same element is also the article container
# ("two-column-rail article-content").
_WEAK_FURNITURE_TOKENS = frozenset(
    {"sidebar", "rail", "related", "recirc", "promo", "modal", "popup", "footer"}
)
# Class tokens of the article's own container: the furniture check stops there.
_ARTICLE_TOKENS = frozenset({"article", "content", "story", "entry", "post", "main"})
# Ancestor tags that put a heading in site furniture (a logo link, a teaser list, a menu).
_FURNITURE_TAGS = frozenset(
    {"a", "nav", "aside", "footer", "li", "figure", "figcaption", "form", "button", "dialog"}
)
# How many ancestors are checked for furniture tags/tokens.
_FURNITURE_DEPTH = 6
# Class tokens of a kicker / overline printed inside or just above the headline element.
_KICKER_TOKENS = frozenset(
    {
        "kicker",
        "overline",
        "topline",
        "eyebrow",
        "dachzeile",
        "roofline",
        "supertitle",
        "pretitle",
        "rubric",
        "keyword",
        "label",
    }
)
# Class tokens of an element hidden from sighted readers (screen-reader text).
_HIDDEN_TOKENS = frozenset({"sronly", "offscreen", "visuallyhidden", "hidden", "sr", "blind"})
# Longest text an <h2> may have to be taken as the headline.
_MAX_HEADLINE_CHARS = 400
# Visible elements that declare the headline (itemprop~="headline", not <meta>), checked
# before the <h1>s; and the kind of candidate they make.
_ITEMPROP = "headline"
_ITEMPROP_KIND = "itemprop=headline"
# Weight of each metadata source when candidates vote on the spelling of one headline.
_LD_WEIGHT = 3
_OG_WEIGHT = 2
_OTHER_WEIGHT = 1

# How many distinct class/id strings keep their tokens cached.
_TOKEN_CACHE_SIZE = 8192
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_NON_WORD = re.compile(r"\W+")


def node_tokens(node: LexborNode) -> frozenset[str]:
    """Lower-case word tokens of a node's class and id, camelCase split.

    ``"ArticleModuleTeaser_breadcrumbHeadline__um84q"`` gives article, module, teaser,
    breadcrumb, headline, um84q; adjacent tokens are also joined ("sr-only" -> sronly).
    """
    attrs = node.attributes
    cls, ident = attrs.get("class"), attrs.get("id")
    if not cls and not ident:
        return frozenset()
    return _tokens(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=_TOKEN_CACHE_SIZE)
def _tokens(raw: str) -> frozenset[str]:
    """Tokens of one class/id string (pages repeat the same class strings many times)."""
    words = [w for w in _TOKEN_SPLIT.split(_CAMEL.sub(r"\1 \2", raw).lower()) if w]
    joined = {a + b for a, b in pairwise(words)}
    return frozenset(words) | joined


def is_furniture(node: LexborNode, depth: int = _FURNITURE_DEPTH) -> bool:
    """Whether ``node`` sits in site furniture: a breadcrumb, logo, menu, teaser list..."""
    current: LexborNode | None = node
    for _ in range(depth):
        if current is None or current.tag in ("body", "html", "main", "article"):
            return False
        if current is not node and current.tag in _FURNITURE_TAGS:
            return True
        tokens = node_tokens(current)
        if not tokens.isdisjoint(_FURNITURE_TOKENS):
            return True
        if current is not node and not tokens.isdisjoint(_ARTICLE_TOKENS):
            return False  # the article's own container
        if not tokens.isdisjoint(_WEAK_FURNITURE_TOKENS):
            return True
        current = current.parent
    return False


@lru_cache(maxsize=_TOKEN_CACHE_SIZE)
def _norm(text: str) -> str:
    """``text`` compared as words: case and punctuation dropped (cached: the same texts are
    compared many times per page)."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=_TOKEN_CACHE_SIZE)
def _squash(text: str) -> str:
    """``text`` without case, spaces and punctuation."""
    return _NON_WORD.sub("", text.casefold())


def site_names(doc: Document, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Names the site goes by: publisher metadata, ``og:site_name``..., and its host label."""
    own = memo(doc, "headline.site_names", lambda: _page_site_names(doc))
    return tuple(dict.fromkeys([*(n for n in extra if n and _squash(n)), *own]))


def _page_site_names(doc: Document) -> tuple[str, ...]:
    """The names :func:`site_names` finds on the page itself (no ``extra``)."""
    names: list[str] = []
    for key in PUBLISHER_META:
        names.extend(doc.meta.get(key, ()))
    for key in ("twitter:site",):
        names.extend(v.lstrip("@") for v in doc.meta.get(key, ()))
    host = doc.host or (urlsplit(doc.canonical[1]).hostname if doc.canonical else None)
    if host:
        labels = [p for p in host.lower().removeprefix("www.").split(".") if p]
        if len(labels) >= 2:
            names.append(".".join(labels))
            # The registrable label: "theguardian" in www.theguardian.com, "bbc" in bbc.co.uk.
            second = len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2
            names.append(labels[-3] if second else labels[-2])
    return tuple(dict.fromkeys(n for n in names if _squash(n)))


@lru_cache(maxsize=256)
def _site_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The squashed site names (the empty ones dropped), once per set of names."""
    return tuple(key for key in map(_squash, names) if key)


def _names_site(part: str, names: tuple[str, ...]) -> bool:
    """Whether ``part`` (of a title, or a heading) is one of the site's ``names``."""
    squashed = _squash(part)
    if not squashed:
        return True
    # "Hamburger Abendblatt" / "abendblatt", "Spektrum der Wissenschaft" / "spektrum": a
    # short part whose first or last word is the name (or, for a long name, starts or ends
    # with it: "phpspot開発日誌").
    words = part.split()
    short = len(words) <= _MAX_SECTION_WORDS
    ends = (_squash(words[0]), _squash(words[-1])) if short else ()
    for key in _site_keys(names):
        if squashed == key:
            return True
        # "Mirror Online" / "mirror", "STERN.de" / "stern", "AP News" / "apnews".
        shorter, longer = (squashed, key) if len(squashed) <= len(key) else (key, squashed)
        if len(shorter) >= 3 and shorter in longer and len(longer) - len(shorter) <= 8:
            return True
        if short and (
            key in ends
            or (
                len(key) >= _MIN_LABEL_CHARS
                and (squashed.startswith(key) or squashed.endswith(key))
            )
        ):
            return True
    return False


@lru_cache(maxsize=1024)
def strip_site_name(title: str, names: tuple[str, ...] = ()) -> str:
    """Remove site-name (and section) prefixes and suffixes from a ``<title>``-like string.

    A part split off at a separator is removed when it names the site (one of ``names``,
    compared without case, spaces and punctuation); a trailing part after a ``|``-like
    separator is also removed when it is short (a section or site label).
    """
    parts = [p for p in _SOFT_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    start, end = 0, len(parts)
    while end - start > 1 and _names_site(parts[end - 1], names):
        end -= 1
    while end - start > 1 and _names_site(parts[start], names):
        start += 1
    kept = parts[start:end]
    text = _rejoin(title, kept) if (start, end) != (0, len(parts)) else title
    hard = [p for p in _HARD_SEPARATORS.split(text) if p.strip()]
    while len(hard) > 1 and len(hard[-1].split()) <= _MAX_SECTION_WORDS:
        if len(hard[-1]) >= len(max(hard[:-1], key=len)):
            break
        hard.pop()
        text = _rejoin(text, hard)
    return clean(text) or title


def _rejoin(title: str, kept: list[str]) -> str:
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else kept[0]


class _Meta(NamedTuple):
    """A headline the metadata gives: its text, source, weight and :func:`_norm` key."""

    text: str
    detail: str
    strategy: Strategy
    weight: int

    @property
    def key(self) -> str:
        """The text as compared (:func:`_norm`)."""
        return _norm(self.text)


def _metadata(doc: Document, names: tuple[str, ...]) -> list[_Meta]:
    out: list[_Meta] = []
    ld = doc.article_ld
    if ld is not None:
        for key in ("headline", "name"):
            value = ld.text(key)
            if value:
                out.append(_Meta(value, f"json-ld {key}", Strategy.JSON_LD, _LD_WEIGHT))
                break
    for key in HEADLINE_META:
        for value in doc.meta.get(key, ())[:1]:
            weight = _OG_WEIGHT if key == "og:title" else _OTHER_WEIGHT
            out.append(_Meta(strip_site_name(value, names), key, Strategy.META, weight))
    if doc.title:
        out.append(_Meta(strip_site_name(doc.title, names), "title", Strategy.META, 1))
    return [m for m in out if m.key]


def _visible(doc: Document) -> Iterator[tuple[LexborNode, str]]:
    """Visible headline candidates with the kind of element, in order of trust."""
    seen: set[int] = set()
    # The page's microdata elements (not <meta>), gathered once per page: no CSS pass here.
    for node in doc.itemprops.get(_ITEMPROP, ()):
        if node.mem_id not in seen and has_word(node.attributes.get("itemprop"), _ITEMPROP):
            seen.add(node.mem_id)
            yield node, _ITEMPROP_KIND
    for node in doc.h1s:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            yield node, "h1"


class _Shown(NamedTuple):
    """A visible headline candidate: the element, its kind, its text and whether it sits
    in site furniture."""

    node: LexborNode
    kind: str
    text: str
    furniture: bool


class _Page(NamedTuple):
    """What the headline choice reads off the page whatever the site names are: the
    visible candidates and the site-name parts of the title."""

    shown: tuple[_Shown, ...]
    title_parts: tuple[str, ...]


def _page(doc: Document) -> _Page:
    """:class:`_Page`, once per page (the choice runs once per set of site names)."""

    def read() -> _Page:
        shown = tuple(
            _Shown(node, kind, text, is_furniture(node))
            for node, kind in _visible(doc)
            if _norm(text := heading_text(doc, node))
        )
        return _Page(shown, _title_site_parts(doc))

    return memo(doc, "headline.page", read)


def heading_text(doc: Document, node: LexborNode) -> str:
    """:func:`node_text` of a heading, once per page (the headline and the dates extractor
    read the same ``<h1>`` / ``<h2>`` elements)."""
    texts: dict[int, str] = memo(doc, "headline.texts", dict)
    text = texts.get(node.mem_id)
    if text is None:
        text = texts[node.mem_id] = node_text(node)
    return text


def h2_elements(doc: Document) -> list[LexborNode]:
    """The page's ``<h2>`` elements, once per page (the headline and the dates read them)."""
    return memo(doc, "headline.h2", lambda: doc.tree.css("h2"))


def _core(doc: Document, node: LexborNode) -> str:
    """:func:`_core_text` of ``node``, once per page (the choice may run twice)."""
    cores: dict[int, str] = memo(doc, "headline.cores", dict)
    text = cores.get(node.mem_id)
    if text is None:
        text = cores[node.mem_id] = _core_text(doc, node)
    return text


def _core_text(doc: Document, node: LexborNode) -> str:
    """The node's text without kicker / overline / screen-reader-only children.

    The kicker is kept when it is not shorter than what would remain: then the class names
    do not mean what they say and the element is one headline.
    """
    text = heading_text(doc, node)
    if next(node.iter(include_text=False), None) is None:
        # No child elements, so no kicker to take out (a kicker class on the heading itself
        # keeps its whole text below too): tested here, as a CSS query costs more.
        return text
    kickers: list[str] = []
    hidden: list[str] = []
    for child in node.css("*"):
        tokens = node_tokens(child)
        if not tokens.isdisjoint(_KICKER_TOKENS):
            kickers.append(node_text(child))
        elif not tokens.isdisjoint(_HIDDEN_TOKENS):
            hidden.append(node_text(child))
    if not kickers:
        return text
    core = text
    for piece in (*kickers, *hidden):
        if piece:
            core = core.replace(piece, " ", 1)
    core = clean(core)
    if len(core) <= sum(len(k) for k in kickers):
        return text
    return core


def _spelling(metas: list[_Meta], key: str) -> _Meta | None:
    """Of the metadata equal to ``key`` (normalised), the spelling with most weight."""
    votes: dict[str, int] = {}
    first: dict[str, _Meta] = {}
    for meta in metas:
        if meta.key == key:
            votes[meta.text] = votes.get(meta.text, 0) + meta.weight
            first.setdefault(meta.text, meta)
    if not votes:
        return None
    best = max(votes, key=lambda text: votes[text])
    return first[best]


def _usable(node: LexborNode, text: str, names: tuple[str, ...]) -> bool:
    return bool(_norm(text)) and not is_furniture(node) and not _names_site(text, names)


def _overlap(a: str, b: str) -> int:
    return len(set(_norm(a).split()) & set(_norm(b).split()))


def headline_node(doc: Document, names: tuple[str, ...] = ()) -> LexborNode | None:
    """The element that shows the headline, if the page has one we trust."""
    return _chosen(doc, names or site_names(doc))[1]


def _chosen(doc: Document, names: tuple[str, ...]) -> tuple[Found[str] | None, LexborNode | None]:
    """:func:`_choose`, once per page and set of site names (the headline extractor and
    the standfirst extractor's :func:`headline_node` share it).

    Keyed by the *set* of names: ``_choose`` only tests names with :func:`_names_site`,
    which asks whether any of them matches, so their order cannot change its result.
    """
    return memo(doc, ("headline", frozenset(names)), lambda: _choose(doc, names))


def _punctuation(text: str) -> int:
    return sum(1 for c in text if c in _HEADLINE_PUNCTUATION)


def _spell(visible_text: str, meta: _Meta, kind: str) -> Found[str]:
    """The metadata spelling, unless the visible text keeps more punctuation (quotes) or
    differs only in case (a shouting ``og:title``)."""
    if visible_text != meta.text and (
        visible_text.casefold() == meta.text.casefold()
        or _punctuation(visible_text) > _punctuation(meta.text)
    ):
        return found(visible_text, Strategy.DOM, f"{kind} (= {meta.detail})")
    return found(meta.text, meta.strategy, f"{meta.detail} (= {kind})")


def _is_suffixed(longer: str, prefix: str) -> bool:
    """Whether ``longer`` is ``prefix`` followed by a separator and more ("X - Site")."""
    if not longer.startswith(prefix) or len(longer) == len(prefix):
        return False
    rest = longer[len(prefix) :].lstrip()
    return bool(rest) and rest[0] in _SUFFIX_START


def _vote(metas: list[_Meta], extra: list[str]) -> _Meta | None:
    """The metadata headline with most support; a title that others extend with a
    site or section suffix gets their support too."""
    if not metas:
        return None
    pool = [(m.text, m.weight) for m in metas] + [(t, _OTHER_WEIGHT) for t in extra]

    def support(meta: _Meta) -> tuple[int, int]:
        key = meta.key
        total = sum(w for text, w in pool if _norm(text) == key or _is_suffixed(text, meta.text))
        return total, -metas.index(meta)

    return max(metas, key=support)


def _title_site_parts(doc: Document) -> tuple[str, ...]:
    """Parts of the ``<title>`` that an ``<h1>`` repeats but that are not the title's main
    part: the site or blog name printed as a logo ("Blog Name: Post title")."""
    if not doc.title:
        return ()
    parts = [p for p in _TITLE_PARTS.split(doc.title) if _norm(p)]
    head, colon, rest = doc.title.partition(": ")
    if colon and _norm(head) not in _norm(rest):  # "Artist: Artist" is a self-titled album
        parts.append(head)
    if len(parts) < 2:
        return ()
    longest = max(parts, key=len)
    minor = {_norm(p) for p in parts if p is not longest and _norm(p) != _norm(longest)}
    texts = [heading_text(doc, h) for h in doc.h1s]
    return tuple(text for text in texts if _norm(text) in minor)


def _readings(doc: Document, node: LexborNode, text: str) -> Iterator[str]:
    """The element's text, then its core text (computed only when asked for)."""
    yield text
    yield _core(doc, node)


def _choose(doc: Document, names: tuple[str, ...]) -> tuple[Found[str] | None, LexborNode | None]:
    page = _page(doc)
    names = names + page.title_parts
    metas = _metadata(doc, names)
    keys = {m.key for m in metas}
    strong_keys = {m.key for m in metas if m.strategy is Strategy.JSON_LD or m.detail == "og:title"}
    visible: list[_Shown] = []
    furniture: list[str] = []
    for shown in page.shown:
        if _names_site(shown.text, names):
            continue
        if shown.furniture:
            furniture.append(shown.text)
        else:
            visible.append(shown)
    itemprop = next((v for v in visible if v.kind == _ITEMPROP_KIND), None)

    # 1. A visible headline the metadata confirms, in the metadata's spelling.
    for node, kind, text, _furniture in visible:
        for reading in _readings(doc, node, text):
            key = _norm(reading)
            if key in keys and (itemprop is None or kind == _ITEMPROP_KIND or key in strong_keys):
                meta = _spelling(metas, key)
                if meta is not None:
                    return _spell(reading, meta, kind), node
    # 2. A visible <h2> the metadata confirms (the <h1> is a breadcrumb, a blog name...).
    if keys:
        for node in h2_elements(doc):
            text = heading_text(doc, node)
            if not text or len(text) > _MAX_HEADLINE_CHARS or not _usable(node, text, names):
                continue
            for reading in _readings(doc, node, text):
                meta = _spelling(metas, _norm(reading))
                if meta is not None:
                    return _spell(reading, meta, "h2"), node
    # 3. The visible headline alone: the declared one, else the one closest to the metadata.
    if itemprop is not None:
        return found(_core(doc, itemprop.node), Strategy.DOM, itemprop.kind), itemprop.node
    if visible:
        ref = " ".join(m.text for m in metas)
        best = max(visible, key=lambda v: (_overlap(v.text, ref), -visible.index(v)))
        strong = " ".join(m.text for m in metas if m.key in strong_keys)
        # An <h1> sharing no word with the article's own metadata is a logo or section label.
        if not strong or _overlap(best.text, strong) > 0:
            return found(_core(doc, best.node), Strategy.DOM, best.kind), best.node
    # 4. Metadata alone (a breadcrumb <h1> repeating it counts as a vote).
    meta = _vote(metas, furniture)
    if meta is not None:
        return found(meta.text, meta.strategy, meta.detail), None
    return None, None


def extract_headline(doc: Document, site_names_: tuple[str, ...] = ()) -> Found[str] | None:
    """Find the headline of the page (see the module docstring for the order of evidence)."""
    return _chosen(doc, site_names(doc, site_names_))[0]
