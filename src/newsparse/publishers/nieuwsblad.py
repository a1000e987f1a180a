"""Nieuwsblad (nieuwsblad.be), Mediahuis: hashed CSS classes, stable ``data-testid`` hooks.

Studied on an article from February 2025. The classes (``nb-ebe0ecc6_root``...) are
build hashes, so every rule names a ``data-testid`` attribute instead:
``article-title`` (``h1``), ``article-intro`` (the standfirst), ``article-date`` (a
``time`` whose ``datetime`` is the UTC instant; its text is relative, "Vandaag om
20:07"), and ``article-body`` with ``p`` paragraphs and ``h3[data-testid=subhead]``
subheadings. Images are ``figure[data-testid=article-image-wrapper]`` whose caption is a
``p`` inside ``figcaption[data-testid=image-caption]`` ("Caption. — © BELGA"), so the
rule reads them as captions, not paragraphs; the lead figure above the body is read too.
The page shows no author, only a source line "Bron: BELGA" (read as the credit by the
generic extractor), so authors are left to it.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="Nieuwsblad",
    domains=("nieuwsblad.be",),
    headline=Field(Select("h1[data-testid=article-title]")),
    standfirst=Field(Select("div[data-testid=article-intro]")),
    published=Field(Select("time[data-testid=article-date]", attr="datetime")),
    body=Body(
        container="figure[data-testid=article-image-wrapper], [data-testid=article-body]",
        paragraphs="p",
        headings="h3[data-testid=subhead]",
        captions="figcaption[data-testid=image-caption]",
    ),
)
