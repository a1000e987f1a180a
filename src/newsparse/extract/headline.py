"""The headline: the visible ``<h1>`` confirmed by metadata, else metadata without site suffix."""

from __future__ import annotations

import re

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.extract.base import Found, found
from newsparse.heuristics.vocab import HEADLINE_META
from newsparse.model import Strategy

__all__ = ["extract_headline", "strip_site_name"]

# Separators between a title and a site name: "Title | Site", "Site - Title", "Title – Site".
_SEPARATORS = re.compile(r"\s+[|\-–—:•·»«/]\s+|\s*[|•·»«]\s*")


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def strip_site_name(title: str, site_names: tuple[str, ...] = ()) -> str:
    """Remove a site-name prefix or suffix from a ``<title>``-like string.

    A part is removed when it matches a known site name, or (without one) when the
    title splits on a separator into a long part and a short trailing part.
    """
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {_norm(n) for n in site_names if n}
    kept = [
        p
        for p in parts
        if _norm(p) not in names
        and not any(
            n and (_norm(p) in n or n in _norm(p)) and len(_norm(p)) <= len(n) + 4 for n in names
        )
    ]
    if kept and len(kept) < len(parts):
        return _rejoin(title, kept)
    # No known site name: drop a short last part ("... | CNN").
    longest = max(parts, key=len)
    if len(parts[-1]) < len(longest) / 2 and len(parts[-1].split()) <= 4:
        return _rejoin(title, parts[:-1])
    return title


def _rejoin(title: str, kept: list[str]) -> str:
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else kept[0]


def extract_headline(doc: Document, site_names: tuple[str, ...] = ()) -> Found[str] | None:
    """Find the headline of the page."""
    candidates: list[tuple[str, str, Strategy]] = []
    ld = doc.article_ld
    if ld is not None:
        for key in ("headline", "name", "alternativeHeadline"):
            value = ld.text(key)
            if value:
                candidates.append((value, f"json-ld {key}", Strategy.JSON_LD))
                break
    for key in HEADLINE_META:
        values = doc.meta.get(key)
        if values:
            candidates.append((strip_site_name(values[0], site_names), key, Strategy.META))
    if doc.title:
        candidates.append((strip_site_name(doc.title, site_names), "title", Strategy.META))
    metas = {_norm(c[0]) for c in candidates}
    for h1 in doc.h1s:
        text = node_text(h1)
        if _norm(text) in metas or any(_norm(text) and _norm(text) in m for m in metas):
            return found(text, Strategy.DOM, "h1 (matches metadata)")
    if candidates:
        value, detail, strategy = candidates[0]
        return found(value, strategy, detail)
    if doc.h1s:
        return found(node_text(doc.h1s[0]), Strategy.DOM, "h1")
    return None
