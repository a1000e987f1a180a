"""NDTV (ndtv.com): ``div.ins_storybody`` holds the story and a lot of furniture.

Studied on a news story from April 2020. Headline, dek (``h2.sp-descp``), author and
dates are read well by the generic extractor (``itemprop`` microdata and meta tags).
The body ``div.ins_storybody`` (``itemprop=articleBody``) holds the story's ``p``
paragraphs as its direct children, led by the dateline in ``b.place_cont``
("Washington/ New Delhi:"), which the generic extractor reads as the dateline. In the
same container sit the lead image (``div.ins_instory_dv`` with its caption
``p.ins_instory_dv_caption``), a "Highlights" box (``div.highlghts_Wdgt``, a summary
list, not body text), video and "related" slots, and on coronavirus stories of 2020 a
case-count widget (``div._world-wrapper``: "World", "28,25,140 Cases", a state table
with "Show more") that the generic extractor read as dozens of paragraphs. The rule
reads only the direct ``p`` children, and the lead image's caption.
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="NDTV",
    domains=("ndtv.com",),
    body=Body(
        container="div.ins_storybody",
        paragraphs="div.ins_storybody > p",
        captions="div.ins_instory_dv p.ins_instory_dv_caption",
    ),
)
