"""FOCUS online (focus.de): body and captions have rules.

Studied on a page from April 2023 (a shopping article). Everything of the story is in
``div.articleContent``: the lead image box ``div.mediaBlock`` (an ``img`` and a
``div.caption`` holding ``span.source``, the photo credit, and ``span.caption``), the
byline list ``ul.authorList`` (empty on desk stories; JSON-LD and ``meta[name=author]``
then name "FOCUS online", the organisation, which is not an author), the date
``div.displayDate``, the standfirst ``div.leadIn``, an affiliate-links notice
``div.affiliate_info`` and the text in several ``div.textBlock`` boxes of ``p``
paragraphs, ``h2`` subheadings and ``ul`` lists.

The generic extractor read the affiliate notice as a paragraph and missed the caption
(it is no ``figcaption``). The rule reads the ``p`` and ``h2`` children of the text
blocks (without the ``script`` elements some paragraphs embed) and the ``span.caption``
of the media boxes; headline, date and standfirst are read well generically. Like the
corpus truth, it leaves the ``ul`` lists (here product and price lists) out of the
paragraphs; ``list_items="div.textBlock > ul > li"`` would keep them.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="FOCUS online",
    domains=("focus.de",),
    body=Body(
        container="div.articleContent",
        paragraphs="div.textBlock > p",
        headings="div.textBlock > h2",
        captions="div.mediaBlock div.caption > span.caption",
        clean=("div.affiliate_info", "script"),
    ),
)
