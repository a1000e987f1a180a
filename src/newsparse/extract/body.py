"""The body: find the main text container by scoring, then read its blocks in order.

Scoring follows the idea every good extractor shares (readability, trafilatura): text in
paragraphs votes for the element that holds it (fully for the parent, half for the
grandparent), link-heavy and boilerplate-labelled elements are penalised, and the best
container's blocks are read in document order, skipping boilerplate inside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean, node_text
from newsparse.heuristics.vocab import BOILERPLATE_TOKENS, NON_CONTENT_TAGS, class_tokens
from newsparse.model import Block, BlockKind, Source, Strategy

__all__ = ["BodyResult", "extract_body"]

_MIN_PARAGRAPH_CHARS = 25
_POSITIVE_TOKENS = frozenset(
    {
        "article",
        "content",
        "story",
        "body",
        "text",
        "entry",
        "post",
        "main",
        "prose",
        "artikel",
        "richtext",
        "paywall",
    }
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SKIP_TAGS = frozenset(NON_CONTENT_TAGS) | {
    "figure",
    "figcaption",
    "picture",
    "img",
    "video",
    "audio",
    "table",
    "h1",
}
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "ul",
        "ol",
        "li",
        "blockquote",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "table",
        "header",
        "footer",
        "aside",
        "main",
        "dl",
        "pre",
        "hr",
        "br",
    }
)


class BodyResult(NamedTuple):
    """The body blocks, the container they came from, and provenance."""

    blocks: tuple[Block, ...]
    container: LexborNode | None
    source: Source | None


def _tokens(node: LexborNode) -> frozenset[str]:
    attrs = node.attributes
    return class_tokens(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


def _is_boilerplate(node: LexborNode) -> bool:
    if node.tag in NON_CONTENT_TAGS:
        return True
    attrs = node.attributes
    if (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or attrs.get("role") in ("navigation", "complementary", "banner", "contentinfo")
    ):
        return True
    tokens = _tokens(node)
    return bool(tokens & BOILERPLATE_TOKENS) and not (tokens & _POSITIVE_TOKENS)


def _link_chars(node: LexborNode) -> int:
    return sum(len(clean(a.text())) for a in node.css("a"))


def _score_containers(root: LexborNode) -> LexborNode | None:
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in root.css("p"):
        text = node_text(p)
        if len(text) < _MIN_PARAGRAPH_CHARS:
            continue
        links = _link_chars(p)
        if links > 0.5 * len(text):
            continue
        score = 1 + text.count(",") + min(len(text) / 100, 3)
        parent = p.parent
        for weight in (1.0, 0.5):
            if parent is None or parent.tag == "html":
                break
            key = parent.mem_id
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + score * weight
            parent = parent.parent
    if not scores:
        return None
    for key, node in nodes.items():
        tokens = _tokens(node)
        if tokens & _POSITIVE_TOKENS:
            scores[key] *= 1.25
        if _is_boilerplate(node):
            scores[key] *= 0.2
    best = max(scores, key=scores.__getitem__)
    return nodes[best]


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _has_block_child(node: LexborNode) -> bool:
    return any(c.tag in _BLOCK_TAGS for c in _children(node))


def _walk(container: LexborNode) -> Iterator[Block]:
    stack = list(reversed(list(_children(container))))
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag is None or tag.startswith("-") or tag in _SKIP_TAGS or _is_boilerplate(node):
            continue
        if tag in _HEADINGS:
            text = node_text(node)
            if text:
                yield Block(kind=BlockKind.HEADING, text=text)
            continue
        if tag == "p" or (tag in ("div", "span", "section") and not _has_block_child(node)):
            text = node_text(node)
            if text and _link_chars(node) < 0.6 * len(text):
                yield Block(kind=BlockKind.PARAGRAPH, text=text)
            continue
        if tag == "li":
            text = node_text(node)
            if text and not _has_block_child(node) and _link_chars(node) < 0.6 * len(text):
                yield Block(kind=BlockKind.LIST_ITEM, text=text)
                continue
        if tag == "blockquote" and not _has_block_child(node):
            text = node_text(node)
            if text:
                yield Block(kind=BlockKind.QUOTE, text=text)
            continue
        stack.extend(reversed(list(_children(node))))


def extract_body(doc: Document) -> BodyResult:
    """Find the body container and read its blocks."""
    root = doc.tree.body
    if root is None:
        return BodyResult((), None, None)
    container = _score_containers(root)
    if container is None:
        return BodyResult((), None, None)
    blocks = tuple(_walk(container))
    detail = f"scored container <{container.tag}>"
    return BodyResult(blocks, container, Source(strategy=Strategy.DOM, detail=detail))
