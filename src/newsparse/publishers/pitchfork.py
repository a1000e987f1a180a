"""Pitchfork (pitchfork.com): album reviews, whose headline is "Artist: Album".

Studied on an album review from June 2019 (Condé Nast's "verso" layout: class names end
in generated hashes, so the rules use ``data-testid`` attributes, the stable component
prefix of a class, and the document title). A review's ``h1`` holds only the album
title, with the artist in a list below it; the review's headline, as the page's title
and social cards print it, is "Artist: Album", so on album reviews the rule reads the
``<title>`` ("Lust for Youth: Lust for Youth Album Review | Pitchfork") and drops its
suffix (on other pages the title does not match, and the generic extractor reads the
``h1``). The page has no date meta tag; the review date is printed in the header's info
list (``li`` items "Genre:", "Label:", "Reviewed: June 7, 2019"), beside the release
year in a ``time`` element that is not the publication date. Dek, byline and body
(``div.body__inner-container`` paragraphs between ad units) are read well by the
generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Field, Match, ParseDate, RuleSet, Select

RULES = RuleSet(
    publisher="Pitchfork",
    domains=("pitchfork.com",),
    headline=Field(
        Select("head > title"),
        then=(Match(pattern=r"^(?P<value>.+?) Album Review \| Pitchfork$"),),
    ),
    published=Field(
        Select(
            "[data-testid='SplitScreenContentHeaderWrapper'] li[class*='InfoSliceListItem']",
            many=True,
        ),
        then=(Match(pattern=r"^Reviewed:\s*(?P<value>.+)$"), ParseDate()),
    ),
)
