"""The Times of India (timesofindia.indiatimes.com): React "articleshow" pages.

Studied on stories from October 2019 and September 2024. Class names are generated
(``HNMDR``, ``_s30J``) and change between builds, so rules avoid them. The story text is
one ``div[data-articlebody]`` of text runs separated by ``<br>`` (no ``p`` blocks), with
ad, poll and embed ``div``s between them, which the generic extractor splits and reads
well, as it does the headline, the byline (``div.byline``: "Name / TIMESOFINDIA.COM /
Sep 2, 2024, 17:07 IST") and the JSON-LD dates. What it misses is the standfirst: the
synopsis box ``div.art_synopsis`` printed above the story (2024 layout; older pages
have none, and the rule then finds nothing). The 2019 page prints only an "Updated:"
time and has no JSON-LD date, so its publication time is not on the page.
"""

from __future__ import annotations

from newsparse.rules import Field, RuleSet, Select

RULES = RuleSet(
    publisher="The Times of India",
    domains=("timesofindia.indiatimes.com",),
    standfirst=Field(Select("div.art_synopsis")),
)
