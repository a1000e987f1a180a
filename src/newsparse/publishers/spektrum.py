"""Spektrum der Wissenschaft (spektrum.de): headline, lead, date and syndication credit.

Studied on a translated background article from July 2022. The page's ``h1`` is the
last breadcrumb item and holds the SEO title ("Genetik: Das Geheimnis der parasitischen
Rafflesien", also ``<title>``); the printed headline is ``span.content__title`` in the
article header's ``h2``, after a kicker (``span.content__kicker``). The lead,
``div.content__intro``, and the date, ``li.content__meta__date`` ("19.07.2022", no time;
there is no JSON-LD and the meta tags give none), were not found by the generic
extractor. Translated articles end with ``div.copyright``: "© Quanta Magazine" and "Von
»Spektrum der Wissenschaft« übersetzte und bearbeitete Fassung des Artikels »...« aus
»Quanta Magazine« ..."; the credit rule reads the source from that note only, so a page
without it falls back to the generic credit. The author (``div.content__author``) and
the body are read by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Field, Match, ParseDate, RuleSet, Select

_TRANSLATED_FROM = r"übersetzte und bearbeitete Fassung des Artikels .* aus »(?P<value>[^«]+)«"

RULES = RuleSet(
    publisher="Spektrum der Wissenschaft",
    domains=("spektrum.de",),
    headline=Field(Select("article header span.content__title")),
    standfirst=Field(Select("article header div.content__intro")),
    published=Field(Select("li.content__meta__date"), then=(ParseDate(),)),
    credit=Field(Select("div.copyright p", many=True), then=(Match(pattern=_TRANSLATED_FROM),)),
)
