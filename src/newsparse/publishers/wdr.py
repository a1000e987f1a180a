"""WDR (www1.wdr.de): a body rule that reads the text paragraphs and subheadings only.

Studied on a page from April 2024. The story is in
``article``: a lead video box (``div.mediaCon`` with an ``h2.mediaTitle`` and duration
line), then ``div.box`` with ``p.stand`` ("Stand: ..."), the standfirst ``p.einleitung``,
the byline ``p.autor`` ("Von ..."), and the text as ``p.text`` paragraphs and
``h2.subtitle`` subheadings, with images between them (``div.mediaCon`` whose
``p.infotext`` is the caption), audio teasers (``div.teaser``) and, at the end, a
sources list ("Quellen:" and ``div.checklist``). Headline, author, date, standfirst and
captions are read well by the generic extractor. Its body also took the sources list as
paragraphs; the rule reads the ``p.text`` and ``h2.subtitle`` children of the boxes
(the list is not read; its "Quellen:" label, a ``p.text``, stays).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="WDR",
    domains=("www1.wdr.de",),
    body=Body(
        container="article",
        paragraphs="div.box > p.text",
        headings="div.box > h2.subtitle",
        clean=("div.teaser",),
    ),
)
