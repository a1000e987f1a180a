"""AL.com (al.com), an Advance Local site on Arc XP: a body of ``p.article__paragraph``.

Studied on a news story from December 2016 served in the later Arc XP layout. Headline,
dates (``article:published_time``, and the printed "Published: Dec. 22, 2016, 6:47
p.m." in Central time) are read well by the generic extractor. The byline is a list of
``li.byline__author`` links printed as "Mike Cason | mcason@al.com"; the rule reads the
links and keeps the names. The body ``div.entry-content`` holds the story's
``p.article__paragraph`` paragraphs between ad slots (``div.InContent_Center_*``
boxes) and ``figure.article__image`` photos, whose ``figcaption`` the generic image
extractor reads well; after the body, outside it, comes an affiliate disclaimer
(``p.skimlinks``, "Note to readers: if you purchase something ...") that the generic
extractor took for a paragraph, which is why the body has a rule. Legacy stories
migrated from the old CMS can start with their lead photo printed as plain paragraphs
(file name, caption, credit); nothing in the markup tells those apart from text, so
they are kept.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="AL.com",
    domains=("al.com",),
    authors=Field(Select("article div.byline li.byline__author", many=True), then=(split_authors,)),
    body=Body(
        container="article div.entry-content",
        paragraphs="p.article__paragraph",
        headings="h2, h3",
    ),
)
