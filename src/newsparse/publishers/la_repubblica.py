"""la Repubblica (repubblica.it and its city editions, e.g. roma.repubblica.it).

Studied on a Rome-edition article from January 2025. The page header repeats the
edition's name in ``h1`` elements (logo, menu), so the headline rule names the story's
``h1.story__title`` in ``article.story``. The header also holds the byline
``em.story__author`` ("di" + linked names) and the standfirst ``div.story__summary``.
The body ``div.story__text`` has plain ``p`` paragraphs (some empty) between
"related article" cards (``section.inline-article``, with their own title, author and
date), which are dropped. Dates are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, StripPrefix, split_authors

RULES = RuleSet(
    publisher="la Repubblica",
    domains=("repubblica.it",),
    headline=Field(Select("article.story h1.story__title")),
    standfirst=Field(Select("article.story div.story__summary")),
    authors=Field(
        Select("article.story em.story__author"),
        then=(StripPrefix(prefix="di "), split_authors),
    ),
    body=Body(
        container="article.story div.story__text",
        paragraphs="p",
        headings="h2, h3",
        clean=("section.inline-article",),
    ),
)
