"""Bustle (bustle.com): a React layout with short generated class names.

Studied on a listicle from December 2016, served in a later layout whose class names
are two-letter build hashes (``a.NU``), so the rule uses structure and link targets
only. Headline (``h1``), date (``time[datetime]``) and body (``p`` paragraphs, ``h3``
list headings, a ``blockquote``, figures and embedded tweets) are read well by the
generic extractor. The page has no author meta tag and no JSON-LD; the byline is
printed under the lead image as "By <a href="/profile/...">Teresa Newsome</a>", which
the generic extractor did not find, so the rule reads the author-profile links in the
article. The closing "Images: ..." photo-credit line is a plain paragraph in italics,
kept as printed.
"""

from __future__ import annotations

from newsparse.rules import Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Bustle",
    domains=("bustle.com",),
    authors=Field(Select("article a[href^='/profile/']", many=True), then=(split_authors,)),
)
