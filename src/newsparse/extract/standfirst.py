"""The standfirst (dek): the summary shown under the headline."""

from __future__ import annotations

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.extract.base import Found, found
from newsparse.heuristics.vocab import DESCRIPTION_META
from newsparse.model import Strategy

__all__ = ["extract_standfirst"]

# Classes that mark a dek / standfirst / lead under the headline.
_DEK_SELECTORS = (
    "[class*=standfirst]",
    "[class*=dek]",
    "[class*=subheadline]",
    "[class*=summary]",
    "[class*=teaser-text]",
    "[class*=lead]",
    "[class*=intro]",
    "[class*=subtitle]",
    "[itemprop=description]",
)


def extract_standfirst(doc: Document) -> Found[str] | None:
    """The standfirst: a dek element, or the description when the page shows it."""
    description = None
    ld = doc.article_ld
    if ld is not None:
        description = ld.text("description")
    if description is None:
        hit = doc.meta_first(*DESCRIPTION_META)
        description = hit[1] if hit else None
    for selector in _DEK_SELECTORS:
        for node in doc.tree.css(selector):
            if node.tag in ("meta", "body", "html", "article", "section", "main"):
                continue
            text = node_text(node)
            if 20 <= len(text) <= 600 and (
                description is None
                or text == description
                or text in description
                or description in text
            ):
                return found(text, Strategy.DOM, selector)
    return None
