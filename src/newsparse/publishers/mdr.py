"""MDR (mdr.de): standfirst, body and captions have rules.

Studied on a page from April 2023. The article is ``div.sectionDetailPage``: a header box
(``h1`` of ``span.dachzeile`` and ``span.headline``, ``p.author`` "von ...",
``p.webtime`` "Stand: ...", the standfirst ``p.einleitung`` and the lead image), then
``div.box`` sections with ``h3.subtitle`` subheadings and ``div.paragraph`` blocks
holding ``p.text`` paragraphs, images (``div.mediaCon`` with ``span.mediaSubtitleText``,
the caption, and ``span.mediaRights``, the credit) and pull quotes (``div.quote``, a
``blockquote`` repeating a sentence of the text). Between the sections are teaser boxes
(``div.teaser``: "Mehr zu ...", each with its own image and caption); the story ends with
a sign-off in italics in a ``div.paragraph.cssParagraphStyleProperties`` ("MDR (dst)",
station and editor's short sign), then the readers' comments.

The generic extractor read the pull quotes as paragraphs and the teasers' image
captions as captions of the article. The rule reads the ``p.text`` paragraphs and the
subheadings, drops the pull quotes, teasers and sign-off, and takes the captions from the
remaining images (the lead image is inside the container). The standfirst rule names
``p.einleitung``, which the generic extractor finds only through the meta description.

The headline the reader sees is the ``h1``, which the generic extractor reads; the
``<title>``, ``og:title`` and JSON-LD carry a different SEO title ("Ist die Thüringer
Bratwurst eine Illusion? ..."), so no rule is needed for it.
"""

from __future__ import annotations

from newsparse.rules import Body, Field, RuleSet, Select

RULES = RuleSet(
    publisher="MDR",
    domains=("mdr.de",),
    standfirst=Field(Select("div.sectionDetailPage p.einleitung")),
    body=Body(
        container="div.sectionDetailPage",
        paragraphs="div.paragraph > p.text",
        headings="div.box > h3.subtitle",
        captions="div.mediaCon span.mediaSubtitleText",
        clean=("div.quote", "div.teaser", "div.paragraph.cssParagraphStyleProperties"),
    ),
)
