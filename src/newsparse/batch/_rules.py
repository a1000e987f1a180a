"""Rule sets named by a string, so that every worker process can load them itself.

A batch run passes the *name* of its rule set (``"default"``, ``"generic"``, a registered
publisher or domain, or a ``.toml`` / ``.json`` / ``.py`` file) to its workers rather than
the rule set: a rule set read from a Python file holds functions of a module no other
process can import by name. Each worker resolves the name once (:func:`rules_for`).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from newsparse.errors import RuleError
from newsparse.rules.choose import Rules
from newsparse.rules.files import load_rules
from newsparse.rules.model import RuleSet
from newsparse.rules.registry import default_registry
from newsparse.rules.versions import RuleVersions

__all__ = ["DEFAULT", "GENERIC", "resolve_rules", "rules_for"]

DEFAULT = "default"
"""The rule-set name meaning the built-in and installed rule sets, chosen per page."""
GENERIC = "generic"
"""The rule-set name meaning no rule set: the generic extractor alone."""


def _load_python_rules(path: Path) -> RuleSet | RuleVersions:
    """Import a rule-set module by path (this runs the module: it is the user's own code)."""
    spec = importlib.util.spec_from_file_location(f"newsparse_rules_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise RuleError(f"{path}: cannot import it as a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rules = getattr(module, "RULES", None)
    if not isinstance(rules, RuleSet | RuleVersions):
        raise RuleError(f"{path}: a rule-set module must define RULES (a RuleSet)")
    return rules


def resolve_rules(name: str) -> RuleSet | RuleVersions:
    """The rule set in the file ``name`` (``.toml``, ``.json``, ``.py``) or registered as it.

    :raises newsparse.RuleError: no such file or rule set, or a malformed one.
    """
    path = Path(name)
    if path.suffix in (".toml", ".json"):
        return load_rules(path)
    if path.suffix == ".py":
        if not path.is_file():
            raise RuleError(f"{path}: no such file")
        return _load_python_rules(path)
    entry = default_registry().named(name)
    if entry is None:
        known = ", ".join(sorted(e.rules.publisher for e in default_registry()))
        raise RuleError(f"no rule set named or serving {name!r} (known: {known or 'none'})")
    return entry.rules


@cache
def rules_for(name: str) -> Rules:
    """What to pass as ``parse(rules=...)`` for the rule-set name ``name``.

    Resolved once per process and name (files are read, Python modules run, once).
    """
    if name == DEFAULT:
        return "default"
    if name == GENERIC:
        return None
    return resolve_rules(name)
