"""Deadline (deadline.com), a Penske Media WordPress site: ``div.a-content`` with embeds.

Studied on a politics-and-business story from April 2019, served in the 2022 PMC
layout (utility classes such as ``pmc-u-font-size-14``; the semantic ones are
``a-content``, ``c-figure``, ``author__byline``). Headline (``h1``) and dates (meta
tags; the printed "April 15, 2019 6:18am" is Pacific time) are read well by the generic
extractor. The byline ``div.author__byline`` prints "By <a>Lisa de Moraes</a>" and,
inside the same button, a hover card that repeats the name (in an ``h2``) with a role,
"More Stories By ..." links and "View All"; the generic byline reader can take the name
twice, so the rule reads the author links of the printed line only (``p a``). The body
``div.a-content`` holds the story's ``p`` paragraphs as its direct children, between ad
slots and embedded tweets (``div.embed-twitter > blockquote.twitter-tweet``, whose ``p``
are the tweet, not the story); after it, outside it, come a "Must Read Stories" teaser
list, a newsletter line ("Subscribe to Deadline Breaking News Alerts ...") and the tags.
The rule reads only the direct ``p`` children (and ``h2``/``h3`` subheadings), so embeds
and teasers cannot leak into the text. The lead photo's ``figcaption`` holds only its credit.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Deadline",
    domains=("deadline.com",),
    authors=Field(
        Select("div.author__byline p a[href*='/author/']", many=True), then=(split_authors,)
    ),
    body=Body(
        container="article div.a-content",
        paragraphs="div.a-content > p",
        headings="div.a-content > h2, div.a-content > h3",
    ),
)
