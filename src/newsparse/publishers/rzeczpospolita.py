"""Rzeczpospolita (rp.pl): article blocks marked with ``articleBodyBlock`` classes.

Studied on a politics article from February 2025. The headline is ``h1.articleTitle``,
the standfirst ``div.blog--subtitle`` under it, the byline ``div.author`` with one
``p.name`` (a link to the author page) per author. The body is split into several
``div.articleBody`` containers (around marketing boxes); in them, paragraphs are
``p.article--paragraph`` and subheadings ``h2.article--header``, while "Czytaj więcej"
teasers are ``div.articleBodyBlock`` holding their own ``p`` elements and video ads are
``div.intext--video``, so reading only the marked paragraphs leaves those out. Dates and
captions (with ``p.image--author`` photo credits) are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Rzeczpospolita",
    domains=("rp.pl",),
    headline=Field(Select("h1.articleTitle")),
    standfirst=Field(Select("div.blog--subtitle")),
    authors=Field(Select("div.author p.name", many=True), then=(split_authors,)),
    body=Body(
        container="div.articleBody",
        paragraphs="p.article--paragraph",
        headings="h2.article--header",
    ),
)
