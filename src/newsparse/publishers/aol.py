"""AOL (aol.com): the ``div.p-article`` article layout of 2016.

Studied on a news story from December 2016. The headline (``h1.p-article__title``) is
read well by the generic extractor. The page has no JSON-LD; its only date meta tag
(``publish-date``) has no time, and the printed date, ``span.p-article__byline__date``
("Dec 1st 2016 1:01PM"), is US Eastern time without a zone, so the rule reads it and
attaches ``America/New_York``. No author is printed (only an "AOL Staff" meta tag), so
authors are left to the generic extractor. The body ``div.article-content`` holds ``p``
paragraphs between video players and embedded posts (``iframe`` in otherwise empty
``p``); the generic extractor dropped a paragraph made mostly of a link, so the body
has a rule. A photo gallery (``div.m-article-slideshow``) follows the text, inside the
same container, behind a "See photos from this story:" lead-in that is kept as printed.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, ParseDate, RuleSet, Select

RULES = RuleSet(
    publisher="AOL",
    domains=("aol.com",),
    published=Field(
        Select("div.p-article span.p-article__byline__date"),
        then=(ParseDate(timezone="America/New_York"),),
    ),
    body=Body(
        container="div.p-article div.article-content",
        paragraphs="p",
        clean=("div.m-article-slideshow",),
    ),
)
