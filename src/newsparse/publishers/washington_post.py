"""The Washington Post (washingtonpost.com): one ``div.article-body`` per paragraph.

Studied on a weather story from April 2024. Class names are generated (``wpds-c-PJLV``),
but the body's blocks carry ``data-qa="article-body"``: each wraps one ``p``
(``data-el="text"``), one ``h3`` subheading, or an embed: images
(``data-qa="article-image"``, read by the generic image extractor), ads
(``data-qa="article-body-ad"``), the gift-link box and oEmbeds (``data-oembed-type``,
e.g. tweets, whose text is not the article's). The generic extractor missed the two
paragraphs inside the paywall teaser (``div.teaser-content``); the rule
reads every block. Headline, standfirst (``h2[data-qa=subheadline]``), authors and dates
are read well by the generic extractor (JSON-LD), so they have no rules.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="The Washington Post",
    domains=("washingtonpost.com",),
    body=Body(
        container="div.article-body[data-qa='article-body']",
        paragraphs="p",
        headings="h2, h3, h4",
        clean=(
            "div[data-oembed-type]",
            "div[data-qa='article-body-ad']",
            "div[data-qa='article-image']",
            "div[data-testid='gift-share-inline']",
        ),
    ),
)
