"""F.A.Z. (faz.net): the headline needs a rule, everything else is read well generically.

Studied on a page from April 2023 (``atc-`` classes: ``header.atc-Header``,
``p.atc-IntroText``, ``time.atc-MetaTime``) and one from April 2024 (a Vue layout with
``data-v-*`` hashes). On both the article's title is the ``h1`` of the breadcrumb
trail, also ``<title>`` and ``og:title``; the large display headline is an ``h2`` of a
kicker plus a second, different wording of the title ("49-Euro-Ticket: Pendler sparen
60 Prozent ..." vs. the title "49-Euro-Ticket: Pendler zahlen 60 Prozent weniger"),
which JSON-LD ``headline`` also carries and the generic extractor would pick. The rule
reads ``og:title``, the same on both layouts, so one version serves both.

Authors ("Von Ralf Euler" in ``li.atc-MetaItem-author``), the date, the standfirst and
the body (``p.atc-TextParagraph`` in 2023) are read correctly by the generic extractor,
so they have no rules.
"""

from __future__ import annotations

from newsparse.rules import Field, RuleSet, Select

RULES = RuleSet(
    publisher="F.A.Z.",
    domains=("faz.net",),
    headline=Field(Select("meta[property='og:title']", attr="content")),
)
