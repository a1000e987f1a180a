"""DW (Deutsche Welle, dw.com): rules for its pre-2023 page layout.

Studied on a page from April 2023 (old layout) and one from June 2023 (the relaunched
layout, whose class names are generated hashes). The generic extractor reads the new
layout well, so these rules only name the old one; on new pages they find nothing and
the generic extractor is used (provenance says "fallback"). One version serves both,
because the two layouts share no selector.

Old layout: the body is ``div.longText`` with ``p`` paragraphs and ``h2`` subheadings;
images are ``div.picBox`` boxes whose ``p`` is the caption (the generic extractor would
read it as a paragraph). The author is not in JSON-LD or meta tags: it is an item of the
facts list ``ul.smallList``, printed as "Autorin/Autor Roman Goncharenko".
"""

from __future__ import annotations

from newsparse.rules import Body, Field, Match, RuleSet, Select, split_authors

RULES = RuleSet(
    publisher="DW",
    domains=("dw.com",),
    authors=Field(
        Select("ul.smallList li", many=True),
        then=(Match(pattern=r"^Autor(?:in)?(?:/Autor(?:in)?)?:?\s+(?P<value>.+)$"), split_authors),
    ),
    body=Body(
        container="div.longText",
        paragraphs="p",
        headings="h2",
        captions="div.picBox > p",
    ),
)
