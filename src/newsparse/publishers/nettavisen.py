"""Nettavisen (nettavisen.no), an Amedia site: generated classes, custom elements.

Studied on an article from October 2024. Most classes are generated
(``article--c-hkHMHp``...), but the body keeps two plain ones: ``div.body-text`` (byline
footer and body) and, inside it, ``div.article-body`` with ``p`` paragraphs and ``h2``
subheadings. Between them sit Amedia custom elements: ads (``bazaar-ad``), video embeds
(``amedia-smartembed``), fact boxes (``amedia-factbox``, with their own ``h2`` and
``p``) and includes (``amedia-include``); all are dropped. "Les også: ..." links are
paragraphs whose only child is a bold link, and are left out. Headline, standfirst,
authors, dates and captions are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="Nettavisen",
    domains=("nettavisen.no",),
    body=Body(
        container="div.body-text div.article-body",
        paragraphs="p:not(:has(> b:only-child > a))",
        headings="h2, h3",
        clean=("amedia-factbox", "amedia-include", "amedia-smartembed", "bazaar-ad"),
    ),
)
