"""Chicago Tribune (chicagotribune.com): Arc XP (Fusion) story pages.

Studied on a syndicated (Washington Post) story of December 2016, as served by the Arc
XP site. ``div.trb_allContentWrapper`` holds the section overline, ``h1.headline`` and
``div.article_byline``: a first ``div`` with "By <span>Name</span>", then a ``div``
with the source ("Washington Post", not an author) and a ``time`` printing the local
(Chicago) time, "Dec 13, 2016 at 3:45 pm", with no ``datetime`` attribute and no
JSON-LD date on the page: the generic extractor read it without its time zone, so the
date has a rule that attaches America/Chicago. The story is
``article.article-body-wrapper-custom`` with ``p.body-paragraph`` paragraphs between
ad wrappers and, at its end, the share bar; the lead photo's caption and credit are read
well by the generic image extractor. The New York Daily News uses the same template
(:func:`tribune_arc` builds the rules for both).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, ParseDate, RuleSet, Select, split_authors

__all__ = ["RULES", "tribune_arc"]


def tribune_arc(publisher: str, domain: str, timezone: str) -> RuleSet:
    """The rules of the Tribune Publishing Arc XP story template, for one of its sites."""
    return RuleSet(
        publisher=publisher,
        domains=(domain,),
        headline=Field(Select("div.trb_allContentWrapper h1.headline")),
        authors=Field(
            Select("div.article_byline > div:first-child span", many=True),
            then=(split_authors,),
        ),
        published=Field(
            Select("div.article_byline time"),
            then=(ParseDate(format="%b %d, %Y at %I:%M %p", timezone=timezone),),
        ),
        body=Body(
            container="article.article-body-wrapper-custom",
            paragraphs="p.body-paragraph",
            headings="h2, h3",
            clean=(".ad_wrapper", ".ts-share-bar", ".figContainer"),
        ),
    )


RULES = tribune_arc("Chicago Tribune", "chicagotribune.com", "America/Chicago")
