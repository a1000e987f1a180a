"""El Mundo (elmundo.es), Unidad Editorial: ``ue-c-article__*`` classes throughout.

Studied on a sports article from December 2024. ``article.ue-c-article`` holds a header
(``h1.ue-c-article__headline``, the standfirst ``div.ue-c-article__standfirst``, the
lead ``figure.ue-c-article__media``), the byline (one ``div.ue-c-article__author-name-item``
per author, linked or not), and the body ``div.ue-c-article__body`` with
``p.ue-c-article__paragraph`` paragraphs, ``h2.ue-c-article__subheadline`` subheadings and
figures. A "Para saber más" box (``div.ue-c-article__listing``) of related-story cards sits
between paragraphs and is dropped. Captions are ``span.ue-c-article__media-description``;
the agency beside it (``span.ue-c-article__media-source``) is the photo credit, not caption.
The date printed under the byline is the update time ("Actualizado"), so the published
date is left to the generic extractor (JSON-LD). The stored corpus page is UTF-8 bytes
under a ``charset=iso-8859-15`` meta tag, so its text is mis-decoded before any rule runs.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="El Mundo",
    domains=("elmundo.es",),
    headline=Field(Select("article.ue-c-article h1.ue-c-article__headline")),
    standfirst=Field(Select("article.ue-c-article div.ue-c-article__standfirst")),
    authors=Field(
        Select("div.ue-c-article__author-name-item", many=True),
        then=(split_authors,),
    ),
    body=Body(
        container=(
            "article.ue-c-article div.ue-c-article__header figure.ue-c-article__media, "
            "article.ue-c-article div.ue-c-article__body"
        ),
        paragraphs="p",
        headings="h2.ue-c-article__subheadline",
        captions="figcaption span.ue-c-article__media-description",
        clean=("div.ue-c-article__listing",),
    ),
)
