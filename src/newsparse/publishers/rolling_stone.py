"""Rolling Stone (rollingstone.com): the PMC "larva" theme, paragraphs ``p.paragraph``.

Studied on a music news story from April 2024, and an old (2016) feature page whose
layout shares none of these classes (there the rules find nothing and the generic
extractor, which reads that page well, is used). In the 2024 theme the header holds
``h1.article-title`` and the standfirst ``div.article-excerpt``, the featured image's
``figcaption`` (caption ``span`` and credit ``cite``, read well by the generic image
extractor) follows, and the body is ``div.a-content`` > ``div.pmc-paywall`` with
``p.paragraph`` paragraphs. A "Trending" box (``section.trending-in-article``, four
story cards with ``h2``/``h3`` titles) is injected inside the text, in the source even
inside a paragraph; the rule drops it (the corpus truth glues its titles onto the
paragraph before it). Author and date are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Rolling Stone",
    domains=("rollingstone.com",),
    standfirst=Field(Select("div.article-excerpt")),
    body=Body(
        container="div.a-content",
        paragraphs="p.paragraph",
        headings="div.pmc-paywall > h2, div.pmc-paywall > h3",
        clean=("section.trending-in-article",),
    ),
)
