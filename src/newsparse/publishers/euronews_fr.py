"""Euronews in French (fr.euronews.com): the "newsy" article layout.

Studied on a sponsored "Ocean" series article from April 2024. The header holds the
visible headline ``h1.c-article-redesign-title`` (the ``og:title`` is a different,
shorter social headline), the standfirst ``p.c-article-summary`` and the byline
``div.c-article-contributors`` ("Par" + linked name). The body
``div.c-article-content`` has plain ``p`` paragraphs and ``h2`` subheadings between
widgets: "related stories" boxes (``div.widget--type-related``) and pull quotes
(``div.widget--type-quotation``) that repeat a sentence of the text; both are dropped.
The lead image's caption box holds only the copyright line, so captions and dates are
left to the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, StripPrefix, split_authors

RULES = RuleSet(
    publisher="Euronews (FR)",
    domains=("fr.euronews.com",),
    headline=Field(Select("article h1.c-article-redesign-title")),
    standfirst=Field(Select("article p.c-article-summary")),
    authors=Field(
        Select("article div.c-article-contributors"),
        then=(StripPrefix(prefix="Par "), split_authors),
    ),
    body=Body(
        container="article div.c-article-content",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.widget--type-related", "div.widget--type-quotation"),
    ),
)
