"""Kleine Zeitung (kleinezeitung.at): the story is the direct children of ``div.prose``.

Studied on a regional story from June 2025 (Tailwind utility classes). The body is
``div.article-body > div.prose``: its direct ``p`` and ``h2`` children are the text.
Everything else inside it is wrapped in ``div.not-prose`` (Tailwind's typography
opt-out): inline images, whose caption and copyright are ``small`` elements (the
generic extractor read them as paragraphs, "... © VS Tristach"), and the "Mehr zum
Thema:" teaser slider with its own ``h2``; ads are ``div``s too. Reading only the direct
children of ``div.prose`` leaves them out; the generic image extractor still reads the
captions, without the copyright.

Headline (``h1``, after a kicker ``h2`` above it), the lead (``div.t-article-lead``),
the author and the date are read well by the generic extractor. The AI summary ("In
Kürze", ``section.tabs``) sits outside the body.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="Kleine Zeitung",
    domains=("kleinezeitung.at",),
    body=Body(
        container="div.article-body",
        paragraphs="div.prose > p",
        headings="div.prose > h2, div.prose > h3",
        quotes="div.prose > blockquote",
        list_items="div.prose > ul > li, div.prose > ol > li",
    ),
)
