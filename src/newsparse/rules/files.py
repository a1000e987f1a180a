"""Rule sets written as data: TOML or JSON files, validated like Python rule sets.

Loading a rule file never executes code: transforms are named (``then =
["split_authors"]``), and a function cannot be written in a file. A rule file holds one
rule set; older versions go in an ``older`` list, each restating only what changed::

    publisher = "Example Times"
    domains = ["example.com"]

    [headline]
    select = ["h1.headline", {css = "meta[property='og:title']", attr = "content"}]

    [authors]
    select = [{css = ".byline a", many = true}]
    then = ["split_authors"]

    [published]
    select = [{css = "time[datetime]", attr = "datetime"}]

    [body]
    container = "div.article-body"
    paragraphs = "p"
    clean = [".ad", ".related"]

    [credit]
    absent = true

    [[older]]
    valid_until = 2024-10-14
    headline = {select = ["h1.title"]}

The same structure in JSON works too (dates as ``"2024-10-14"``).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from newsparse.errors import RuleError
from newsparse.rules._errors import rule_error
from newsparse.rules.model import RuleSet, known_keys
from newsparse.rules.versions import RuleVersions

__all__ = ["load_rules", "parse_rules"]


def parse_rules(text: str, *, name: str, syntax: str) -> RuleSet | RuleVersions:
    """Validate the rule-file ``text`` (``syntax`` ``"toml"`` or ``"json"``).

    ``name`` (usually the file path) is what error messages call it.
    """
    import tomllib  # noqa: PLC0415 - only rule files need it: kept out of import time

    try:
        if syntax == "toml":
            data: object = tomllib.loads(text)
        elif syntax == "json":
            data = json.loads(text)
        else:
            raise RuleError(f"{name}: unknown rule-file syntax {syntax!r} (use toml or json)")
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise RuleError(f"{name}: not valid {syntax.upper()}: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(
            f"{name}: a rule file holds one rule set (a table), not {type(data).__name__}"
        )
    older = data.pop("older", [])
    if not isinstance(older, list) or not all(isinstance(o, dict) for o in older):
        raise RuleError(f"{name}: field older: expected a list of tables (one per old version)")
    try:
        current = RuleSet.model_validate(data)
    except ValidationError as exc:
        raise rule_error(name, exc, known_keys()) from None
    versions = [current]
    base = {k: getattr(current, k) for k in RuleSet.model_fields}
    for index, changes in enumerate(older):
        if "valid_until" not in changes:
            raise RuleError(f"{name}: field older[{index}].valid_until: required")
        try:
            versions.append(RuleSet.model_validate({**base, **changes}))
        except ValidationError as exc:
            raise rule_error(f"{name} (older[{index}])", exc, known_keys()) from None
    return RuleVersions(*versions) if older else current


def load_rules(path: str | Path) -> RuleSet | RuleVersions:
    """Load a rule set from a ``.toml`` or ``.json`` file.

    :raises newsparse.RuleError: the file cannot be read or is malformed; the message names
        the file, the field and the problem.
    """
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("toml", "json"):
        raise RuleError(f"{path}: a rule file ends in .toml or .json")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read the rule file: {exc}") from None
    return parse_rules(text, name=str(path), syntax=suffix)
