"""VG (Verdens Gang, vg.no): an Astro-built page with build-hashed CSS classes.

Studied on a feature article from August 2024. The classes (``_paragraph_dphl0_4``...)
change with each build, so the rule names only the stable body container
``section.article-body[itemprop=articleBody]`` and its *direct* ``p`` and ``h2``
children. Everything else in the body is wrapped in ``astro-island`` components or
integration ``div`` blocks: the AI-made "Kortversjonen" bullet summary at the top, image
figures, video and map embeds, which are not paragraphs. Glossary words are ``abbr``
elements whose explanation is repeated in an ``aria-hidden`` span (shown on hover);
that span is dropped so the sentence reads as printed. The visible ``h1`` differs from
the SEO ``<title>``; headline, standfirst, authors, dates and captions are read well by
the generic extractor, so they have no rules.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="VG",
    domains=("vg.no",),
    body=Body(
        container="section.article-body[itemprop=articleBody]",
        paragraphs="section.article-body > p",
        headings="section.article-body > h2",
        clean=("abbr [aria-hidden=true]",),
    ),
)
