"""Text normalisation shared by every extractor: one place for whitespace and invisible chars."""

from __future__ import annotations

import html

from selectolax.lexbor import LexborNode

__all__ = ["clean", "node_text", "unescape"]

# Zero-width and soft-hyphen characters that render as nothing; BOMs inside text
# (a str.translate table that deletes them).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def clean(text: str) -> str:
    """Collapse whitespace (NBSP included) to single spaces, drop invisible chars, trim."""
    if not text.isascii():
        text = text.translate(_INVISIBLE)
    # str.split() splits on exactly the characters str.isspace() (and regex \s) calls space.
    return " ".join(text.split())


def unescape(text: str) -> str:
    """Decode HTML entities left in metadata values (``&amp;`` etc.) and clean the result."""
    return clean(html.unescape(text)) if "&" in text else clean(text)


def node_text(node: LexborNode) -> str:
    """The visible text of an element, inline markup joined without extra spaces."""
    return clean(node.text(deep=True, separator="", strip=False))
