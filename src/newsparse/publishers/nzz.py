"""NZZ (Neue Zürcher Zeitung, nzz.ch): article components marked with ``data-team-*``.

Studied on a live ticker from July 2024. The page's parts are "article components":
``p[data-team-paragraph]`` paragraphs, ``h2[data-team-subtitle]`` subheadings,
``h5.time`` ticker entry titles ("11.04 Uhr: ..."), ``li[data-team-li]`` items of the
summary list, images as ``figure.articlecomponent`` whose caption is an ``h2`` (not a
subheading), and at the end ``p[data-team-footnote]``, an agency note ("Mit
Agenturmaterial.") that is not body text. Naming these components keeps the note out;
the generic image extractor reads the captions (without the photo credit) well.

The visible headline is ``h1.headline__title`` and the lead ``p.headline__lead``; the
JSON-LD headline and ``<title>`` hold a different, SEO title, so the headline has a rule.
Authors (JSON-LD, the byline only says "NZZ-Redaktion" on a ticker) and the dates (the
``time`` in the byline is the last update) are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="NZZ",
    domains=("nzz.ch",),
    headline=Field(Select("h1.headline__title")),
    standfirst=Field(Select("p.headline__lead")),
    body=Body(
        paragraphs="p[data-team-paragraph]",
        headings="h2[data-team-subtitle], h5.time",
        list_items="li[data-team-li]",
    ),
)
