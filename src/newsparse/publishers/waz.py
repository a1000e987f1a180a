"""WAZ (Westdeutsche Allgemeine Zeitung, waz.de): three page layouts, so three versions.

Studied on pages from June 2023, March 2024 and September 2025. Headline, authors and
dates are read well by the generic extractor (JSON-LD), so only the standfirst and the
body have rules. The standfirst starts with the place ("Berlin. ..."), as printed.

* 2023 layout: ``div.article__body`` holds ``p.article__paragraph`` paragraphs and ``h3``
  subheadings, between ads, teasers and a newsletter box (not paragraphs, so not read);
  the standfirst is ``p.article__header__intro__text``.
* 2024 layout: ``div.article-body`` holds the paragraphs; its first, ``p.font-medium``,
  is the standfirst.
* 2025 layout: ``div.article-body`` holds ``p`` paragraphs and ``h3`` subheadings; the
  standfirst is ``div.expressive-copy-lg`` above it.

The dates between versions are bounded by the pages seen (the layout changed somewhere
between them); a page fetched in between may get the other layout's rules, whose
selectors then find nothing, so the generic extractor reads it.
"""

from __future__ import annotations

from datetime import date

from newsparse.rules import Body, Field, RuleSet, RuleVersions, Select

CURRENT = RuleSet(
    publisher="WAZ",
    domains=("waz.de",),
    standfirst=Field(Select("article div.expressive-copy-lg")),
    body=Body(container="div.article-body", paragraphs="p", headings="h3"),
)

LAYOUT_2024 = CURRENT.evolve(
    valid_until=date(2024, 12, 31),
    standfirst=Field(Select("div.article-body > p.font-medium")),
    body=Body(container="div.article-body", paragraphs="p:not(.font-medium)", headings="h3"),
)

LAYOUT_2023 = CURRENT.evolve(
    valid_until=date(2023, 12, 31),
    standfirst=Field(Select("p.article__header__intro__text")),
    body=Body(
        container="div.article__body",
        paragraphs="div.article__body > p.article__paragraph",
        headings="div.article__body > h3",
    ),
)

RULES = RuleVersions(CURRENT, LAYOUT_2024, LAYOUT_2023)
