"""tagesschau.de: a body rule that reads only the article's text paragraphs.

Studied on a page from April 2023. Headline (``h1.seitenkopf__headline``: a topline span
and the headline span), the author (``div.authorline__author``, "Von ..."), the date
("Stand: ..." in ``p.metatextline``, also JSON-LD) and the standfirst are read well by
the generic extractor.

The body is a run of ``p.textabsatz`` paragraphs and ``h2.meldung__subhead`` subheadings
in the ``article``; the first ``p.textabsatz`` is the standfirst, printed bold
(``strong``). Between them sit teaser boxes (``teaser-absatz__shorttext`` paragraphs) and
after them ``div.meldungsfooter`` with the "Dieses Thema im Programm: ..." broadcast note,
which the generic extractor took as a last paragraph. The rule reads only the
``textabsatz`` paragraphs and the subheadings and drops the footer; the standfirst is
not repeated as a paragraph (the generic standfirst is taken out of the body).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="tagesschau",
    domains=("tagesschau.de",),
    body=Body(
        container="article",
        paragraphs="p.textabsatz",
        headings="h2.meldung__subhead",
        clean=("div.meldungsfooter",),
    ),
)
