"""WELT (welt.de): a body rule that names the article text and drops its inline elements.

Studied on a page from April 2023. The title is the ``h1.c-breadcrumb__title`` at the
end of the breadcrumb trail (also ``og:title``); the display headline is an ``h2`` above
the summary ``div.c-summary``. Authors (``data-qa="Author.Link"``), the date and the
standfirst are read well by the generic extractor and have no rules.

The body is ``div.c-article-text`` (``itemprop="articleBody"``): ``p`` paragraphs (the
first with a drop-cap ``span``) and ``h3.o-headline`` subheadings. Between them sit
``div.c-inline-element`` boxes: ad slots (with an "Anzeige" label), "Lesen Sie hier mehr"
teaser lists and infographics whose ``figcaption`` holds only a source line ("Quelle:
Infografik WELT"). The rule reads the paragraphs and subheadings and drops those boxes,
so teaser texts never become paragraphs.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="WELT",
    domains=("welt.de",),
    body=Body(
        container="div.c-article-text",
        paragraphs="p",
        headings="h3",
        clean=("div.c-inline-element",),
    ),
)
