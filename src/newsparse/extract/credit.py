"""Syndication credits at the end of the body: "(© Daily Telegraph London)", "— Bloomberg"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsparse._document import Document
from newsparse.extract.base import Found, found
from newsparse.heuristics.agencies import canonical_source
from newsparse.model import Block, BlockKind, Credit, Dateline, Strategy

__all__ = ["CreditMatch", "extract_credit", "find_end_credit"]

# "(© Daily Telegraph London)" / "(c) Reuters" at the very end of the last paragraph.
_COPYRIGHT_END = re.compile(r"\s*\((?:©|\(c\)|c)\s*(?P<body>[^()]{2,60})\)\s*$", re.IGNORECASE)
# "— Bloomberg" alone or at the end.
_DASH_END = re.compile(r"(?:^|\s)[—–-]\s*(?P<body>[A-Z][\w.&' ]{1,40})\s*$")


class CreditMatch(NamedTuple):
    """A credit found at the end of a paragraph, and the paragraph without it."""

    credit: Credit
    remaining: str


def _source_and_place(body: str) -> tuple[str, str | None]:
    words = body.split()
    for cut in range(len(words), 0, -1):
        name = " ".join(words[:cut])
        known = canonical_source(name)
        if known is not None:
            place = " ".join(words[cut:]) or None
            return known, place
    return body.strip(), None


def find_end_credit(last_paragraph: str) -> CreditMatch | None:
    """A syndication credit ending ``last_paragraph``, with the paragraph text without it."""
    match = _COPYRIGHT_END.search(last_paragraph)
    if match:
        source, place = _source_and_place(match.group("body"))
        text = last_paragraph[match.start() :].strip()
        return CreditMatch(
            Credit(source=source, text=text, place=place), last_paragraph[: match.start()].rstrip()
        )
    match = _DASH_END.search(last_paragraph)
    if match:
        known = canonical_source(match.group("body"))
        if known is not None:
            text = last_paragraph[match.start() :].strip()
            return CreditMatch(
                Credit(source=known, text=text), last_paragraph[: match.start()].rstrip()
            )
    return None


def extract_credit(
    doc: Document,
    blocks: Sequence[Block],
    byline_text: str | None,
    dateline: Dateline | None,
) -> tuple[Found[Credit] | None, tuple[Block, ...]]:
    """The syndication credit, and the body blocks with the credit removed from its paragraph.

    ``doc`` gives the page's own metadata (JSON-LD, the site), ``byline_text`` the printed
    byline and ``dateline`` the dateline found at the start of the body.
    """
    del doc, byline_text, dateline  # evidence for credits that are not end credits
    out = list(blocks)
    last = next(
        (i for i in range(len(out) - 1, -1, -1) if out[i].kind is BlockKind.PARAGRAPH), None
    )
    if last is None:
        return None, tuple(out)
    match = find_end_credit(out[last].text)
    if match is None:
        return None, tuple(out)
    if match.remaining:
        out[last] = Block(kind=out[last].kind, text=match.remaining)
    else:
        del out[last]
    return found(match.credit, Strategy.TEXT, "credit at end of body"), tuple(out)
