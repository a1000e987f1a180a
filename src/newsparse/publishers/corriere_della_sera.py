"""Corriere della Sera (corriere.it and its city sub-sites): the article column.

Studied on an article from January 2025. The headline is ``h1.title-art-hp`` in
``section.body-article``; the column ``#content-to-read`` holds the byline
(``span.author-art`` "di" + ``span.writer`` per author), the standfirst
``p.summary-art``, the lead media, an audio widget, then one ``div.content`` per
paragraph, each with a ``p.chapter-paragraph``, and chapter titles
``h2.title-art``. Embedded tweets, the "last update / © RIPRODUZIONE RISERVATA" line,
ads and the comments link are siblings that hold no ``p.chapter-paragraph``, so reading
only those paragraphs leaves them out. A paragraph can hold a ``<br>`` ("DALLA NOSTRA
CORRISPONDENTE<br>NEW YORK - ..."): the generic extractor splits it into two blocks, the
rule reads one paragraph (whose two lines rule-read text currently joins without a
space, as ``<br>`` is not read as whitespace there).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Corriere della Sera",
    domains=("corriere.it",),
    headline=Field(Select("section.body-article h1.title-art-hp")),
    standfirst=Field(Select("#content-to-read > p.summary-art")),
    authors=Field(
        Select("#content-to-read span.author-art span.writer", many=True), then=(split_authors,)
    ),
    body=Body(
        container="#content-to-read",
        paragraphs="div.content > p.chapter-paragraph",
        headings="h2.title-art",
    ),
)
