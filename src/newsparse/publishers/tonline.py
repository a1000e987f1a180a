"""t-online (t-online.de): a body rule that reads only the story's text items.

Studied on a page from January 2026 (a Next.js layout with utility classes, so the
rules use its ``data-testid`` attributes). The story is a stream of
``div[data-testid="StageLayout.StreamItem"]`` items: the headline ``h2``, the byline
box ("Von ..." and "Aktualisiert am ... Lesedauer: 4 Min."), figures, the read-aloud
and share bar, the bold standfirst ``p``, the text ``p`` paragraphs and ``h3``
subheadings, and between them embeds ("Loading... Embed"), video players ("Video |
...") and related-article lists. Headline, author, date, standfirst and captions are
read well by the generic extractor; its body also took the "Aktualisiert am ..." line,
the embed placeholder and the video title as paragraphs. The rule reads only the ``p``
and ``h3`` children of the stream items (the standfirst among them is not repeated).
"""

from __future__ import annotations

from newsparse.rules import Body, RuleSet

RULES = RuleSet(
    publisher="t-online",
    domains=("t-online.de",),
    body=Body(
        container="div[data-testid='ArticleBody.StreamLayout']",
        paragraphs="div[data-testid='StageLayout.StreamItem'] > p",
        headings="div[data-testid='StageLayout.StreamItem'] > h3",
    ),
)
