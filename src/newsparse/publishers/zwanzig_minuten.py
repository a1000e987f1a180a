"""20 Minuten (20min.ch): the printed headline and the body's element wrappers.

Studied on a news story from December 2024. Class names are a component name plus a
build hash (``Article_elementTextblockarray__WNyan``) or styled-components hashes
(``sc-46060ef-3``), so the rules match the stable component part with ``[class*=...]``.

* Headline: the ``h1`` is the last item of the breadcrumb bar and holds the SEO title
  (also ``<title>``, ``og:title`` and JSON-LD), while the story's printed headline is the
  ``h2`` of ``div.Article_elementTitle``, after an overline ``span`` that ends with a
  visually hidden ": ". :func:`printed_headline` reads the ``h2`` without its overline.
* Body: ``section.Article_body`` holds one wrapper per element: ``Article_elementText
  blockarray`` (paragraphs), ``Article_elementCrosshead`` (``h2`` subheadings),
  ``Article_elementImage`` (figures), a poll, ads, and ``div[data-testid=InfoBox]``
  boxes: the "Darum gehts" key points at the top (a summary, not body text) and a
  promotion of the WhatsApp channel at the end, which the generic extractor read as
  paragraphs. Reading only the text and crosshead wrappers leaves them out.

Authors (the byline lists the agency, "Deutsche Presse-Agentur", beside the reporter:
it is the credit, not an author), date, standfirst and captions are read well by the
generic extractor.
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse._text import node_text
from newsparse.rules import Body, RuleSet


def printed_headline(doc: Document) -> str | None:
    """The ``h2`` of the article's title element, without its overline ``span``."""
    node = doc.tree.css_first('article [class*="Article_elementTitle"] h2')
    if node is None:
        return None
    title = node.clone()
    for span in title.css("span"):
        parent = span.parent
        if (
            parent is not None
            and parent.tag == "h2"
            and span.css_first(".visually-hidden") is not None
        ):
            span.decompose()
    return node_text(title) or None


RULES = RuleSet(
    publisher="20 Minuten",
    domains=("20min.ch",),
    headline=printed_headline,
    body=Body(
        container='article section[class*="Article_body"]',
        paragraphs='[class*="Article_elementTextblockarray"] > p',
        headings='[class*="Article_elementCrosshead"] > h2',
        list_items='[class*="Article_elementTextblockarray"] li',
    ),
)
