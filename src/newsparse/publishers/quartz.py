"""Quartz (qz.com): a React layout whose class names are generated hashes.

Studied on a Quartz Africa story from February 2020, served in the 2022 layout. Every
class name is a build hash (``p.v2pOr``), so the rules use only element structure and
the ``#article-content`` id. Headline (``h1``), dates (``article:published_time``) and
the lead image's ``figcaption`` are read well by the generic extractor. The page's
author meta tag is empty and there is no JSON-LD; the byline is a ``div`` printed as
"By <span>Yomi Kazeem</span>", placed right before the ``div`` holding the "Published"
``time``, so the rule reads the names there (the generic extractor found none). The
body ``#article-content`` holds the ``p`` paragraphs between ad slots; it ends with a
newsletter promotion printed as a paragraph in bold italics ("Sign up to the Quartz
Africa Weekly Brief here ...", a link to ``qz.com/emails/...``), which the rule drops.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Quartz",
    domains=("qz.com",),
    authors=Field(
        Select("main article div:has(+ div > time[datetime]) > span", many=True),
        then=(split_authors,),
    ),
    body=Body(
        container="#article-content",
        paragraphs="p",
        headings="h2, h3",
        clean=("p:has(a[href*='/emails/'])",),
    ),
)
