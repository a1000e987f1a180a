"""netzpolitik.org: a WordPress site; the rule reads the story and the caption without its licence.

Studied on a column from April 2024. ``article.article-area`` holds the header, the lead
image (``figure.wp-caption`` above the text) and ``div.entry-content``, whose direct
``p``, ``h2``/``h3`` and list children are the story; after it, ``footer.entry-footer``
holds a donation appeal, the author box and the category and tag lists (and the
comments follow). The caption (``figcaption.wp-caption-text``) ends with the image's
licence and source in ``span.media-license-caption`` ("– Midjourney (...)"), which the
generic extractor kept in the caption: the rule drops it.

Headline, author, date and standfirst are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

_TEXT = "div.entry-content"

RULES = RuleSet(
    publisher="netzpolitik.org",
    domains=("netzpolitik.org",),
    body=Body(
        container="article.article-area",
        paragraphs=f"{_TEXT} > p",
        headings=f"{_TEXT} > h2, {_TEXT} > h3",
        quotes=f"{_TEXT} > blockquote",
        list_items=f"{_TEXT} > ul > li, {_TEXT} > ol > li",
        captions="figure.wp-caption figcaption",
        clean=("span.media-license-caption",),
    ),
)
