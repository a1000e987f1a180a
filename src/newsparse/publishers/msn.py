"""MSN (msn.com): partner stories in the ``div.articlecontent`` layout of 2016.

Studied on a health story from September 2016 syndicated from a partner. MSN republishes
partners' stories: the partner is printed above the byline as ``span.partner`` (a logo
and the name, "Medical Daily"), which is the story's credit, not an author. The author
is ``span.authorname-txt``; the date (``span.time``, "9/21/2016") has no time, and the
generic extractor reads both well. The body ``div.richtext`` (``data-aop=articlebody``)
holds ``p`` paragraphs; images are ``span.storyimage`` boxes, sometimes inside a
paragraph and sometimes between them, whose ``span.caption`` holds the caption and a
``span.attribution`` credit ("© Getty Images", printed before the caption). The
generic body extractor read those as text (a credit glued to the lead paragraph, a
caption as a paragraph), so the rule drops them from the body; the generic image
extractor reads them well (caption and credit apart), so they are left to it. After the
body come "More in ..." link lists, outside it.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="MSN",
    domains=("msn.com",),
    authors=Field(Select("div.articlecontent span.authorname-txt", many=True)),
    credit=Field(Select("div.articlecontent span.partner a")),
    body=Body(
        container="div.articlecontent div.richtext",
        paragraphs="p",
        clean=("span.storyimage",),
    ),
)
