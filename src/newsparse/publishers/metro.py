"""Metro (metro.co.uk): a WordPress body, ``div.article-body``, full of furniture.

Studied on a politics story from July 2024. ``div.article-body`` holds the ``p``
paragraphs and ``h2`` subheadings, and between them: video players
(``div.metro-video-player``, whose "enable JavaScript" notice is a ``p``), fact boxes
(``div.metro-factbox``: a titled box beside the story, here a full transcript), "Read
more" ``aside``\\ s, ad slots (``div.ad-slot-container``), the "MORE :" link lines
(``span.mor-link`` in a ``p``), the e-mail sign-up box (``div.metro-email-signup``) and
the closing house promos ("Got a story? ..." with the news desk's ``mailto:webnews@``
link, "For more stories like this, check our news page", "Follow Metro.co.uk on
Twitter ..."). The generic extractor read most of that furniture as paragraphs (and
dropped a paragraph whose middle is one long link); the rule drops it. The story's first
paragraph is an ordinary ``p`` and is kept as a paragraph (the corpus truth takes it as
the summary). The ``h1`` is printed as the headline (the JSON-LD one is an SEO variant);
author and dates are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Metro",
    domains=("metro.co.uk",),
    body=Body(
        container="div.article-body",
        paragraphs="p",
        headings="h2, h3",
        clean=(
            "div.metro-video-player",
            "div.metro-factbox",
            "div.metro-email-signup",
            "div.ad-slot-container",
            "aside",
            "p:has(> span.mor-link)",
            "p:has(a[href^='mailto:webnews@'])",
            "p:has(> a[href$='metro.co.uk/news/'])",
            "p:has(a[href*='twitter.com/MetroUK'])",
            *_EMBEDS,
        ),
    ),
)
