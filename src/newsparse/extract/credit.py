"""Syndication credits: whose story this is, when it is not the publisher's own.

Evidence, strongest first:

1. an end credit in the last paragraphs: ``(© Daily Telegraph London)``, ``— Bloomberg``,
   ``©2024 Bloomberg L.P.``, ``Copyright: Project Syndicate, 2025``, ``sak/Reuters``,
   ``(dpa)``, a line that is only an agency name;
2. a republication note anywhere near the body's ends: "This story was originally
   published by X", "Dieser Artikel ist zuerst bei X erschienen", "Distributed by Tribune
   Content Agency", "© Provided by X";
3. a wire dateline ``(AP)`` / ``(Reuters)`` on a site that is not the agency's own;
4. an agency in the byline or as the JSON-LD author ("By Associated Press", "Von dpa",
   "Jane Doe, PA");
5. JSON-LD ``sourceOrganization`` / ``isBasedOn`` / ``copyrightHolder`` naming another
   organisation, and a "Source: BELGA" element by the byline.

Never a photo credit, the site's own name, "Additional reporting by" or "With files from".
``source`` is canonical through the agency table when the source is known there. A credit
that is a paragraph of its own is removed from the blocks; one at the end of a paragraph
is cut from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import islice
from typing import NamedTuple

from newsparse._byline import find_tail, fold
from newsparse._document import Document
from newsparse._text import clean, node_text
from newsparse.extract.authors import article_scope, byline_agencies, site_names
from newsparse.extract.base import Found, found
from newsparse.heuristics.agencies import agency_of_host, canonical_source
from newsparse.heuristics.byline_vocab import BYLINE_PREFIX, SOURCE_LABEL
from newsparse.model import Block, BlockKind, Credit, Dateline, Strategy

__all__ = ["CreditMatch", "extract_credit", "find_end_credit", "find_republication"]

# "(© Daily Telegraph London)" / "(c) Reuters" at the very end of the last paragraph.
_COPYRIGHT_PAREN_END = re.compile(r"\s*\((?:©|\(c\))\s*(?P<body>[^()]{2,60})\)\s*$", re.IGNORECASE)
# "... (dpa)" / "(AFP/jps)" at the end of a paragraph: an agency tag.
_AGENCY_PAREN_END = re.compile(r"\s*\((?P<body>[A-Za-z][\w\-/ ,]{1,30})\)\s*$")
# "— Bloomberg" alone or at the end.
_DASH_END = re.compile(r"(?:^|\s)(?:[—–]|--?)\s?(?P<body>[A-Z][\w.&' ]{1,40})\s*$")
# "©2024 Bloomberg L.P.", "Copyright: Project Syndicate, 2025", "© Reuters 2024".
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
# The marks as plain strings, for a cheap test in lower-cased text before the pattern.
_COPYRIGHT_SIGNS = ("©", "(c)", "copyright")
# A photo label just before a copyright mark ("Photo: © Reuters", "Foto: (c) dpa").
_PHOTO_BEFORE = re.compile(
    r"\b(?:fotos?|photos?|photograph|images?|pictures?|pic|bild|bilder|credit)\s*[:/]?\s*$",
    re.IGNORECASE,
)
_PHOTO_LABEL_CHARS = 20
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_RIGHTS = re.compile(
    r"\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|riproduzione riservata)\b.*$",
    re.IGNORECASE,
)
# "Provided by X", "Distributed by X": a syndication phrase inside a copyright line.
_PROVIDED_BY = re.compile(r"^(?:provided|distributed|supplied|syndicated)\s+by\s+", re.I)
# Corporate suffixes dropped from a source name ("Business Insider Inc" -> "Business Insider").
_CORPORATE_SUFFIX = re.compile(
    # (matched from the start of a separator run only, so a run of commas costs linear time)
    r"(?<![\s,])[\s,]++(?:inc|llc|ltd|l\.?p|plc|gmbh|ag|s\.?a|co|corp|limited|company)\.?$",
    re.I,
)


@cache
def _republished() -> re.Pattern[str]:
    """A republication note: "originally published on X", "zuerst bei X erschienen".

    Compiled on first use: only a paragraph with one of the note's words (below) needs it.
    """
    return re.compile(
        r"(?:\b(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:on|in|at|by|with)"
        r"|\brepublished\s+(?:from|with\s+permission\s+(?:from|of))"
        r"|\breprinted\s+(?:with\s+permission\s+)?from"
        r"|\b(?:distributed|syndicated)\s+by"
        r"|\bpublié\s+(?:initialement|à\s+l'origine)\s+(?:sur|dans|par)"
        r"|\bpublicado\s+originalmente\s+(?:en|por)"
        r"|\b(?:erschien|erschienen)\s+(?:zuerst|ursprünglich)\s+(?:bei|in|im|auf)"
        r"|\b(?:zuerst|ursprünglich)\s+(?:bei|in|im|auf))"
        # Words of the name; a full stop inside one ("Dailymail.com") but not at its end, so
        # "on The Conversation. Read the original" stops at the sentence.
        r"\s+(?P<body>[^\s,;:().]+(?:\.[^\s,;:().]+)*(?:\s[^\s,;:().]+(?:\.[^\s,;:().]+)*){0,5}?)"
        r"(?=\s+(?:and|on|in|under|with|am|erschienen|veröffentlicht|as|at)\b|[,;:()]|\.\s|\.?$)",
        re.IGNORECASE,
    )


# Words one of which every republication note contains (a cheap test before the regex).
_REPUBLISHED_KEYS = (
    "originally",
    "first pub",
    "first app",
    "first ran",
    "first post",
    "republished",
    "reprinted",
    "distributed by",
    "syndicated by",
    "publié",
    "publicado",
    "zuerst",
    "ursprünglich",
)
# The words as one pattern over lower-cased text. A space in a word stands for any run of
# whitespace, so the same test runs on a paragraph's raw text, before it is cleaned.
_REPUBLISHED_KEY = re.compile(
    "|".join(r"\s+".join(map(re.escape, key.split())) for key in _REPUBLISHED_KEYS)
)
# The first word of each: found by plain substring search, faster than any pattern.
_REPUBLISHED_FIRST_WORDS = tuple(dict.fromkeys(key.split()[0] for key in _REPUBLISHED_KEYS))
# How much of a paragraph's end is searched for an end credit.
_END_WINDOW = 120
# "sak/Reuters", "SDA/sep", "dpa/AFP": agency tags with editor initials, a line of its own.
_INITIALS = re.compile(r"^[a-zäöüß]{2,4}$")
_QUOTES = "\"'„“”«»‚‘’ "
# Longest credit line read (the AP notice "Copyright 2024 The Associated Press. All rights
# reserved. This material may not be published, ..." is about 135 characters).
_MAX_CREDIT_LINE = 200
_MAX_SOURCE_WORDS = 6
_LAST_BLOCKS = 6
# Paragraphs of the page read for a republication note outside the body.
_MAX_DOM_PARAGRAPHS = 400
_FIRST_BLOCKS = 2
_MIN_NAME_CHARS = 2
# Elements that print the source next to the byline ("Bron: BELGA", "来源：网易科学人").
_SOURCE_SELECTOR = '[class*="ource"], [id*="ource"], [data-testid*="ource"]'
_MAX_SOURCE_ELEMENT = 60
# JSON-LD keys that name where the article comes from.
# ``isBasedOn`` names the work this one derives from; ``sourceOrganization`` and
# ``copyrightHolder`` usually name the publisher or its parent company, so only a known
# agency there is a credit.
_LD_BASED_ON = "isBasedOn"
_LD_AGENCY_KEYS = ("sourceOrganization", "copyrightHolder")


class CreditMatch(NamedTuple):
    """A credit found in a paragraph, and the paragraph without it ("" if nothing is left)."""

    credit: Credit
    remaining: str


def _is_own(name: str, own_names: Sequence[str]) -> bool:
    """Whether ``name`` is the site itself ("The Washington Times, LLC" on washingtontimes)."""
    folded = fold(name)
    if not folded:
        return True
    for own in own_names:
        other = fold(own)
        if len(other) >= 3 and (other in folded or folded in other):
            return True
    return False


# Lower-case words allowed inside an organisation's name ("Bank of England", "La Voix du Nord").
_NAME_CONNECTORS = frozenset(
    {"of", "the", "and", "for", "de", "der", "die", "das", "du", "des", "la", "le", "del", "di"}
)


def _caseless(ch: str) -> bool:
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _source_name(text: str) -> str | None:
    """A printed source as a canonical name: the agency table, else a clean org name."""
    text = text.strip(_QUOTES + ".,;:-–—")
    text = _PROVIDED_BY.sub("", text)
    text = re.sub(r"^(?:https?://)?www\.", "", text, flags=re.IGNORECASE)
    head = text.split("/", 1)[0]
    if "/" in text and "." in head and " " not in head:
        text = head  # "courtneykirchoff.com/2011/11/a-post/": the site
    known = canonical_source(text)
    if known is not None:
        return known
    text = _CORPORATE_SUFFIX.sub("", text).strip(_QUOTES + ".,;:-–—")
    text = text.removeprefix("the ")
    known = canonical_source(text)
    if known is not None:
        return known
    if not any(ch.isalpha() for ch in text):
        return None
    words = text.split()
    if not words or len(words) > _MAX_SOURCE_WORDS or len(text) < _MIN_NAME_CHARS:
        return None
    if "/" in text or "@" in text:
        return None
    if len(words) == 1 and "." in text:
        return text  # a domain: "courtneykirchoff.com"
    for word in words:
        first = word[0]
        capital = first.isupper() or first.isdigit() or first == "&" or _caseless(first)
        if not capital and word.lower() not in _NAME_CONNECTORS:
            return None
    return text


def _source_and_place(body: str) -> tuple[str, str | None] | None:
    """'Daily Telegraph London' -> ('Daily Telegraph', 'London')."""
    words = body.split()
    for cut in range(len(words), 0, -1):
        known = canonical_source(" ".join(words[:cut]))
        if known is not None:
            return known, " ".join(words[cut:]) or None
    name = _source_name(body)
    return (name, None) if name is not None else None


def _agency_tag(text: str) -> str | None:
    """'sak/Reuters' -> 'Reuters'; 'dpa' -> 'dpa'; tags made only of initials -> None."""
    pieces = [p.strip() for p in re.split(r"[/,]", text) if p.strip()]
    agency = None
    for piece in pieces:
        known = canonical_source(piece)
        if known is not None:
            agency = agency or known
        elif not _INITIALS.match(piece):
            return None
    return agency


def _copyright_line(text: str) -> CreditMatch | None:
    """'... ©2024 Bloomberg L.P.' / 'Copyright: Project Syndicate, 2025' at the end."""
    window = max(0, len(text) - _MAX_CREDIT_LINE)
    lowered = text[window:].lower()
    if not any(sign in lowered for sign in _COPYRIGHT_SIGNS):
        return None
    marks = list(_COPYRIGHT_MARK.finditer(text, window))
    if not marks:
        return None
    start = marks[-1].start()
    if _PHOTO_BEFORE.search(text[max(0, start - _PHOTO_LABEL_CHARS) : start]):
        return None  # "Photo: © Reuters" credits a picture
    tail = text[start:]
    if len(tail) > _MAX_CREDIT_LINE:
        return None
    rest = text[marks[-1].end() :]
    body = _YEAR.sub("", _RIGHTS.sub("", rest))
    body = _COPYRIGHT_MARK.sub("", body).strip(" :.,;-–—")
    if not body:
        return None
    name = _source_name(body)
    if name is None:
        return None
    if canonical_source(name) is None and not _PROVIDED_BY.match(body):
        # "© Gemeinde X" under a picture is a photo credit, "Copyright © 2015, Eklektix,
        # Inc." the site owner's footer: only known sources or "Provided by X" count.
        return None
    return CreditMatch(Credit(source=name, text=tail.strip()), text[:start].rstrip())


def _end_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern`` searched in the end of ``text`` only (credits are short; speed)."""
    return pattern.search(text, max(0, len(text) - _END_WINDOW))


def find_end_credit(last_paragraph: str) -> CreditMatch | None:
    """A syndication credit ending ``last_paragraph``, with the paragraph text without it."""
    text = last_paragraph
    ends_with_paren = text.rstrip().endswith(")")
    match = _end_match(_COPYRIGHT_PAREN_END, text) if ends_with_paren else None
    if match:
        found_source = _source_and_place(match.group("body"))
        if found_source is not None:
            source, place = found_source
            return CreditMatch(
                Credit(source=source, text=text[match.start() :].strip(), place=place),
                text[: match.start()].rstrip(),
            )
    match = _end_match(_AGENCY_PAREN_END, text) if ends_with_paren else None
    if match:
        agency = _agency_tag(match.group("body"))
        if agency is not None:
            return CreditMatch(
                Credit(source=agency, text=text[match.start() :].strip()),
                text[: match.start()].rstrip(),
            )
    if len(text) <= _MAX_CREDIT_LINE:
        line = BYLINE_PREFIX.sub("", text.strip(), count=1)
        line = SOURCE_LABEL.sub("", line, count=1)  # "Quelle: dpa", "Source: Reuters"
        agency = _agency_tag(line)
        if agency is not None:
            return CreditMatch(Credit(source=agency, text=text.strip()), "")
    match = _end_match(_DASH_END, text)
    if match:
        known = canonical_source(match.group("body"))
        if known is not None:
            return CreditMatch(
                Credit(source=known, text=text[match.start() :].strip()),
                text[: match.start()].rstrip(),
            )
    return _copyright_line(text)


def _may_be_note(text: str) -> bool:
    """Whether ``text`` (raw or clean) holds one of the words of a republication note."""
    lowered = text.lower()
    # Every note word starts with one of the first words, so the pattern is tried only
    # where one of them occurs (plain substring search), not scanned over the whole text.
    for word in _REPUBLISHED_FIRST_WORDS:
        at = lowered.find(word)
        while at >= 0:
            if _REPUBLISHED_KEY.match(lowered, at) is not None:
                return True
            at = lowered.find(word, at + 1)
    return False


def find_republication(paragraph: str) -> CreditMatch | None:
    """A republication note ("originally published on X") in ``paragraph``."""
    if not _may_be_note(paragraph):
        return None
    match = _republished().search(paragraph)
    if match is None:
        return None
    name = _source_name(match.group("body"))
    if name is None or find_tail(name) >= 0:
        return None  # "First published on 3 March 2024": a date, no source
    short = len(paragraph) <= _MAX_CREDIT_LINE * 2
    return CreditMatch(Credit(source=name, text=paragraph.strip()), "" if short else paragraph)


# "© Provided by Business Insider Inc" opening the body (aggregators such as MSN): the
# corporate suffix ends the name, since the caption or text follows without a break.
_PROVIDED_START = re.compile(
    r"^©\s*(?i:provided|distributed|supplied)\s+(?i:by)\s+"
    r"(?P<body>[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4}?),?\s"
    r"(?:Inc|LLC|Ltd|Limited|Corp|GmbH|AG|plc|L\.P)\.?(?=\s|$)"
)


def _start_credit(first_paragraph: str) -> CreditMatch | None:
    """'© Provided by Business Insider Inc ...' opening the body."""
    match = _PROVIDED_START.match(first_paragraph)
    if match is None:
        return None
    name = _source_name(match.group("body"))
    if name is None:
        return None
    return CreditMatch(Credit(source=name, text=match.group().strip()), first_paragraph)


def _paragraphs(blocks: list[Block], indices: Iterable[int], limit: int) -> list[int]:
    """The first ``limit`` of ``indices`` (positions in ``blocks``) that hold a paragraph.

    Only the body's ends are read for a credit, so the blocks are not all looked at.
    """
    return list(islice((i for i in indices if blocks[i].kind is BlockKind.PARAGRAPH), limit))


def _in_blocks(blocks: list[Block], own: Sequence[str]) -> tuple[Found[Credit], list[Block]] | None:
    """A credit at the end (else the start) of the body, and the blocks without it."""
    for i in _paragraphs(blocks, reversed(range(len(blocks))), _LAST_BLOCKS):
        text = blocks[i].text
        hit = find_end_credit(text) or find_republication(text)
        if hit is None or _is_own(hit.credit.source, own):
            continue
        out = list(blocks)
        if hit.remaining:
            out[i] = Block(kind=blocks[i].kind, text=hit.remaining)
        else:
            del out[i]
        return found(hit.credit, Strategy.TEXT, "credit at end of body"), out
    for i in _paragraphs(blocks, range(len(blocks)), _FIRST_BLOCKS):
        text = blocks[i].text
        hit = find_republication(text) or _start_credit(text)
        if hit is None or _is_own(hit.credit.source, own):
            continue
        out = list(blocks)
        if not hit.remaining:
            del out[i]
        return found(hit.credit, Strategy.TEXT, "credit at start of body"), out
    return None


@cache
def _note_lead() -> re.Pattern[str]:
    """What may precede a note in its paragraph: nothing, or "This article was".

    Compiled on first use (few pages hold a note).
    """
    return re.compile(
        r"^\W*(?:(?:this|the|a\s+version\s+of\s+this|dieser|diese|cet|este)\s+"
        r"(?:article|story|piece|post|report|essay|column|content|artikel|beitrag|text|"
        r"artículo)\s+(?:(?:was|is|has\s+been|ist|wurde|a\s+été|fue)\s+)?)?$",
        re.IGNORECASE,
    )


def _dom_republication(doc: Document, own: Sequence[str]) -> Credit | None:
    """A note "Originally published at X" in a paragraph of its own outside the body text.

    Only short paragraphs that open with the note count (a sentence that mentions a
    first publication in passing is no credit).
    """
    # (A tag lookup walks the page faster than the CSS engine does.)
    paragraphs = doc.tree.tags("p")[:_MAX_DOM_PARAGRAPHS]
    raw_texts = [p.text(deep=True, separator="", strip=False) for p in paragraphs]
    # Cheap tests on the raw texts: one over the whole page first (most pages hold no
    # note), then one per paragraph before its text is cleaned.
    if not _may_be_note("\n".join(raw_texts)):
        return None
    for node, raw in zip(paragraphs, raw_texts, strict=True):
        if not _may_be_note(raw):
            continue
        text = node_text(node)
        if not text or len(text) > 2 * _MAX_CREDIT_LINE:
            continue
        hit = find_republication(text)
        if hit is None or _is_own(hit.credit.source, own):
            continue
        match = _republished().search(text)
        if match is not None and _note_lead().match(text[: match.start()]):
            return hit.credit
    return None


def _ld_source(doc: Document, own: Sequence[str]) -> Credit | None:
    ld = doc.article_ld
    if ld is None:
        return None
    for key in (_LD_BASED_ON, *_LD_AGENCY_KEYS):
        names = [n.text("name") or "" for n in ld.nodes(key)]
        names += [s for s in ld.raw_strings(key) if "://" not in s]
        for raw in names:
            name = _source_name(raw) if raw else None
            if name is None or _is_own(name, own):
                continue
            if key == _LD_BASED_ON or canonical_source(name) is not None:
                return Credit(source=name, text=raw)
    return None


def _source_element(doc: Document, own: Sequence[str]) -> Credit | None:
    """A short 'Source: X' element by the byline ("Bron: BELGA", "来源：网易科学人")."""
    for node in article_scope(doc).css(_SOURCE_SELECTOR):
        text = node_text(node)
        if not text or len(text) > _MAX_SOURCE_ELEMENT:
            continue
        label = SOURCE_LABEL.match(text)
        if label is None:
            continue
        body = clean(text[label.end() :])
        known = _agency_tag(body) or canonical_source(body)
        name = known or (_source_name(body) if not body.isascii() else None)
        if name is not None and not _is_own(name, own):
            return Credit(source=name, text=text)
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
    own = site_names(doc)
    host_agency = agency_of_host(doc.host)
    if host_agency is not None:
        own = (*own, host_agency)
    in_text = _in_blocks(list(blocks), own)
    if in_text is not None:
        return in_text[0], tuple(in_text[1])
    out = tuple(blocks)
    if dateline is not None and dateline.agency:
        known = canonical_source(dateline.agency.split("/")[0])
        if known is not None and not _is_own(known, own):
            return found(
                Credit(source=known, text=dateline.text), Strategy.TEXT, "dateline agency"
            ), out
    for agency in byline_agencies(doc, byline_text):
        if not _is_own(agency, own):
            strategy = Strategy.DOM if byline_text else Strategy.JSON_LD
            return found(
                Credit(source=agency, text=byline_text or agency), strategy, "agency in byline"
            ), out
    credit = _ld_source(doc, own)
    if credit is not None:
        return found(credit, Strategy.JSON_LD, "json-ld source"), out
    credit = _dom_republication(doc, own)
    if credit is not None:
        return found(credit, Strategy.DOM, "republication note"), out
    credit = _source_element(doc, own)
    if credit is not None:
        return found(credit, Strategy.DOM, "source element"), out
    return None, out
