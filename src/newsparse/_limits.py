"""Resource limits: how much work one page may cost, and the guard against deep nesting.

Every limit has a default that no real news page comes near; a caller who parses unusual
input can pass other values in a :class:`Limits` to :class:`~newsparse._document.Document`.
``docs/limits.md`` describes them for users.

Deep nesting is the one input shape that makes Lexbor (the HTML parser) slow: several tree
construction steps scan the stack of open elements, so a page whose elements nest ``d``
deep costs ``d`` times more per tag, and 100,000 nested ``<div>``\\ s take ~20 s.
:func:`cap_depth` estimates the nesting depth in one linear pass over the tags (only for
pages with many tags; below :data:`DEPTH_CHECK_TAGS` the worst case is cheap anyway) and,
when it exceeds :attr:`Limits.max_depth`, removes the tags that open deeper elements
(their text is kept) and the end tags that would close them. That is what browsers do in
spirit: Chrome's parser stops nesting at depth 512 and adds deeper elements as siblings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "DEFAULT_LIMITS",
    "DEPTH_CHECK_TAGS",
    "Limits",
    "cap_depth",
    "estimate_depth",
]

# Below this many "<" the quadratic worst case of Lexbor is at most a few tens of ms.
DEPTH_CHECK_TAGS = 4096


@dataclass(frozen=True, slots=True)
class Limits:
    """The resource limits applied to one page; every field has a safe default.

    :param max_bytes: longest input (bytes, or characters for ``str``) accepted;
        longer input raises :class:`~newsparse.InputTooLargeError`.
    :param max_depth: deepest element nesting kept; deeper tags are flattened away
        (their text is kept), see :func:`cap_depth`.
    :param max_jsonld_chars: longest ``<script type="application/ld+json">`` block
        parsed; longer blocks are skipped (the page's other metadata is still used).
    :param max_jsonld_blocks: JSON-LD blocks read per page; further blocks are ignored.
    :param max_jsonld_nodes: typed JSON-LD objects kept per page (after ``@graph``
        flattening); further objects are ignored.
    """

    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 256
    max_jsonld_chars: int = 4 * 1024 * 1024
    max_jsonld_blocks: int = 64
    max_jsonld_nodes: int = 2000

    def __post_init__(self) -> None:
        for name in (
            "max_bytes",
            "max_depth",
            "max_jsonld_chars",
            "max_jsonld_blocks",
            "max_jsonld_nodes",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"Limits.{name} must be a positive int, not {value!r}")


DEFAULT_LIMITS = Limits()
"""The limits :func:`newsparse.parse` applies unless told otherwise."""

# One token per match: a comment, a raw-text element with its content (script, style ...:
# their content is text, not tags), or a start/end tag: (slash, name, ">" if "/>").
# Comments and raw text run to their end or to the end of the page; every repetition is
# possessive, so there is no backtracking, and one findall is one linear pass in C.
_RAW = "script|style|textarea|title|xmp|iframe|noembed|noframes"
_TOKENS = re.compile(
    r"<!--(?:[^-]++|-(?!->))*+(?:-->)?"
    r"|<(?i:" + _RAW + r")\b[^<]*+(?:<(?!/(?i:" + _RAW + r")\b)[^<]*+)*+"
    r"|<(/?)([a-zA-Z][^\s/>]*)[^<>]*+(?:(?<=/)(>))?"
)
# Elements a "li" / "p" ... start tag looks through when it closes its namesake (the
# HTML algorithm stops at "special" elements such as ul, table; stopping early errs high).
_TRANSPARENT = frozenset(
    [
        "a",
        "abbr",
        "address",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "div",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "p",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ]
)
# Options kept per page inside <select> (Lexbor inserts each one in quadratic time).
_MAX_OPTIONS = 2048
_OPTIONS = frozenset({"option", "optgroup"})
# How many of the innermost open elements a "li" / "p" ... start tag looks through.
_NEAR_TOP = 6
_VOID = frozenset(
    {
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "image",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
# Elements whose start tag closes an open element of the same name (so they do not nest).
_NO_SELF_NESTING = frozenset(
    {
        "a",
        "button",
        "dd",
        "dt",
        "form",
        "li",
        "nobr",
        "option",
        "optgroup",
        "p",
        "rp",
        "rt",
        "select",
        "td",
        "th",
        "tr",
    }
)
_FOREIGN = frozenset({"svg", "math"})

# One simulated token: (end-tag slash, tag name, self-closing slash); "" when absent.
_Token = tuple[str, str, str]


def _close_same(stack: list[str], open_by_name: dict[str, int], name: str) -> None:
    """Close an open ``name`` near the top of the stack, above only phrasing/div/p."""
    for index in range(len(stack) - 1, max(len(stack) - _NEAR_TOP, 0) - 1, -1):
        node = stack[index]
        if node == name:
            for top in stack[index:]:
                open_by_name[top] -= 1
            del stack[index:]
            return
        if node not in _TRANSPARENT:
            return


def _simulate(tokens: list[_Token], max_depth: int, record: bool) -> tuple[int, bool, set[int]]:
    """Run a simplified tree builder over ``tokens``; return ``(depth, over, dropped)``.

    ``depth`` is an upper estimate of the deepest nesting, capped at ``max_depth + 1``.
    An end tag closes the nearest open element of its name and everything above it
    (amortised O(1): every element is pushed once); an end tag with nothing to close is
    ignored; ``li``, ``p``, ``option`` ... close an element of the same name near the top
    of the stack; ``/>`` ends an element only inside ``<svg>``/``<math>``. The estimate
    errs high, never low, on the inputs that make Lexbor slow. ``over`` tells whether a
    limit was exceeded.

    With ``record``, ``dropped`` holds the indexes of the tokens to remove so that no
    element nests deeper than ``max_depth`` (start tags past it, and their end tags) and
    no ``<select>`` holds more than ``_MAX_OPTIONS`` options; without, the walk stops at
    the first such token.
    """
    stack: list[str] = []
    open_by_name: dict[str, int] = {}
    pending_ends: dict[str, int] = {}
    dropped: set[int] = set()
    deepest = options = 0
    over = False
    for index, (slash, raw_name, self_closing) in enumerate(tokens):
        if not raw_name:
            continue  # a comment or a raw-text element: no nesting
        name = raw_name.lower()
        if slash:
            if pending_ends.get(name):
                pending_ends[name] -= 1
                dropped.add(index)
            elif open_by_name.get(name):
                while True:
                    top = stack.pop()
                    open_by_name[top] -= 1
                    if top == name:
                        break
            continue
        if name in _VOID:
            continue
        if (
            self_closing
            and name not in _FOREIGN
            and (open_by_name.get("svg") or open_by_name.get("math"))
        ):
            continue
        if name in _OPTIONS and open_by_name.get("select"):
            options += 1
            overflow = options > _MAX_OPTIONS
        else:
            overflow = False
        if name in _NO_SELF_NESTING and open_by_name.get(name):
            _close_same(stack, open_by_name, name)
        if overflow or len(stack) >= max_depth:
            deepest = max(deepest, len(stack) + 1)
            over = True
            if not record:
                break
            dropped.add(index)
            pending_ends[name] = pending_ends.get(name, 0) + 1
            continue
        stack.append(name)
        open_by_name[name] = open_by_name.get(name, 0) + 1
        deepest = max(deepest, len(stack))
    return deepest, over, dropped


def estimate_depth(text: str, max_depth: int = 1 << 30) -> int:
    """An upper estimate of how deep the elements of ``text`` nest (one linear pass).

    The walk stops just past ``max_depth``: the result is then ``max_depth + 1``.
    """
    return _simulate(_TOKENS.findall(text), max_depth, record=False)[0]


def cap_depth(text: str, max_depth: int) -> tuple[str, bool]:
    """``text`` with nesting deeper than ``max_depth`` flattened; ``(text, changed)``.

    Cheap on normal pages: pages with fewer than :data:`DEPTH_CHECK_TAGS` ``<`` are
    returned as they are without a scan. Otherwise one pass estimates the depth; only when
    it exceeds ``max_depth`` a second pass removes the start tags that would open elements
    deeper than ``max_depth`` (and the matching end tags), keeping all text. The same pass
    drops ``<option>`` tags past the 2048th inside ``<select>`` (their text is kept), for
    the same reason: Lexbor spends quadratic time on them.
    """
    if text.count("<") < DEPTH_CHECK_TAGS:
        return text, False
    tokens = _TOKENS.findall(text)
    if not _simulate(tokens, max_depth, record=False)[1]:
        return text, False
    dropped = _simulate(tokens, max_depth, record=True)[2]
    parts: list[str] = []
    keep_from = 0
    for index, match in enumerate(_TOKENS.finditer(text)):
        if index in dropped:
            start = match.start()
            if start < keep_from:
                continue
            close = text.find(">", match.end() - 1)
            parts.append(text[keep_from:start])
            keep_from = len(text) if close < 0 else close + 1
    parts.append(text[keep_from:])
    return "".join(parts), True
