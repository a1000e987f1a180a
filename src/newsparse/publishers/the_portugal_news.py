"""The Portugal News (theportugalnews.com): Bootstrap-styled pages, subheadings in bold.

Studied on a property story from February 2025. ``article.full`` holds
``h1.article-heading``, the standfirst (a ``p`` in a ``div.fs-4``), the byline line
``p.text-sm`` ("By TPN, in News, Portugal, ... · 31 Jan 2025, 20:02 · 0 Comments") and
``div.article-body``: ``p`` paragraphs between ad slots (``div.pub``), empty ``p``,
photos (``figure`` whose ``figcaption`` is only the credit, "Credits: Supplied Image;")
and subheadings written as paragraphs that are all bold (``<p><b>...</b></p>``), which
the generic extractor read as paragraphs. CSS cannot tell a paragraph that is all bold
from one with a bold word in it, so the body is a function, :func:`tpn_body`. The
author is the name after "By" in the byline line; "TPN", the paper's own initials
printed on staff and press-release stories, names no one (it is not a person's name),
so the rule only takes names of two words or more. The standfirst is the ``div`` right
after the headline (its classes are layout utilities). Headline and dates are read well
generically.
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse.model import Block
from newsparse.publishers._blocks import child_blocks
from newsparse.rules import Field, Match, RuleSet, Select, split_authors


def tpn_body(doc: Document) -> tuple[Block, ...] | None:
    """The story: direct children of ``div.article-body``, bold-only lines as subheadings."""
    content = doc.tree.css_first("article div.article-body")
    if content is None:
        return None
    blocks = child_blocks(content, bold_headings=True, lists=True)
    return tuple(blocks) or None


RULES = RuleSet(
    publisher="The Portugal News",
    domains=("theportugalnews.com",),
    standfirst=Field(Select("article.full h1.article-heading + div")),
    authors=Field(
        Select("article.full p.text-sm"),
        then=(Match(pattern=r"^By (?P<value>[^,]+ [^,]+?), in "), split_authors),
    ),
    body=tpn_body,
)
