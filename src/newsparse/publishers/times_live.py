"""TimesLIVE (timeslive.co.za): Arena Holdings' article template built from "widgets".

Studied on a business story from May 2025. ``div.article-left`` holds the kicker
``div.section``, the headline ``div.primary-title`` (a ``div``, not an ``h1``), the
standfirst ``div.tertiary-title``, the date and ``div.article-author`` (each author a
``div.author-block`` whose ``span.name`` is the name and ``span.title`` the job title).
The story is ``div.article-widgets``: a sequence of ``div.article-widget`` typed by
class (and ``rel``): ``-text`` widgets hold the ``p`` paragraphs (and any subheadings)
in ``div.text``; ``-image`` widgets hold a photo with ``span.description`` (the
caption) and ``span.author`` ("Image: GCIS", the credit); ``-related_articles``
widgets ("READ MORE:", "WATCH |") and ``-hr`` rules are not story text. The generic
extractor found no caption (it is a ``span`` beside the image, with no ``figure``),
so captions have a rule; dates are read well generically.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

_TEXT = "div.article-widget-text div.text"

RULES = RuleSet(
    publisher="TimesLIVE",
    domains=("timeslive.co.za",),
    headline=Field(Select("div.article-left > div.primary-title")),
    standfirst=Field(Select("div.article-left > div.tertiary-title")),
    authors=Field(Select("div.article-author div.author-block span.name", many=True)),
    body=Body(
        container="div.article-widgets",
        paragraphs=f"{_TEXT} p",
        headings=f"{_TEXT} h2, {_TEXT} h3, {_TEXT} h4",
        list_items=f"{_TEXT} li",
        captions="div.article-widget-image .image-text span.description",
    ),
)
