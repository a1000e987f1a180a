"""Mitteldeutsche Zeitung (mz.de), a Forward Publishing site: headline and body rules.

Studied on a page from April 2024. The header ``div.fp-article-heading`` holds an ``h2``
of a catchline (``span.fp-article-heading__catchline``, "Bei Protesten 2022") and the
title (``span.fp-article-heading__title``), the standfirst
``p.fp-article-heading__excerpt`` and the byline ``span.fp-article-heading__author``
("Von dpa": an agency, which is a credit, not an author). The title proper is catchline
and title joined with a colon, as the headline rule reads them. The lead image's
``figcaption.fp-image-info`` holds the caption and the source in ``data-fp-flag``
spans, read well by the generic extractor.

The body is ``div.fp-article-body[data-t-name="Article"]`` (an empty
``div.fp-article-body`` of a breaking-news bar comes first on the page) with
``p.fp-paragraph`` paragraphs (the first opening with the place in ``strong``:
"London/Teheran - ...") and ``div.fp-subheading h2`` subheadings; teaser lists
(``article.fp-article``) follow it. The generic extractor reads this page correctly;
the rules pin headline and body to these elements.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, Join, RuleSet, Select

RULES = RuleSet(
    publisher="Mitteldeutsche Zeitung",
    domains=("mz.de",),
    headline=Field(
        Select(
            "div.fp-article-heading h2 > span.fp-article-heading__catchline, "
            "div.fp-article-heading h2 > span.fp-article-heading__title",
            many=True,
        ),
        then=(Join(separator=": "),),
    ),
    body=Body(
        container="div.fp-article-body[data-t-name='Article']",
        paragraphs="p.fp-paragraph",
        headings="div.fp-subheading h2",
    ),
)
