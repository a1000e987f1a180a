"""Voice of America (voanews.com): body ``div#article-content div.wsw``, dateline in a span.

Studied on a wire story from April 2024. The byline is a list in
``div.publishing-details`` ("By" and one ``a.links__item-link`` per author); on wire copy
it names the agency ("Associated Press"), which is a credit, not an author, so no author
is kept (the corpus truth lists "Associated Press" as the author). The body is
``div.wsw`` inside ``#article-content``: it opens with ``span.dateline`` ("AUBURN,
Wash. —"), which the generic extractor read as a paragraph of its own; the rule reads
only ``p`` blocks, and the dateline from its span. Images are ``div.wsw__embed`` figures
with ``figcaption span.caption``, read well by the generic image extractor. Headline and
date are read well by the generic extractor (JSON-LD).
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="Voice of America",
    domains=("voanews.com",),
    authors=Field(
        Select("div.publishing-details a.links__item-link", many=True),
        then=(split_authors,),
    ),
    dateline=Field(Select("div#article-content div.wsw > span.dateline")),
    body=Body(
        container="div#article-content div.wsw",
        paragraphs="p",
        headings="h2, h3",
        clean=("div.wsw__embed",),
    ),
)
