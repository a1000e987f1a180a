"""Named transforms: small, declarative steps applied to the texts a selector found.

A transform maps the texts a :class:`~newsparse.rules.Select` found to new texts (one
text may become several, or none). Each is a frozen model with a ``transform`` name, so
rule files can refer to it by that name::

    then = ["split_authors", {transform = "strip_prefix", prefix = "By "}]

and Python rule sets use the classes (or the ready-made :data:`split_authors`)::

    Field(Select(".byline"), then=(StripPrefix(prefix="Von "), split_authors))

The set of transforms is closed on purpose: a rule file can only name one of these, and
nothing in a rule file is ever executed. A field that needs real code uses a function
instead of a :class:`~newsparse.rules.Field` (see :class:`~newsparse.rules.RuleSet`).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic import Field as _Attr

from newsparse._byline import parse_byline
from newsparse._dates import parse_date
from newsparse._text import clean

__all__ = [
    "TRANSFORM_NAMES",
    "Join",
    "Match",
    "ParseDate",
    "Split",
    "SplitAuthors",
    "StripPrefix",
    "StripSuffix",
    "Transform",
    "split_authors",
]


class _Transform(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """Return the texts after this step (empty texts are dropped by the caller)."""
        raise NotImplementedError

    def __str__(self) -> str:
        args = ", ".join(
            f"{k}={v!r}" for k, v in self.model_dump(exclude={"transform"}).items() if v
        )
        name = str(getattr(self, "transform", type(self).__name__))
        return f"{name}({args})" if args else name


class StripPrefix(_Transform):
    """Remove ``prefix`` (case-insensitive) from the start of each text: ``"By "``, ``"Von "``.

    >>> StripPrefix(prefix="By ").apply(("By Jane Doe",))
    ('Jane Doe',)
    """

    transform: Literal["strip_prefix"] = "strip_prefix"
    prefix: str = _Attr(min_length=1)

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """Strip the prefix where present; other texts pass unchanged."""
        size = len(self.prefix)
        return tuple(
            clean(t[size:]) if t[:size].casefold() == self.prefix.casefold() else t for t in texts
        )


class StripSuffix(_Transform):
    """Remove ``suffix`` (case-insensitive) from the end of each text: ``" | Example Times"``.

    >>> StripSuffix(suffix=" - WAZ").apply(("Ein Titel - WAZ",))
    ('Ein Titel',)
    """

    transform: Literal["strip_suffix"] = "strip_suffix"
    suffix: str = _Attr(min_length=1)

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """Strip the suffix where present; other texts pass unchanged."""
        size = len(self.suffix)
        return tuple(
            clean(t[:-size]) if t[-size:].casefold() == self.suffix.casefold() else t for t in texts
        )


class SplitAuthors(_Transform):
    """Read each text as a printed byline and keep the names, with :func:`parse_byline`.

    >>> split_authors.apply(("By Jane Doe and John Roe in Kyiv",))
    ('Jane Doe', 'John Roe')
    """

    transform: Literal["split_authors"] = "split_authors"

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """The names of every byline, in order, without duplicates."""
        names: dict[str, None] = {}
        for text in texts:
            names.update(dict.fromkeys(parse_byline(text).names))
        return tuple(names)


class ParseDate(_Transform):
    """Parse each text as a date and rewrite it as ISO 8601; unparsable texts are dropped.

    Without ``format`` the generic date parser reads the text (ISO 8601, then common
    formats, never inventing a missing day). With ``format`` (``strptime`` codes) the text
    must match it exactly. ``timezone`` (an IANA name) is attached to a time printed
    without an offset.

    >>> ParseDate(format="%d.%m.%Y, %H:%M Uhr", timezone="Europe/Berlin").apply(
    ...     ("10.09.2025, 17:45 Uhr",))
    ('2025-09-10T17:45:00+02:00',)
    """

    transform: Literal["parse_date"] = "parse_date"
    format: str | None = None
    timezone: str | None = None

    @field_validator("format")
    @classmethod
    def _has_codes(cls, value: str | None) -> str | None:
        if value is not None and "%" not in value:
            raise ValueError(f"date format {value!r} has no strptime code such as %Y")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown timezone {value!r} (use an IANA name)") from exc
        return value

    def _read(self, text: str) -> datetime | None:
        if self.format is None:
            return parse_date(text)
        try:
            return datetime.strptime(text, self.format)
        except ValueError:
            return None

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """The texts that parse, as ISO 8601 strings."""
        out = []
        for text in texts:
            value = self._read(text)
            if value is None:
                continue
            if value.tzinfo is None and self.timezone is not None:
                value = value.replace(tzinfo=ZoneInfo(self.timezone))
            out.append(value.isoformat())
        return tuple(out)


class Match(_Transform):
    """Keep the part of each text a regular expression finds; drop texts it does not match.

    The kept part is the group named ``value`` if the pattern has one, else the whole match.

    >>> Match(pattern=r"Stand: (?P<value>.+)").apply(("Stand: 10.09.2025",))
    ('10.09.2025',)
    """

    transform: Literal["match"] = "match"
    pattern: str = _Attr(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
        return value

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """The matched parts."""
        regex = re.compile(self.pattern)
        out = []
        for text in texts:
            match = regex.search(text)
            if match is not None:
                value = match.group("value") if "value" in regex.groupindex else match.group(0)
                out.append(clean(value))
        return tuple(out)


class Join(_Transform):
    """Join all texts into one, with ``separator`` (a headline split over several spans).

    >>> Join(separator=": ").apply(("Kicker", "Headline"))
    ('Kicker: Headline',)
    """

    transform: Literal["join"] = "join"
    separator: str = " "

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """One text, or none when there was none."""
        return (self.separator.join(texts),) if texts else ()


class Split(_Transform):
    """Split each text on ``separator`` (tags printed as ``"Politik, Berlin, SPD"``).

    >>> Split(separator=",").apply(("Politik, Berlin",))
    ('Politik', 'Berlin')
    """

    transform: Literal["split"] = "split"
    separator: str = _Attr(default=",", min_length=1)

    def apply(self, texts: tuple[str, ...]) -> tuple[str, ...]:
        """The parts, trimmed."""
        return tuple(clean(part) for text in texts for part in text.split(self.separator))


Transform = Annotated[
    StripPrefix | StripSuffix | SplitAuthors | ParseDate | Match | Join | Split,
    _Attr(discriminator="transform"),
]
"""Any named transform (a union discriminated by its ``transform`` name)."""

TRANSFORM_NAMES: frozenset[str] = frozenset(
    {"strip_prefix", "strip_suffix", "split_authors", "parse_date", "match", "join", "split"}
)
"""The names a rule file can use in ``then``."""

split_authors = SplitAuthors()
"""The :class:`SplitAuthors` transform, ready to use: ``then=(split_authors,)``."""
