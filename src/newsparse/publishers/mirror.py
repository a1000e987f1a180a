"""The Mirror (mirror.co.uk), a Reach plc site: articles and live blogs share one body.

Studied on an article and a live blog from 2024. ``div.article-body`` holds the story's
``p`` paragraphs and ``h3`` subheadings; in live blogs each entry is a
``div.live-event-entry`` whose ``div.entry-info`` (time and author, not body text) sits
beside ``div.entry-content``. "Read more" boxes are ``aside`` elements. Images are
``amp-img`` in ``figure`` (the lead image sits above ``div.article-body``); the generic
image extractor reads them and their ``span.credit`` well, so the body rule names no
captions. Headline, standfirst, authors and dates are read well by the generic extractor
too, so they have no rules.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="The Mirror",
    domains=("mirror.co.uk",),
    body=Body(
        container="div.article-body",
        paragraphs="p",
        headings="h3",
        clean=("aside", "div.entry-info"),
    ),
)
