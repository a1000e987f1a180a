"""CSS selectors for rule sets: checked when a rule set is built, read against a page."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from newsparse._text import node_text, unescape

__all__ = ["check_css", "node_value"]

_PROBE = "<html><body><p></p></body></html>"


def check_css(selector: str) -> str:
    """Return ``selector`` stripped, or raise ``ValueError`` if Lexbor cannot parse it."""
    selector = selector.strip()
    if not selector:
        raise ValueError("empty CSS selector")
    try:
        LexborHTMLParser(_PROBE).css(selector)
    except SelectolaxError as exc:
        raise ValueError(f"invalid CSS selector {selector!r} ({exc})") from exc
    return selector


def node_value(node: LexborNode, attr: str | None) -> str:
    """The text of ``node`` (inline markup joined), or its attribute ``attr``, cleaned."""
    if attr is None:
        return node_text(node)
    return unescape(node.attributes.get(attr) or "")
