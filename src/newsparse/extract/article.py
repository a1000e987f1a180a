"""Assemble an :class:`~newsparse.model.Article` from the per-field generic extractors."""

from __future__ import annotations

from newsparse._document import Document
from newsparse.extract.authors import extract_byline
from newsparse.extract.base import Found, T
from newsparse.extract.body import extract_body
from newsparse.extract.credit import extract_credit
from newsparse.extract.dateline import extract_dateline
from newsparse.extract.dates import extract_modified, extract_published
from newsparse.extract.headline import extract_headline
from newsparse.extract.images import extract_images
from newsparse.extract.metadata import (
    extract_language,
    extract_publisher,
    extract_section,
    extract_tags,
    extract_url,
)
from newsparse.extract.standfirst import extract_standfirst
from newsparse.model import Article, Provenance

__all__ = ["extract_article"]


def _value(hit: Found[T] | None) -> T | None:
    return hit.value if hit is not None else None


def extract_article(doc: Document) -> Article:
    """Run every generic extractor over ``doc`` and reconcile their results."""
    publisher = extract_publisher(doc)
    site_names = (publisher.value,) if publisher else ()
    headline = extract_headline(doc, site_names)
    standfirst = extract_standfirst(doc)
    byline = extract_byline(doc)
    body = extract_body(doc)

    # The headline, standfirst and byline are not body paragraphs.
    furniture = {h.value for h in (headline, standfirst) if h is not None}
    if byline.byline is not None:
        furniture.add(byline.byline.value.text)
    blocks = tuple(b for b in body.blocks if b.text not in furniture)

    byline_text = byline.byline.value.text if byline.byline is not None else None
    dateline_hit = extract_dateline(blocks, byline_text, byline.place)
    credit_hit, blocks = extract_credit(
        doc, blocks, byline_text, dateline_hit.value if dateline_hit else None
    )

    images = extract_images(doc, body.container)
    published = extract_published(doc)
    modified = extract_modified(doc)
    url = extract_url(doc)
    language = extract_language(doc)
    section = extract_section(doc)
    tags = extract_tags(doc)

    provenance = Provenance(
        headline=headline.source if headline else None,
        standfirst=standfirst.source if standfirst else None,
        byline=byline.byline.source if byline.byline else None,
        authors=byline.authors.source if byline.authors else None,
        dateline=dateline_hit.source if dateline_hit else None,
        published=published.source if published else None,
        modified=modified.source if modified else None,
        body=body.source if blocks else None,
        images=images.source if images else None,
        credit=credit_hit.source if credit_hit else None,
        publisher=publisher.source if publisher else None,
        url=url.source if url else None,
        language=language.source if language else None,
        section=section.source if section else None,
        tags=tags.source if tags else None,
    )
    return Article(
        headline=_value(headline),
        standfirst=_value(standfirst),
        byline=_value(byline.byline),
        authors=_value(byline.authors) or (),
        dateline=_value(dateline_hit),
        published=_value(published),
        modified=_value(modified),
        body=blocks,
        images=_value(images) or (),
        credit=_value(credit_hit),
        publisher=_value(publisher),
        url=_value(url),
        language=_value(language),
        section=_value(section),
        tags=_value(tags) or (),
        provenance=provenance,
    )
