"""The Globe and Mail (theglobeandmail.com): an Arc XP (Fusion) site with stable BEM classes.

Studied on a business newsletter article from August 2024. The headline is
``h1.c-primary-title``; the byline block ``div.c-article-meta__bylines`` (in
``section.c-article-meta``) links each author to their ``/authors/`` page, beside a
``time.c-timestamp``. The body is ``article.l-article`` (``data-sophi-feature="article
body"``): ``p.c-article-body__text`` paragraphs and ``.c-article-body__subheading-v2``
subheadings (``h4``/``h6``), between ad slots (``div.c-ad--base``), share/bookmark
buttons and raw-HTML embeds (charts, scripts), which are not paragraphs and so are not
read. Photos are ``figure`` elements whose ``figcaption`` holds ``span.caption`` (the
caption) and ``span.credit`` (the photographer or agency), which the generic image
extractor reads well (it reads the whole page, so also a lead photo above the story),
so captions have no rule; nor do the dates (JSON-LD, read well generically).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="The Globe and Mail",
    domains=("theglobeandmail.com",),
    headline=Field(Select("h1.c-primary-title")),
    authors=Field(Select(".c-article-meta__bylines a", many=True)),
    body=Body(
        container="article.l-article",
        paragraphs="p.c-article-body__text",
        headings=".c-article-body__subheading-v2",
        clean=(".c-ad--base", ".rawHtml"),
    ),
)
