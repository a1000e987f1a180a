"""NDR (ndr.de): a body rule that keeps the boxes after the story out of it.

Studied on a page from April 2023. The story is ``article div.copytext``: a header
(``header.articlehead``: ``h1``, "Stand: ..." in ``div.lastchanged``, the standfirst
``p.preface``), the byline ``p.textauthor`` ("von ..."), then the text as direct
``p`` and ``h2`` children. After the text come ``div.contentbox`` boxes ("Weitere
Informationen" teasers, "Dieses Thema im Programm"), the tag box and a print-only
address line. Headline, author, date and standfirst are read well by the generic
extractor; its body also took the box heading "Weitere Informationen" as a paragraph.
The rule reads only the direct ``p`` (not the byline) and ``h2`` children of the text.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="NDR",
    domains=("ndr.de",),
    body=Body(
        container="article div.copytext",
        paragraphs="div.copytext > p:not(.textauthor)",
        headings="div.copytext > h2",
        clean=("div.contentbox",),
    ),
)
