"""i (inews.co.uk): a WordPress body, ``div.article-content``, read by its direct children.

Studied on a sports report from August 2023. ``div.article-content`` holds the story's
``p`` paragraphs (and ``h2``/``h3`` subheadings) as direct children, with ad slots
(``div.inews__mpu``, ``div.inews__advert``), the e-mail sign-up box, "Related Article"
teaser boxes (``div.inews__shortcode-relatedarticleinline``, which have their own ``h2``)
and ``figure.wp-block-image`` images (caption in ``figcaption``, read well by the generic
image extractor) between them. The report ends with an italic credit line
("Additional reporting from PA"), which is not article text: the generic extractor kept
it, the rule drops a last paragraph that is wholly ``em``. Headline, standfirst, author
and date are read well by the generic extractor (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="iNews",
    domains=("inews.co.uk",),
    body=Body(
        container="div.article-content",
        paragraphs="div.article-content > p",
        headings="div.article-content > h2, div.article-content > h3",
        clean=("div.article-content > p:last-of-type:has(> em:only-child)",),
    ),
)
