"""The :class:`Registry`: which rule set serves a page, looked up by host, domain or platform.

The default registry holds the built-in rule sets (the modules of
:mod:`newsparse.publishers`) and those of installed packages (the ``newsparse.rules``
entry-point group). It is built on first use and cached; building it imports every rule
module once. A lookup costs a few dictionary accesses.

Lookup order for a page:

1. the exact host of the page URL (``www.apnews.com``);
2. the host without ``www.``, ``amp.``, ``m.``, ``mobile.`` prefixes, then each parent
   domain (``edition.cnn.com`` -> ``cnn.com``);
3. when no URL is given: the same for the page's own canonical / ``og:url``;
4. platform fingerprints (WordPress, Arc XP...), in registration order;
5. none: the generic extractor alone.

(A canonical URL is not consulted when a URL is given: a republished story's canonical
points to the original publisher, whose layout is not this page's.)
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.metadata import entry_points
from types import ModuleType
from typing import NamedTuple
from urllib.parse import urlsplit

from newsparse._document import Document
from newsparse.errors import RuleError
from newsparse.rules.model import RuleSet
from newsparse.rules.versions import RuleVersions

__all__ = ["ENTRY_POINT_GROUP", "Entry", "Registry", "default_registry", "host_keys"]

ENTRY_POINT_GROUP = "newsparse.rules"
"""The entry-point group third-party packages register rule sets under."""

BUILTIN = "newsparse (built-in)"
"""The origin of the rule sets in :mod:`newsparse.publishers`."""

_MOBILE_PREFIXES = ("www.", "amp.", "m.", "mobile.")


class Entry(NamedTuple):
    """A registered rule set (all its versions) and where it came from."""

    rules: RuleVersions
    origin: str


def host_keys(host: str) -> Iterator[str]:
    """The keys to try for ``host``: itself, without mobile prefixes, then parent domains.

    >>> list(host_keys("www.m.edition.cnn.com"))
    ['www.m.edition.cnn.com', 'edition.cnn.com', 'cnn.com']
    """
    host = host.lower().rstrip(".")
    yield host
    bare = host
    while bare.startswith(_MOBILE_PREFIXES):
        bare = bare.split(".", 1)[1]
    if bare != host:
        yield bare
    labels = bare.split(".")
    for start in range(1, len(labels) - 1):
        yield ".".join(labels[start:])


def _url_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None


def _as_rules(value: object, origin: str) -> list[RuleVersions]:
    if isinstance(value, RuleSet | RuleVersions):
        return [RuleVersions.of(value)]
    if isinstance(value, list | tuple):
        out = []
        for item in value:
            if not isinstance(item, RuleSet | RuleVersions):
                raise RuleError(f"{origin}: expected RuleSet or RuleVersions, got {item!r:.80}")
            out.append(RuleVersions.of(item))
        return out
    raise RuleError(
        f"{origin}: expected a RuleSet, RuleVersions or a list of them, got {value!r:.80}"
    )


class Registry:
    """Rule sets by domain and by platform fingerprint; immutable once built.

    >>> from newsparse.rules import Field, Registry, RuleSet, Select
    >>> mine = RuleSet(publisher="Example", domains=("example.com",),
    ...                headline=Field(Select("h1.title")))
    >>> registry = Registry([mine], origin="my app")
    >>> registry.for_host("www.example.com").rules.publisher
    'Example'

    Two rule sets claiming one domain are a :class:`~newsparse.RuleError` naming both
    origins; :meth:`overridden` is the way to replace a rule set on purpose.
    """

    def __init__(
        self, rule_sets: Iterable[RuleSet | RuleVersions] = (), *, origin: str = "given rules"
    ) -> None:
        self._by_domain: dict[str, Entry] = {}
        self._by_name: dict[str, Entry] = {}
        self._fingerprinted: list[Entry] = []
        self._entries: list[Entry] = []
        for rules in rule_sets:
            self._add(Entry(RuleVersions.of(rules), origin), replace=False)

    # ------------------------------------------------------------------ building

    def _add(self, entry: Entry, *, replace: bool) -> None:
        rules = entry.rules
        if not rules.domains and rules.fingerprint is None:
            raise RuleError(
                f"{entry.origin}: rule set {rules.publisher!r} claims no domain and no "
                "fingerprint, so no page would find it"
            )
        if replace:
            self._remove_domains(rules.domains)
        for domain in rules.domains:
            other = self._by_domain.get(domain)
            if other is not None and other.rules is not rules:
                raise RuleError(
                    f"domain {domain!r} is claimed twice: by rule set {other.rules.publisher!r} "
                    f"from {other.origin} and by {rules.publisher!r} from {entry.origin}; "
                    "pass the one you want with parse(..., rules=...) or "
                    "Registry.overridden()"
                )
        for domain in rules.domains:
            self._by_domain[domain] = entry
        self._by_name.setdefault(rules.publisher.casefold(), entry)
        if rules.fingerprint is not None:
            self._fingerprinted.append(entry)
        self._entries.append(entry)

    def _remove_domains(self, domains: tuple[str, ...]) -> None:
        for domain in domains:
            old = self._by_domain.pop(domain, None)
            if (
                old is not None
                and old in self._entries
                and not any(e is old for e in self._by_domain.values())
            ):
                self._entries.remove(old)
                if old in self._fingerprinted:
                    self._fingerprinted.remove(old)

    def _copy(self) -> Registry:
        new = Registry()
        new._by_domain = dict(self._by_domain)
        new._by_name = dict(self._by_name)
        new._fingerprinted = list(self._fingerprinted)
        new._entries = list(self._entries)
        return new

    def extended(self, rule_sets: Iterable[RuleSet | RuleVersions], *, origin: str) -> Registry:
        """A new registry with ``rule_sets`` added; a domain claimed twice is a RuleError."""
        new = self._copy()
        for rules in rule_sets:
            new._add(Entry(RuleVersions.of(rules), origin), replace=False)
        return new

    def overridden(
        self, rule_sets: Iterable[RuleSet | RuleVersions], *, origin: str = "given rules"
    ) -> Registry:
        """A new registry in which ``rule_sets`` replace whatever served their domains."""
        new = self._copy()
        for rules in rule_sets:
            versions = RuleVersions.of(rules)
            new._by_name.pop(versions.publisher.casefold(), None)
            new._add(Entry(versions, origin), replace=True)
        return new

    @classmethod
    def builtin(cls) -> Registry:
        """The rule sets of :mod:`newsparse.publishers`: every module's ``RULES``."""
        package = importlib.import_module("newsparse.publishers")
        return cls._from_modules(package)

    @classmethod
    def _from_modules(cls, package: ModuleType) -> Registry:
        registry = cls()
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if info.name.startswith("_"):
                continue
            name = f"{package.__name__}.{info.name}"
            module = importlib.import_module(name)
            if not hasattr(module, "RULES"):
                raise RuleError(f"{name}: a publisher module must define RULES")
            for rules in _as_rules(module.RULES, name):
                registry._add(Entry(rules, f"{BUILTIN} {name}"), replace=False)
        return registry

    def with_entry_points(self) -> Registry:
        """A new registry with the rule sets of installed packages (``newsparse.rules``)."""
        new = self._copy()
        for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
            package = point.dist.name if point.dist is not None else "an unknown package"
            origin = f"package {package!r} (entry point {point.name!r} = {point.value})"
            try:
                value = point.load()
            except (ImportError, AttributeError) as exc:
                raise RuleError(f"{origin}: cannot load it: {exc}") from exc
            for rules in _as_rules(value, origin):
                new._add(Entry(rules, origin), replace=False)
        return new

    # ------------------------------------------------------------------ lookup

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def for_host(self, host: str) -> Entry | None:
        """The rule set serving ``host`` (exact, without mobile prefixes, or a parent domain)."""
        for key in host_keys(host):
            entry = self._by_domain.get(key)
            if entry is not None:
                return entry
        return None

    def named(self, name: str) -> Entry | None:
        """The rule set called ``name`` (case-insensitive), or serving the domain ``name``."""
        return self._by_name.get(name.casefold()) or self.for_host(name)

    def lookup(self, doc: Document) -> Entry | None:
        """The rule set for the page ``doc``, or ``None`` (the generic extractor alone)."""
        host = _url_host(doc.given_url)
        if host is None and doc.canonical is not None:
            host = _url_host(doc.canonical[1])
        if host is not None:
            entry = self.for_host(host)
            if entry is not None:
                return entry
        for entry in self._fingerprinted:
            fingerprint = entry.rules.fingerprint
            if fingerprint is not None and fingerprint.matches(doc):
                return entry
        return None


@cache
def default_registry() -> Registry:
    """The built-in rule sets plus those of installed packages; built once, on first use."""
    return Registry.builtin().with_entry_points()
