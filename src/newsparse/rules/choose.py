"""Choosing the rule set for one page from what was passed as ``parse(..., rules=...)``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, TypeAlias

from newsparse._document import Document
from newsparse.errors import RuleError
from newsparse.rules.model import RuleSet
from newsparse.rules.registry import Registry, default_registry
from newsparse.rules.versions import RuleVersions

__all__ = ["Rules", "choose_rule_set"]

Rules: TypeAlias = (
    RuleSet | RuleVersions | Registry | Sequence[RuleSet | RuleVersions] | Literal["default"] | None
)
"""What ``parse(..., rules=...)`` accepts.

``"default"`` (the default): the default registry (built-in rule sets and installed
packages), looked up for the page. ``None``: the generic extractor alone. A
:class:`RuleSet` or :class:`RuleVersions`: applied to the page whatever its host. A
:class:`Registry`: looked up for the page. A list of rule sets: they override the default
registry on their domains, and the result is looked up for the page (this builds a
registry per call: for many pages, build ``default_registry().overridden(...)`` once and
pass it).
"""


def choose_rule_set(doc: Document, rules: Rules, as_of: date | None) -> RuleSet | None:
    """The rule-set version for ``doc``, or ``None`` for the generic extractor alone."""
    if rules is None:
        return None
    if isinstance(rules, RuleSet):
        return rules
    if isinstance(rules, RuleVersions):
        return rules.pick(as_of)
    if isinstance(rules, str):
        if rules != "default":
            raise RuleError(f"rules={rules!r}: expected 'default', None, a RuleSet or a Registry")
        registry = default_registry()
    elif isinstance(rules, Registry):
        registry = rules
    else:
        registry = default_registry().overridden(rules, origin="parse(rules=...)")
    entry = registry.lookup(doc)
    return entry.rules.pick(as_of) if entry is not None else None
