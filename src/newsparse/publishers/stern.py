"""stern (stern.de): headline, standfirst and date have rules.

Studied on a page from April 2023. The headline is ``span.title__headline`` in
``h2.title__heading`` (after a ``span.title__kicker``); the page's only ``h1``,
``h1.breadcrumb__headline`` at the end of the breadcrumb, holds a different SEO wording,
so the rule names the display headline rather than leave a page without JSON-LD to the
``h1``. The date is the ``datetime`` of ``time.authors__date`` in the byline box (the generic
extractor finds it only in JSON-LD). Authors (``div.authors__text``, "von ..."),
body (``p.text-element`` paragraphs) and captions (``figcaption.image-element__caption``)
are read well by the generic extractor.

The standfirst is ``div.intro__text`` (inside ``div.intro``, below the byline); it is
not in the meta tags the generic extractor reads, so the rule names it.
"""

from __future__ import annotations

from newsparse.rules import Field, RuleSet, Select

RULES = RuleSet(
    publisher="stern",
    domains=("stern.de",),
    headline=Field(Select("h2.title__heading > span.title__headline")),
    standfirst=Field(Select("div.intro > div.intro__text")),
    published=Field(Select("div.authors time.authors__date", attr="datetime")),
)
