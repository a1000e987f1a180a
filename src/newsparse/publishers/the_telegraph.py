"""The Telegraph (telegraph.co.uk): the body is a run of ``div.article-body-text`` blocks.

Studied on a "Telegraph Recommended" product review from August 2023 (and a news story
of 2017 with the same body blocks). The text is split into many
``div.article-body-text`` components (with ``data-test="article-body-text"`` on newer
pages), with image ``figure``\\ s, ads and product widgets between them; each holds ``p``
paragraphs, ``h2``/``h3`` subheadings and ``ul`` lists. The generic extractor dropped the
price lines, which are paragraphs made of a single retailer link ("£79.99, Lakeland"),
and read the product spec bullets ("Three year guarantee") as paragraphs. The rule reads
the ``p`` paragraphs and subheadings of every text block; the spec lists are left out as
fact boxes. Headline, standfirst, author, date and captions are read well by the
generic extractor (``itemprop`` markup), so they have no rules.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

# Social-media embeds (their embed codes' standard classes) quote other posts: not text.
_EMBEDS = ("blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed")

RULES = RuleSet(
    publisher="The Telegraph",
    domains=("telegraph.co.uk",),
    body=Body(container="div.article-body-text", paragraphs="p", headings="h2, h3", clean=_EMBEDS),
)
