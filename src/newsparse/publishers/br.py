"""BR24 (br.de): a body function that keeps editorial notes out of the paragraphs.

Studied on pages from April and August 2024 (a Next.js layout whose CSS-module class
names end in build hashes, e.g. ``ArticleModuleText_wrapper__K51YM`` in April and
``__AyX6M`` in August, so the rules match on the stable id ``#articlebody`` and on class
*prefixes*). The body ``section#articlebody`` is a run of
``section[class^="ArticleModuleText_wrapper"]`` modules, each with one text ``div``
(``ArticleModuleText_content`` in April, ``RichText_richText`` in August) of ``p``,
``h2`` and ``ul`` children. Headline (``h2`` in the header; the breadcrumb ``h1``), authors
(``ArticleModuleTeaser_authorName``), date, standfirst (``ArticleItemTeaserText_text``)
are read well by the generic extractor.

BR prints editorial notes as paragraphs set wholly in italics (``<p><em>...</em></p>``):
the newsletter promotion ("Hier ist Bayern": Der BR24 Newsletter ...) and, in news
tickers, the sources note ("Mit Informationen der ARD-Korrespondentinnen ..."); a ticker
also opens with a paragraph set wholly in bold over a list ("Die wichtigsten News ...
im Überblick"), a subheading in all but markup. The generic extractor read all of them
as paragraphs. CSS cannot tell a wholly-italic paragraph from one with an italic word,
so the body is a function, :func:`br_body`: it reads the ``p``, ``h2``, ``h3`` and list
items of the text modules, skips wholly-italic paragraphs and promotion lines that are
mostly a link ("Das ist die Europäische Perspektive bei BR24."), and reads a
wholly-bold paragraph as a subheading.

The August page is a live ticker whose JSON-LD ``headline`` is a different, SEO title
("Krieg in Israel und Gaza im News-Ticker vom ...") that the page does not show; the
headline the reader sees (and the generic extractor reads) is the ``h2``.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.model import Block, BlockKind
from newsparse.rules import RuleSet

_TEXT = "section#articlebody > section[class^='ArticleModuleText_wrapper'] > div"
_MODULES = f"{_TEXT} > p, {_TEXT} > h2, {_TEXT} > h3, {_TEXT} > ul > li"
_NON_WORD = re.compile(r"\W+")


def _wholly(node: LexborNode, text: str, tags: str) -> bool:
    """Whether all the words of ``node`` are inside its ``tags`` children (e.g. ``em, i``)."""
    inner = "".join(node_text(n) for n in node.css(tags))
    return bool(inner) and _NON_WORD.sub("", inner) == _NON_WORD.sub("", text)


def _mostly_link(node: LexborNode, text: str) -> bool:
    """Whether links make up more than half of the words of ``node`` (a promotion line)."""
    linked = sum(len(_NON_WORD.sub("", node_text(a))) for a in node.css("a"))
    return linked * 2 > len(_NON_WORD.sub("", text))


def br_body(doc: Document) -> tuple[Block, ...] | None:
    """The text modules' blocks, without the italic editorial notes and promotion lines."""
    blocks: list[Block] = []
    for node in doc.tree.css(_MODULES):
        text = node_text(node)
        if not text:
            continue
        if node.tag == "li":
            blocks.append(Block(kind=BlockKind.LIST_ITEM, text=text))
        elif node.tag != "p" or _wholly(node, text, "b, strong"):
            blocks.append(Block(kind=BlockKind.HEADING, text=text))
        elif not (_wholly(node, text, "em, i") or _mostly_link(node, text)):
            blocks.append(Block(text=text))
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="BR24",
    domains=("br.de",),
    body=br_body,
)
