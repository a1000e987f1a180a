"""Publication and modification times from JSON-LD, meta tags, microdata and ``<time>``.

Never from the page header's "today" line, a crawl date or a related story: only values
that the page attaches to this article count.
"""

from __future__ import annotations

from datetime import datetime

from newsparse._dates import parse_date
from newsparse._document import Document
from newsparse.extract.base import Found, found
from newsparse.heuristics.vocab import MODIFIED_META, PUBLISHED_META
from newsparse.model import Strategy

__all__ = ["extract_modified", "extract_published"]


def _from_sources(
    doc: Document, ld_keys: tuple[str, ...], meta_keys: tuple[str, ...], itemprop: str
) -> Found[datetime] | None:
    ld = doc.article_ld
    if ld is not None:
        for key in ld_keys:
            for text in ld.texts(key):
                value = parse_date(text)
                if value is not None:
                    return found(value, Strategy.JSON_LD, f"json-ld {key}")
    for key in meta_keys:
        for text in doc.meta.get(key, ()):
            value = parse_date(text)
            if value is not None:
                return found(value, Strategy.META, key)
    for node in doc.itemprops.get(itemprop.lower(), ()):
        attrs = node.attributes
        text = attrs.get("datetime") or attrs.get("content") or node.text(strip=True)
        value = parse_date(text or "")
        if value is not None:
            return found(value, Strategy.MICRODATA, f"itemprop={itemprop}")
    return None


def extract_published(doc: Document) -> Found[datetime] | None:
    """When the article was first published."""
    hit = _from_sources(
        doc, ("datePublished", "dateCreated", "uploadDate"), PUBLISHED_META, "datePublished"
    )
    if hit is not None:
        return hit
    for node in doc.tree.css("article time[datetime], time[pubdate], time[datetime]"):
        value = parse_date(node.attributes.get("datetime") or "")
        if value is not None:
            return found(value, Strategy.DOM, "time[datetime]")
    return None


def extract_modified(doc: Document) -> Found[datetime] | None:
    """When the article was last modified."""
    return _from_sources(doc, ("dateModified",), MODIFIED_META, "dateModified")
