"""El País (elpais.com), Prisa's Spanish daily: one article layout with short, stable classes.

Studied on an article from October 2024. The header holds the headline ``h1.a_t``, the
standfirst ``h2.a_st`` and the lead image or video ``figure``; the byline block
``div[data-dtm-region=articulo_firma]`` links each author; ``div.a_md_f`` holds the
publication ``time`` (and a second ``time.sg``, the update). The body is
``div[data-dtm-region=articulo_cuerpo]`` with ``p`` paragraphs, ``h3`` subheadings and
``figure`` images (single ones and gallery slides). The generic extractor reads the text
well; the rules pin it and fix the captions: each ``figcaption`` ends with the photo
credit in ``span.a_m_m`` ("Foto: X | Vídeo: Y"), glued to the caption text, so it is
dropped before the caption is read (the lead caption otherwise keeps the credit).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="El País",
    domains=("elpais.com",),
    headline=Field(Select("article header h1.a_t")),
    standfirst=Field(Select("article header h2.a_st")),
    authors=Field(Select("div[data-dtm-region=articulo_firma] a", many=True)),
    published=Field(Select("div.a_md_f time[datetime]:not(.sg)", attr="datetime")),
    body=Body(
        container="article header figure, div[data-dtm-region=articulo_cuerpo]",
        paragraphs="p",
        headings="h2, h3",
        captions="figcaption",
        clean=("figcaption span.a_m_m",),
    ),
)
