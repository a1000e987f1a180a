"""Page-level metadata: publisher, canonical URL, language, section and tags.

Each value comes from metadata the publisher wrote for machines (JSON-LD, ``<meta>``,
``<html lang>``) and is checked before it is returned: a publisher is a site or
organisation name (never a person or a URL), a language is a well-formed BCP 47 tag that
the page text does not contradict, a section is a label (not a path or a null word), and
tags are human labels (not ids or tracking key/value pairs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._document import Document
from newsparse._jsonld import LdNode
from newsparse._text import clean
from newsparse.extract.base import Found, found
from newsparse.heuristics.vocab import LANGUAGE_META, PUBLISHER_META, SECTION_META, TAGS_META
from newsparse.model import Strategy

__all__ = [
    "extract_language",
    "extract_publisher",
    "extract_section",
    "extract_tags",
    "extract_url",
    "language_tag",
]

# A BCP 47-like tag: language, then subtags ("en", "en-GB", "zh-Hant-TW", "en_US").
_LANG = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8}){0,3}$")
# JSON-LD types of a publisher that is an organisation (a Person is never the publisher).
_PUBLISHER_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "onlinebusiness", "website"}
)
_PERSON_TYPES = frozenset({"person"})
# Legal-form words of a company name: "Tamedia AG", "JP/Politikens Hus A/S". Such a JSON-LD
# publisher is the owner; the site's own name (og:site_name) is preferred when present.
_LEGAL_FORMS = frozenset(
    {
        "ag",
        "gmbh",
        "kg",
        "inc",
        "llc",
        "ltd",
        "limited",
        "plc",
        "sa",
        "sl",
        "sas",
        "srl",
        "spa",
        "bv",
        "nv",
        "as",
        "ab",
        "asa",
        "oy",
        "corp",
        "corporation",
        "co",
    }
)
_WORDS = re.compile(r"\w+")
_URLISH = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
# Most characters of a publisher name or a section label.
_MAX_NAME_CHARS = 100
# Section values that mean "none".
_NULL_WORDS = frozenset({"nil", "null", "none", "undefined", "n/a", "na", "-", "0", "false"})
# Tags that are ids or hosts: UUIDs, hex digests, numbers, "o.canada.com".
_ID_TAG = re.compile(r"^[0-9a-fA-F-]{16,}$|^\d+$|^[\w-]+(?:\.[\w-]+)+$")
# Tags written as tracking key/value pairs: "Category: Travel", "Page Type: Article".
_KEY_VALUE_TAG = re.compile(r"^[A-Za-z][A-Za-z ]{1,24}:\s*\S")
# Most tags kept, and longest tag.
_MAX_TAGS = 50
_MAX_TAG_CHARS = 80
# Common English function words: a page claiming English whose headline and description use
# none of them is in another language (CMS default "en-US" on a non-English site).
_ENGLISH_WORDS = frozenset(
    {"the", "a", "an", "and", "of", "to", "in", "is", "for", "on", "with", "was", "are", "at"}
)
# Fewest words of page text needed before that check is made.
_MIN_CHECK_WORDS = 8


def _is_company(name: str) -> bool:
    words = [w.casefold() for w in _WORDS.findall(name)]
    return bool(words) and (words[-1] in _LEGAL_FORMS or "gmbh" in words)


def _name_ok(name: str) -> bool:
    return bool(name) and len(name) <= _MAX_NAME_CHARS and not _URLISH.search(name)


def _ld_publisher(nodes: list[LdNode]) -> str | None:
    for node in nodes:
        if node.is_a(_PERSON_TYPES):
            continue
        name = node.text("name")
        if name and _name_ok(name):
            return name
    return None


def extract_publisher(doc: Document) -> Found[str] | None:
    """The publishing site's name: JSON-LD publisher, ``og:site_name`` and friends.

    A JSON-LD publisher that is a company name ("… GmbH", "… Inc.") gives way to the site
    name the page declares; a person or a URL is never returned.
    """
    ld_name: str | None = None
    ld = doc.article_ld
    if ld is not None:
        ld_name = _ld_publisher(ld.nodes("publisher"))
    meta: tuple[str, str] | None = None
    for key in PUBLISHER_META:
        for value in doc.meta.get(key, ()):
            if _name_ok(value):
                meta = (key, value)
                break
        if meta:
            break
    if ld_name and not (meta and _is_company(ld_name) and not _is_company(meta[1])):
        return found(ld_name, Strategy.JSON_LD, "json-ld publisher.name")
    if meta:
        return found(meta[1], Strategy.META, meta[0])
    for node in doc.jsonld:
        if node.is_a(_PUBLISHER_TYPES):
            name = node.text("name")
            if name and _name_ok(name):
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


def language_tag(value: str) -> str | None:
    """``value`` as a BCP 47 tag with canonical case ("en_us" -> "en-US"), or ``None``."""
    value = value.strip().split(",")[0].strip().replace("_", "-")
    if not _LANG.match(value):
        return None
    parts = value.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())  # region: GB
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())  # script: Hant
        else:
            out.append(part.lower())
    return "-".join(out)


def _contradicted(tag: str, doc: Document) -> bool:
    """Whether a page claiming English shows, in its title and description, no English."""
    if tag.split("-", maxsplit=1)[0] != "en":
        return False
    texts = [doc.title or ""]
    for key in ("og:description", "description", "og:title"):
        texts.extend(doc.meta.get(key, ())[:1])
    words = [w.casefold() for w in _WORDS.findall(" ".join(texts)) if not w.isdigit()]
    return len(words) >= _MIN_CHECK_WORDS and _ENGLISH_WORDS.isdisjoint(words)


def _language_candidates(doc: Document) -> Iterator[tuple[str, Strategy, str]]:
    """Declared languages, most trusted first; lazily, as the first valid one wins and
    the last needs a pass over the whole tree."""
    if doc.lang:
        yield doc.lang, Strategy.DOM, "html[lang]"
    ld = doc.article_ld
    if ld is not None:
        for value in ld.texts("inLanguage")[:1]:
            yield value, Strategy.JSON_LD, "json-ld inLanguage"
    for key in LANGUAGE_META:
        for value in doc.meta.get(key, ())[:1]:
            yield value, Strategy.META, key
    node = doc.tree.css_first('meta[http-equiv="content-language" i]')
    equiv = node.attributes.get("content") if node is not None else None
    if equiv:
        yield equiv, Strategy.META, "http-equiv content-language"


def extract_language(doc: Document) -> Found[str] | None:
    """The language of the page as a BCP 47 tag (``<html lang>``, JSON-LD, meta)."""
    for value, strategy, detail in _language_candidates(doc):
        tag = language_tag(value)
        if tag:
            return None if _contradicted(tag, doc) else found(tag, strategy, detail)
    return None


def _section_ok(value: str) -> bool:
    return (
        _name_ok(value)
        and value.casefold() not in _NULL_WORDS
        and "/" not in value.strip("/ ")
        and not value.startswith("/")
        and not _ID_TAG.match(value)
    )


def extract_section(doc: Document) -> Found[str] | None:
    """The section of the site the article is filed under."""
    ld = doc.article_ld
    if ld is not None:
        for value in ld.texts("articleSection")[:1]:
            if _section_ok(value):
                return found(value, Strategy.JSON_LD, "json-ld articleSection")
    for key in SECTION_META:
        for value in doc.meta.get(key, ())[:1]:
            if _section_ok(value):
                return found(value, Strategy.META, key)
    return None


def extract_tags(doc: Document) -> Found[tuple[str, ...]] | None:
    """Keywords / tags of the article, in page order, without duplicates or machine ids."""
    headline = {clean(t).casefold() for t in (doc.title or "",) if t}
    for key in ("og:title", "twitter:title"):
        headline.update(v.casefold() for v in doc.meta.get(key, ()))
    ld = doc.article_ld
    if ld is not None:
        headline.update(h.casefold() for h in ld.texts("headline"))
        values = [v for raw in ld.texts("keywords") for v in raw.split(",")]
        tags = _dedupe(values, headline)
        if tags:
            return found(tags, Strategy.JSON_LD, "json-ld keywords")
    for key in TAGS_META:
        values = [v for raw in doc.meta.get(key, ()) for v in raw.split(",")]
        tags = _dedupe(values, headline)
        if tags:
            return found(tags, Strategy.META, key)
    return None


def _dedupe(values: list[str], exclude: set[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in values:
        value = clean(raw)
        key = value.casefold()
        if (
            not value
            or len(value) > _MAX_TAG_CHARS
            or key in exclude
            or _ID_TAG.match(value)
            or _KEY_VALUE_TAG.match(value)
        ):
            continue
        seen.setdefault(key, value)
    return tuple(seen.values())[:_MAX_TAGS]
