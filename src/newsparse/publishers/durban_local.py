"""Durban Local (durbanlocal.co.za): a Next.js site (Independent Media's platform).

Studied on an entertainment story from November 2025. Class names are CSS-module names,
``<module>_<class>__<hash>`` (``text_text__oJhZK``): the hash changes with each build,
so the rules match the stable ``<module>_<class>__`` part with ``[class*=...]``. The
story is ``div.widgets_article-widgets__*``, a sequence of widgets: text widgets
(``text_text__*``, with ``p`` paragraphs), Google ad slots and image widgets
(``image_image-widget__*``) made of the picture and two ``p``: the caption, then the
credit ("Image: Fouzia Van Der Fort"). Those ``p`` are not figure captions to the
generic extractor, which read them as paragraphs; the rule reads only the text
widgets' paragraphs and takes each image widget's first ``p`` as its caption.
Headline, author and dates are read well from the ``h1`` and JSON-LD, so have no rules.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

_TEXT = "[class*='text_text__']"

RULES = RuleSet(
    publisher="Durban Local",
    domains=("durbanlocal.co.za",),
    body=Body(
        container="[class*='widgets_article-widgets__']",
        paragraphs=f"{_TEXT} p",
        headings=f"{_TEXT} h2, {_TEXT} h3, {_TEXT} h4",
        list_items=f"{_TEXT} li",
        captions="[class*='image_image-widget__'] > p:first-of-type",
    ),
)
