"""CORRECTIV (correctiv.org): the story is the direct children of ``div.detail__content``.

Studied on an investigation from May 2026 (WordPress). ``div.detail__content`` holds the
story's ``p`` paragraphs, ``h3`` subheadings (in ``b``), a ``figure.figure--editor``
with its caption, a ``blockquote`` call for tips ("Sie arbeiten an ...? Melden Sie
vertraulich ... via Signal"), and, inserted between them by the ad system,
``div.corre-entity-placement`` boxes ("Mehr von CORRECTIV" teasers, a newsletter
sign-up with its own ``h3`` and ``p``). The story ends with the staff credits: one
``p`` of italic lines "Redaktion: ..." / "Faktencheck: ..." separated by ``<br>``,
which the generic extractor read as two paragraphs; a CSS selector cannot tell that
``p`` from an italic paragraph of text, so the body is a function, :func:`correctiv_body`:
the direct ``p``/``h2``-``h4``/``blockquote``/list children, without a ``p`` whose text
is all italic and whose every line is a "Role: names" credit. The call for tips is
kept as a quote (the generic extractor keeps it too: only one page was studied).

Headline (``h1.secondary-title``, under a topic ``span.topline``), standfirst
(``p.detail__excerpt``), authors (``p.detail__authors``), date and captions are read
well by the generic extractor.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import clean
from newsparse.model import Block
from newsparse.publishers._blocks import child_blocks
from newsparse.rules import RuleSet

_CREDIT_LINE = re.compile(r"^[A-ZÄÖÜ][\w/ -]{1,40}:\s+\S")


def _pieces(node: LexborNode, italic: bool = False) -> list[tuple[str, bool] | None]:
    """The text pieces inside ``node`` with whether they are italic; ``None`` for ``<br>``."""
    pieces: list[tuple[str, bool] | None] = []
    for child in node.iter(include_text=True):
        if child.tag == "br":
            pieces.append(None)
        elif child.tag == "-text":
            pieces.append((child.text(deep=False, strip=False), italic))
        else:
            pieces.extend(_pieces(child, italic or child.tag in ("i", "em")))
    return pieces


def _is_staff_credits(node: LexborNode) -> bool:
    """A ``p`` of italic "Role: names" lines ("Redaktion: ...<br>Faktencheck: ...")."""
    lines: list[str] = []
    current: list[str] = []
    for piece in _pieces(node):
        if piece is None:
            lines.append(clean("".join(current)))
            current = []
            continue
        text, italic = piece
        if text.strip() and not italic:
            return False
        current.append(text)
    lines.append(clean("".join(current)))
    lines = [line for line in lines if line]
    return bool(lines) and all(_CREDIT_LINE.match(line) for line in lines)


def correctiv_body(doc: Document) -> tuple[Block, ...] | None:
    """The direct text children of ``div.detail__content``, without the staff credits."""
    body = doc.tree.css_first("div.detail__content")
    if body is None:
        return None
    blocks = child_blocks(body, lists=True, keep=lambda node, _: not _is_staff_credits(node))
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="CORRECTIV",
    domains=("correctiv.org",),
    body=correctiv_body,
)
