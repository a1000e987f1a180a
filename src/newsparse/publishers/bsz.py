"""Braunschweiger Zeitung (braunschweiger-zeitung.de), a FUNKE site: a body rule.

Studied on pages from May 2024 and September 2025 (the FUNKE layout shared with WAZ and
the Hamburger Abendblatt, with Tailwind utility classes). On both, the story text is the
direct ``p`` and ``h3`` children of ``div.article-body``; the 2024 page opens it with
the standfirst (``p.font-medium``, "Riad. Die Boxwelt ..."), which the generic
standfirst takes out of the body again. Inside ``div.article-body`` also sit figures
(``figcaption``), ad slots (``aside``), link lists (``ul``) and, in 2025, boxes such as
a newsletter sign-up (``section[aria-label="Newsletter Anmeldung"]`` with a ``p``),
which the generic extractor read as a paragraph. Reading only the direct children
leaves them out, so one version serves both layouts.

The same template also puts inline teasers among the direct children: a ``p`` holding
only a bold label and a link ("<strong>Lesen Sie auch: </strong><a>...</a>", seen on a
Hamburger Abendblatt page). No CSS selector tells them from text paragraphs that start
in bold and contain a link, so the body is a function: :func:`funke_body` reads the
direct ``p``/``h3`` children and skips a ``p`` whose text is nothing but its ``strong``
label and its links.

Headline (``hgroup h2``), date (``time``), authors (``address``: "Von Felix Schröder und
Jörg Soldwisch, dpa"; the agency is a credit, not an author) and captions are read well
by the generic extractor.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.model import Block, BlockKind
from newsparse.rules import RuleSet

_SPACE = re.compile(r"\W+")


def _bare(text: str) -> str:
    return _SPACE.sub("", text)


def _is_link_teaser(node: LexborNode, text: str) -> bool:
    """A ``p`` that is only a bold label and link(s): "Lesen Sie auch: <link>"."""
    labels = [node_text(n) for n in node.css("strong, b")]
    links = [node_text(n) for n in node.css("a")]
    if not labels or not links:
        return False
    rest = _bare(text)
    for part in (*labels, *links):
        rest = rest.replace(_bare(part), "", 1)
    return not rest


def funke_body(doc: Document) -> tuple[Block, ...] | None:
    """The direct ``p`` and ``h3`` children of ``div.article-body``, without link teasers."""
    body = doc.tree.css_first("div.article-body")
    if body is None:
        return None
    blocks: list[Block] = []
    for child in body.iter(include_text=False):
        if child.tag not in ("p", "h3"):
            continue
        text = node_text(child)
        if not text:
            continue
        if child.tag == "h3":
            blocks.append(Block(kind=BlockKind.HEADING, text=text))
        elif not _is_link_teaser(child, text):
            blocks.append(Block(text=text))
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="Braunschweiger Zeitung",
    domains=("braunschweiger-zeitung.de",),
    body=funke_body,
)
