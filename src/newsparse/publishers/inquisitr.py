"""The Inquisitr (inquisitr.com): a WordPress body that ends with the lead photo's credit.

Studied on a politics story from December 2016. Headline (``h1.story--header--title``,
``itemprop=headline``), author and date (``time[itemprop=datePublished]``, meta tags) are
read well by the generic extractor. The body ``div.story--content``
(``itemprop=articleBody``) holds ``p`` paragraphs, embedded tweets
(``blockquote.twitter-tweet``, whose ``p`` are the tweet, not the story) and quoted
statements in plain ``blockquote`` elements. The lead photo (``figure.story--header--pic``)
has no caption; its credit is printed as the body's last paragraph, in brackets:
"[Featured Image by Joe Raedle/Getty Images]". The generic extractor read that as a
paragraph of the story. CSS cannot select a paragraph by its text, so the body is a
function, :func:`inquisitr_body`: the story's own paragraphs, subheadings and block
quotes, without bracketed image-credit lines.
"""

from __future__ import annotations

import re

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.model import Block, BlockKind
from newsparse.rules import RuleSet

_BODY = "article div.story--content"
_BLOCKS = (
    f"{_BODY} > p, {_BODY} > h2, {_BODY} > h3, "
    f"{_BODY} > blockquote:not(.twitter-tweet):not(.instagram-media) > p"
)
_IMAGE_CREDIT = re.compile(
    r"^\[\s*(?:Featured\s+)?(?:Image|Photo)s?\s+(?:by|via|from)\b.*\]$", re.I
)


def inquisitr_body(doc: Document) -> tuple[Block, ...] | None:
    """The story's paragraphs, subheadings and quotes, without image-credit lines."""
    blocks: list[Block] = []
    for node in doc.tree.css(_BLOCKS):
        text = node_text(node)
        if not text or _IMAGE_CREDIT.match(text):
            continue
        if node.tag in ("h2", "h3"):
            kind = BlockKind.HEADING
        elif node.parent is not None and node.parent.tag == "blockquote":
            kind = BlockKind.QUOTE
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append(Block(kind=kind, text=text))
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="The Inquisitr",
    domains=("inquisitr.com",),
    body=inquisitr_body,
)
