"""POPSUGAR (popsugar.com): gallery posts whose text is spread over photo slides.

Studied on a home-decor gallery post from December 2016. Headline (``h2.post-title``,
``itemprop=headline``; the ``h1`` above it is a short SEO title), author and dates
(``itemprop`` microdata) are read well by the generic extractor. A gallery post has a
short intro (``div.gallery-body`` paragraphs) and then ``figure.flat-slide`` slides:
each has a title (``div.slide-header div.title``, a subheading), a photo with a
"reactions" menu, and a ``figcaption.flat-slide-caption`` whose ``p`` paragraphs carry
the story's text, followed by a ``div.source`` "Image Source: ..." credit. The generic
body extractor found none of that text (only the "December 19, 2016 by ..." line), so
the rule reads the intro and the slides' titles and paragraphs, without the credits.
The generic image extractor reads each slide's photo with its text as the caption and
its source as the credit, which is left as it is.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="POPSUGAR",
    domains=("popsugar.com",),
    body=Body(
        container="article.post-page",
        paragraphs="div.gallery-body > p, figure.flat-slide figcaption.flat-slide-caption > p",
        headings="figure.flat-slide div.slide-header div.title",
        clean=("div.source", "div.image-reactions"),
    ),
)
