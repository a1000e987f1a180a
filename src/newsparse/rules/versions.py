"""The versions of one publisher's rule set, by date: :class:`RuleVersions`."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ValidationError, field_validator

from newsparse.rules._errors import rule_error
from newsparse.rules.fingerprints import Fingerprint
from newsparse.rules.model import RuleSet, _python_init, _RuleModel, known_keys

__all__ = ["RuleVersions"]


class RuleVersions(_RuleModel):
    """All versions of one publisher's rule set; :meth:`pick` chooses one for a date.

    >>> from datetime import date, datetime
    >>> from newsparse.rules import Field, RuleSet, RuleVersions, Select
    >>> current = RuleSet(publisher="Example", domains=("example.com",),
    ...                   headline=Field(Select("h1.title")))
    >>> older = current.evolve(valid_until=date(2024, 10, 14),
    ...                        headline=Field(Select("h1.headline")))
    >>> RULES = RuleVersions(current, older)
    >>> RULES.pick(date(2024, 1, 1)).version, RULES.pick(None).version
    ('2024-10-14', 'current')

    A version applies to pages up to and including its ``valid_until``; the version with
    no ``valid_until`` (or else the latest) applies after that, and when no date is given.
    Two versions with the same ``valid_until`` are a :class:`~newsparse.RuleError`.
    """

    versions: tuple[RuleSet, ...]

    @_python_init
    def __init__(self, *versions: RuleSet) -> None:
        try:
            BaseModel.__init__(self, versions=versions)
        except ValidationError as exc:
            name = versions[0].publisher if versions else None
            raise rule_error(f"rule set {name!r}", exc, known_keys()) from None

    @field_validator("versions")
    @classmethod
    def _ordered(cls, value: tuple[RuleSet, ...]) -> tuple[RuleSet, ...]:
        if not value:
            raise ValueError("no rule set given")
        names = {v.publisher for v in value}
        if len(names) > 1:
            raise ValueError(f"versions of different publishers: {sorted(names)}")
        seen: set[date | None] = set()
        for version in value:
            if version.valid_until in seen:
                raise ValueError(
                    f"two versions of {version.publisher!r} with valid_until="
                    f"{version.version}: the version for a page would be ambiguous"
                )
            seen.add(version.valid_until)
        return tuple(sorted(value, key=lambda v: (v.valid_until is None, v.valid_until)))

    @property
    def publisher(self) -> str:
        """The publisher's name."""
        return self.versions[0].publisher

    @property
    def current(self) -> RuleSet:
        """The newest version."""
        return self.versions[-1]

    @property
    def domains(self) -> tuple[str, ...]:
        """Every domain any version serves, in order."""
        return tuple(dict.fromkeys(d for v in self.versions for d in v.domains))

    @property
    def fingerprint(self) -> Fingerprint | None:
        """The newest version's platform fingerprint, if any."""
        return self.current.fingerprint

    def pick(self, as_of: date | None) -> RuleSet:
        """The version for a page fetched on ``as_of`` (the newest when ``None``)."""
        if as_of is None:
            return self.versions[-1]
        day = as_of.date() if isinstance(as_of, datetime) else as_of
        for version in self.versions:
            if version.valid_until is None or day <= version.valid_until:
                return version
        return self.versions[-1]

    @classmethod
    def of(cls, rules: RuleSet | RuleVersions) -> RuleVersions:
        """``rules`` as :class:`RuleVersions` (one rule set becomes a single version)."""
        return rules if isinstance(rules, RuleVersions) else cls(rules)
