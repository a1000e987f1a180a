"""Kommersant (kommersant.ru): ``doc__*`` classes on the article page.

Studied on a reportage from May 2025. ``header.doc_header`` holds the headline
``h1.doc_header__name`` and the standfirst ``h2.doc_header__subheader``. The text is
``div.article_text_wrapper``: its first paragraph, ``p.doc__text.doc__intro``, is the
lead of the story (set in bold), not a standfirst, and the generic extractor drops it;
quoted remarks set apart are ``p.doc__thought``; the author's name closes the text as
``p.doc__text.document_authors`` and is not body text. Photos sit in ``div.ui-modal``
viewers between paragraphs and are dropped from the body (the generic image extractor
reads their captions well). Standfirst, authors and dates are read well generically.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Kommersant",
    domains=("kommersant.ru",),
    headline=Field(Select("article.doc header.doc_header h1.doc_header__name")),
    body=Body(
        container="article.doc div.article_text_wrapper",
        paragraphs="p.doc__text:not(.document_authors), p.doc__thought",
        headings="h2, h3",
        clean=("div.ui-modal",),
    ),
)
