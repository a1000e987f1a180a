"""hessenschau.de (hr): body and authors have rules.

Studied on a page from April 2024. The story is ``article.page``: a header
(``header.c-contentHeader__content`` with the ``h2`` headline and ``p.text__byline``
"Veröffentlicht am ..."), a lead media box, then the text as ``p.copytext__text``
paragraphs (the first, in ``strong``, is the standfirst) and ``h2.copytext__headline`` subheadings.
After the text come a fact box (``div.infobox``: ``h3.infobox__headline`` and
``p.infobox__text``), the credit line ``p.additionalInfo__text`` ("Redaktion: Roman
Warschauer und Marcel Sommer", then "Sendung: ...") and ``footer.contentFooter``
("Quelle: hessenschau.de").

The generic extractor read the fact box as paragraphs; the rule reads only the text
paragraphs and subheadings. JSON-LD names the organisation "Redaktion hessenschau.de"
as author, which is no person; the people credited on the page are those of the
"Redaktion:" line, which the authors rule reads (up to "Sendung:").
"""

from __future__ import annotations

from newsparse.rules import Body, Field, Match, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="hessenschau.de",
    domains=("hessenschau.de",),
    authors=Field(
        Select("div.additionalInfo p.additionalInfo__text"),
        then=(
            Match(pattern=r"^Redaktion:\s*(?P<value>.+?)\s*(?:Sendung:.*)?$"),
            split_authors,
        ),
    ),
    body=Body(
        container="article.page",
        paragraphs="p.copytext__text",
        headings="h2.copytext__headline",
        clean=("div.infobox",),
    ),
)
