"""Jyllands-Posten (jyllands-posten.dk and its local sections such as /jpaarhus/).

Studied on a feature from February 2025. ``header.c-article-top-info`` holds the date
list, the headline ``h1.c-article-top-info__title`` and the standfirst
``p.c-article-top-info__description``; the byline names each author in a
``span.c-article-top-byline__name`` (which opens an author overlay). The body is split
into several ``div.c-article-text-container`` blocks (between inline images and banner
slots), each wrapping a plain ``div`` of ``p`` paragraphs and ``h3`` subheadings. Banner
placeholders (``div.c-article-inline-banner``) are dropped. Dates and captions
(``c-article-top-image__caption``, ``c-article-inline-image__caption``) are read well by
the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Jyllands-Posten",
    domains=("jyllands-posten.dk",),
    headline=Field(Select("header.c-article-top-info h1.c-article-top-info__title")),
    standfirst=Field(Select("header.c-article-top-info p.c-article-top-info__description")),
    authors=Field(Select(".c-article-top-byline__name", many=True), then=(split_authors,)),
    body=Body(
        container="div.c-article-text-container",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.c-article-inline-banner",),
    ),
)
