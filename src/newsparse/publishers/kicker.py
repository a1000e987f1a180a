"""kicker (kicker.de): the story is the direct children of ``div.kick__article__content__child``.

Studied on a news story from April 2024. The standfirst is ``p.kick__article__teaser``
and the lead image's caption a ``p`` in ``div.kick__article__picture`` above the body.
The body, ``div.kick__article__content__child``, holds the story's ``p`` paragraphs as
direct children, between ad wrappers, a poll ``section``, a pull quote
(``blockquote.kick__article__zitat``: a sentence repeated from the text plus the name of
the speaker, which the generic extractor read as two paragraphs), the author's initials
(``div.kick__article__detail > p.kick__article__detail__author``, e.g. "amw") and a
picture-gallery teaser with its own heading. Reading only the direct ``p`` (and ``h2``
/``h3``) children leaves all of them out.

The author is printed only as those initials, after the body; the rule reads them (the
generic extractor finds no author). The page's ``h1`` sits in the breadcrumb line and
holds a longer SEO title; the printed headline is the ``h2`` of
``header.kick__article__header``, under a subline (``p.kick__article__header-subline``).
The date is read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

_BODY = "div.kick__article__content__child"

RULES = RuleSet(
    publisher="kicker",
    domains=("kicker.de",),
    headline=Field(Select("header.kick__article__header > h2")),
    standfirst=Field(Select("p.kick__article__teaser")),
    authors=Field(Select("div.kick__article__detail p.kick__article__detail__author")),
    body=Body(
        container=_BODY,
        paragraphs=f"{_BODY} > p",
        headings=f"{_BODY} > h2, {_BODY} > h3",
    ),
)
