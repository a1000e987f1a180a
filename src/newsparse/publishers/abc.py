"""ABC (abc.es), Vocento's Madrid daily: ``voc-*`` classes shared by the group's sites.

Studied on an article from December 2024. The header ``div.voc-article--detail`` holds
the headline ``h1.voc-title`` and ``h2.voc-subtitle`` blocks: the first is the
standfirst, a later one can be a link to another story (so the standfirst rule skips
subtitles holding a link). The body ``div.voc-d`` starts with the author box
(``section.voc-author``: ``p.voc-author__name`` and a role line, plus "follow" widgets),
then ``p.voc-p`` paragraphs (most inside a ``span.paywall``) and ``h3.voc-d-c__s-title``
subheadings. Between them sit "Noticia Relacionada" cards
(``section.voc-c-container`` with an ``article.voc-article--c-related-news`` whose
teaser is also a ``p.voc-p``), ads and the "Más temas" list; these are dropped. Dates and
the lead caption are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="ABC",
    domains=("abc.es",),
    headline=Field(Select("div.voc-article--detail h1.voc-title")),
    standfirst=Field(Select("div.voc-article--detail h2.voc-subtitle:not(:has(a))")),
    authors=Field(Select("div.voc-d section.voc-author p.voc-author__name", many=True)),
    body=Body(
        container="div.voc-d",
        paragraphs="p.voc-p",
        headings="h3.voc-d-c__s-title",
        clean=("section.voc-author", "section.voc-c-container", "section.voc-topics"),
    ),
)
