"""DER SPIEGEL (spiegel.de): headline, standfirst, body and agency credit have rules.

Studied on a page from April 2023. The article header (``header[data-area="intro"]``)
prints a kicker and the display headline in an ``h2``; the page's ``h1``, ``<title>`` and
``og:title`` carry the article's title proper ("Silicon Valley Bank: Federal Reserve
räumt ..."), while the JSON-LD ``headline`` is kicker + display line, which the generic
extractor would take: the rule reads ``og:title``. The standfirst is the ``div.RichText`` in
the header (the generic extractor finds it only through the meta description); the date
(``time.timeformat``, JSON-LD) is read well generically.

The body is ``div[data-area="body"]``: each text block is a ``div[data-area="text"]``
holding a ``div.RichText`` of ``p`` paragraphs and ``h2``/``h3`` subheadings, between ad slots
(``[data-advertisement]``) and embedded related-article teasers
(``[data-area="related_articles"]``), which are dropped. Images are ``figure`` elements
whose ``figcaption`` holds the caption ``p`` and a ``span.RichTextCredit`` ("Foto: ...");
the lead image sits above the body, so captions are left to the generic image extractor.

Agency stories end with a line after the body such as "sak/Reuters" (editor's short
sign + agency); the credit rule keeps the agency when the line ends with a known one.
Agency and staff pages carry "DER SPIEGEL" as JSON-LD author (an organisation, not a
person), so authors are left to the generic extractor, which skips organisations.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, Match, RuleSet, Select

RULES = RuleSet(
    publisher="DER SPIEGEL",
    domains=("spiegel.de",),
    headline=Field(Select("meta[property='og:title']", attr="content")),
    standfirst=Field(Select("header[data-area='intro'] div.RichText")),
    credit=Field(
        Select("div[data-area='body'] + div > div"),
        then=(
            Match(
                pattern=r"^[a-zäöü]{2,4}(?:/[a-zäöü]{2,4})*/(?P<value>dpa|AFP|Reuters|AP|KNA|epd|SID|sid)$"
            ),
        ),
    ),
    body=Body(
        container="div[data-area='body']",
        paragraphs="div[data-area='text'] p",
        headings="div[data-area='text'] h2, div[data-area='text'] h3",
        clean=("[data-area='related_articles']", "[data-advertisement]", "figure"),
    ),
)
