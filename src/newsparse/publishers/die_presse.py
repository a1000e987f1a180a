"""Die Presse (diepresse.com): the story is the direct children of ``div.article__body``.

Studied on a guest commentary from June 2025. ``div#article-body.article__body`` opens
with ``aside.article__aside`` (date and author), then holds the story's ``p`` paragraphs
and ``h2`` subheadings as direct children, between ``div.fm-box`` fact boxes (a
"Hinweis:" on guest commentaries, "Die Autorin" with a short bio) and ad slots. Guest
commentaries from Project Syndicate end with one ``p`` whose lines, separated by
``<br>``, are the translator's note ("Aus dem Englischen von ...") and the copyright
("Copyright: Project Syndicate, 2025"). A CSS rule would read that ``p`` as one text
with its lines glued together, so the body is a function, :func:`presse_body`: it reads
the direct ``p``/``h2`` children, one block per ``<br>``-separated line, and drops the
translator's note; the generic credit extractor then takes the copyright line as the
credit, as it does without rules.

Headline, standfirst (``p.lead``), author, date and captions are read well by the
generic extractor.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean
from newsparse.model import Block, BlockKind
from newsparse.rules import RuleSet

_TRANSLATOR_NOTE = re.compile(r"^Aus dem \w+ von \S")


def _pieces(node: LexborNode) -> list[str | None]:
    """The text pieces inside ``node`` in order, ``None`` for each ``<br>`` (at any depth)."""
    pieces: list[str | None] = []
    for child in node.iter(include_text=True):
        if child.tag == "br":
            pieces.append(None)
        elif child.tag == "-text":
            pieces.append(child.text(deep=False, strip=False))
        else:
            pieces.extend(_pieces(child))
    return pieces


def _lines(node: LexborNode) -> list[str]:
    """The texts of ``node`` between its ``<br>`` elements."""
    lines: list[str] = []
    current: list[str] = []
    for piece in _pieces(node):
        if piece is None:
            lines.append(clean("".join(current)))
            current = []
        else:
            current.append(piece)
    lines.append(clean("".join(current)))
    return [line for line in lines if line]


def presse_body(doc: Document) -> tuple[Block, ...] | None:
    """The direct ``p`` and ``h2`` children of ``div.article__body``, split at ``<br>``."""
    body = doc.tree.css_first("div.article__body")
    if body is None:
        return None
    blocks: list[Block] = []
    for child in body.iter(include_text=False):
        if child.tag == "h2":
            text = clean(child.text(deep=True, separator="", strip=False))
            if text:
                blocks.append(Block(kind=BlockKind.HEADING, text=text))
        elif child.tag == "p":
            blocks.extend(
                Block(text=line) for line in _lines(child) if not _TRANSLATOR_NOTE.match(line)
            )
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="Die Presse",
    domains=("diepresse.com",),
    body=presse_body,
)
