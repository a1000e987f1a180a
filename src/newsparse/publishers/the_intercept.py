"""The Intercept (theintercept.com): a React page with BEM classes, body ``div.PostContent``.

Studied on a story from April 2023. The header block holds the featured image caption
twice (``FeaturedImageCaptionText--mobile`` and ``--desktop`` copies, each a
``FeaturedImageCaption-caption`` and a ``-credit`` span; the generic image extractor
joins both copies into one caption), ``h1.Post-title``, the standfirst
``h2.Post-excerpt`` and ``div.PostByline``. The body ``div.PostContent`` is a run of
``div``\\ s of ``p`` paragraphs (section openings are underlined run-in words, not
headings) with pull quotes (``blockquote.Pullquote``, repeating a sentence of the text),
the newsletter box (``div.NewsletterEmbed-container``, with ``h3`` headlines) and
"Related" promos (``div.PromoteRelatedPost-promo``, with an ``h2``) between them; the rule
drops those. Headline, author and date are read well by the generic extractor (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="The Intercept",
    domains=("theintercept.com",),
    standfirst=Field(Select("h2.Post-excerpt")),
    body=Body(
        container="div.PostContent",
        paragraphs="p",
        headings="h2, h3",
        clean=(
            "blockquote.Pullquote",
            "div.NewsletterEmbed-container",
            "div.PromoteRelatedPost-promo",
            *_EMBEDS,
        ),
    ),
)
