"""AP News (apnews.com): the 2023 React layout, whose class names carry build hashes.

Studied on an article from April 2023. Class names are generated per build
(``Component-bylines-0-2-19``), so the rules use the stable parts: ``data-key``
attributes (``card-headline``, ``article``) and the prefix of the component class
(``Component-bylines-``). The body is ``div.Article[data-key=article]`` holding plain
``p`` paragraphs; the lead image's caption is printed twice (desktop and tablet copies,
``[data-key=embed-caption]``) above it, outside the body. The byline is a span beside the
timestamp: "By JANE DOE and JOHN ROE" in capitals, or just "Associated Press" on
unsigned wire copy, which names the agency, not a person (so no author is kept; the
corpus truth lists "Associated Press" as the author). Dates come from JSON-LD and are
read well by the generic extractor, and so is the headline (from JSON-LD, with straight
apostrophes where the printed ``h1`` has typographic ones), so neither has a rule.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="AP News",
    domains=("apnews.com",),
    authors=Field(
        Select("div.CardHeadline span[class^='Component-bylines']"),
        then=(split_authors,),
    ),
    body=Body(container="div.Article[data-key='article']", paragraphs="p", clean=_EMBEDS),
)
