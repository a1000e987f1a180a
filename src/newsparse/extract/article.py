"""Assemble an :class:`~newsparse.model.Article` from the per-field generic extractors."""

from __future__ import annotations

from newsparse._document import Document
from newsparse.extract.authors import extract_byline
from newsparse.extract.base import Found, T
from newsparse.extract.body import extract_body
from newsparse.extract.credit import find_end_credit
from newsparse.extract.dateline import find_dateline
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
from newsparse.model import Article, Block, BlockKind, Dateline, Provenance, Source, Strategy

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
    blocks = list(body.blocks)

    # The headline, standfirst and byline are not body paragraphs.
    furniture = {h.value for h in (headline, standfirst) if h is not None}
    if byline.byline is not None:
        furniture.add(byline.byline.value.text)
    blocks = [b for b in blocks if b.text not in furniture]

    dateline_hit: Found[Dateline] | None = None
    first = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first is not None:
        dateline = find_dateline(first.text)
        if dateline is not None:
            dateline_hit = Found(
                dateline, Source(strategy=Strategy.TEXT, detail="dateline at start of body")
            )
    if dateline_hit is None and byline.place and byline.byline is not None:
        dateline_hit = Found(
            Dateline(text=byline.byline.value.text, place=byline.place),
            Source(strategy=Strategy.TEXT, detail="place in byline"),
        )

    credit_hit = None
    last_index = next(
        (i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind is BlockKind.PARAGRAPH), None
    )
    if last_index is not None:
        match = find_end_credit(blocks[last_index].text)
        if match is not None:
            credit_hit = Found(
                match.credit, Source(strategy=Strategy.TEXT, detail="credit at end of body")
            )
            if match.remaining:
                blocks[last_index] = Block(kind=blocks[last_index].kind, text=match.remaining)
            else:
                del blocks[last_index]

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
        body=tuple(blocks),
        images=_value(images) or (),
        credit=_value(credit_hit),
        publisher=_value(publisher),
        url=_value(url),
        language=_value(language),
        section=_value(section),
        tags=_value(tags) or (),
        provenance=provenance,
    )
