"""National Post (nationalpost.com), a Postmedia site: the Postmedia story template.

Studied on a National Post story from August 2024, and on Ottawa Citizen, The Province
and Canada.com stories from 2026, which share the template (so :func:`postmedia` builds
the rules for all four). The headline is ``h1.article-title`` and the standfirst
``p.article-subtitle`` in ``header.article-header``; each author is a
``span.published-by__author`` (a link to the author page). The story text is split over
many ``section.article-content__content-group--story`` sections (between them sit ads,
the subscriber sign-in box and newsletter widgets), each opening with a visually hidden
"Article content" label; paragraphs are ``p`` (wrapped in
``div.story-v2-content-element-inline`` in the 2026 "story-v2" layout), subheadings
``h3``. "Read more"/"Recommended" carousels (``section.more-topic``) sit inside the
sections. The story ends with an italic house promo ("Our website is the place for...
Please bookmark <homepage>"), a paragraph made only of an ``em`` that links to the
homepage: dropped, as are social-media embeds (their ``blockquote`` holds the post's
text in ``p``). Images are ``figure`` elements (the lead one in the header) whose
``figcaption`` holds ``span.caption`` and ``span.credit`` ("Photo by ..."): captions are
read from ``span.caption``, so credits stay out. Dates (JSON-LD) are read well by the
generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

__all__ = ["RULES", "postmedia"]


def postmedia(publisher: str, domain: str) -> RuleSet:
    """The rules of the Postmedia story template, for one of its sites."""
    return RuleSet(
        publisher=publisher,
        domains=(domain,),
        headline=Field(Select("article header h1.article-title")),
        standfirst=Field(Select("article header p.article-subtitle")),
        authors=Field(
            Select("article header .published-by__author", many=True), then=(split_authors,)
        ),
        body=Body(
            container="article.article-content-story, article.story-v2-article-content-story",
            paragraphs="section.article-content__content-group--story p",
            headings="section.article-content__content-group--story h3",
            captions="figure figcaption span.caption",
            clean=(
                ".visually-hidden",
                "section.more-topic",
                ".article-content__ad-group",
                ".article-content__widget-group",
                "[data-aqa='disclaimer-skimlinks']",
                "blockquote.twitter-tweet",
                "blockquote.instagram-media",
                "blockquote.tiktok-embed",
                # The house promo: an italic paragraph linking to the site's homepage.
                f"p:has(> em:only-child a[href='https://{domain}/'])",
                f"p:has(> i:only-child a[href='https://{domain}/'])",
            ),
        ),
    )


RULES = postmedia("National Post", "nationalpost.com")
