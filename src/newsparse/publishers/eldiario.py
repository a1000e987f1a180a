"""elDiario.es (eldiario.es): header, byline and body in plainly named blocks.

Studied on an article from May 2025. ``div.news-header`` holds ``h1.title`` and a list
``ul.footer`` of ``h2`` subtitles: the first is the standfirst (the generic extractor
misses it), later ones marked ``li.subtitle--hasAnchor`` link to other stories. The byline
``div.news-info p.authors`` links each author, separated by " / ". The body is split over
several ``div.second-col`` blocks inside ``div.c-content`` (the first holds the lead
image); text blocks are ``p.article-text``, subheadings ``h2.article-text``, between ads
(``div.edi-advertising``), figures, embeds and a "know more" box (``aside.know-more``)
that is dropped. Dates and captions are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="elDiario.es",
    domains=("eldiario.es",),
    headline=Field(Select("div.news-header h1.title")),
    standfirst=Field(Select("div.news-header ul.footer > li:not(.subtitle--hasAnchor) > h2")),
    authors=Field(Select("div.news-info p.authors"), then=(split_authors,)),
    body=Body(
        container="div.c-content div.second-col",
        paragraphs="p.article-text",
        headings="h2.article-text",
        clean=("aside.know-more", "div.edi-advertising"),
    ),
)
