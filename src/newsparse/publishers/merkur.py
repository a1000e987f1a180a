"""Merkur (merkur.de), an Ippen Media site: rules for its ``id-StoryElement`` markup.

Studied on a page from April 2023. The story is ``article.idjs-Story``; every part of it
is marked with a semantic class: ``p.id-StoryElement-timestamp`` ("Erstellt: ..."),
``p.id-StoryElement-authors`` ("Von: ..."), ``p.id-StoryElement-leadText`` (the
standfirst), ``p.id-StoryElement-paragraph`` (the text, opening with the place:
"München/London – ..."), ``h2.id-StoryElement-crosshead`` (subheadings) and
``figure.id-StoryElement-image`` with ``figcaption.id-StoryElement-image-caption``
(caption, then "© ..." credit). The same ``article`` also holds the share bar
(``p.id-StoryElement-interactionBar``, with inline script text), the "Auch interessant"
recommendations (``div.id-Recommendation``) and the comments (``div.id-Comments``).

The generic extractor reads this page correctly; the rules name the story elements so
that the share bar, recommendations and comments can never become paragraphs or
captions, and the standfirst is read from the page rather than from meta tags.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Merkur",
    domains=("merkur.de",),
    standfirst=Field(Select("article p.id-StoryElement-leadText")),
    body=Body(
        container="article.idjs-Story",
        paragraphs="p.id-StoryElement-paragraph",
        headings="h2.id-StoryElement-crosshead",
        captions="figure.id-StoryElement-image figcaption.id-StoryElement-image-caption",
        clean=("div.id-Recommendation", "div.id-Comments"),
    ),
)
