"""Shared pieces for publisher body functions (not a publisher: the leading ``_`` keeps the
registry from loading it as one).

Several sites print the story as plain children of one container, with subheadings that
are paragraphs set wholly in bold; CSS cannot tell such a paragraph from one with a bold
word in it, so their rule sets read the body with :func:`child_blocks`.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsparse._text import clean, node_text
from newsparse.model import Block, BlockKind

__all__ = ["all_bold", "child_blocks"]

_HEADINGS = ("h2", "h3", "h4")


def all_bold(node: LexborNode, text: str) -> bool:
    """Whether the whole text of ``node`` (``text``) is inside ``strong``/``b`` elements."""
    bold = clean(" ".join(node_text(b) for b in node.css("strong, b")))
    return bold.replace(" ", "") == text.replace(" ", "")


def child_blocks(
    container: LexborNode,
    *,
    bold_headings: bool = False,
    lists: bool = False,
    keep: Callable[[LexborNode, str], bool] | None = None,
) -> list[Block]:
    """The blocks of ``container``'s direct children, in order.

    ``h2``-``h4`` are headings, ``blockquote`` quotes, ``p`` paragraphs (headings when
    ``bold_headings`` and the paragraph is wholly bold); with ``lists``, the items of
    ``ul``/``ol`` are list items. ``keep(node, text)`` may reject a ``p`` (a "Read also"
    line, a staff-credits line).
    """
    blocks: list[Block] = []
    for child in container.iter(include_text=False):
        if lists and child.tag in ("ul", "ol"):
            items = (node_text(li) for li in child.iter(include_text=False) if li.tag == "li")
            blocks.extend(Block(kind=BlockKind.LIST_ITEM, text=t) for t in items if t)
            continue
        text = node_text(child)
        if not text:
            continue
        if child.tag in _HEADINGS:
            blocks.append(Block(kind=BlockKind.HEADING, text=text))
        elif child.tag == "blockquote":
            blocks.append(Block(kind=BlockKind.QUOTE, text=text))
        elif child.tag == "p" and (keep is None or keep(child, text)):
            heading = bold_headings and all_bold(child, text)
            blocks.append(
                Block(kind=BlockKind.HEADING if heading else BlockKind.PARAGRAPH, text=text)
            )
    return blocks
