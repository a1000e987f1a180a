"""Images of the article with their captions and photo credits.

The article's region is the lowest common ancestor of the body container and the headline
(so the lead image in the article header counts), else the nearest ``<article>``/``<main>``.
Inside it, one CSS query finds figures and caption elements (``figcaption``,
``itemprop=caption``, caption classes); each caption is paired with the image unit around
it (its ``<figure>``, else the nearest small ancestor holding an image). Captions without
caption markup are read too: the image's alt text repeated right after it, a short text
followed by a credit line, ``data-caption`` and ``aria-describedby``. Units inside rails,
teaser cards, video players, ads and author boxes are skipped.

Photo credits are split out of the caption into ``Image.credit``: credit elements
(``<span class="credit">``, ``itemprop=copyrightHolder``), a short trailing name element,
a credit line after the caption, and credit wording ("Foto: X", "(AP Photo/X)",
"X via Getty Images", "Name/AP", "© X", "＝ＡＰ"); the credit keeps the words as printed,
without label ("Foto:", "Photo by") or brackets. When the page shows no caption, the
JSON-LD ``image`` of the article (an ``ImageObject`` with a ``caption``) is used (unless
that caption is the page's headline or description), then ``og:image``.

A caption is given once: a copy of it (``<noscript>``, mobile and desktop versions, the
crops of one JSON-LD picture) is dropped, and "more >" links inside it are left out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean, node_text, unescape
from newsparse.extract.base import Found, found
from newsparse.heuristics.photo_credits import (
    AGENCY_WORDS,
    CAPTION_CLASS,
    CAPTION_LABEL,
    CAPTION_SELECTOR,
    CAPTION_UI_TEXT,
    CAPTION_UI_WORDS,
    CJK_AGENCIES,
    CJK_CREDIT_SUFFIX,
    CJK_CREDIT_WORDS,
    CREDIT_ATTR,
    CREDIT_CLASS,
    CREDIT_LABEL_HINT,
    CREDIT_LABEL_PREFIX,
    CREDIT_LINES,
    IMAGE_SELECTOR,
    LABELLED_CREDIT,
    MORE_LINK_ARROWS,
    MORE_LINK_WORDS,
    NOT_ARTICLE_CLASS,
    NOT_ARTICLE_TAGS,
    NOT_CAPTION_SELECTOR,
    PLACEHOLDER_SRC,
    STANDALONE_CREDITS,
    STRONG_CAPTION_CLASS,
    TRAILING_CJK_CREDIT,
    TRAILING_PAREN,
    VIA_CREDIT,
    VIDEO_CLASS,
    VIDEO_LEVELS,
)
from newsparse.model import Image, Strategy

__all__ = ["extract_images", "split_photo_credit"]

# The elements a unit's picture URL is read from, and those that make it a picture (not a
# video player).
_IMG_TAGS = frozenset({"img", "amp-img"})
_PICTURE_TAGS = frozenset({"img", "picture", "amp-img"})
# Lazy-load attributes first (their ``src`` is often a placeholder), then ``src``.
_IMG_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-url", "data-full", "src")
_SRCSET_ATTRS = ("srcset", "data-srcset", "data-lazy-srcset")
# Tags whose boundaries separate words in a caption ("Text.</p><p>Credit").
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "figcaption", "h2", "h3", "h4", "h5", "h6"})
# Tags inside a caption that are never caption text.
_SKIP_TAGS = frozenset({"script", "style", "button", "svg", "noscript", "template", "select"})
# Single wrapper elements looked through for a caption's trailing credit element.
_WRAPPER_LEVELS = 3
# Levels climbed from a caption to find its <figure> / image holder.
_FIGURE_LEVELS = 6
_HOLDER_LEVELS = 4
# A caption longer than this is body text or a teaser list, not a caption.
_MAX_CAPTION = 1200
# Credit patterns are searched in this many trailing characters of a caption.
_CREDIT_WINDOW = 200
# Extra text (beyond the caption) an image holder may contain before it is "not a figure".
_HOLDER_SLACK = 200
# A trailing element or phrase taken as a credit is at most this long (chars / words).
_MAX_CREDIT_CHARS = 80
_MAX_CREDIT_WORDS = 9
# Lower-case name particles allowed in a bare "Firstname von Lastname" credit.
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "del", "la", "le"})
# A bracketed caption of at most this many capitalised words is a credit: "(The Independent)".
_MAX_BARE_WORDS = 5
_SENTENCE_END = ".!?…»«\"”“)'’|"
# An alt text repeated in the element after the image is its caption (alt of at least this
# many chars, the element's text at most this much longer, within this many levels).
_MIN_ALT_CAPTION = 8
_ALT_CAPTION_SLACK = 120
_SIBLING_LEVELS = 4
_SIBLING_CAPTION_TAGS = frozenset({"p", "span", "div", "small", "figcaption"})
# A caption element (without caption markup) holds no links, headings or dates.
_NOT_SIBLING_CAPTION = "a, h1, h2, h3, h4, time, img, picture"
# A text followed by a credit line is a caption up to this length.
_SIBLING_CAPTION_CHARS = 400
# A link in an image unit with this much text is a teaser's headline: the unit is a card
# for another story, not a picture of this one.
_TEASER_LINK_CHARS = 25
# Class and id values whose class-pattern tests are remembered (across pages: CMSs reuse names).
_MARKS_CACHE = 4096
# An element id usable in a CSS selector as is (``aria-describedby`` targets).
_SAFE_ID = re.compile(r"[A-Za-z][\w-]{0,100}$")
# An HTML tag inside an attribute value (``data-caption`` may hold markup).
_TAG = re.compile(r"<[^<>]{0,1000}>")
# A heading is a section title even when its class says "caption" (outside figures).
_NOT_CAPTION_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label"})
# A card for another story: a picture beside a linked heading (or a link holding one).
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5"})
_HEADING_SELECTOR = "h2, h3, h4, h5, [class*=headline i], [class*=title i]"
# What an image unit is read for: its links (teaser cards) and its media (one query).
_LINKS_AND_MEDIA = f"a[href], {IMAGE_SELECTOR}"
# Where image units are found: figures, caption elements, images, attribute captions.
_CANDIDATES = f"figure, {CAPTION_SELECTOR}, img, [data-caption]"
# What a caption element holds only when it is no caption.
_NOT_CAPTION_CONTENT = f"{IMAGE_SELECTOR}, {NOT_CAPTION_SELECTOR}"


# ----------------------------------------------------------------------------- credits


def _looks_like_agency(text: str) -> bool:
    low = text.lower().strip(" .,;:-–—()[]")
    if low in AGENCY_WORDS:
        return True
    words = low.replace("/", " ").split()
    return any(
        " ".join(words[i:]) in AGENCY_WORDS for i in range(max(0, len(words) - 3), len(words))
    )


def _is_agency_colon_name(text: str) -> bool:
    """ "Reuters: Piotr Zalewski", "ABC News: Mia Kovac": an organisation, then a person."""
    org, sep, person = text.partition(":")
    if not sep or not _looks_like_name(person.strip()):
        return False
    words = org.split()
    return _looks_like_agency(org) or (1 <= len(words) <= 3 and all(w[:1].isupper() for w in words))


def _looks_like_name(text: str) -> bool:
    """A short run of capitalised words ("Alketa Misja", "Philipp von Ditfurth/dpa")."""
    if "/" in text:
        head, _, last = text.rpartition("/")
        text = head if _looks_like_agency(last) else text
    words = text.replace("/", " ").split()
    if not words or len(words) > _MAX_CREDIT_WORDS:
        return False
    return all(w[:1].isupper() or w in _NAME_PARTICLES or not w[:1].isalpha() for w in words)


def _credit_tail(caption: str) -> int | None:
    """Start index of an unlabelled trailing credit ("... Andrew Harnik / AP"), or None."""
    cut = max(caption.rfind(ch) for ch in _SENTENCE_END)
    tail = caption[cut + 1 :].strip() if cut >= 0 else caption.strip()
    if not tail or len(tail) > _MAX_CREDIT_CHARS or tail == caption.strip():
        return None
    low = tail.lower().rstrip(".")
    credit_like = (
        low in STANDALONE_CREDITS
        or (tail.startswith("/") and _looks_like_name(tail[1:]))
        or _is_via_agency(tail)
        or (
            "/" in tail
            and _looks_like_name(tail)
            and (
                _looks_like_agency(tail.rsplit("/", 1)[1]) or _looks_like_agency(tail.split("/")[0])
            )
        )
    )
    return caption.rfind(tail) if credit_like else None


def _is_via_agency(tail: str) -> bool:
    """A name credited through an agency: "Andrew Harnik/AP", "Jane Roe via Getty Images"."""
    via = VIA_CREDIT.search(tail)
    return via is not None and _looks_like_agency(via.group("agency")) and _looks_like_name(tail)


def _is_bare_credit(text: str) -> bool:
    """A caption that is only a credit: "Andrew Harnik/Shutterstock", "(The Independent)"."""
    if len(text) > _MAX_CREDIT_CHARS:
        return False
    if text.lower().rstrip(".") in STANDALONE_CREDITS:
        return True  # "Privat", "Supplied", "Getty Images" alone under a picture
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        inner = text[1:-1]
        return _looks_like_name(inner) and len(inner.split()) <= _MAX_BARE_WORDS
    if "/" in text:
        head, _, last = text.rpartition("/")
        return _looks_like_name(text) and (
            _looks_like_agency(last) or _looks_like_agency(head.split("/")[0])
        )
    return False


def split_photo_credit(caption: str) -> tuple[str, str | None]:
    """Split a photo credit off a caption: ``(caption, credit)``.

    Handles labelled credits ("Foto: Peter Kneffel/dpa", "Photo by X", "© X"),
    bracketed ones ("(AP Photo/Alex Brandon)", "(Yui Mok/PA)", "[사진 출처 = X]"),
    "X via Getty Images" / "Name / AP" after the last sentence, "＝ＡＰ". The caption may
    come back empty when it is all credit ("Credit: Minky").
    """
    text = clean(caption)
    if not text or len(text) > _MAX_CAPTION:
        return text, None  # longer than any caption: not searched (keeps the cost bounded)
    tail_start = max(0, len(text) - _CREDIT_WINDOW)  # a credit is at the end: search there
    window = text[tail_start:].lower()  # for the cheap tests before the slow patterns
    match = LABELLED_CREDIT.search(text, tail_start) if CREDIT_LABEL_HINT.search(window) else None
    if match is not None:
        who = match.group("who").strip(" ()[]（）")
        label = match.group("label")
        if who and (label[0] not in "©(（" or len(who) <= _MAX_CREDIT_CHARS):
            credit = _strip_unpaired(text[match.start("label") :])
            return _strip_caption(text[: match.start()]), clean(credit)
    paren = TRAILING_PAREN.search(text, tail_start)
    if paren is not None:
        who = paren.group("who")
        if (
            _looks_like_agency(who)
            or (
                "/" in who
                and (
                    _looks_like_agency(who.rsplit("/", 1)[1])
                    or _looks_like_agency(who.split("/", 1)[0])
                )
            )
            or who.lower().startswith(("ap photo", "afp photo", "reuters photo"))
            # "(Reuters: Piotr Zalewski)", "(ABC News: Mia Kovac)": agency, then photographer
            or _is_agency_colon_name(who)
            # "... for sale. (Bespoke Real Estate)": a name in brackets after the last sentence
            # (one word is as often a note or a place: "(Archivbild)", "(Jerusalén)")
            or (
                text[: paren.start()].rstrip()[-1:] in (".", "!", "?")
                and 2 <= len(who.split()) <= _MAX_BARE_WORDS
                and _looks_like_name(who)
            )
        ):
            return _strip_caption(text[: paren.start()]), clean(who)
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) == len(text):
        cjk = TRAILING_CJK_CREDIT.search(folded, tail_start)
        if cjk is not None and cjk.group("who").lower() in CJK_AGENCIES:
            return _strip_caption(text[: cjk.start()]), clean(text[cjk.start() :].lstrip("=＝ "))
    if any(word in window for word in CJK_CREDIT_WORDS):
        suffix = CJK_CREDIT_SUFFIX.search(text, tail_start)
        if suffix is not None and suffix.start() > 0:
            return _strip_caption(text[: suffix.start()]), clean(suffix.group("who"))
    for pattern, word in CREDIT_LINES:
        line = pattern.search(text, tail_start) if word in window else None
        if line is not None and line.start() > 0:
            return _strip_caption(text[: line.start()]), clean(line.group("credit"))
    start = _credit_tail(text)
    if start is not None and start > 0:
        return _strip_caption(text[:start]), clean(text[start:].lstrip("/ "))
    if _is_bare_credit(text):
        return "", text
    if text.startswith("Credit") and len(text) <= _MAX_CREDIT_CHARS + 20 and ". " not in text:
        return "", text  # NYT-style "Credit Harry Campbell" under a picture: all credit
    return text, None


def _strip_unpaired(text: str) -> str:
    """Trim spaces and the brackets that enclosed a credit, keeping paired ones.

    "(Foto: X)" -> "Foto: X", but "Foto: Jane Roe (Reuters)" keeps its closing bracket.
    """
    text = text.strip()
    while text[:1] in ("(", "[", "（") and text.count(text[0]) > text.count(_CLOSING[text[0]]):
        text = text[1:].strip()
    while text[-1:] in (")", "]", "）") and text.count(text[-1]) > text.count(_OPENING[text[-1]]):
        text = text[:-1].strip()
    return text


_CLOSING = {"(": ")", "[": "]", "（": "）"}
_OPENING = {v: k for k, v in _CLOSING.items()}


def _strip_caption(text: str) -> str:
    return clean(text).rstrip(" -–—|,;/([（").strip()


def _is_credit_element(node: LexborNode) -> bool:
    attrs = node.attributes
    prop = (attrs.get("itemprop") or "").lower()
    if prop and any(p in CREDIT_ATTR for p in prop.split()):
        return True
    return _marked(CREDIT_CLASS, attrs.get("class") or "")


def _caption_parts(node: LexborNode) -> tuple[str, list[str]]:
    """The caption's text without credit elements, and the credits' texts."""
    parts: list[str] = []
    credits: list[str] = []
    # Iterative walk (no recursion limit on deep markup); a str item is a separator to emit
    # once the element before it is done.
    stack: list[LexborNode | str] = list(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.is_text_node:
            parts.append(item.text_content or "")
            continue
        tag = item.tag
        if tag in _SKIP_TAGS or tag == "-comment":
            continue
        if tag == "a" and _is_more_link(item):
            continue
        if _is_credit_element(item):
            text = node_text(item)
            if text:
                credits.append(text)
            continue
        block = tag in _BLOCK_TAGS
        if block:
            parts.append(" ")
            stack.append(" ")
        stack.extend(reversed(list(item.iter(include_text=True))))
    text = clean("".join(parts))
    last = _last_element(node)
    if not credits and last is not None:
        # A short name element after the caption text: "<span>Text.</span><span>Name/dpa</span>".
        tail = _visible_text(last)
        if (
            tail
            and tail != text
            and text.endswith(tail)
            and len(tail) <= _MAX_CREDIT_CHARS
            and tail[-1] not in ".!?:"
            and tail.count("(") <= 1
            and len(text) > 2 * len(tail)
            and (
                "/" in tail
                or (tail.startswith("(") and tail.endswith(")"))
                or _looks_like_agency(tail)
                or (_looks_like_name(tail) and text[: -len(tail)].rstrip()[-1:] in '.!?»”"')
            )
        ):
            credits.append(tail)
            text = clean(text[: -len(tail)])
    return text, credits


# A "more" link is at most this long.
_MAX_MORE_LINK = 25


def _is_more_link(link: LexborNode) -> bool:
    """A short link leading on from a caption: "more >", "Mehr »", "Read more"."""
    text = node_text(link)
    if not text or len(text) > _MAX_MORE_LINK:
        return False
    if text[-1] in MORE_LINK_ARROWS:
        return True
    return text.lower().strip(f" .…:{MORE_LINK_ARROWS}") in MORE_LINK_WORDS


def _without_ui_text(text: str) -> str:
    """A clean caption text without toggle-button text ("Bildbeschreibung einblenden")."""
    lowered = text.lower()
    if not any(word in lowered for word in CAPTION_UI_WORDS):
        return text  # (the slow pattern only where it can match)
    return clean(CAPTION_UI_TEXT.sub(" ", text))


def _halved(text: str) -> str:
    """A caption printed twice (a mobile and a desktop copy read as one) once: "A. A." -> "A."."""
    size = len(text)
    for gap in (0, 1):
        half = (size - gap) // 2
        if (
            half
            and 2 * half + gap == size
            and (not gap or text[half] == " ")
            and text[:half] == text[half + gap :]
        ):
            return text[:half]
    return text


def _last_element(node: LexborNode) -> LexborNode | None:
    """The caption's last child element when it has at least two (else None).

    Single wrappers are looked through, a few levels deep:
    ``<span><p>Text</p><span>Credit</span></span>``.
    """
    current = node
    for _ in range(_WRAPPER_LEVELS):
        elements = [c for c in current.iter() if c.tag not in _SKIP_TAGS and c.tag != "-comment"]
        if len(elements) >= 2:
            return elements[-1]
        if len(elements) != 1 or elements[0].tag not in ("p", "div", "span"):
            return None
        current = elements[0]
    return None


def _clean_credit(text: str) -> str | None:
    """A credit without label and brackets: "(Foto: Jane Roe/dpa)" -> "Jane Roe/dpa"."""
    text = clean(text).strip(" |;")
    if text[:1] in "([（" and text[-1:] in ")]）":
        text = text[1:-1].strip()
    for prefix in ("CreditCredit", "Credit"):
        rest = text[len(prefix) : len(prefix) + 1]
        if text.startswith(prefix) and (rest.isupper() or rest == " "):
            text = text[len(prefix) :].lstrip(" :")
            break
    labelled = CREDIT_LABEL_HINT.search(text.lower()) is not None
    label = CREDIT_LABEL_PREFIX.match(text) if labelled else None
    if label is not None and label.end() < len(text):
        text = text[label.end() :]
    repeat = CREDIT_LABEL_PREFIX.search(text) if labelled else None
    if repeat is not None and text[: repeat.start()].strip() == text[repeat.end() :].strip():
        text = text[: repeat.start()]  # "X Photo: X", the credit printed twice
    text = text.strip()
    if text.endswith(".") and not text[-3:-1].isupper():
        text = text[:-1]
    if not any(ch.isalpha() for ch in text):
        return None  # a footnote number or a stray symbol
    return text or None


# ----------------------------------------------------------------------------- structure


def _ancestors(node: LexborNode) -> list[LexborNode]:
    out = []
    current = node.parent
    while current is not None and current.tag not in ("html", "-document"):
        out.append(current)
        current = current.parent
    return out


def _scope(doc: Document, container: LexborNode | None) -> LexborNode | None:
    """The article's region: where its images (lead image included) sit."""
    body = doc.tree.body
    h1 = doc.h1s[0] if doc.h1s else None
    if container is not None and h1 is not None:
        h1_chain = {n.mem_id for n in _ancestors(h1)}
        for node in [container, *_ancestors(container)]:
            if node.mem_id in h1_chain:
                if node.tag not in ("body", "html"):
                    return node
                break
    for start in (h1, container):
        if start is None:
            continue
        for node in [start, *_ancestors(start)]:
            if node.tag in ("article", "main"):
                return node
    if container is not None:
        return container.parent or container
    article = doc.tree.css_first("article")
    return article if article is not None else body


def _excluded(node: LexborNode, scope: LexborNode, cache: dict[int, bool]) -> bool:
    """Whether ``node`` sits in a rail, teaser, ad or author box below ``scope``."""
    path: list[int] = []
    current: LexborNode | None = node
    stop = scope.mem_id
    verdict = False
    while current is not None and current.mem_id != stop:
        known = cache.get(current.mem_id)
        if known is not None:
            verdict = known
            break
        path.append(current.mem_id)
        if current.tag in NOT_ARTICLE_TAGS:
            verdict = True
            break
        attrs = current.attributes
        marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if len(marks) > 1 and _marked(NOT_ARTICLE_CLASS, marks):
            verdict = True
            break
        current = current.parent
    for mem_id in path:
        cache[mem_id] = verdict
    return verdict


def _related(a: LexborNode, b: LexborNode) -> bool:
    """Whether one of the two nodes contains the other."""
    return any(n.mem_id == b.mem_id for n in _ancestors(a)) or any(
        n.mem_id == a.mem_id for n in _ancestors(b)
    )


def _is_card(parent: LexborNode) -> bool:
    """Whether ``parent``'s children are a story card: a linked headline, at most one paragraph."""
    headline = False
    paragraphs = 0
    for child in parent.iter():
        tag = child.tag
        if tag == "p":
            paragraphs += 1
            if paragraphs > 1:
                return False  # running text: the unit sits in the body
        elif tag in _HEADING_TAGS:
            headline = headline or child.css_first("a[href]") is not None
        elif tag == "a" and child.attributes.get("href"):
            headline = headline or child.css_first(_HEADING_SELECTOR) is not None
    return headline


class _Contents(NamedTuple):
    """The links and the media elements (``IMAGE_SELECTOR``) of an image unit, in page order."""

    links: list[LexborNode]
    media: list[LexborNode]


def _contents(unit: LexborNode) -> _Contents:
    """What :func:`_is_teaser_or_video` and :func:`_unit_url` look at: one query for both."""
    links: list[LexborNode] = []
    media: list[LexborNode] = []
    for node in unit.css(_LINKS_AND_MEDIA):
        (links if node.tag == "a" else media).append(node)
    return _Contents(links, media)


def _is_teaser_or_video(
    unit: LexborNode, caption: LexborNode | None, scope_id: int, contents: _Contents
) -> bool:
    """A card linking to another story (a link with headline text), or a video player."""
    for link in contents.links:
        href = link.attributes.get("href") or ""
        if href.startswith("#") or len(node_text(link)) < _TEASER_LINK_CHARS:
            continue
        if caption is not None and _related(link, caption):
            continue
        return True
    card = unit.parent
    if card is not None and card.mem_id != scope_id and _is_card(card):
        return True  # picture + linked headline: a card for another story
    current: LexborNode | None = unit
    for _ in range(VIDEO_LEVELS + 1):
        if current is None:
            break
        if _marked(VIDEO_CLASS, _class(current)):
            return True
        current = current.parent
    if caption is not None and _marked(VIDEO_CLASS, _class(caption)):
        return True
    tags = {node.tag for node in contents.media}
    return tags.isdisjoint(_PICTURE_TAGS) and "video" in tags


def _in_figure(node: LexborNode) -> bool:
    current = node.parent
    for _ in range(_FIGURE_LEVELS):
        if current is None:
            return False
        if current.tag in ("figure", "figcaption"):
            return True
        current = current.parent
    return False


def _is_caption(node: LexborNode) -> bool:
    if node.tag == "figcaption":
        return True
    attrs = node.attributes
    if (attrs.get("itemprop") or "").lower() == "caption":
        return True
    return _marked(CAPTION_CLASS, attrs.get("class") or "")


def _class(node: LexborNode) -> str:
    """The node's ``class`` ("" without one)."""
    return node.attributes.get("class") or ""


@lru_cache(maxsize=_MARKS_CACHE)
def _marked(pattern: re.Pattern[str], marks: str) -> bool:
    """Whether ``pattern`` occurs in ``marks`` (a class or id), lower-cased as patterns expect.

    Cached: pages repeat their class names, and the patterns are long alternations.
    """
    return pattern.search(marks.lower()) is not None


def _visible_text(node: LexborNode) -> str:
    """The text of ``node`` without script, style and other never-shown elements.

    (:func:`~newsparse._text.node_text` keeps the text of a ``<script>`` inside the element.)
    """
    if node.css_first("script, style, template, noscript") is None:
        return node_text(node)
    parts: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_text_node:
            parts.append(current.text_content or "")
            continue
        stack.extend(
            child
            for child in reversed(list(current.iter(include_text=True)))
            if child.is_text_node or child.tag not in _SKIP_TAGS
        )
    return clean("".join(parts))


def _text_longer_than(node: LexborNode, limit: int) -> bool:
    """Whether the visible text under ``node`` (scripts left out) exceeds ``limit`` chars."""
    total = 0
    # Depth first with one child iterator per level, so a wide element (a whole article
    # body) is read only as far as needed, not listed child by child first.
    stack = [node.iter(include_text=True)]
    while stack:
        for child in stack[-1]:
            if child.is_text_node:
                total += len((child.text_content or "").strip())
                if total > limit:
                    return True
            elif child.tag not in _SKIP_TAGS:
                stack.append(child.iter(include_text=True))
                break
        else:
            stack.pop()
    return False


def _unit_of(caption: LexborNode, text: str, scope_id: int) -> LexborNode | None:
    """The element holding the caption's image: its <figure>, else a small image holder.

    A caption with no image near it is kept (as the caption itself) only when its markup
    says it is an image caption: ``figcaption``, ``itemprop=caption`` or a strong class.
    """
    current = caption.parent
    for _ in range(_FIGURE_LEVELS):
        if current is None or current.mem_id == scope_id:
            break
        if current.tag == "figure":
            return current
        current = current.parent
    current = caption.parent
    for _ in range(_HOLDER_LEVELS):
        if current is None or current.mem_id == scope_id:
            break
        if current.css_first(IMAGE_SELECTOR) is not None:
            if not _text_longer_than(current, len(text) + _HOLDER_SLACK):
                return current
            break
        current = current.parent
    attrs = caption.attributes
    if (
        caption.tag == "figcaption"
        or (attrs.get("itemprop") or "").lower() == "caption"
        or _marked(STRONG_CAPTION_CLASS, attrs.get("class") or "")
    ):
        return caption
    return None


def _src_url(doc: Document, value: str | None) -> str | None:
    if not value or PLACEHOLDER_SRC.search(value.strip().lower()):
        return None
    return doc.absolute(value.strip())


def _srcset_url(doc: Document, srcset: str | None) -> str | None:
    if not srcset:
        return None
    first = srcset.strip().split(",")[0].strip().split(" ")[0]
    return _src_url(doc, first)


def _unit_url(
    doc: Document, unit: LexborNode, media: list[LexborNode]
) -> tuple[str | None, str | None]:
    """``(url, alt)`` of the unit's picture (``media``: its media elements)."""
    alt: str | None = None
    for img in media:
        if img.tag not in _IMG_TAGS:
            continue
        attrs = img.attributes
        own_alt = clean(attrs.get("alt") or "") or None
        alt = alt or own_alt
        for attr in _IMG_SRC_ATTRS:
            url = _src_url(doc, attrs.get(attr))
            if url:
                return url, own_alt or alt
        for attr in _SRCSET_ATTRS:
            url = _srcset_url(doc, attrs.get(attr))
            if url:
                return url, own_alt or alt
    for source in unit.css("picture source"):
        for attr in _SRCSET_ATTRS:
            url = _srcset_url(doc, source.attributes.get(attr))
            if url:
                return url, alt
    return None, alt


# ----------------------------------------------------------------------------- assembly


def _unit_credit(unit: LexborNode, caption_node: LexborNode | None) -> str | None:
    """A credit element of the unit outside its caption ("<span class=credit>" beside it)."""
    for node in unit.css("[class], [itemprop]"):
        if (
            _is_credit_element(node)
            and node.css_first(IMAGE_SELECTOR) is None
            and (caption_node is None or not _related(node, caption_node))
        ):
            text = _visible_text(node)
            if text and len(text) <= _MAX_CREDIT_CHARS + 40:
                return _clean_credit(text)
    return None


def _image(
    doc: Document, unit: LexborNode, caption_node: LexborNode | None, media: list[LexborNode]
) -> Image | None:
    url, alt = _unit_url(doc, unit, media) if unit is not caption_node else (None, None)
    caption: str | None = None
    credit: str | None = None
    if caption_node is not None:
        text, credits = _caption_parts(caption_node)
        text = _halved(_without_ui_text(text))
        credits = [c for c in credits if not any(c != o and c in o for o in credits)]
        if credits and text.startswith("/") and _looks_like_name(text[1:]):
            credits.append(text)  # "Photo by <span>X</span> /Getty Images": all credit
            text = ""
        if credits:
            credit = _clean_credit(" ".join(credits))
            text, extra = split_photo_credit(text)
            credit = credit or (_clean_credit(extra) if extra else None)
        else:
            text, extra = split_photo_credit(text)
            credit = _clean_credit(extra) if extra else None
        caption = CAPTION_LABEL.sub("", text) or None
        if credit is None and unit is not caption_node:
            credit = _unit_credit(unit, caption_node)
        if credit is None:
            after = _next_element(caption_node)
            line = (
                _visible_text(after)
                if after is not None
                and _plain_text_element(after)
                and not _text_longer_than(after, _MAX_CREDIT_CHARS)
                else ""
            )
            credit = _clean_credit(line) if _credit_only(line) else None
    else:
        credit = _unit_credit(unit, None)
        attribute = _data_caption(unit)
        if attribute and len(attribute) <= _MAX_CAPTION:
            text, extra = split_photo_credit(attribute)
            caption = text or None
            credit = credit or (_clean_credit(extra) if extra else None)
    if caption is not None and credit is not None and caption == credit:
        caption = None  # a name printed once as the credit, not a caption
    if not (url or caption):
        return None
    return Image(url=url, caption=caption, credit=credit, alt=alt)


def _next_element(node: LexborNode) -> LexborNode | None:
    current = node.next
    while current is not None and not current.is_element_node:
        current = current.next
    return current


def _credit_only(text: str) -> str | None:
    """``text`` as a credit when it is nothing but one ("Image: Jane Roe", "Getty Images")."""
    if not text or len(text) > _MAX_CREDIT_CHARS:
        return None
    caption, credit = split_photo_credit(text)
    if not caption and credit:
        return credit
    if text.lower().rstrip(".") in STANDALONE_CREDITS or _looks_like_agency(text):
        return text
    return None


def _plain_text_element(node: LexborNode | None) -> bool:
    return (
        node is not None
        and node.tag in _SIBLING_CAPTION_TAGS
        and node.css_first(_NOT_SIBLING_CAPTION) is None
    )


def _sibling_caption_unit(
    img: LexborNode, units: dict[int, tuple[LexborNode, LexborNode | None]]
) -> tuple[LexborNode, LexborNode] | None:
    """A caption written as the element right after a picture, without caption markup.

    Two shapes count: the image's alt text repeated there
    (``<img alt="Friedrich Merz"><p>Friedrich Merz</p>``, one caption, the alt stays in
    ``Image.alt``), and a short text followed by a credit line
    (``<img><p>Text.</p><p>Image: Jane Roe</p>``).
    """
    node = img
    for _ in range(_SIBLING_LEVELS):
        parent = node.parent
        if parent is None or parent.mem_id in units:
            return None
        if parent.tag == "a":
            return None  # a linked picture with its title: a teaser card
        sibling = _next_element(node)
        while (
            sibling is not None
            and not _text_longer_than(sibling, 0)
            and sibling.css_first(IMAGE_SELECTOR) is None
        ):
            sibling = _next_element(sibling)  # skip empty spacers
        if sibling is None:
            node = parent
            continue
        # Cheap checks first: the sibling may be a large block of the body.
        if not _plain_text_element(sibling) or _text_longer_than(
            sibling, _SIBLING_CAPTION_CHARS + _ALT_CAPTION_SLACK
        ):
            return None
        text = _visible_text(sibling)
        alt = clean(img.attributes.get("alt") or "")
        if len(alt) >= _MIN_ALT_CAPTION and text.startswith(alt):
            rest = text[len(alt) :].strip()
            # Whatever follows the repeated alt must be a photo credit (not a role/date).
            if len(rest) <= _ALT_CAPTION_SLACK and (
                not rest or split_photo_credit(f"{alt}. {rest}")[1] is not None
            ):
                return parent, sibling
            return None
        after = _next_element(sibling)
        if (
            text
            and len(text) <= _SIBLING_CAPTION_CHARS
            and after is not None
            and _plain_text_element(after)
            and not _text_longer_than(after, _MAX_CREDIT_CHARS)
            and _credit_only(_visible_text(after))
        ):
            return parent, sibling
        return None
    return None


def _attribute_caption_unit(
    doc: Document, node: LexborNode, units: dict[int, tuple[LexborNode, LexborNode | None]]
) -> None:
    """Register an image captioned by attribute: ``data-caption`` or ``aria-describedby``."""
    unit = node if node.tag != "img" else node.parent
    if unit is None or unit.css_first("img") is None:
        return
    for ancestor in [unit, *_ancestors(unit)[:_FIGURE_LEVELS]]:
        known = units.get(ancestor.mem_id)
        if known is not None and known[1] is not None:
            return  # already captioned by markup
    described = node.attributes.get("aria-describedby") or ""
    if node.tag == "img" and _SAFE_ID.match(described):
        target = doc.tree.css_first(f"#{described}")
        if (
            target is not None
            and _visible_text(target)
            and target.css_first(IMAGE_SELECTOR) is None
        ):
            units[unit.mem_id] = (unit, target)
        return
    if unit.mem_id not in units:
        units[unit.mem_id] = (unit, None)


def _data_caption(unit: LexborNode) -> str:
    """The ``data-caption`` of the unit or of an element in it, tags stripped."""
    holder = unit if unit.attributes.get("data-caption") else unit.css_first("[data-caption]")
    raw = (holder.attributes.get("data-caption") or "") if holder is not None else ""
    return clean(_TAG.sub(" ", unescape(raw))) if raw else ""


def _candidates(scope: LexborNode) -> tuple[list[LexborNode], list[LexborNode], list[LexborNode]]:
    """Figures and caption elements, images, and elements captioned by attribute in ``scope``.

    One CSS query finds all three (each query walks the whole region), and the nodes are
    sorted into the three lists in page order.
    """
    captions: list[LexborNode] = []
    images: list[LexborNode] = []
    attributed: list[LexborNode] = []
    seen: set[int] = set()
    for node in scope.css(_CANDIDATES):
        if node.mem_id in seen:
            continue  # Lexbor gives a node once per selector it matches
        seen.add(node.mem_id)
        tag = node.tag
        attrs = node.attributes
        if tag == "img":
            images.append(node)
            if "aria-describedby" in attrs or "data-caption" in attrs:
                attributed.append(node)
            continue  # (an image is never its own caption)
        if "data-caption" in attrs:
            attributed.append(node)
            if tag != "figure" and not _matches(node, CAPTION_SELECTOR):
                continue
        captions.append(node)
    return captions, images, attributed


def _matches(node: LexborNode, selector: str) -> bool:
    """Whether ``node`` itself (not only an element inside it) matches ``selector``."""
    first = node.css_first(selector)
    return first is not None and first.mem_id == node.mem_id


def _dom_images(doc: Document, scope: LexborNode) -> list[Image]:
    scope_id = scope.mem_id
    units: dict[int, tuple[LexborNode, LexborNode | None]] = {}
    captions, imgs, attributed = _candidates(scope)
    for node in captions:
        if node.tag == "figure":
            if node.mem_id not in units:
                units[node.mem_id] = (node, None)
            continue
        if not _is_caption(node) or "teaser" in _class(node).lower():
            continue
        if node.tag in _NOT_CAPTION_TAGS and not _in_figure(node):
            continue  # a box title with a "caption" class
        if node.css_first(_NOT_CAPTION_CONTENT) is not None:
            continue  # holds the picture itself, or a byline, a date, a teaser
        text = _visible_text(node)
        if not text or len(text) > _MAX_CAPTION:
            continue
        unit = _unit_of(node, text, scope_id)
        if unit is None:
            continue
        known = units.get(unit.mem_id)
        if known is not None and known[1] is not None:
            continue  # the unit's outer caption came first; a nested one adds nothing
        units[unit.mem_id] = (unit, node)
    for img in imgs:
        found_unit = _sibling_caption_unit(img, units)
        if found_unit is not None:
            units[found_unit[0].mem_id] = found_unit
    for node in attributed:
        _attribute_caption_unit(doc, node, units)
    images: list[Image] = []
    seen: set[tuple[str | None, str | None]] = set()
    by_caption: dict[str, int] = {}
    cache: dict[int, bool] = {}
    for unit, caption_node in units.values():
        if _excluded(unit, scope, cache):
            continue
        contents = _contents(unit)
        if _is_teaser_or_video(unit, caption_node, scope_id, contents):
            continue
        if unit.tag == "figure" and not contents.media:
            # A figure without media holds a quote, a byline or a chart: no image caption
            # unless the caption's own markup says so.
            cls = _class(caption_node) if caption_node is not None else ""
            if not _marked(STRONG_CAPTION_CLASS, cls):
                continue
        image = _image(doc, unit, caption_node, contents.media)
        if image is None:
            continue
        # One picture in several crops (same path, other query) is one image.
        key = ((image.url or "").split("?", 1)[0] or None, image.caption)
        if key in seen or (image.caption is None and (key[0], None) in seen):
            continue
        seen.add(key)
        if image.caption is not None:
            # The same caption again: a <noscript>, mobile or lightbox copy of one picture.
            index = by_caption.get(image.caption)
            if index is not None:
                if images[index].url is None and image.url is not None:
                    images[index] = images[index].model_copy(update={"url": image.url})
                continue
            by_caption[image.caption] = len(images)
        images.append(image)
    return images


# Metadata holding the page's title and summary, which some CMSs copy into image captions.
_TITLE_META = ("og:title", "twitter:title", "og:description", "twitter:description", "description")


def _page_titles(doc: Document) -> set[str]:
    """The headline and description of the page (JSON-LD and meta), case-folded."""
    titles = set()
    article = doc.article_ld
    if article is not None:
        for key in ("headline", "name", "alternativeHeadline", "description"):
            value = article.text(key)
            if value:
                titles.add(clean(value).casefold())
    for key in _TITLE_META:
        for value in doc.meta.get(key, ()):
            titles.add(value.casefold())
    return titles


def _jsonld_images(doc: Document) -> list[Image]:
    article = doc.article_ld
    if article is None:
        return []
    images: list[Image] = []
    titles = _page_titles(doc)
    seen: set[str] = set()
    for node in article.nodes("image"):
        raw = node.text("caption") or node.text("description")
        if not raw:
            continue
        caption, credit = split_photo_credit(raw)
        if not caption or caption.casefold() in titles or caption in seen:
            continue  # the headline or description copied into the image; another crop
        seen.add(caption)
        url = doc.absolute(node.text("url") or node.text("contentUrl"))
        credit = credit or node.text("creditText") or node.text("copyrightHolder")
        images.append(Image(url=url, caption=caption, credit=_clean_credit(credit or "")))
    return images


def extract_images(doc: Document, container: LexborNode | None) -> Found[tuple[Image, ...]] | None:
    """The article's images with captions and credits, in page order.

    ``container`` is the body container (may be ``None``); the lead image above it
    counts. Falls back to the JSON-LD article ``image`` captions, then ``og:image``.
    """
    scope = _scope(doc, container)
    images = _dom_images(doc, scope) if scope is not None else []
    if any(i.caption for i in images):
        return found(tuple(images), Strategy.DOM, "figure")
    ld_images = _jsonld_images(doc)
    if ld_images:
        return found(tuple(ld_images), Strategy.JSON_LD, "article.image.caption")
    if images:
        return found(tuple(images), Strategy.DOM, "figure")
    lead = doc.meta_first("og:image", "twitter:image")
    if lead:
        url = doc.absolute(lead[1])
        if url:
            return found((Image(url=url),), Strategy.META, lead[0])
    return None
