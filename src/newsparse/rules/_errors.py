"""Turning pydantic validation errors into one readable :class:`~newsparse.RuleError`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from newsparse.errors import RuleError
from newsparse.rules.transforms import TRANSFORM_NAMES

__all__ = ["rule_error"]

# Union branch tags pydantic puts into error locations; they mean nothing to an author.
_BRANCH_TAGS = frozenset({"field", "code"}) | TRANSFORM_NAMES


def _location(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in _BRANCH_TAGS or item.startswith(("function-", "tagged-union")):
            continue
        else:
            parts.append(f".{item}" if parts else item)
    return "".join(parts)


def _problem(error: ErrorDetails, known: Iterable[str]) -> str:
    kind, loc, ctx = error["type"], error["loc"], error.get("ctx", {})
    if kind == "extra_forbidden" and loc:
        name = str(loc[-1])
        close = difflib.get_close_matches(name, list(known), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown key {name!r}{hint}"
    if kind == "union_tag_invalid":
        return f"unknown transform {ctx.get('tag')!r} (known: {', '.join(sorted(TRANSFORM_NAMES))})"
    if kind == "union_tag_not_found":
        return "a transform needs a name: a string such as 'split_authors' or {transform = ...}"
    if kind == "model_type":
        got = error["input"]
        return (
            f"expected a {ctx.get('class_name', 'table')} (a table of its keys), "
            f"got {type(got).__name__} {got!r:.60}"
        )
    return error["msg"].removeprefix("Value error, ")


def rule_error(where: str, exc: ValidationError, known: Iterable[str] = ()) -> RuleError:
    """A :class:`RuleError` naming ``where`` (a rule set or file), each field and its problem.

    ``known`` lists the valid keys, to suggest one for a misspelt key.
    """
    known = tuple(known)
    lines = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        problem = _problem(error, known)
        lines.append(f"field {_location(loc)}: {problem}" if _location(loc) else problem)
    if len(lines) == 1:
        return RuleError(f"{where}: {lines[0]}")
    return RuleError(f"{where}: " + "".join(f"\n  - {line}" for line in lines))
