"""SRF (Schweizer Radio und Fernsehen, srf.ch): the article body and its end-of-page byline.

Studied on an interview page from April 2024. The body is ``section.article-content``
(``itemprop="articleBody"``): ``p`` paragraphs (interview questions in ``strong``), pull
quotes as ``blockquote``, and ``div.expandable-box`` boxes (a person box with a short
bio, fact boxes, a box of links to the topic page) that are collapsed asides, not the
story, so they are cleaned. Images are ``figure.image-figure`` whose
``div.media-caption`` holds the caption and its source; the generic image extractor
reads them well.

The authors are not in JSON-LD or a byline under the headline: they are printed after
the body as editor codes in ``p.article-reference span[itemprop=author]``,
"srf/hosb;kesm", one per ``;``. The headline ``h1.article-title`` holds an overline
(``span.article-title__overline``) before the title (``span.article-title__text``).
The publication date is the ``data-publicationdate`` of ``p.article-author__date``
(its text is filled in by a script).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, ParseDate, RuleSet, Select, Split

RULES = RuleSet(
    publisher="SRF",
    domains=("srf.ch",),
    headline=Field(Select("h1.article-title span.article-title__text")),
    authors=Field(
        Select("p.article-reference [itemprop=author]"),
        then=(Split(separator=";"),),
    ),
    published=Field(
        Select("p.article-author__date[data-publicationdate]", attr="data-publicationdate"),
        then=(ParseDate(),),
    ),
    body=Body(
        container="section.article-content",
        paragraphs="p",
        quotes="blockquote",
        clean=("div.expandable-box",),
    ),
)
