"""Assemble an :class:`~newsparse.model.Article` from the per-field extractors.

Each field comes from the chosen publisher rule set when it has a rule for it, else from
the generic extractor (see :class:`~newsparse.rules.apply.PageRules`). Without a rule set
every field is the generic extractor's.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse._byline import parse_byline
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
from newsparse.model import Article, Provenance, Strategy
from newsparse.rules import convert
from newsparse.rules.apply import PageRules
from newsparse.rules.model import RuleSet

__all__ = ["extract_article"]


def _value(hit: Found[T] | None) -> T | None:
    """The value of ``hit``, or ``None``."""
    return hit.value if hit is not None else None


def _once(compute: Callable[[], T]) -> Callable[[], T]:
    """``compute`` as a function that runs it on its first call only.

    (``functools.cache`` does the same but costs microseconds to set up, per page.)
    """
    results: list[T] = []

    def get() -> T:
        """The result of ``compute()``."""
        if not results:
            results.append(compute())
        return results[0]

    return get


def extract_article(doc: Document, rule_set: RuleSet | None = None) -> Article:
    """Extract every field of ``doc``, by ``rule_set`` where it has rules, else generically."""
    rules = PageRules(doc, rule_set)
    publisher = extract_publisher(doc)
    site_names = (publisher.value,) if publisher else ()
    headline = rules.field("headline", convert.TEXT, lambda: extract_headline(doc, site_names))
    standfirst = rules.field(
        "standfirst", convert.TEXT, lambda: extract_standfirst(doc, site_names)
    )
    generic_byline = _once(lambda: extract_byline(doc))
    byline = rules.field("byline", convert.BYLINE, lambda: generic_byline().byline)
    authors = rules.field("authors", convert.AUTHORS, lambda: generic_byline().authors)
    body = rules.body(lambda: extract_body(doc))

    # The headline, standfirst and byline are not body paragraphs.
    furniture = {h.value for h in (headline, standfirst) if h is not None}
    if byline is not None:
        furniture.add(byline.value.text)
    blocks = tuple(b for b in body.blocks if b.text not in furniture)

    byline_text = byline.value.text if byline is not None else None
    if byline is not None and byline.source.strategy is Strategy.RULE:
        place = parse_byline(byline.value.text).place
    elif rules.generic_used("byline"):
        place = generic_byline().place
    else:
        place = None
    dateline_hit = rules.field(
        "dateline", convert.DATELINE, lambda: extract_dateline(blocks, byline_text, place)
    )
    dateline = _value(dateline_hit)
    generic_credit = _once(lambda: extract_credit(doc, blocks, byline_text, dateline))
    credit_hit = rules.field("credit", convert.CREDIT, lambda: generic_credit()[0])
    if rules.generic_used("credit"):
        blocks = generic_credit()[1]

    images = rules.images(lambda: extract_images(doc, body.container))
    published = rules.field("published", convert.DATE, lambda: extract_published(doc))
    modified = rules.field("modified", convert.DATE, lambda: extract_modified(doc))
    url = rules.field("url", convert.URL, lambda: extract_url(doc))
    language = rules.field("language", convert.TEXT, lambda: extract_language(doc))
    section = rules.field("section", convert.TEXT, lambda: extract_section(doc))
    tags = rules.field("tags", convert.TEXTS, lambda: extract_tags(doc))

    provenance = Provenance(
        headline=headline.source if headline else None,
        standfirst=standfirst.source if standfirst else None,
        byline=byline.source if byline else None,
        authors=authors.source if authors else None,
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
        byline=_value(byline),
        authors=_value(authors) or (),
        dateline=dateline,
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
