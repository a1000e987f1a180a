"""ABC News (abcnews.go.com): the "FITT" article layout, with hashed class names.

Studied on a politics story from December 2016, served in the later FITT layout: most
class names are generated hashes, so the rules use only the stable ones
(``FITT_Article_main__body``, ``ShareByline``) and structure. The page has no JSON-LD
and no date meta tag; the date is printed in the ``div.ShareByline`` box after the
byline as "December 16, 2016, 4:19 PM", in US Eastern time without a zone, so the rule
reads it there and attaches ``America/New_York`` (the generic extractor reads the same
text as a naive time). The dek is the ``p`` right after the ``h1`` (the generic
extractor missed it). The body is the ``article`` element: ``p`` paragraphs and ``h3``
subheadings, with ad slots (``div`` boxes, not paragraphs) between them. The byline
("By by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL") is read well by the generic
extractor. The lead video's caption sits outside the body, beside its player.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, Match, ParseDate, RuleSet, Select

RULES = RuleSet(
    publisher="ABC News",
    domains=("abcnews.go.com",),
    standfirst=Field(Select("div.FITT_Article_main__body h1 + p")),
    published=Field(
        Select("div.FITT_Article_main__body div.ShareByline"),
        then=(
            Match(pattern=r"(?P<value>[A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M)"),
            ParseDate(format="%B %d, %Y, %I:%M %p", timezone="America/New_York"),
        ),
    ),
    body=Body(
        container="div.FITT_Article_main__body article",
        paragraphs="p",
        headings="h3",
    ),
)
