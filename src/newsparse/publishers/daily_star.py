"""Daily Star (dailystar.co.uk), a Reach plc site: the body is ``div.article-body``.

Studied on a travel story from April 2024. Like the Mirror (same publisher, same
template), ``div.article-body[itemprop=articleBody]`` holds the story's ``p`` paragraphs
and ``h3`` subheadings, with images as ``figure.in-article-image`` (caption
``span.caption`` and credit ``span.credit``, read well by the generic image extractor).
In the text sit "READ MORE: ..." teasers, paragraphs holding one bold link, and the
closing newsletter promo ("Check out more of the Daily Star's latest travel stories by
signing up to our free weekly newsletter"), whose link goes to Reach's sign-up service
``data.reachplc.com``: the generic extractor kept the promo, the rule drops both. The
printed ``h1`` is the headline (og:title, which the corpus truth has, is a shorter
variant); standfirst, author and date are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Daily Star",
    domains=("dailystar.co.uk",),
    body=Body(
        container="div.article-body",
        paragraphs="p",
        headings="h2, h3",
        clean=(
            "aside",
            "figure",
            "p:has(> a:only-child > b:only-child)",
            "p:has(a[href*='data.reachplc.com/'])",
            *_EMBEDS,
        ),
    ),
)
