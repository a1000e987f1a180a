"""TechRadar (techradar.com), a Future plc site: the body is ``div#article-body``.

Studied on a news analysis from May 2026. ``div#article-body`` holds ``p`` paragraphs
(past the soft paywall marked ``p.paywall``, still printed in the page) and ``h2``
subheadings, with, between them: ad units, "read more" rivers and widgets (``aside``),
a JW Player video carousel (``[data-jwp-carousel]``, whose "Latest Videos From" label
the generic extractor read as text), the newsletter sign-up box
(``div.newsletter-form__wrapper``), the closing "Follow TechRadar on Google News" line
(a paragraph linking to ``news.google.com/publications``) and quote blocks
(``figure > blockquote.vanilla-quoteblock``, the source in a ``figcaption > cite``). The
generic extractor also missed the paragraphs after a widget; the rule reads them all,
keeps the block quote without its attribution and drops the furniture. Headline,
standfirst, author and date are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="TechRadar",
    domains=("techradar.com",),
    body=Body(
        container="div#article-body",
        paragraphs="p",
        headings="h2, h3",
        quotes="blockquote",
        clean=(
            "aside",
            "[data-jwp-carousel]",
            "div.newsletter-form__wrapper",
            "blockquote figcaption",
            "p:has(a[href^='https://news.google.com/publications/'])",
            *_EMBEDS,
        ),
    ),
)
