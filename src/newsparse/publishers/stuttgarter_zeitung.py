"""Stuttgarter Zeitung (stuttgarter-zeitung.de): headline and standfirst have rules.

Studied on a page from October 2025. The page is built of "bricks" named in
``data-b-title`` attributes. The article header ``div.article-header h2`` prints a
kicker (``span.article-kicker``) and the headline (``span.article-headline``,
``itemprop="headline"``); the title proper is both joined with a colon, as in
``og:title`` ("Rückbau von Atomkraftwerk: Kühltürme ..."), while the generic extractor
took JSON-LD's version joined with a dash. The rule joins the two spans with ": "
(a page without kicker gets the headline alone).

The standfirst is the "Vorspann" brick, ``div.intro-text`` with one ``p``; the generic
extractor found no standfirst and left it out of the body too, so it was lost. The
author slot (``div.author-wrap[itemprop="author"]``) may name an agency ("dpa"), which is
a credit, not an author; captions (``figcaption`` with ``span.source``, "Foto: ...")
and the body (one brick per paragraph) are read well generically.
"""

from __future__ import annotations

from newsparse.rules import Field, Join, RuleSet, Select

RULES = RuleSet(
    publisher="Stuttgarter Zeitung",
    domains=("stuttgarter-zeitung.de",),
    headline=Field(
        Select(
            "div.article-header h2 > span.article-kicker, "
            "div.article-header h2 > span.article-headline",
            many=True,
        ),
        then=(Join(separator=": "),),
    ),
    standfirst=Field(Select("div.intro-text > p")),
)
