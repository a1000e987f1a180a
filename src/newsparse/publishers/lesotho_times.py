"""Lesotho Times (lestimes.com): a WordPress site whose byline is a bold line in the story.

Studied on a feature from May 2025. ``article.post`` holds ``header.entry-header``
(``h1.entry-title``, category and date) and ``div.entry-content``: the featured image
(``div.feature-postimg``), an empty ``p``, then the author's name as a paragraph of its
own, all bold (``<p><strong>Mohloai Mpesi</strong></p>``), then the story's ``p``
paragraphs (the first with a bold drop letter, ``<strong>I</strong>N the heart...``).
Subheadings are bold-only paragraphs too (``<p><strong>Reforms</strong></p>``). The
author is in no meta tag or JSON-LD, and the generic extractor read the name and the
subheadings as paragraphs. CSS cannot tell a paragraph that is all bold from one with a
bold word in it, so the body and the authors are functions: in the direct children of
``div.entry-content``, a ``p`` whose whole text is bold is a subheading, except a first
one, before any text, that reads as a name (two to four capitalised words): that is the
byline. The headline is the ``h1.entry-title`` as printed (the meta tags the generic
extractor prefers write its typographic apostrophe as a straight one). Dates are read
well generically (meta tags).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean, node_text
from newsparse.model import Author, Block, BlockKind
from newsparse.rules import Field, RuleSet, Select

_NAME = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")


def _all_bold(node: LexborNode, text: str) -> bool:
    """Whether the whole text of ``node`` is inside ``strong``/``b`` elements."""
    bold = clean(" ".join(node_text(b) for b in node.css("strong, b")))
    return bold.replace(" ", "") == text.replace(" ", "")


def _blocks(doc: Document) -> tuple[str | None, list[Block]]:
    """The printed byline (or ``None``) and the story blocks of ``div.entry-content``."""
    content = doc.tree.css_first("article div.entry-content")
    if content is None:
        return None, []
    byline: str | None = None
    blocks: list[Block] = []
    for child in content.iter(include_text=False):
        text = node_text(child)
        if not text:
            continue
        if child.tag in ("h2", "h3", "h4"):
            blocks.append(Block(kind=BlockKind.HEADING, text=text))
        elif child.tag == "blockquote":
            blocks.append(Block(kind=BlockKind.QUOTE, text=text))
        elif child.tag == "p":
            if _all_bold(child, text):
                if not blocks and byline is None and _NAME.match(text):
                    byline = text
                else:
                    blocks.append(Block(kind=BlockKind.HEADING, text=text))
            else:
                blocks.append(Block(text=text))
    return byline, blocks


def lestimes_body(doc: Document) -> tuple[Block, ...] | None:
    """The story: direct children of ``div.entry-content``, bold-only lines as subheadings."""
    return tuple(_blocks(doc)[1]) or None


def lestimes_authors(doc: Document) -> tuple[Author, ...] | None:
    """The author named in the bold line that opens the story, if there is one."""
    byline = _blocks(doc)[0]
    return (Author(name=byline),) if byline else None


RULES = RuleSet(
    publisher="Lesotho Times",
    domains=("lestimes.com",),
    headline=Field(Select("article header h1.entry-title")),
    authors=lestimes_authors,
    body=lestimes_body,
)
