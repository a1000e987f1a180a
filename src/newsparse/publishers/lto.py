"""LTO (Legal Tribune Online, lto.de): the story is the direct children of its text wrapper.

Studied on a background article from October 2025 (TYPO3). ``article.reader`` holds the
header (``h1`` with a kicker ``span.reader__subline`` and the title
``span.reader__topline``, the author and date lines, the lead figure) and
``div.article-text-wrapper``: the standfirst (``div.reader__intro``), then the story's
``p`` paragraphs and ``h2`` subheadings as direct children, then a toolbar (print, send,
cite), the citation box (``div.citewrapper``: "Zitiervorschlag" and a ``p`` with the
suggested citation, which the generic extractor read as paragraphs) and the tag lists.
Reading only the direct ``p``/``h2``/``h3`` children leaves the boxes out.

Headline, author, date, standfirst and captions are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

_TEXT = "div.article-text-wrapper"

RULES = RuleSet(
    publisher="LTO",
    domains=("lto.de",),
    body=Body(
        container=f"article.reader {_TEXT}",
        paragraphs=f"{_TEXT} > p",
        headings=f"{_TEXT} > h2, {_TEXT} > h3",
        quotes=f"{_TEXT} > blockquote",
        list_items=f"{_TEXT} > ul > li, {_TEXT} > ol > li",
    ),
)
