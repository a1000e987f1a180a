"""Page-level metadata: publisher, canonical URL, language, section and tags."""

from __future__ import annotations

import re

from newsparse._document import Document
from newsparse.extract.base import Found, found
from newsparse.heuristics.vocab import LANGUAGE_META, PUBLISHER_META, SECTION_META, TAGS_META
from newsparse.model import Strategy

__all__ = [
    "extract_language",
    "extract_publisher",
    "extract_section",
    "extract_tags",
    "extract_url",
]

_LANG = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")
_PUBLISHER_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})


def extract_publisher(doc: Document) -> Found[str] | None:
    """The publishing site's name."""
    ld = doc.article_ld
    if ld is not None:
        for node in ld.nodes("publisher"):
            name = node.text("name")
            if name:
                return found(name, Strategy.JSON_LD, "json-ld publisher.name")
    hit = doc.meta_first(*PUBLISHER_META)
    if hit:
        return found(hit[1], Strategy.META, hit[0])
    for node in doc.jsonld:
        if node.is_a(_PUBLISHER_TYPES | {"website"}):
            name = node.text("name")
            if name:
                return found(name, Strategy.JSON_LD, f"json-ld {sorted(node.types)[0]}.name")
    return None


def extract_url(doc: Document) -> Found[str] | None:
    """The canonical URL of the article (the page's own, else the caller's)."""
    if doc.canonical is not None:
        detail, url = doc.canonical
        return found(url, Strategy.META, detail)
    if doc.given_url:
        return found(doc.given_url, Strategy.URL, "url argument")
    return None


def _language_tag(value: str) -> str | None:
    value = value.strip().replace("_", "-")
    return value if _LANG.match(value) else None


def extract_language(doc: Document) -> Found[str] | None:
    """The language of the page as a BCP 47 tag."""
    if doc.lang:
        tag = _language_tag(doc.lang)
        if tag:
            return found(tag, Strategy.DOM, "html[lang]")
    ld = doc.article_ld
    if ld is not None:
        value = ld.text("inLanguage")
        tag = _language_tag(value) if value else None
        if tag:
            return found(tag, Strategy.JSON_LD, "json-ld inLanguage")
    for key in LANGUAGE_META:
        for value in doc.meta.get(key, ()):
            tag = _language_tag(value)
            if tag:
                return found(tag, Strategy.META, key)
    return None


def extract_section(doc: Document) -> Found[str] | None:
    """The section of the site the article is filed under."""
    ld = doc.article_ld
    if ld is not None:
        value = ld.text("articleSection")
        if value:
            return found(value, Strategy.JSON_LD, "json-ld articleSection")
    hit = doc.meta_first(*SECTION_META)
    return found(hit[1], Strategy.META, hit[0]) if hit else None


def extract_tags(doc: Document) -> Found[tuple[str, ...]] | None:
    """Keywords / tags of the article, in page order, without duplicates."""
    ld = doc.article_ld
    if ld is not None:
        values = [v for raw in ld.texts("keywords") for v in raw.split(",")]
        tags = _dedupe(values)
        if tags:
            return found(tags, Strategy.JSON_LD, "json-ld keywords")
    for key in TAGS_META:
        values = [v for raw in doc.meta.get(key, ()) for v in raw.split(",")]
        tags = _dedupe(values)
        if tags:
            return found(tags, Strategy.META, key)
    return None


def _dedupe(values: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return tuple(seen.values())
