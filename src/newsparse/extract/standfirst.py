"""The standfirst (dek): the summary a reader sees under the headline.

Evidence, in order:

1. an element with a dek class (standfirst, dek, subtitle, lead, intro, excerpt, summary...)
   or ``itemprop=description`` whose text is the page's description (JSON-LD / meta);
2. a paragraph or subheading whose text is the description and that the page sets apart
   from the body (in a ``<header>``, a heading, or wholly bold);
3. an element with a dek class printed right after the headline, in the same header block.

A meta description that the page does not show is never returned, and neither is a plain
first body paragraph.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.extract.base import Found, found
from newsparse.extract.headline import headline_node, is_furniture, node_tokens, site_names
from newsparse.heuristics.vocab import DESCRIPTION_META
from newsparse.model import Strategy

__all__ = ["extract_standfirst"]

# Class tokens (camelCase split, see ``node_tokens``) of a dek / standfirst / lead element.
_DEK_TOKENS = frozenset(
    {
        "standfirst",
        "dek",
        "deck",
        "subheadline",
        "subhead",
        "subline",
        "subheader",
        "subtitle",
        "subtit",
        "strapline",
        "excerpt",
        "lead",
        "leadin",
        "leadtext",
        "intro",
        "introtext",
        "summary",
        "description",
        "desc",
        "descp",
        "preface",
        "einleitung",
        "vorspann",
        "abstract",
        "sapo",
        "chapo",
        "chapeau",
        "entradilla",
        "bajada",
        "sottotitolo",
        "catenaccio",
        "ingress",
        "ingresso",
        "perex",
        "teasertext",
        "firstparagraph",
    }
)
# Class tokens of things that are not a dek even with a dek word in their class: lead
# media ("LeadFeature", "lead-image"), sign-up boxes, bylines, author bios.
_NOT_DEK_TOKENS = frozenset(
    {
        "image",
        "img",
        "photo",
        "media",
        "figure",
        "video",
        "feature",
        "picture",
        "gallery",
        "caption",
        "credit",
        "signup",
        "subscribe",
        "email",
        "newsletter",
        "byline",
        "author",
        "bio",
        "share",
        "social",
        "meta",
        "date",
        "time",
        "banner",
        "sns",
        "promo",
        "cta",
        "ad",
        "advert",
    }
)
# Weaker dek tokens: also used for teasers of other stories, so they need the description.
_WEAK_DEK_TOKENS = frozenset({"teaser"})
# Substrings of class/itemprop values that preselect dek candidates (compiled CSS).
# Substrings of class values that preselect dek candidates (compiled CSS; each one costs a
# pass over the region, so the common ones are searched in the wider region and the
# language-specific ones only close to the headline).
_DEK_CLASS_PARTS = (
    "standfirst",
    "dek",
    "deck",
    "sub",
    "excerpt",
    "lead",
    "intro",
    "summar",
    "desc",
)
_DEK_CLASS_PARTS_NEAR = (
    "strap",
    "teaser",
    "preface",
    "abstract",
    "einleitung",
    "vorspann",
    "sapo",
    "chap",
    "entradilla",
    "bajada",
    "sottotitolo",
    "catenaccio",
    "ingress",
    "perex",
    "first-paragraph",
)
_DEK_SELECTOR = (
    ", ".join(f"[class*={part} i]" for part in _DEK_CLASS_PARTS)
    + ', [itemprop~="description"]:not(meta)'
)
_DEK_SELECTOR_NEAR = (
    _DEK_SELECTOR + ", " + ", ".join(f"[class*={part} i]" for part in _DEK_CLASS_PARTS_NEAR)
)
# Elements that may show the description as a set-apart lead without a dek class.
_PLAIN_SELECTOR = "p, h2, h3, strong"
# Class tokens that make a paragraph visibly set apart (bold / medium weight).
_EMPHASIS_TOKENS = frozenset({"bold", "medium", "semibold", "strong", "fett"})
# A paragraph is set apart as bold when a bold element in it holds this share of its text.
_BOLD = "strong, b"
_BOLD_SHARE = 0.9
# Tags a standfirst is never (containers of the whole article, non-text elements).
_NOT_DEK_TAGS = frozenset(
    {
        "meta",
        "body",
        "html",
        "article",
        "main",
        "section",
        "img",
        "figure",
        "figcaption",
        "script",
        "style",
        "noscript",
        "a",
        "button",
        "ul",
        "ol",
        "li",
        "time",
        "svg",
        "form",
    }
)
# Media inside an element: a standfirst holds none (its text would be a caption).
_MEDIA = "img, picture, figure, video, iframe, figcaption"
# Elements inside a block that show it is a byline / meta line, not a dek.
_FURNITURE_INSIDE = (
    "time, [rel~=author], [itemprop~=author], [class*=byline i], [class*=author i], button,"
    " script, style"
)
# How many ancestors above the headline bound the part of the page searched for deks.
_SCOPE_LEVELS = 4
# The same for paragraphs that show the description (leads can sit in the body column).
_PLAIN_SCOPE_LEVELS = 8
# Ancestor levels above the headline searched for dek classes, smallest region first.
_SCOPE_STEPS = (2, _SCOPE_LEVELS)
# Largest region (in elements) searched with the dek-class selector (its cost grows with
# the region and the length of class attributes).
_MAX_SCOPE_NODES = 1500
# Most dek-class candidates examined on one page (deks are near the top of the article).
_MAX_CANDIDATES = 60
# How much longer raw text (with markup whitespace) may be than the normalised bound.
_RAW_SLACK = 3
# Largest ratio of a wrapper's text to the description-equal text found inside it.
_WRAPPER_RATIO = 2
# Length bounds of a standfirst, in characters.
_MIN_CHARS = 15
_MAX_CHARS = 1200
# Shortest description that may be matched as a prefix of a longer lead (truncated meta).
_MIN_PREFIX_CHARS = 40
# Share of the longer text that a lead and a description must start with in common.
_SHARED_SHARE = 0.6
# Longest dateline printed before a lead that repeats the description ("Hamburg. ").
_MAX_DATELINE_CHARS = 30
# How many ancestors above the headline element bound the "header block".
_HEADER_LEVELS = 5
# How many element siblings after the headline (and after its wrappers) are checked.
_ADJACENT_SIBLINGS = 4
# How many wrappers above the headline element have their next siblings checked.
_ADJACENT_LEVELS = 3
# Sibling tags skipped when looking at what follows the headline.
_SKIP_TAGS = frozenset({"-text", "-comment", "script", "style", "template", "link", "meta"})
# How many ancestors of a paragraph are checked for a <header> element.
_HEADER_DEPTH = 5

_NON_WORD = re.compile(r"\W+")
# A short line with a year in it is a date / meta line ("Published Oct 19, 2022"), not a dek.
_META_LINE = re.compile(r"^.{0,40}\b(?:19|20)\d\d\b.{0,40}$")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _descriptions(doc: Document) -> list[str]:
    found_: list[str] = []
    ld = doc.article_ld
    if ld is not None:
        found_.extend(ld.texts("description")[:1])
    for key in DESCRIPTION_META:
        found_.extend(doc.meta.get(key, ())[:1])
    keys = [_norm(d) for d in found_]
    return list(dict.fromkeys(k for k in keys if len(k) >= _MIN_CHARS))


def _match(text: str, descriptions: list[str]) -> int:
    """How closely shown text is a description: 3 equal, 2 after a dateline ("Berlin. ..."),
    1 one is a truncation of the other, 0 not at all."""
    key = _norm(text)
    if not key:
        return 0
    best = 0
    for desc in descriptions:
        if key == desc:
            return 3
        at = key.find(desc[:_MIN_PREFIX_CHARS]) if len(desc) >= _MIN_PREFIX_CHARS else -1
        if 0 < at <= _MAX_DATELINE_CHARS and key[at:] == desc:
            best = max(best, 2)  # "Berlin. " + description: a dateline before the lead
        elif 0 < at <= _MAX_DATELINE_CHARS and key[at:].startswith(desc):
            best = max(best, 1)  # a dateline, then the lead the description cuts short
        elif len(desc) >= _MIN_PREFIX_CHARS and key.startswith(desc):
            best = max(best, 1)  # the description is the lead cut short
        elif len(key) >= _MIN_PREFIX_CHARS and desc.startswith(key) and len(key) * 2 >= len(desc):
            best = max(best, 1)  # the lead is the description's first sentences
        elif _shared_start(
            key[at:] if 0 < at <= _MAX_DATELINE_CHARS else key, desc
        ) >= _SHARED_SHARE * max(len(key), len(desc)):
            best = max(best, 1)  # the same lead, edited at the end for search engines
    return best


def _shared_start(a: str, b: str) -> int:
    """Length of the common start of two strings (0 when shorter than the prefix minimum)."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared if shared >= _MIN_PREFIX_CHARS else 0


def _agrees(text: str, descriptions: list[str]) -> bool:
    """Whether the shown text is one of the descriptions (allowing truncation and a dateline)."""
    return _match(text, descriptions) > 0


def _dek_strength(node: LexborNode) -> int:
    """2 for a dek class token, 1 for a weak one, 0 otherwise."""
    tokens = node_tokens(node)
    parent = node.parent
    if not tokens.isdisjoint(_NOT_DEK_TOKENS) or (
        parent is not None and not node_tokens(parent).isdisjoint(_NOT_DEK_TOKENS)
    ):
        return 0
    if "description" in (node.attributes.get("itemprop") or "").lower().split():
        return 2
    if not tokens.isdisjoint(_DEK_TOKENS):
        return 2
    if not tokens.isdisjoint(_WEAK_DEK_TOKENS):
        return 1
    return 0


def _may_fit(node: LexborNode) -> bool:
    """A cheap bound on the raw text length before it is normalised."""
    raw = len(node.text(deep=True))
    return _MIN_CHARS <= raw <= _RAW_SLACK * _MAX_CHARS


def _plausible(node: LexborNode, text: str) -> bool:
    if node.tag in _NOT_DEK_TAGS or not (_MIN_CHARS <= len(text) <= _MAX_CHARS):
        return False
    if node.css_first("h1, p p, article, " + _MEDIA) is not None:
        return False
    return not is_furniture(node)


def _set_apart(node: LexborNode, text: str) -> bool:
    """Whether a paragraph is visibly distinct from body text: header, heading, or bold."""
    return _styled_apart(node) or _bold_enough(node.css_first(_BOLD), text)


def _styled_apart(node: LexborNode) -> bool:
    """Set apart by its tag, an emphasis class or a header around it (its text aside)."""
    if node.tag in ("h2", "h3", "strong"):
        return True
    if not node_tokens(node).isdisjoint(_EMPHASIS_TOKENS):
        return True
    current = node.parent
    for _ in range(_HEADER_DEPTH):
        if current is None or current.tag in ("article", "main", "body"):
            break
        if current.tag in ("header", "hgroup"):
            return True
        current = current.parent
    return False


def _bold_enough(bold: LexborNode | None, text: str) -> bool:
    """Whether the bold element in a paragraph holds (nearly) all of its ``text``."""
    return bold is not None and len(node_text(bold)) >= _BOLD_SHARE * len(text)


def _header_block(head: LexborNode | None) -> set[int]:
    ids: set[int] = set()
    current = head.parent if head is not None else None
    for _ in range(_HEADER_LEVELS):
        if current is None or current.tag in ("body", "html"):
            break
        ids.add(current.mem_id)
        current = current.parent
    return ids


def _in_block(node: LexborNode, block: set[int]) -> bool:
    current = node.parent
    for _ in range(_HEADER_LEVELS + 2):
        if current is None:
            return False
        if current.mem_id in block:
            return True
        current = current.parent
    return False


def _scope(doc: Document, head: LexborNode | None, levels: int = _SCOPE_LEVELS) -> LexborNode:
    """Where deks are looked for: the headline's article block, else the whole page."""
    if head is None:
        article = doc.tree.css_first("article, main")
        root = article or doc.tree.body or doc.tree.root
        return root if root is not None else doc.tree.root  # type: ignore[return-value]
    current = head
    for _ in range(levels):
        parent = current.parent
        if parent is None:
            break
        current = parent
        if parent.tag in ("body", "html"):
            break
    return current


def _inside(node: LexborNode, other: LexborNode) -> bool:
    current = node.parent
    while current is not None:
        if current.mem_id == other.mem_id or current.tag == "h1":
            return True
        if current.tag in ("body", "article", "main"):
            return False
        current = current.parent
    return False


def _adjacent(head: LexborNode, descriptions: list[str]) -> str | None:
    """A dek (or the description) printed right after the headline or its wrappers."""
    anchor: LexborNode | None = head
    for _ in range(_ADJACENT_LEVELS):
        if anchor is None or anchor.tag in ("body", "html", "article", "main"):
            return None
        sibling, seen = anchor.next, 0
        while sibling is not None and seen < _ADJACENT_SIBLINGS:
            if sibling.tag in _SKIP_TAGS:
                sibling = sibling.next
                continue
            seen += 1
            # (the checks that need no text first: most siblings fail one)
            if sibling.tag in _NOT_DEK_TAGS or not _may_fit(sibling) or is_furniture(sibling, 1):
                sibling = sibling.next
                continue
            text = node_text(sibling)
            if _MIN_CHARS <= len(text) <= _MAX_CHARS and sibling.css_first(_MEDIA) is None:
                shown = _adjacent_text(sibling, text, descriptions)
                if shown is not None:
                    return shown
            sibling = sibling.next
        anchor = anchor.parent
    return None


def _adjacent_text(node: LexborNode, text: str, descriptions: list[str]) -> str | None:
    match = _match(text, descriptions) if descriptions else 0
    if match >= 2:
        return text
    strong = _dek_strength(node) == 2
    if match == 1 or strong:
        # A small wrapper: prefer the part of it that is exactly the description, when the
        # wrapper is a dek or that part is set apart (never a plain first body paragraph).
        for inner in node.css(_PLAIN_SELECTOR + ", div, span"):
            inner_text = node_text(inner)
            if (
                len(inner_text) >= _MIN_CHARS
                and len(text) <= _WRAPPER_RATIO * len(inner_text)
                and _match(inner_text, descriptions) >= 2
                and (strong or _set_apart(inner, inner_text))
            ):
                return inner_text
    if _has_furniture(node, text) or len(node.css("p")) > 1:
        return None
    if match == 0 and _META_LINE.search(text):
        return None
    return text if strong or match == 1 else None


def _has_furniture(node: LexborNode, text: str) -> bool:
    """Whether a block holds a byline, a date or is mostly links (a dek is plain prose)."""
    if node.css_first(_FURNITURE_INSIDE) is not None:
        return True
    linked = sum(len(node_text(a)) for a in node.css("a"))
    return linked * 2 > len(text)


def _scan_deks(
    scope: LexborNode,
    head: LexborNode | None,
    descriptions: list[str],
    block: set[int],
    selector: str,
) -> tuple[str | None, str | None]:
    """Dek-class elements in ``scope``: the first that shows a description, and the first
    strong dek printed after the headline in its header block."""
    after_head = head is None
    near: str | None = None
    examined = 0
    for node in scope.css(f"h1, {selector}" if head is not None else selector):
        if examined >= _MAX_CANDIDATES:
            break
        if head is not None and node.mem_id == head.mem_id:
            after_head = True
            continue
        if node.tag == "h1":
            continue
        strength = _dek_strength(node)
        if strength == 0 or not _may_fit(node):
            continue
        examined += 1
        text = node_text(node)
        if (
            not _plausible(node, text)
            or (head is not None and _inside(node, head))
            or _has_furniture(node, text)
        ):
            continue
        if descriptions and _agrees(text, descriptions):
            return text, near
        if (
            near is None
            and strength == 2
            and after_head
            and block
            and _in_block(node, block)
            and not _META_LINE.search(text)
        ):
            near = text
    return None, near


def extract_standfirst(doc: Document, site_names_: tuple[str, ...] = ()) -> Found[str] | None:
    """The standfirst: a dek element, or the description where the page shows it as a lead.

    ``site_names_`` are the extra site names the headline was extracted with: given the
    same, the headline element found for it is reused, not looked for again.
    """
    descriptions = _descriptions(doc)
    head = headline_node(doc, site_names(doc, site_names_))
    if head is not None:
        text = _adjacent(head, descriptions)
        if text is not None:
            return found(text, Strategy.DOM, "dek right after the headline")
    block = _header_block(head)
    if not descriptions and not block:
        return None  # no description to agree with, no header block to be after: no dek
    near: str | None = None
    previous = -1
    for levels in _SCOPE_STEPS:
        scope = _scope(doc, head, levels)
        if scope.mem_id == previous:
            continue
        previous = scope.mem_id
        if len(scope.css("*")) > _MAX_SCOPE_NODES:
            break  # a whole-page container: only the cheaper checks below
        selector = _DEK_SELECTOR_NEAR if levels == _SCOPE_STEPS[0] else _DEK_SELECTOR
        hit, near_here = _scan_deks(scope, head, descriptions, block, selector)
        if hit is not None:
            return found(hit, Strategy.DOM, "dek element (= description)")
        near = near or near_here
    if descriptions:
        firsts = tuple({d.split(" ", 1)[0] for d in descriptions})
        for node in _scope(doc, head, _PLAIN_SCOPE_LEVELS).css(_PLAIN_SELECTOR):
            raw = node.text(deep=True)
            if len(raw) > _RAW_SLACK * _MAX_CHARS:
                continue  # cheap checks before normalising the text
            folded = raw.casefold()
            if not any(first in folded for first in firsts):
                continue
            styled = _styled_apart(node)
            bold = None if styled else node.css_first(_BOLD)
            if not styled and bold is None:
                continue  # not set apart, whatever its text says: not read
            text = node_text(node)
            if (
                _MIN_CHARS <= len(text) <= _MAX_CHARS
                and (styled or _bold_enough(bold, text))
                and not is_furniture(node)
                and _agrees(text, descriptions)
            ):
                return found(text, Strategy.DOM, f"{node.tag} set apart (= description)")
    if near is not None:
        return found(near, Strategy.DOM, "dek element after the headline")
    return None
