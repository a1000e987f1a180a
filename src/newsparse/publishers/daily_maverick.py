"""Daily Maverick (dailymaverick.co.za): a WordPress site with "reading modes".

Studied on a news story from May 2025. The headline is the ``h1`` of ``div.titles``
(after an ``h4`` kicker); the byline ``span.author-name`` links each author ("By ..."),
beside a "Follow" button. The story is shown in three reading modes, three tab panes:
``#long-form`` (the article), ``#speed-read`` and ``#summary`` (shorter retellings of
the same story, which are not body text). In ``#long-form``, ``div.article-content``
opens with the standfirst ``h2.first-paragraph``, then ``p`` paragraphs and ``h4``
subheadings, between ad boxes (``div.dm_add_wrapper``), photos (``div.wp-caption``) and
"Read more: <link>" lines (a ``p`` of a bold label and a link), dropped. The lead photo
sits above the tabs; the generic image extractor reads the captions well, so they have
no rule, nor do the dates (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

_CONTENT = "div.article-content"

RULES = RuleSet(
    publisher="Daily Maverick",
    domains=("dailymaverick.co.za",),
    headline=Field(Select("div.titles h1")),
    standfirst=Field(Select(f"#long-form {_CONTENT} > h2.first-paragraph")),
    authors=Field(Select(".article-bar span.author-name a", many=True)),
    body=Body(
        container=f"#long-form {_CONTENT}",
        paragraphs=f"{_CONTENT} > p",
        headings=f"{_CONTENT} > h2:not(.first-paragraph), {_CONTENT} > h3, {_CONTENT} > h4",
        clean=(
            ".dm_add_wrapper",
            ".wp-caption",
            # "Read more: <link>" lines.
            "p:has(> b:first-child + a:last-child)",
            "p:has(> strong:first-child + a:last-child)",
        ),
    ),
)
