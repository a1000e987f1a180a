"""Euronews (euronews.com, with its language editions such as fr.euronews.com).

Studied on an English news story and a French sponsored video story, both from April
2024 (the same template). The header holds the printed ``h1.c-article-redesign-title``
(the og:title, which the corpus truth has, is a shorter variant), the lead image's
caption and the contributors line ("By Euronews with Agencies": organisations, so no
author; the corpus truth lists "Euronews"). The standfirst is ``p.c-article-summary``.
The body is ``div.c-article-content``: ``p`` paragraphs and ``h2`` subheadings, with ad
slots (``div.c-ad``, ``.js-adzone``) and widgets (``div.widget``: related stories, an
Infogram embed, and pull quotes in ``blockquote.widget__quote`` that repeat a sentence of
the text) between them; the generic extractor read the French pull quote as a
paragraph, the rule drops the widgets. Dates are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Euronews",
    domains=("euronews.com",),
    standfirst=Field(Select("p.c-article-summary")),
    body=Body(
        container="div.c-article-content",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.c-ad", ".js-adzone", "div.widget", *_EMBEDS),
    ),
)
