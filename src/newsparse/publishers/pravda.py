"""Ukrainska Pravda (pravda.com.ua, with its /rus/ and /eng/ editions): ``post_article``.

Studied on a Russian-edition article from January 2026. ``article.post_article`` holds
the header (``h1.post_article_title``, the lead image) and the author list
``div.post_article_author``, one ``a.post_article_author_item`` per author whose name is
``span.post_author_name`` (beside an avatar). The body ``div.post_article_text`` has
plain ``p`` paragraphs and ``h2`` subheadings, between an ad label "Реклама:"
(``div.advtext_mob``), ad slots (``div.nts-ad``) and photos (``div.image-box``, with
``image-box__caption`` and a source line); these are dropped. The text ends with the
authors' names in a plain ``p``, which no selector can tell from a paragraph, so it is
kept. The header has no standfirst (the generic extractor would take the teaser of a
story in the "other news" block below the article), so it is declared absent. Dates are
read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Ukrainska Pravda",
    domains=("pravda.com.ua",),
    headline=Field(Select("article.post_article h1.post_article_title")),
    standfirst=Field.absent(),
    authors=Field(Select("div.post_article_author span.post_author_name", many=True)),
    body=Body(
        container="article.post_article div.post_article_text",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.advtext_mob", "div.nts-ad", "div.image-box"),
    ),
)
