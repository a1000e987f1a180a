"""Daily News (dailynews.co.tz, Tanzania): a WordPress site whose subheadings are bold lines.

Studied on a feature from 2019 (fetched January 2025), in the current theme: the story
is ``div.entry-content`` in ``div.cs-entry__content-wrap``, with the story's ``p``
paragraphs (editor markup: colour ``span``s around the text, the place as a bold lead,
"LINDI: IT's around 8:00pm...") between an ad ``section.cs-banner-entry``, image
paragraphs, "ALSO READ: <link>" lines and, at the end, share buttons. Subheadings are
paragraphs that are all bold (``<p><span><strong>Street lighting</strong></span></p>``),
which the generic extractor read as paragraphs; CSS cannot tell a paragraph that is all
bold from one with a bold word in it, so the body is a function, :func:`dailynews_body`:
the direct ``p``/``h2``-``h4``/``blockquote`` children, a ``p`` whose whole text is
bold as a subheading, without the "ALSO READ:" lines. The author is the
``span.cs-meta-author-name`` of the story's ``div.cs-entry__infobar`` (the same byline
box repeats in the lists of other stories on the page); a desk byline ("From DAILY NEWS
Reporter in Dodoma") names no one. Headline and dates are read well generically.
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse.model import Block
from newsparse.publishers._blocks import child_blocks
from newsparse.rules import Field, RuleSet, Select, split_authors

_RELATED = ("also read:", "read also:", "read more:")


def dailynews_body(doc: Document) -> tuple[Block, ...] | None:
    """The story: direct children of ``div.entry-content``, bold-only lines as subheadings."""
    content = doc.tree.css_first("div.cs-entry__content-wrap div.entry-content")
    if content is None:
        return None
    blocks = child_blocks(
        content, bold_headings=True, keep=lambda _, text: not text.casefold().startswith(_RELATED)
    )
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="Daily News (Tanzania)",
    domains=("dailynews.co.tz",),
    authors=Field(
        Select("div.cs-entry__infobar .cs-meta-author-name", many=True), then=(split_authors,)
    ),
    body=dailynews_body,
)
