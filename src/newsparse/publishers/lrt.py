"""LRT (lrt.lt), Lithuanian public broadcaster: the ``article-block`` layout.

Studied on an opinion article from March 2024. ``article.article-block`` holds the
headline ``h1.title-block__heading`` and ``div.article-content`` (its id carries the
article number, so the rules use the class). That block starts with the standfirst
``p.text-lead`` (the generic extractor misses it), then the ``p`` paragraphs, between ad
slots (``div.article-content__inline-block``), photo blocks (``div.media-block``, whose
caption the generic image extractor reads), pull quotes (``blockquote`` children that
repeat a sentence of the text) and the "Taip pat skaitykite" box
(``div.also-read-news``); all of these are dropped from the body. Authors and dates are
read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="LRT",
    domains=("lrt.lt",),
    headline=Field(Select("article.article-block h1.title-block__heading")),
    standfirst=Field(Select("div.article-content > p.text-lead")),
    body=Body(
        container="article.article-block div.article-content",
        paragraphs="p:not(.text-lead)",
        headings="h2, h3",
        clean=(
            "div.article-content > blockquote",
            "div.article-content__inline-block",
            "div.media-block",
            "div.also-read-news",
        ),
    ),
)
