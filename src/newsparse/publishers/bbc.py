"""BBC (bbc.com): the 2024 Next.js article layout, built from ``data-component`` blocks.

Studied on an explainer from August 2024. Class names are generated hashes
(``sc-18fde0d6-0``), but every block of the article is a ``div`` with a stable
``data-component``: ``headline-block``, ``byline-block``, ``image-block`` /
``caption-block`` (inside ``figure``), ``text-block`` (``p`` paragraphs, or a ``ul`` of
related-story links), ``subheadline-block`` (``h2``), ``ad-slot``, ``tags`` and
``links-block`` (related stories below the text). The story opens with a paragraph set
wholly in bold (``p > b``), the intro a reader takes as the standfirst: the generic
extractor read it as the first body paragraph, so it has a rule and is left out of the
paragraphs. Related-story lists inside text blocks are not body text. The byline block is
empty on this unsigned page (the corpus truth names "BBC News", an organisation, as the
author, so no author rule); headline and dates are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

# The bold intro: the first paragraph of the first text block, when it is all bold.
_INTRO = (
    "div[data-component='text-block']:nth-child(1 of [data-component='text-block'])"
    " > p:first-child:has(> b:only-child)"
)

RULES = RuleSet(
    publisher="BBC",
    domains=("bbc.com",),
    standfirst=Field(Select(f"main article > {_INTRO}")),
    body=Body(
        container="main article",
        paragraphs="div[data-component='text-block'] > p",
        headings="div[data-component='subheadline-block'] h2",
        clean=(_INTRO, "div[data-component='ad-slot']"),
    ),
)
