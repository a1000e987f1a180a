"""Express (express.co.uk): ``div.text-description`` text blocks, and live-blog entries.

Studied on a live blog from July 2024. The body is ``div[data-type=article-body]``: the
story's text is in ``div.text-description`` blocks (``p`` paragraphs, with ad and video
placeholders between them as empty ``div``\\ s); a live blog adds ``div.live-events__entry``
entries, each with an info line (``div.live-events__entry-info``: time and author, not
text), an ``h3.live-events__entry-head`` heading and a ``div.live-events__entry-text``.
Images are ``div.photo`` boxes: the picture in a ``p.withoutCaption`` and the caption in
``span.newsCaption``, whose inner ``span.caption`` is the credit "(Image: Getty)"; the
generic image extractor reads them well (not being ``p`` blocks of the text, they are not
read as paragraphs). A ``div.text-description.dont-miss`` box ("READ MORE" links) and the
related-articles box are not text. The generic extractor lost a live entry's paragraph
that is mostly one link.
The printed ``h1`` is the headline (og:title, which the corpus truth has, is an SEO
variant). The standfirst is the ``h3`` after the ``h1`` in the article's ``header``: the
generic extractor found it on the live blog but may take the first paragraphs for it, so
it has a rule. Author and dates are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="Express",
    domains=("express.co.uk",),
    standfirst=Field(Select("article > header h1 + h3")),
    body=Body(
        container="div[data-type='article-body']",
        paragraphs="div.text-description p, div.live-events__entry-text p",
        headings="div.text-description h2, div.text-description h3, h3.live-events__entry-head",
        clean=("div.dont-miss", "div.live-events__entry-info", "div.related-articles", *_EMBEDS),
    ),
)
