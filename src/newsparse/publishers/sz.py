"""Süddeutsche Zeitung (sueddeutsche.de): the standfirst needs a rule.

Studied on a page from April 2023. The page marks its parts with ``data-manual``
attributes: ``h1[data-manual="title"]`` (the SEO title, in the breadcrumb; also
``og:title``) and, in the article header, an ``h2`` of an overline plus a display title
(``span[data-manual="title"]``); ``time[data-manual="date"]``; the byline
``p[data-manual="author"]`` ("Kolumne von ..."); the body ``div[data-manual="body"]``
(``itemprop="articleBody"``) with ``p[data-manual="paragraph"]`` between ad slots
(``data-manual-remove``) and embedded teaser figures.

The generic extractor reads headline, authors, date and body correctly, but its
standfirst comes from the meta description, a different (SEO) text than the one shown;
the printed standfirst is ``p[data-manual="teaserText"]`` under the title, which the rule
reads.
"""

from __future__ import annotations

from newsparse.rules import Field, RuleSet, Select

RULES = RuleSet(
    publisher="Süddeutsche Zeitung",
    domains=("sueddeutsche.de",),
    standfirst=Field(Select("p[data-manual='teaserText']")),
)
