"""National Geographic (nationalgeographic.com, news.nationalgeographic.com): two layouts.

Studied on a news story from August 2015 (news.nationalgeographic.com, the AEM
"parsys" layout) and a magazine story from January 2017 (www.nationalgeographic.com,
served in the later "FITT" article layout). The two share no selector, and a page's
host does not say which layout it has, so one rule set names both; on each page only
one layout's selectors find anything. Headline, dek and dates are read well by the
generic extractor (``itemprop=headline`` / ``h1.Article__Headline__Title``, the
``article__deck`` / ``p.Article__Headline__Desc``, the ``article:published_time`` meta).

* 2015 layout: the body is ``span[itemprop=articleBody]``, a run of
  ``div.parbase.smartbody`` boxes each holding one ``p``, between image boxes, pull
  quotes (``div.pullQuote``, repeating the text), "Recent ... Content" link lists
  (``div.promo``) and right-rail slots, none of them paragraphs. Images are
  ``figure.media-image`` with a ``figcaption.media__caption`` whose text box holds the
  caption (``span[itemprop=caption]``) and the credit (``small.media__caption--credit``,
  "Photograph by ..."); the generic extractor found none of them (the pictures are
  lazy-loaded, without an ``img``), so the rule reads the captions. The byline box is
  filled by a script, so the page prints no author.
* FITT layout: the body is ``section.Article__Content``, a ``div`` of ``p`` (on gated stories
  only its first paragraphs), the author names are ``span.Byline__Author``.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="National Geographic",
    domains=("nationalgeographic.com", "news.nationalgeographic.com"),
    authors=Field(Select("section.Byline span.Byline__Author", many=True)),
    body=Body(
        container="span[itemprop='articleBody'], section.Article__Content",
        paragraphs="div.smartbody > p, section.Article__Content > div > p",
        captions="figcaption.media__caption div.media__caption--text",
    ),
)
