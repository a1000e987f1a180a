"""The West Australian (thewest.com.au): a React site styled with Emotion (hashed classes).

Studied on a politics story from November 2024. Almost every class is an Emotion class
(``css-<hash>-StyledParagraph``) that changes between builds, so the rules use the
stable hooks only: ``h1[itemprop=headline]``, the byline ``address`` whose author links
hold ``span[itemprop=name]`` (beside the masthead name "The West Australian", which is
not an author), and the story container ``div#ArticleContent`` (a fixed id, not a page
id) with ``p`` paragraphs, ad slots and "related story" ``aside`` cards. The lead
photo sits above ``#ArticleContent``; its ``figcaption`` splits caption and "Credit:
..." into two spans, which the generic image extractor reads well, so captions have no
rule. Dates come from JSON-LD and the byline ``time`` (read well generically).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="The West Australian",
    domains=("thewest.com.au",),
    headline=Field(Select("h1[itemprop='headline']")),
    authors=Field(Select("address [itemprop='name']", many=True)),
    body=Body(
        container="div#ArticleContent",
        paragraphs="p",
        headings="h2, h3",
        clean=("aside",),
    ),
)
