"""NRK (nrk.no), the Norwegian public broadcaster: article pages of its web CMS.

Studied on a sports article from August 2024. ``header.article-header`` holds the
visible headline ``h1.article-title`` (the ``<title>``/``og:title`` is a longer SEO
title, "OL i Paris 2024: ...") and the standfirst ``div.article-lead``. The lead media,
often a video ``figure``, sits beside it in ``div[data-ec-list=article_lead]``; its
``figcaption`` is the caption (the generic extractor skips video figures), and its
``noscript`` fallback repeats the caption as an ``h3``, so ``noscript`` is dropped. The
body ``div.article-body`` has ``p`` paragraphs, ``h2`` subheadings, image figures whose
``figcaption`` holds a ``p`` caption and a ``small`` photo credit, and "Les også"
plugs (``div.reference``) that are dropped. Authors (``a.author__name`` with a hidden
role) and dates are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="NRK",
    domains=("nrk.no",),
    headline=Field(Select("article header.article-header h1.article-title")),
    standfirst=Field(Select("article header.article-header div.article-lead")),
    body=Body(
        container="article div[data-ec-list=article_lead] figure, article div.article-body",
        paragraphs="p",
        headings="h2, h3",
        captions="figcaption",
        clean=("div.reference", "p.article-body--updating", "noscript"),
    ),
)
