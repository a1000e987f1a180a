"""Tages-Anzeiger (tagesanzeiger.ch), a Tamedia site built with CSS modules.

Studied on an article from July 2023 (fetched September 2024). Class names are a
component name plus a build hash (``ArticleParagraph_root__lhFZo``), so the rules match
the stable component part with ``[class*=...]`` and never the hash. Every body element
carries an ``ArticleElement_article-element`` class: ``p`` paragraphs, ``h2``
crossheads, the lead ``figure`` and a read-aloud promotion ``div`` ("Jetzt abonnieren
und von der Vorlesefunktion profitieren."), which the generic extractor read as a
paragraph, as it did the "Fehler gefunden? Jetzt melden." line after the body; naming
the paragraph and heading elements leaves both out. Lists and block quotes were not on
the page studied: the rules read them only when they carry the same element class.

The visible headline is ``[data-testid=content-title]``, printed after an overline
(``ContentHead_titleheader``) in an ``h2``; the page's ``h1`` is a hidden SEO title
"overline: title", so the headline has a rule. JSON-LD names the author and the agency
("SDA", an organisation, which the page prints only as the agency line "SDA/sep" after
the body); the generic extractor keeps the person, which is what a reader takes as the
author. Standfirst, dates and captions are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

_ELEMENT = '[class*="ArticleElement_article-element"]'

RULES = RuleSet(
    publisher="Tages-Anzeiger",
    domains=("tagesanzeiger.ch",),
    headline=Field(Select('[data-testid="content-title"]')),
    body=Body(
        paragraphs=f"p{_ELEMENT}",
        headings=f"h2{_ELEMENT}, h3{_ELEMENT}",
        list_items=f"ul{_ELEMENT} > li, ol{_ELEMENT} > li",
        quotes=f"blockquote{_ELEMENT}",
    ),
)
