"""Freie Presse (freiepresse.de): standfirst, body and dateline have rules.

Studied on a page from April 2024. In ``article.article`` the header holds the date
(``span.article-date``, "Erschienen am ..."), the headline (``h2.likeArticleH1``), the
byline (``div.new-author-text``, "Von ...") and the lead image (``span.img-info``:
caption and "Bild: ..." credit). The text is ``div.article-text`` (``#artikel-content``):
the standfirst ``p.bold``, then ``div.firstSection`` opening with the place
(``span``: "Chemnitz. ") before the first ``p``, then further ``p`` paragraphs and
``h2`` subheadings, ending with the editor's sign "(kas)". Inside the text sit app
advertising boxes (``div.appHint``, ``#appBottomRgt`` with an ``ul`` of selling points and
"Nein Danke. Weiter in dieser Ansicht."), which the generic extractor read as
paragraphs, together with the lone place line.

The rule reads the direct ``p`` and ``h2`` children of the text and the paragraphs of
``div.firstSection`` (the standfirst among them is not repeated); the dateline rule
reads the place ``span`` that opens it; the standfirst rule names the leading
``p.bold`` (the generic extractor finds it only through the meta description).
Headline, author, date and caption are read well generically.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Freie Presse",
    domains=("freiepresse.de",),
    standfirst=Field(Select("div.article-text > p.bold:first-of-type")),
    dateline=Field(Select("div.article-text > div.firstSection > span:first-child")),
    body=Body(
        container="article div.article-text",
        paragraphs="div.article-text > p, div.firstSection > p",
        headings="div.article-text > h2",
        clean=("div.appHint", "#appBottomRgt"),
    ),
)
