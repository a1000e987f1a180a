"""Reading the body by a :class:`~newsparse.rules.Body` rule: containers, blocks, captions."""

from __future__ import annotations

from typing import NamedTuple

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.extract.images import split_photo_credit
from newsparse.model import Block, BlockKind, Image
from newsparse.rules.model import Body

__all__ = ["RuleBody", "read_body"]

_IMG_ATTRS = ("src", "data-src", "data-original", "data-lazy-src")
# How far up from a caption to look for the figure holding its image.
_FIGURE_DEPTH = 4


class RuleBody(NamedTuple):
    """What a body rule read: blocks in page order, the (first) container, caption images."""

    blocks: tuple[Block, ...]
    container: LexborNode | None
    images: tuple[Image, ...]


def _inside(node: LexborNode, ids: set[int], root: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Containers that are not inside another matched container."""
    ids = {n.mem_id for n in nodes}
    out = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            out.append(node)
    return out


def _kind(node: LexborNode, rule: Body) -> BlockKind:
    if rule.headings is not None and node.css_matches(rule.headings):
        return BlockKind.HEADING
    if rule.quotes is not None and node.css_matches(rule.quotes):
        return BlockKind.QUOTE
    if rule.list_items is not None and node.css_matches(rule.list_items):
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _image_url(doc: Document, caption: LexborNode) -> str | None:
    node: LexborNode | None = caption.parent
    for _ in range(_FIGURE_DEPTH):
        if node is None:
            return None
        img = node.css_first("img, amp-img")
        if img is not None:
            attrs = img.attributes
            for attr in _IMG_ATTRS:
                value = attrs.get(attr)
                if value and not value.startswith("data:"):
                    return doc.absolute(value)
            srcset = attrs.get("srcset") or attrs.get("data-srcset")
            return doc.absolute(srcset.split(",")[0].split()[0]) if srcset else None
        if node.tag == "figure":
            return None
        node = node.parent
    return None


def _caption_image(doc: Document, caption: LexborNode) -> Image | None:
    text = node_text(caption)
    if not text:
        return None
    text, credit = split_photo_credit(text)
    return Image(url=_image_url(doc, caption), caption=text or None, credit=credit)


def read_body(doc: Document, rule: Body) -> RuleBody | None:
    """Read the body by ``rule``; ``None`` when it finds no block (the caller falls back)."""
    if rule.container is not None:
        roots = _outermost(doc.tree.css(rule.container))
    else:
        roots = [doc.tree.body] if doc.tree.body is not None else []
    selector = ", ".join(
        s for s in (rule.paragraphs, rule.headings, rule.quotes, rule.list_items) if s is not None
    )
    blocks: list[Block] = []
    images: list[Image] = []
    for root in roots:
        work = root.clone() if rule.clean or rule.captions else root
        for css in rule.clean:
            for node in work.css(css):
                node.decompose()
        if rule.captions is not None:
            for caption in work.css(rule.captions):
                image = _caption_image(doc, caption)
                if image is not None and image not in images:
                    images.append(image)
                caption.decompose()
        emitted: set[int] = set()
        for node in work.css(selector):
            if _inside(node, emitted, work):
                continue
            text = node_text(node)
            if text:
                emitted.add(node.mem_id)
                blocks.append(Block(kind=_kind(node, rule), text=text))
    if not blocks:
        return None
    return RuleBody(tuple(blocks), roots[0], tuple(images))
