"""Named vocabularies for the generic extractor: class/id tokens, meta keys, selectors.

Every word list the heuristics use lives here, under a name that says what it is for,
so that a reader can review (and a contributor extend) the vocabulary in one place.
Entries are lower case; class/id tokens match whole hyphen/underscore-separated words
or a prefix of a camelCase-free token, as documented with each list.
"""

from __future__ import annotations

import re

# --- metadata keys, in order of preference ------------------------------------------------

# <meta> keys for the headline (after JSON-LD); used to confirm or replace the <h1>.
HEADLINE_META = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "title",
    "headline",
)
# <meta> keys for the summary / description shown as a standfirst.
DESCRIPTION_META = (
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
    "sailthru.description",
)
# <meta> keys that name the publication time.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "published_time",
    "article.published",
    "cxenseparse:recs:publishtime",
    "datepublished",
    "originalpublicationdate",
    "article_date_original",
    "og:published_time",
    "publication_date",
    "date.release",
    "last-modified-no",
)
# <meta> keys that name the modification time.
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "dcterms.modified",
    "dc.date.modified",
    "lastmod",
    "last-modified",
    "datemodified",
    "og:article:modified_time",
    "article.updated",
)
# <meta> keys that name authors (values may be names or profile URLs).
AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "og:article:author",
    "twitter:creator:name",
)
# <meta> keys for the site / publisher name.
PUBLISHER_META = (
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
    "twitter:site:name",
    "al:android:app_name",
    "apple-mobile-web-app-title",
)
SECTION_META = (
    "article:section",
    "parsely-section",
    "sailthru.section",
    "section",
    "og:article:section",
    "category",
    "dc.subject",
    "article.section",
)
TAGS_META = (
    "article:tag",
    "news_keywords",
    "keywords",
    "parsely-tags",
    "sailthru.tags",
    "og:article:tag",
)
LANGUAGE_META = ("og:locale", "content-language", "language", "dc.language", "dcterms.language")

# --- DOM vocabularies --------------------------------------------------------------------

# Class/id tokens of elements that hold a byline. Matched against whole tokens of the
# class/id split on spaces, hyphens and underscores ("c-byline__name" -> c, byline, name).
BYLINE_TOKENS = frozenset(
    {
        "byline",
        "bylines",
        "author",
        "authors",
        "writer",
        "byl",
        "autor",
        "autoren",
        "auteur",
        "autore",
        "firma",
        "creator",
        "contributor",
        "contributors",
        "reporter",
        "signature",
        "credits",
    }
)
# Class/id tokens of boilerplate containers dropped from the body.
BOILERPLATE_TOKENS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "header",
        "masthead",
        "sidebar",
        "aside",
        "rail",
        "share",
        "sharing",
        "social",
        "sharebar",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promoted",
        "promotion",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "dfp",
        "sponsor",
        "sponsored",
        "related",
        "recommended",
        "recommendations",
        "recirc",
        "outbrain",
        "taboola",
        "mostread",
        "most",
        "popular",
        "trending",
        "comments",
        "comment",
        "disqus",
        "cookie",
        "consent",
        "gdpr",
        "paywall",
        "modal",
        "popup",
        "overlay",
        "tags",
        "tag",
        "topics",
        "author-bio",
        "bio",
        "toolbar",
        "widget",
        "teaser",
        "teasers",
        "more",
        "readmore",
        "also",
        "jump",
        "skip",
        "print",
        "hidden",
        "visually",
        "sr",
        "screen",
        "login",
    }
)
# Elements never part of the body text.
NON_CONTENT_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "footer",
    "aside",
    "header",
    "object",
    "embed",
    "canvas",
    "map",
    "dialog",
    "menu",
)

_TOKEN_SPLIT = re.compile(r"[\s_\-]+")


def class_tokens(value: str) -> frozenset[str]:
    """Split a ``class``/``id`` value into lower-case word tokens ("c-Byline__name" -> ...)."""
    return frozenset(t for t in _TOKEN_SPLIT.split(value.lower()) if t)
