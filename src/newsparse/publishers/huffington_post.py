"""HuffPost (huffingtonpost.com): author cards with a bio line, and a body of text blocks.

Studied on a politics story from November 2016 (the ``article.entry`` layout). Headline
(``h1.headline__title``), dek (``h2.headline__subtitle``) and dates (meta tags) are read
well by the generic extractor, so they have no rules. The byline is a list of
``div.author-card`` boxes: the name is ``span.author-card__details__name`` and beside it
sits a ``span.author-card__microbio`` ("Senior Politics Editor, The Huffington Post")
that a generic byline reader has to tell apart from the name, so authors are read from
the name spans only. The body ``div.entry__body`` is a sequence of
``div.content-list-component`` blocks: ``.text`` blocks hold the ``p`` paragraphs, and
between them sit ``figure.image`` photos (caption and credit, read well by the generic
image extractor), ``blockquote.pull-quote`` pull quotes repeating the text, and
``.embed-asset`` boxes (a newsletter sign-up), none of them paragraphs of the story;
the tag cloud and the comments button follow, outside the text blocks.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="HuffPost",
    domains=("huffingtonpost.com",),
    authors=Field(Select("div.author-card span.author-card__details__name", many=True)),
    body=Body(
        container="div.entry__body",
        paragraphs="div.content-list-component.text > p",
    ),
)
