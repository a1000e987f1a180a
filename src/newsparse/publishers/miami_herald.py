"""Miami Herald (miamiherald.com): rules for the McClatchy story layout of 2016.

Studied on a "Business Monday" story from December 2016. ``div#story-header`` holds
two ``h1``: the section name (``h1.section-main-heading``, "Business Monday") and then
the headline, ``h1.title``; so the headline has a rule. The date is printed above the
headline as ``p.published-date`` ("December 12, 2016 7:00 AM", Miami time, with no
``datetime``, meta tag or JSON-LD date): the rule attaches America/New_York, which the
generic reading lacked. The story (``div#story-target``) and the gallery are read well
by the generic extractor (it drops the "==========" separator lines), so they have no
rules; this page has no byline. Later McClatchy layouts have neither ``#story-header``
nor ``p.published-date``: there the rules find nothing and the generic extractor reads
the page.
"""

from __future__ import annotations

from newsparse.rules import Field, ParseDate, RuleSet, Select

RULES = RuleSet(
    publisher="Miami Herald",
    domains=("miamiherald.com",),
    headline=Field(Select("#story-header h1.title")),
    published=Field(
        Select("#story-header p.published-date"),
        then=(ParseDate(format="%B %d, %Y %I:%M %p", timezone="America/New_York"),),
    ),
)
