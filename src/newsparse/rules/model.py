"""The rule-set models: :class:`Select`, :class:`Field`, :class:`Body`, :class:`RuleSet`.

(:class:`~newsparse.rules.RuleVersions`, the versions of one rule set, is in
:mod:`newsparse.rules.versions`.)

All are frozen pydantic models, validated when built (in Python or from a rule file), so a
malformed rule set fails when it is loaded, with a :class:`~newsparse.RuleError` naming the
rule set, the field and the problem, never later on some page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic import Field as _Attr

from newsparse._document import Document
from newsparse.errors import RuleError
from newsparse.rules._css import check_css
from newsparse.rules._errors import rule_error
from newsparse.rules.fingerprints import Fingerprint
from newsparse.rules.transforms import Transform

__all__ = [
    "FIELD_NAMES",
    "Body",
    "Field",
    "FieldFunction",
    "RuleSet",
    "Select",
]

FieldFunction = Callable[[Document], object]
"""The escape hatch for a field that needs code: ``(Document) -> value | None``.

The value is the field's type (``str`` for ``headline``, ``datetime`` for ``published``,
a tuple of :class:`~newsparse.Author` for ``authors``...) or text(s) read like a
selector's. ``None`` means "not found here": the generic extractor is used instead.
"""

FIELD_NAMES: tuple[str, ...] = (
    "headline",
    "standfirst",
    "byline",
    "authors",
    "dateline",
    "published",
    "modified",
    "body",
    "credit",
    "url",
    "language",
    "section",
    "tags",
)
"""The article fields a rule set can give rules for, in the order they are extracted."""


class _RuleModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


_Init = TypeVar("_Init", bound=Callable[..., None])


def _python_init(init: _Init) -> _Init:
    """Mark a convenience ``__init__`` (positional selectors, RuleError on bad input).

    pydantic calls an overridden ``__init__`` when it validates nested data (a rule file);
    this marker, pydantic's own for ``BaseModel.__init__``, makes it validate such data
    field by field instead, so a file gets precise, located errors.
    """
    init.__pydantic_base_init__ = True  # type: ignore[attr-defined]
    return init


def known_keys() -> frozenset[str]:
    """Every key a rule model accepts (to suggest one for a misspelt key)."""
    models: tuple[type[BaseModel], ...] = (Select, Field, Body, RuleSet, Fingerprint)
    keys = {"absent", *(k for m in models for k in m.model_fields)}
    return frozenset(keys)


class Select(_RuleModel):
    """One CSS selector, and what to read from the elements it finds.

    :param css: the selector, e.g. ``"h1.Page-headline"``.
    :param attr: read this attribute instead of the text, e.g. ``"content"`` on a
        ``<meta>`` or ``"datetime"`` on a ``<time>``.
    :param many: read every element found (authors, tags), not only the first one with a
        non-empty value.

    >>> Select("time.published", attr="datetime")
    Select(css='time.published', attr='datetime', many=False)

    In a rule file a selector is a table (``{css = "time", attr = "datetime"}``) or, when
    only ``css`` is needed, a plain string.
    """

    css: str
    attr: str | None = _Attr(default=None, min_length=1)
    many: bool = False

    @_python_init
    def __init__(self, css: str, *, attr: str | None = None, many: bool = False) -> None:
        try:
            BaseModel.__init__(self, css=css, attr=attr, many=many)
        except ValidationError as exc:
            raise rule_error(f"Select({css!r})", exc, known_keys()) from None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: object) -> object:
        return {"css": data} if isinstance(data, str) else data

    @field_validator("css")
    @classmethod
    def _valid_css(cls, value: str) -> str:
        return check_css(value)

    @property
    def label(self) -> str:
        """How provenance names this selector: ``css "time" @datetime``."""
        label = f"css {self.css!r}"
        if self.attr is not None:
            label += f" @{self.attr}"
        return label + (" (many)" if self.many else "")


class Field(_RuleModel):
    """The rule for one field: selectors tried in order (first non-empty wins), then transforms.

    :param select: one or more :class:`Select`; the first that yields a non-empty value
        after the transforms wins. When none does, the generic extractor fills the field
        and provenance says so.
    :param then: transforms applied, in order, to the texts a selector found.

    >>> Field(Select("h1.headline"), Select("meta[property='og:title']", attr="content"))
    ... # doctest: +ELLIPSIS
    Field(select=(Select(css='h1.headline', ...), Select(...)), then=(), declared_absent=False)

    Use :meth:`Field.absent` to declare that the site has no such field.
    """

    select: tuple[Select, ...] = ()
    then: tuple[Transform, ...] = ()
    declared_absent: bool = _Attr(default=False, alias="absent")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)

    @_python_init
    def __init__(self, *select: Select, then: tuple[Transform, ...] = ()) -> None:
        try:
            BaseModel.__init__(self, select=select, then=then)
        except ValidationError as exc:
            raise rule_error("Field", exc, known_keys()) from None

    @classmethod
    def absent(cls) -> Field:
        """The site has no such field: it is ``None`` and the generic extractor is not asked."""
        return cls.model_validate({"absent": True})

    @field_validator("then", mode="before")
    @classmethod
    def _names(cls, value: object) -> object:
        if isinstance(value, list | tuple):
            return tuple({"transform": v} if isinstance(v, str) else v for v in value)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Field:
        if self.declared_absent and (self.select or self.then):
            raise ValueError("a field declared absent takes no selectors or transforms")
        if not self.declared_absent and not self.select:
            raise ValueError("a Field needs at least one Select (or use Field.absent())")
        return self

    def label_for(self, select: Select) -> str:
        """How provenance names a value ``select`` found: the selector and the transforms."""
        return self._with_transforms(select.label)

    @property
    def label(self) -> str:
        """How provenance names this rule: all its selectors and transforms."""
        return self._with_transforms(" | ".join(s.label for s in self.select))

    def _with_transforms(self, label: str) -> str:
        if self.then:
            label += " then " + ", ".join(str(t) for t in self.then)
        return label


class Body(_RuleModel):
    """The rule for the body: where it is, which blocks to read, and what to drop.

    :param paragraphs: CSS for the paragraph blocks, e.g. ``"p"`` or ``"div.text > p"``
        (searched inside ``container`` when given, else in the whole page).
    :param container: CSS for the element(s) holding the body; several matches are read
        in page order. Without it the page's ``<body>`` is searched.
    :param clean: CSS for elements dropped before reading (ads, "read more" boxes,
        embedded teasers); also removes inline elements inside paragraphs.
    :param headings: CSS for subheading blocks (kept in ``body``, not in ``paragraphs``).
    :param quotes: CSS for quote blocks (pull quotes, block quotes).
    :param list_items: CSS for list-item blocks.
    :param captions: CSS for image captions: they are not body text; they become the
        article's images (with the image in the caption's ``<figure>``).

    >>> Body(container="div.article-body", paragraphs="p", headings="h2",
    ...      clean=(".ad", ".teaser"))  # doctest: +ELLIPSIS
    Body(paragraphs='p', container='div.article-body', clean=('.ad', '.teaser'), ...)

    When no block is found the generic body extractor is used and provenance says so.
    """

    paragraphs: str
    container: str | None = None
    clean: tuple[str, ...] = ()
    headings: str | None = None
    quotes: str | None = None
    list_items: str | None = None
    captions: str | None = None

    @_python_init
    def __init__(
        self,
        *,
        paragraphs: str,
        container: str | None = None,
        clean: tuple[str, ...] = (),
        headings: str | None = None,
        quotes: str | None = None,
        list_items: str | None = None,
        captions: str | None = None,
    ) -> None:
        try:
            BaseModel.__init__(
                self,
                paragraphs=paragraphs,
                container=container,
                clean=clean,
                headings=headings,
                quotes=quotes,
                list_items=list_items,
                captions=captions,
            )
        except ValidationError as exc:
            raise rule_error("Body", exc, known_keys()) from None

    @field_validator("paragraphs", "container", "headings", "quotes", "list_items", "captions")
    @classmethod
    def _valid_css(cls, value: str | None) -> str | None:
        return check_css(value) if value is not None else None

    @field_validator("clean")
    @classmethod
    def _valid_clean(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_css(v) for v in value)

    @property
    def label(self) -> str:
        """How provenance names this rule."""
        where = f"css {self.container!r} " if self.container else ""
        return f"{where}blocks {self.paragraphs!r}"


def _slot_kind(value: object) -> str:
    if value is None or isinstance(value, BaseModel | dict):
        return "field"
    return "code" if callable(value) else "field"


FieldRule = Annotated[
    Annotated[Field, Tag("field")] | Annotated[FieldFunction, Tag("code")],
    Discriminator(_slot_kind),
]
BodyRule = Annotated[
    Annotated[Body, Tag("field")] | Annotated[FieldFunction, Tag("code")],
    Discriminator(_slot_kind),
]


def _domain(value: str) -> str:
    domain = value.strip().lower().rstrip(".")
    if not domain or any(c in domain for c in "/:@ ") or "." not in domain:
        raise ValueError(f"{value!r} is not a domain name (write e.g. 'apnews.com')")
    return domain


class RuleSet(_RuleModel):
    """The rules for one publisher (one version of them): how to read each field of its pages.

    Every field is optional: an omitted field is read by the generic extractor;
    :meth:`Field.absent` says the site has none (the field is ``None``, nothing is
    guessed); a :class:`Field` whose selectors find nothing falls back to the generic
    extractor, and provenance says so. A field that needs code takes a plain function
    ``(Document) -> value | None`` instead of a :class:`Field`.

    >>> from newsparse.rules import Body, Field, RuleSet, Select, split_authors
    >>> RULES = RuleSet(
    ...     publisher="Associated Press",
    ...     domains=("apnews.com",),
    ...     headline=Field(Select("h1.Page-headline")),
    ...     authors=Field(Select(".Page-authors a", many=True), then=(split_authors,)),
    ...     body=Body(paragraphs="div.RichTextStoryBody > p", clean=(".Advertisement",)),
    ...     credit=Field.absent(),
    ... )

    :param publisher: the rule set's name, shown in provenance and ``newsparse rules list``.
    :param domains: the domains it serves; sub-domains (``www.``, ``m.``, ``edition.``)
        match too.
    :param fingerprint: a platform :class:`Fingerprint` for shared layouts.
    :param valid_until: the last date this version applies to (``None``: still current);
        see :meth:`evolve` and :class:`RuleVersions`.
    """

    publisher: str = _Attr(min_length=1)
    domains: tuple[str, ...] = ()
    fingerprint: Fingerprint | None = None
    valid_until: date | None = None

    headline: FieldRule | None = None
    standfirst: FieldRule | None = None
    byline: FieldRule | None = None
    authors: FieldRule | None = None
    dateline: FieldRule | None = None
    published: FieldRule | None = None
    modified: FieldRule | None = None
    body: BodyRule | None = None
    credit: FieldRule | None = None
    url: FieldRule | None = None
    language: FieldRule | None = None
    section: FieldRule | None = None
    tags: FieldRule | None = None

    @_python_init
    def __init__(self, **data: object) -> None:
        try:
            BaseModel.__init__(self, **data)
        except ValidationError as exc:
            raise rule_error(f"rule set {data.get('publisher')!r}", exc, known_keys()) from None

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_domain(v) for v in value)

    @property
    def version(self) -> str:
        """The version label provenance shows: ``valid_until`` as ISO date, or ``"current"``."""
        return self.valid_until.isoformat() if self.valid_until else "current"

    def evolve(self, *, valid_until: date, **changes: object) -> RuleSet:
        """An older version of this rule set, valid until ``valid_until``, restating only changes.

        >>> from datetime import date, datetime
        >>> from newsparse.rules import Field, RuleSet, Select
        >>> current = RuleSet(publisher="Example", domains=("example.com",),
        ...                   headline=Field(Select("h1.title")))
        >>> older = current.evolve(valid_until=date(2024, 10, 14),
        ...                        headline=Field(Select("h1.headline")))
        >>> older.headline.select[0].css, older.domains
        ('h1.headline', ('example.com',))

        Set a field to ``None`` to make the older version use the generic extractor for it.
        """
        unknown = sorted(set(changes) - set(type(self).model_fields))
        if unknown:
            raise RuleError(f"rule set {self.publisher!r}: evolve() got unknown fields {unknown}")
        data: dict[str, object] = {k: getattr(self, k) for k in type(self).model_fields}
        data.update(changes, valid_until=valid_until)
        try:
            return RuleSet.model_validate(data)
        except ValidationError as exc:
            raise rule_error(f"rule set {self.publisher!r}", exc, known_keys()) from None

    def rule(self, name: str) -> Field | Body | FieldFunction | None:
        """The rule for the article field ``name`` (``None`` when omitted)."""
        if name not in FIELD_NAMES:
            raise RuleError(f"rule set {self.publisher!r}: there is no article field {name!r}")
        value: Field | Body | FieldFunction | None = getattr(self, name)
        return value
