"""AFP Faktencheck (faktencheck.afp.com): the authors are an item of the information list.

Studied on a fact check from May 2026 (Drupal). Under the headline (``h1.h2``),
``ul.list-informations`` lists the date, the reading time, "Von:" with the authors as
``span.person-link`` links (surnames in capitals, "Bill MCCARTHY") and, on translated
pieces, "Übersetzung und Adaptierung:" with the desk that translated it ("AFP
Deutschland", an organisation, not an author). The authors are not in JSON-LD or meta
tags, so the generic extractor found none: the rule reads the "Von:" item only.

Headline, date, body and the captions (``span.legend``, whose "(AFP / NAME)" photo
credit the generic extractor splits off) are read well by the generic extractor.
"""

from __future__ import annotations

from newsparse.rules import Field, Match, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="AFP Faktencheck",
    domains=("faktencheck.afp.com",),
    authors=Field(
        Select("ul.list-informations li.information-item", many=True),
        then=(Match(pattern=r"^Von:\s*(?P<value>.+)$"), split_authors),
    ),
)
