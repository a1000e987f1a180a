"""The Independent (independent.co.uk): the story's paragraphs are children of ``div#main``.

Studied on a breaking-news story from November 2024. Class names are styled-components
hashes (``sc-qvufca-6``); the stable hooks are ids and element structure. The header
(``header#articleHeader``) holds the ``h1``, the standfirst (an ``h2`` wrapping a ``p``),
the author link and ``#article-published-date``. The generic extractor reads them, but
found the standfirst only on some pages, so it has a rule (the ``h2`` right after the
``h1``). The body is ``div#main``: its direct ``p`` and ``h2``/``h3`` children are the
text, between a newsletter sign-up box, ad slots (``div[data-mpu]``), an "im" prompt and
Taboola widgets (all ``div``\\ s, so not read). The story may end with an editor's note in
italics ("This is a breaking news story - more to follow"), which is not article text:
the generic extractor kept it, the rule drops a last paragraph that is wholly ``em``.
The JSON-LD headline is an SEO variant of the printed ``h1``; the printed one is kept
(the corpus truth has the JSON-LD one).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="The Independent",
    domains=("independent.co.uk",),
    standfirst=Field(Select("header#articleHeader h1 + h2")),
    body=Body(
        container="div#main",
        paragraphs="div#main > p",
        headings="div#main > h2, div#main > h3",
        clean=("div#main > p:last-of-type:has(> em:only-child)",),
    ),
)
