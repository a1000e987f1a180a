"""The typed result of :func:`newsparse.parse`: :class:`Article` and its parts.

All models are frozen pydantic v2 models: they validate on construction, compare by value,
serialise with ``model_dump()`` / ``model_dump_json()`` and publish a JSON Schema
(:func:`article_json_schema`). Sequences are tuples, so an ``Article`` cannot be changed
after the fact.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

__all__ = [
    "Article",
    "Author",
    "Block",
    "BlockKind",
    "Byline",
    "Credit",
    "Dateline",
    "Image",
    "Provenance",
    "Source",
    "Strategy",
    "article_json_schema",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Author(_Model):
    """A person (or a named desk such as "Our Foreign Staff") credited with the article.

    Never a site, an organisation or a date.
    """

    name: str = Field(description="The name as a reader would write it, e.g. 'Jane Doe'.")
    url: str | None = Field(default=None, description="The author's page, when linked.")
    role: str | None = Field(
        default=None, description="A role printed with the name, e.g. 'Political Editor'."
    )
    organization: str | None = Field(
        default=None,
        description="An affiliation printed with the name, e.g. 'PA' or 'Reuters'.",
    )


class Byline(_Model):
    """The byline as printed on the page."""

    text: str = Field(description="e.g. 'Sara Elizabeth Williams in Amman'.")


class Dateline(_Model):
    """Where (and by which agency) a story was filed, as printed at the start of the body."""

    text: str = Field(description="The dateline as printed, e.g. 'LONDON, March 5 (Reuters) -'.")
    place: str | None = Field(default=None, description="e.g. 'LONDON', 'Amman'.")
    agency: str | None = Field(default=None, description="e.g. 'Reuters', 'AP'.")
    date: str | None = Field(default=None, description="The date as printed, e.g. 'March 5'.")


class BlockKind(StrEnum):
    """What a :class:`Block` of the body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


class Block(_Model):
    """One block of the article body, in reading order."""

    kind: BlockKind = BlockKind.PARAGRAPH
    text: str


class Image(_Model):
    """An image of the article with its caption and photo credit."""

    url: str | None = Field(default=None, description="Absolute http(s) URL of the image.")
    caption: str | None = Field(default=None, description="Caption text, without the credit.")
    credit: str | None = Field(
        default=None, description="Photographer or agency, e.g. 'AP Photo/Alex Brandon'."
    )
    alt: str | None = Field(default=None, description="The image's alt text.")


class Credit(_Model):
    """The syndication credit: whose story this is, when it is not the publisher's own."""

    source: str = Field(description="Canonical source name, e.g. 'Daily Telegraph', 'Reuters'.")
    text: str = Field(description="The credit as printed, e.g. '(© Daily Telegraph London)'.")
    place: str | None = Field(default=None, description="A place printed with the credit.")


class Strategy(StrEnum):
    """The kind of evidence a field's value came from."""

    RULE = "rule"
    """A selector or function of a publisher rule set."""
    JSON_LD = "json-ld"
    """A JSON-LD (schema.org) block of the page."""
    META = "meta"
    """A ``<meta>`` or ``<link>`` tag (OpenGraph, Dublin Core, parsely, ...)."""
    MICRODATA = "microdata"
    """An ``itemprop`` attribute in the page body."""
    DOM = "dom"
    """An element of the visible page found by heuristics (byline, ``<time>``, ``<h1>``...)."""
    TEXT = "text"
    """A pattern in the visible text (a dateline, an end credit, a byline string)."""
    URL = "url"
    """The page URL."""


class Source(_Model):
    """Where one field's value came from."""

    strategy: Strategy
    detail: str = Field(
        description="The key, tag, selector or heuristic, e.g. 'NewsArticle.headline'."
    )
    rule_set: str | None = Field(default=None, description="The publisher rule set, if any.")
    rule_version: str | None = Field(default=None, description="The rule set's version.")


class Provenance(_Model):
    """For every field of the :class:`Article` that has a value, where it came from."""

    headline: Source | None = None
    standfirst: Source | None = None
    byline: Source | None = None
    authors: Source | None = None
    dateline: Source | None = None
    published: Source | None = None
    modified: Source | None = None
    body: Source | None = None
    images: Source | None = None
    credit: Source | None = None
    publisher: Source | None = None
    url: Source | None = None
    language: Source | None = None
    section: Source | None = None
    tags: Source | None = None


class Article(_Model):
    """A news article extracted from one HTML page.

    Every field is either right or absent: a value the page does not support is ``None``
    (or an empty tuple), never a guess.
    """

    headline: str | None = None
    standfirst: str | None = Field(
        default=None, description="The dek / summary / lead shown under the headline."
    )
    byline: Byline | None = None
    authors: tuple[Author, ...] = ()
    dateline: Dateline | None = None
    published: datetime | None = Field(
        default=None, description="Publication time; timezone-aware when the page gives one."
    )
    modified: datetime | None = Field(
        default=None, description="Last modification time; timezone-aware when given."
    )
    body: tuple[Block, ...] = Field(default=(), description="The body, in reading order.")
    images: tuple[Image, ...] = ()
    credit: Credit | None = None
    publisher: str | None = Field(default=None, description="The publishing site's name.")
    url: str | None = Field(default=None, description="Canonical URL of the article.")
    language: str | None = Field(default=None, description="BCP 47 language tag, e.g. 'en-GB'.")
    section: str | None = None
    tags: tuple[str, ...] = ()
    provenance: Provenance = Provenance()

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: object) -> object:
        # ``paragraphs`` is derived from ``body``; accept it back from our own JSON.
        if isinstance(data, dict) and "paragraphs" in data:
            return {k: v for k, v in data.items() if k != "paragraphs"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the body's blocks other than subheadings, in reading order."""
        return tuple(b.text for b in self.body if b.kind is not BlockKind.HEADING)

    @property
    def text(self) -> str:
        """The whole body as plain text, one block per line."""
        return "\n".join(b.text for b in self.body)


def article_json_schema() -> str:
    """Return the JSON Schema of :class:`Article` (serialisation mode) as a JSON string."""
    return json.dumps(Article.model_json_schema(mode="serialization"), indent=2)
