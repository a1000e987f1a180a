"""Washington Free Beacon (freebeacon.com): a WordPress theme with ``div.article-content``.

Studied on a politics story from April 2023. The ``h1`` is followed by the standfirst,
``h2.article-excerpt``, and the lead ``figure.post-thumbnail-container`` (caption in
``figcaption``); the body is ``div.article-content``, ``p`` paragraphs with ad wrappers
(``div.inline-ad-wrapper``, ``div.in-article-ad-wrapper``) injected inside them, and it
ends with the tags line (``div.tag-list``: "Published under: ..." in a ``p``); the rule
drops those. The generic extractor read this page well; the rules pin the standfirst and
the body to the theme's semantic classes. Author and date are read well by the
generic extractor (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Washington Free Beacon",
    domains=("freebeacon.com",),
    standfirst=Field(Select("h2.article-excerpt")),
    body=Body(
        container="div.article-content",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.inline-ad-wrapper", "div.in-article-ad-wrapper", "div.tag-list", *_EMBEDS),
    ),
)
