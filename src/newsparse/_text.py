"""Text normalisation shared by every extractor: one place for whitespace and invisible chars."""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborNode

__all__ = ["clean", "node_text", "unescape"]

# Zero-width and soft-hyphen characters that render as nothing; BOMs inside text.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse whitespace (NBSP included) to single spaces, drop invisible chars, trim."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def unescape(text: str) -> str:
    """Decode HTML entities left in metadata values (``&amp;`` etc.) and clean the result."""
    return clean(html.unescape(text)) if "&" in text else clean(text)


def node_text(node: LexborNode) -> str:
    """The visible text of an element, inline markup joined without extra spaces."""
    return clean(node.text(deep=True, separator="", strip=False))
