"""Seznam Zprávy (seznamzpravy.cz): generated classes, stable ``data-dot`` tracking names.

Studied on two articles, from April and November 2025; their classes differ
(``g_bg``/``h_bE``...), but the ``data-dot`` attributes are the same. The standfirst
("perex", which the generic extractor misses) is ``p[data-dot=ogm-article-perex]``. The
body ``div[data-dot=ogm-article-content]`` wraps one rich-content ``div`` whose direct
children are the paragraphs (``div[data-dot=mol-paragraph]``), ``h2`` subheadings,
figures, related-article cards (``mol-document-links``, whose titles are ``h3``), data
tables and "post card" boxes (background boxes with their own ``h3``, paragraphs and a
"Zobrazit vše" button). Only the direct paragraph and ``h2`` children are read, so the
cards, tables and boxes stay out. Headline, authors, dates and captions are read well by
the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Seznam Zprávy",
    domains=("seznamzpravy.cz",),
    standfirst=Field(Select("p[data-dot=ogm-article-perex]")),
    body=Body(
        container="div[data-dot=ogm-article-content]",
        paragraphs="div[data-dot=ogm-article-content] > div > [data-dot=mol-paragraph]",
        headings="div[data-dot=ogm-article-content] > div > h2",
    ),
)
