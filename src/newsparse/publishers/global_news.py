"""Global News (globalnews.ca): a WordPress site with BEM-style ``l-article``/``c-*`` classes.

Studied on a wire (Associated Press) story from May 2026. ``div.l-article`` holds the
headline ``h1.l-article__title``, the byline ``div.c-byline`` (its
``div.c-byline__attribution`` has the printed "By A and B" in a plain ``span`` and the
source in ``span.c-byline__source``, which is not an author), the lead media
``figure.l-article__featured`` and the story ``article.l-article__text``. The story's
own paragraphs and ``h3`` subheadings are direct children of ``article.l-article__text``;
between them sit ads (``div.c-ad``, "Story continues below advertisement"), newsletter
sign-ups (``div.c-inlineSignup``), embedded videos (``div.l-article__part`` with
``data-shortcode="tp_video"``) and "More on World" tabs (``div.c-tabs``), whose texts
and video titles are not read. The lead media's caption is ``figcaption
.c-caption__desc`` (on a video lead, the "RELATED: ..." title printed under it); the
generic extractor read an invisible JSON-LD image caption instead, so the captions have
a rule. Dates come from JSON-LD (read well generically).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Global News",
    domains=("globalnews.ca",),
    headline=Field(Select("div.l-article h1.l-article__title")),
    authors=Field(
        Select(".c-byline__attribution > span:not(.c-byline__source)", many=True),
        then=(split_authors,),
    ),
    body=Body(
        container="div.l-article",
        paragraphs="article.l-article__text > p",
        headings="article.l-article__text > h2, article.l-article__text > h3",
        captions="figure figcaption .c-caption__desc",
        clean=(
            ".c-ad",
            ".c-inlineSignup",
            ".l-article__part[data-shortcode='tp_video']",
            ".c-tabs",
            ".c-posts",
        ),
    ),
)
