"""Los Angeles Times (latimes.com): the body is ``div[data-element=story-body]``.

Studied on a "story stack" feature from June 2023 (a list of numbered items, each with an
``h3.story-stack-story-title`` and a rich-text ``div`` of ``p`` paragraphs). The
body's container is marked ``data-element="story-body"``; inside it, every ad, image and
embed sits in a ``div.enhancement`` (ads carry an "Advertisement" label), and each stack
item has a ``div.story-stack-item-number`` badge; the rule drops both and reads the ``p``
paragraphs and ``h2``/``h3`` subheadings. Empty ``<p> </p>`` spacers are skipped. The
generic extractor read this page well; the rule pins the body to its container, so an
ad label or a number badge cannot become text. Headline, author (``span.author-name``),
date (``time.published-date``) and image captions (in ``figure`` elements) are read well
by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Los Angeles Times",
    domains=("latimes.com",),
    body=Body(
        container="div[data-element='story-body']",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.enhancement", "div.story-stack-item-number", *_EMBEDS),
    ),
)
