"""Occupy Democrats (occupydemocrats.com): a WordPress theme, body ``div.post-content``.

Studied on a politics story from June 2023. The body is
``div.post-content.entry-content[itemprop=articleBody]``: ``p`` paragraphs and quoted
filings in ``blockquote``, with ad-inserter blocks (``div.code-block``, some holding an
empty or ad-only ``p``) between them, which the rule drops. The author box and the tags
follow outside the body. The generic extractor read this page well; the rule pins the
body to its container and keeps block quotes as quotes. Headline, author and date are
read well by the generic extractor (JSON-LD, ``itemprop`` markup).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Occupy Democrats",
    domains=("occupydemocrats.com",),
    body=Body(
        container="div.post-content.entry-content",
        paragraphs="p",
        headings="h2, h3",
        quotes="blockquote",
        clean=("div.code-block", *_EMBEDS),
    ),
)
