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

from newsparse._document import Document
from newsparse.model import Author, Block, BlockKind
from newsparse.publishers._blocks import child_blocks
from newsparse.rules import Field, RuleSet, Select

_NAME = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")


def _blocks(doc: Document) -> tuple[str | None, list[Block]]:
    """The printed byline (or ``None``) and the story blocks of ``div.entry-content``."""
    content = doc.tree.css_first("article div.entry-content")
    if content is None:
        return None, []
    blocks = child_blocks(content, bold_headings=True)
    # A bold name alone before the story is its byline, not a subheading.
    if blocks and blocks[0].kind is BlockKind.HEADING and _NAME.match(blocks[0].text):
        return blocks[0].text, blocks[1:]
    return None, blocks


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
