"""Fox News (foxnews.com): ``div.article-body`` with teasers, ads and video cards inside.

Studied on a politics story from April 2023. Headline (``h1.headline``), standfirst
(``h2.sub-headline``), author and dates are read well by the generic extractor (JSON-LD),
so they have no rules. The body ``div.article-body`` mixes the ``p`` paragraphs with
furniture the rule drops: the lead ``div.featured-video`` card (its description is a
``p``), ``div.ad-container`` slots, the author's bio box (``div.article-meta``), and
"read more" teasers printed as paragraphs holding only a bold link in capitals
(``<p><a><strong>2 NY RESIDENTS ...</strong></a></p>``, also "CLICK HERE TO GET THE FOX
NEWS APP"). Inline images are ``div.image-ct`` boxes whose ``div.caption`` holds the
caption in a first ``span`` and the photo credit, in brackets, in a second one: the rule
drops them from the text, and the generic image extractor reads caption and credit well.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Fox News",
    domains=("foxnews.com",),
    body=Body(
        container="div.article-body",
        paragraphs="p",
        clean=(
            "div.featured-video",
            "div.ad-container",
            "div.article-meta",
            "div.image-ct",
            "p:has(> a:only-child > strong:only-child)",
            "p:has(> strong:only-child > a:only-child)",
            *_EMBEDS,
        ),
    ),
)
