"""Resource limits: how much work one page may cost, and the guard against deep nesting.

Every limit has a default that no real news page comes near; a caller who parses unusual
input can pass other values in a :class:`Limits` to :class:`~newsparse._document.Document`.
``docs/limits.md`` describes them for users.

Deep nesting is the one input shape that makes Lexbor (the HTML parser) slow: several tree
construction steps scan the stack of open elements, so a page whose elements nest ``d``
deep costs ``d`` times more per tag, and 100,000 nested ``<div>``\\ s take ~20 s.
:func:`cap_depth` estimates the nesting depth in one linear pass over the tags (only for
pages with many tags; below :data:`DEPTH_CHECK_TAGS` the worst case is cheap anyway, and
most large pages are cleared by a cheaper bound first) and, when it exceeds
:attr:`Limits.max_depth`, removes the tags that open deeper elements (their text is kept)
and the end tags that would close them. That is what browsers do in
spirit: Chrome's parser stops nesting at depth 512 and adds deeper elements as siblings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

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
    :param max_body_nodes: nodes of ``<body>`` (elements and text) the body extractor
        examines; the body is found in the first ``max_body_nodes`` nodes, later ones
        are ignored.
    """

    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 256
    max_jsonld_chars: int = 4 * 1024 * 1024
    max_jsonld_blocks: int = 64
    max_jsonld_nodes: int = 2000
    max_body_nodes: int = 200_000

    def __post_init__(self) -> None:
        for name in (
            "max_bytes",
            "max_depth",
            "max_jsonld_chars",
            "max_jsonld_blocks",
            "max_jsonld_nodes",
            "max_body_nodes",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"Limits.{name} must be a positive int, not {value!r}")


DEFAULT_LIMITS = Limits()
"""The limits :func:`newsparse.parse` applies unless told otherwise."""

# One token per match, captured as one string (one string per match is the cheapest
# findall): "" for a comment or a raw-text element with its content (script, style ...:
# their content is text, not tags); "name" or "/name" for a start or end tag, and the tag
# up to its "/" ("name attrs /") for a "/>" tag. Comments and raw text run to their end
# or to the end of the page; every repetition is possessive, so there is no backtracking,
# and one findall is one linear pass in C.
_RAW = "script|style|textarea|title|xmp|iframe|noembed|noframes"
_NOT_TAG = (
    r"!--(?:[^-]++|-(?!->))*+(?:-->)?"
    # The lookahead rejects most tags at their first letter, before the slower (?i:...).
    r"|(?=[sStTxXiInN])(?i:" + _RAW + r")\b[^<]*+(?:<(?!/(?i:" + _RAW + r")\b)[^<]*+)*+"
)
_TAG_NAME_PATTERN = r"/?[a-zA-Z][^\s/>]*+"
_TOKENS = re.compile("<(?:" + _NOT_TAG + "|(" + _TAG_NAME_PATTERN + r"(?:[^<>]*+(?<=/)(?=>))?))")
# The same tokens without the "/>" check, which scans the attributes of every tag: the
# quick bound of _fits does not need it.
_TAG_TOKENS = re.compile("<(?:" + _NOT_TAG + "|(" + _TAG_NAME_PATTERN + "))")
# The "/name" or "name" at the start of a "/>" token.
_TAG_NAME = re.compile(r"/?[^\s/>]*")
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
# What the simulation does with a start tag, by name (bit flags; most names have none, so
# the common case is one failed dict lookup).
_IS_VOID, _IS_OPTION, _NO_NESTING, _IS_FOREIGN = 1, 2, 4, 8
_FLAGGED = (
    (_VOID, _IS_VOID),
    (frozenset({"option", "optgroup"}), _IS_OPTION),
    (_NO_SELF_NESTING, _NO_NESTING),
    (frozenset({"svg", "math"}), _IS_FOREIGN),
)
_KIND = {
    name: sum(flag for names, flag in _FLAGGED if name in names)
    for names, _ in _FLAGGED
    for name in names
}


def _close_same(stack: list[str], open_by_name: dict[str, int], name: str) -> None:
    """Close an open ``name`` near the top of the stack, above only phrasing/div/p."""
    index = len(stack) - 1
    stop = index - _NEAR_TOP
    while index > stop and index >= 0:
        node = stack[index]
        if node == name:
            for top in stack[index:]:
                open_by_name[top] -= 1
            del stack[index:]
            return
        if node not in _TRANSPARENT:
            return
        index -= 1


def _simulate(tokens: list[str], max_depth: int, record: bool) -> tuple[int, bool, bytearray]:
    """Run a simplified tree builder over ``tokens``; return ``(depth, over, dropped)``.

    ``depth`` is an upper estimate of the deepest nesting, capped at ``max_depth + 1``.
    An end tag closes the nearest open element of its name and everything above it
    (amortised O(1): every element is pushed once); an end tag with nothing to close is
    ignored; ``li``, ``p``, ``option`` ... close an element of the same name near the top
    of the stack; ``/>`` ends an element only inside ``<svg>``/``<math>``. The estimate
    errs high, never low, on the inputs that make Lexbor slow. ``over`` tells whether a
    limit was exceeded.

    With ``record``, ``dropped`` flags (1 at their index) the tokens to remove so that no
    element nests deeper than ``max_depth`` (start tags past it, and their end tags) and
    no ``<select>`` holds more than ``_MAX_OPTIONS`` options; without, the walk stops at
    the first such token.
    """
    # The loop runs once per tag of every large page: names are bound to locals and the
    # common case (an ordinary start or end tag) takes the fewest steps.
    stack: list[str] = []
    push, pop = stack.append, stack.pop
    open_by_name: dict[str, int] = {}
    count = open_by_name.get
    kind_of = _KIND.get
    pending_ends: dict[str, int] = {}
    dropped = bytearray(len(tokens) if record else 0)
    deepest = options = 0
    over = False
    for index, token in enumerate(map(str.lower, tokens)):
        if not token:
            continue  # a comment or a raw-text element: no nesting
        self_closing = token[-1] == "/"
        if self_closing:
            match = _TAG_NAME.match(token)
            token = match[0] if match else token
        if token[0] == "/":
            name = token[1:]
            if pending_ends and pending_ends.get(name):
                pending_ends[name] -= 1
                dropped[index] = 1
            elif count(name):
                while True:
                    top = pop()
                    open_by_name[top] -= 1
                    if top == name:
                        break
            continue
        name = token
        kind = kind_of(name, 0)
        overflow = False
        if kind:
            if kind & _IS_VOID:
                continue
            if self_closing and not kind & _IS_FOREIGN and (count("svg") or count("math")):
                continue
            if kind & _IS_OPTION and count("select"):
                options += 1
                overflow = options > _MAX_OPTIONS
            if kind & _NO_NESTING and count(name):
                _close_same(stack, open_by_name, name)
        elif self_closing and (count("svg") or count("math")):
            continue
        depth = len(stack)
        if overflow or depth >= max_depth:
            if depth >= deepest:
                deepest = depth + 1
            over = True
            if not record:
                break
            dropped[index] = 1
            pending_ends[name] = pending_ends.get(name, 0) + 1
            continue
        push(name)
        open_by_name[name] = count(name, 0) + 1
        if depth >= deepest:
            deepest = depth + 1
    return deepest, over, dropped


def _fits(tokens: list[str], max_depth: int) -> bool:
    """Whether :func:`_simulate` certainly finds no limit exceeded in ``tokens``.

    A bound computed with a count of open elements per name and no stack: a start tag
    (not void) adds one to its name, an end tag takes one from its name if it has any.
    The simulation's stack never holds more elements of a name than that count (it
    closes elements only sooner: an end tag also closes those above its element, ``li``
    / ``p`` close their namesake, ``/>`` in svg opens nothing), so it never nests deeper
    than the sum of the counts. On real pages the bound is close to the depth.
    """
    open_count: dict[str, int] = {}
    count = open_count.get
    kind_of = _KIND.get
    total = options = 0
    for name in filter(None, map(str.lower, tokens)):  # "": a comment or raw text
        if name[0] == "/":
            name = name[1:]
            if count(name):
                open_count[name] -= 1
                total -= 1
            continue
        kind = kind_of(name)
        if kind:
            if kind & _IS_VOID:
                continue
            if kind & _IS_OPTION:
                options += 1
                if options > _MAX_OPTIONS:
                    return False
        total += 1
        if total > max_depth:
            return False
        open_count[name] = count(name, 0) + 1
    return True


def estimate_depth(text: str, max_depth: int = 1 << 30) -> int:
    """An upper estimate of how deep the elements of ``text`` nest (one linear pass).

    The walk stops just past ``max_depth``: the result is then ``max_depth + 1``.
    """
    return _simulate(_TOKENS.findall(text), max_depth, record=False)[0]


def cap_depth(text: str, max_depth: int) -> tuple[str, bool]:
    """``text`` with nesting deeper than ``max_depth`` flattened; ``(text, changed)``.

    Cheap on normal pages: pages with fewer than :data:`DEPTH_CHECK_TAGS` ``<`` are
    returned as they are without a scan, larger ones after a quick bound (:func:`_fits`).
    Otherwise :func:`_simulate` estimates the depth; only when it exceeds ``max_depth``
    the start tags that would open elements deeper than ``max_depth`` are removed (and
    the matching end tags), keeping all text. The same pass drops ``<option>`` tags past
    the 2048th inside ``<select>`` (their text is kept), for the same reason: Lexbor
    spends quadratic time on them.
    """
    if text.count("<") < DEPTH_CHECK_TAGS or _fits(_TAG_TOKENS.findall(text), max_depth):
        return text, False
    over, dropped = _simulate(_TOKENS.findall(text), max_depth, record=True)[1:]
    if not over:
        return text, False
    parts: list[str] = []
    keep_from = 0
    find = text.find
    for match in compress(_TOKENS.finditer(text), dropped):
        start = match.start()
        if start < keep_from:
            continue
        close = find(">", match.end() - 1)
        parts.append(text[keep_from:start])
        keep_from = len(text) if close < 0 else close + 1
    parts.append(text[keep_from:])
    return "".join(parts), True
