"""The Washington Times (washingtontimes.com): the text is in ``div.article-text``.

Studied on a wire story from April 2023. The story is the ``article`` of
``section.full-article``: the lead ``figure.photo-zoom`` (its ``figcaption`` ends with the
photo credit in brackets and a "more >" link to the gallery, which the rule drops), then
``div.article-text`` with the ``p`` paragraphs. After the text, still inside
``div.article-text``, come the copyright line (``div.permission``: "Copyright © 2023
The Washington Times, LLC."), the comment policy (``#comment-policy``), the comment
widgets, the "Click to Read More" / "Click to Hide" toggles (``p.expand``,
``p.contract``) and sponsored stories (``div.piano-revcontent-ad``); the generic
extractor kept the copyright line. Headline (``h1.page-headline``), author and date are
read well by the generic extractor (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="The Washington Times",
    domains=("washingtontimes.com",),
    body=Body(
        container="section.full-article > article",
        paragraphs="div.article-text p",
        headings="div.article-text h2, div.article-text h3",
        captions="figure figcaption",
        clean=(
            "figcaption a",
            "div.permission",
            "#comment-policy",
            "p.expand",
            "p.contract",
            "div.piano-revcontent-ad",
            *_EMBEDS,
        ),
    ),
)
