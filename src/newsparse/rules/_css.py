"""CSS selectors for rule sets: checked when a rule set is built, read against a page."""

from __future__ import annotations

import threading
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from newsparse._text import node_text, unescape

__all__ = ["check_css", "node_value"]

_PROBE = "<html><body><p></p></body></html>"
# Distinct selectors whose verdict is remembered (the built-in rule sets have ~500).
_CHECKED_SELECTORS = 4096

# One probe document per thread to compile selectors against (parsing a fresh one for
# every selector was most of the cost of building the rule registry). It holds no page
# data: selecting from it never changes it.
_local = threading.local()


def _probe() -> LexborHTMLParser:
    tree: LexborHTMLParser | None = getattr(_local, "tree", None)
    if tree is None:
        tree = _local.tree = LexborHTMLParser(_PROBE)
    return tree


@lru_cache(maxsize=_CHECKED_SELECTORS)
def _css_error(selector: str) -> str | None:
    """Why Lexbor cannot parse ``selector``, or ``None`` when it can."""
    try:
        _probe().css(selector)
    except SelectolaxError as exc:
        _local.tree = None  # never reuse a probe a failed selection may have touched
        return str(exc)
    return None


def check_css(selector: str) -> str:
    """Return ``selector`` stripped, or raise ``ValueError`` if Lexbor cannot parse it."""
    selector = selector.strip()
    if not selector:
        raise ValueError("empty CSS selector")
    error = _css_error(selector)
    if error is not None:
        raise ValueError(f"invalid CSS selector {selector!r} ({error})")
    return selector


def node_value(node: LexborNode, attr: str | None) -> str:
    """The text of ``node`` (inline markup joined), or its attribute ``attr``, cleaned."""
    if attr is None:
        return node_text(node)
    return unescape(node.attributes.get(attr) or "")
