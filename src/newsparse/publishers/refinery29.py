"""Refinery29 (refinery29.com): a body of one-``div`` sections, bold names as subheadings.

Studied on a fashion story from December 2016. Headline (``h1.title``) and author
(``div.byline.main-contributors``) are read well by the generic extractor; the page
prints no date (the ``div.byline.modified`` box is filled by a script). The body
``section.body`` is a run of ``div.section-outer-container`` sections, each holding one
``div.section-text`` with the text itself (no ``p``), with ad boxes
(``div.after-section-content``) between them. Roundups introduce each entry with a
section set wholly in bold, the person's name (``<a><strong>Timothy Goodman</strong></a>``),
followed by its text sections ("The statement: ..."). The generic extractor dropped
those name lines, leaving the entries without their subject. CSS cannot tell a section
set wholly in bold from one that starts with a bold label, so the body is a function,
:func:`refinery29_body`: every ``div.section-text`` is a paragraph, except those whose
words are all bold, which are subheadings.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.model import Block, BlockKind
from newsparse.rules import RuleSet

_SECTIONS = "article section.body div.section-container > div.section-text"
_NON_WORD = re.compile(r"\W+")


def _outermost_bold(node: LexborNode) -> list[LexborNode]:
    """The ``strong``/``b`` elements of ``node`` that are not inside another one."""
    out = []
    for bold in node.css("strong, b"):
        parent = bold.parent
        while parent is not None and parent.mem_id != node.mem_id:
            if parent.tag in ("strong", "b"):
                break
            parent = parent.parent
        else:
            out.append(bold)
    return out


def _wholly_bold(node: LexborNode, text: str) -> bool:
    """Whether all the words of ``node`` are inside its ``strong``/``b`` elements."""
    inner = "".join(node_text(n) for n in _outermost_bold(node))
    return bool(inner) and _NON_WORD.sub("", inner) == _NON_WORD.sub("", text)


def refinery29_body(doc: Document) -> tuple[Block, ...] | None:
    """The text sections, with the sections set wholly in bold as subheadings."""
    blocks: list[Block] = []
    for node in doc.tree.css(_SECTIONS):
        text = node_text(node)
        if not text:
            continue
        kind = BlockKind.HEADING if _wholly_bold(node, text) else BlockKind.PARAGRAPH
        blocks.append(Block(kind=kind, text=text))
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="Refinery29",
    domains=("refinery29.com",),
    body=refinery29_body,
)
