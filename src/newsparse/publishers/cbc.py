"""CBC News (cbc.ca): story pages of the React "detail" layout.

Studied on a business story from October 2022. ``div.detailMainCol`` holds the headline
``h1.detailHeadline``, a ``div.detailSummary`` (the summary meant for sharing, repeating
the first paragraph of the story), the printed dek ``h2.deck``, the byline
``div.bylineDetails`` (each author a ``span.authorText``, then "CBC News" and a
``time.timeStamp`` whose ``datetime`` is the time posted) and ``div.storyWrapper``: the
lead ``figure.leadmedia-story`` then the story ``div.story``. The generic extractor took
``div.detailSummary`` for the standfirst and then dropped the story's identical first
paragraph, so the standfirst is the dek and the body has a rule. The story's own
paragraphs and ``h2`` subheadings are direct children of ``div.story``; between them
sit ``div`` wrappers for photos (``figure.imageMedia`` with ``figcaption.image-caption``,
the credit in parentheses at its end), Datawrapper charts and "similar links" lists,
none of them paragraphs.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="CBC News",
    domains=("cbc.ca",),
    headline=Field(Select("h1.detailHeadline")),
    standfirst=Field(Select("div.detailMainCol h2.deck")),
    authors=Field(Select(".bylineDetails .authorText", many=True), then=(split_authors,)),
    published=Field(Select(".bylineDetails time.timeStamp", attr="datetime")),
    body=Body(
        container="div.storyWrapper",
        paragraphs="div.story > p",
        headings="div.story > h2",
        captions="figure.imageMedia figcaption.image-caption",
        clean=("ul.similarLinks",),
    ),
)
