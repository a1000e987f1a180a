"""Text normalisation shared by every extractor: one place for whitespace and invisible chars."""

from __future__ import annotations

import html

from selectolax.lexbor import LexborNode

__all__ = ["clean", "node_text", "unescape"]

# Zero-width and soft-hyphen characters that render as nothing; BOMs inside text.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# A str.translate table that deletes them.
_DELETE_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))


def clean(text: str) -> str:
    """Collapse whitespace (NBSP included) to single spaces, drop invisible chars, trim."""
    # str.translate is slow (a dict lookup per character); six "in" scans are fast.
    if not text.isascii() and any(char in text for char in _INVISIBLE):
        text = text.translate(_DELETE_INVISIBLE)
    # str.split() splits on exactly the characters str.isspace() (and regex \s) calls space.
    return " ".join(text.split())


def unescape(text: str) -> str:
    """Decode HTML entities left in metadata values (``&amp;`` etc.) and clean the result."""
    return clean(html.unescape(text)) if "&" in text else clean(text)


def node_text(node: LexborNode) -> str:
    """The visible text of an element, inline markup joined without extra spaces."""
    return clean(node.text(deep=True, separator="", strip=False))
