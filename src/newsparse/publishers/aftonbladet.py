"""Aftonbladet (aftonbladet.se), Schibsted's "hyperion" layout: hashed classes, test tags.

Studied on a news article from January 2026. Classes are generated
(``hyperion-css-1v9qo5x``...) and the ``article`` element's class carries the article
id (``article-wrapper-Ard8wM``), so the rules use ``data-test-tag`` attributes and the
structure: the headline is ``h1[data-test-tag=headline]``; the lead ("ingress") is one
or more ``p[data-test-tag=lead-text]`` paragraphs, joined into the standfirst and kept
out of the body (the generic extractor reads them as paragraphs); body paragraphs are
the ``p`` children of the ``article`` without a test tag, subheadings are
``h2[data-test-tag=paragraph-header]``. The breadcrumb, the ``h2`` subtitle and the
byline/date ``p`` elements are nested deeper, so they are not read. Authors, dates and
captions (``span.image-caption`` beside an ``image-byline`` credit) are read well by
the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, Join, RuleSet, Select

RULES = RuleSet(
    publisher="Aftonbladet",
    domains=("aftonbladet.se",),
    headline=Field(Select("article h1[data-test-tag=headline]")),
    standfirst=Field(
        Select("article > p[data-test-tag=lead-text]", many=True), then=(Join(separator=" "),)
    ),
    body=Body(
        container="article[class*=article-wrapper]",
        paragraphs="article > p:not([data-test-tag])",
        headings="article > h2[data-test-tag=paragraph-header]",
    ),
)
