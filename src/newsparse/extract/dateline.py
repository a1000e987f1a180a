"""Datelines at the start of the body: "WASHINGTON (AP) —", "LONDON, March 5 (Reuters) -".

Shapes recognised at the very start of the first body paragraph (the dateline stays in the
paragraph's text):

* wire style, capitals: ``WASHINGTON (AP) —``, ``ATLANTA, Ga. (AP) —``, ``KYIV, Ukraine —``,
  ``LONDON, March 5 (Reuters) -``, ``NEW DELHI:`` (Indian and African papers);
* press-release wires: ``NEW YORK, NY / ACCESSWIRE / May 7, 2024 /``;
* agencies in mixed case: ``Berlin (dpa) -``, ``Paris (AFP) -``;
* German and Italian papers: ``München/London –``, ``Hamburg.`` (a place, then a sentence),
  ``DALLA NOSTRA CORRISPONDENTE NEW YORK -``;
* Japanese papers: ``【ソウル＝小池和樹】``;
* an agency alone: ``(Reuters) -``, ``(CNN) —`` (no place).

The place is printed without the state or country suffix. A date-only opener ("Feb. 23,
2015 --") and labels ("EXCLUSIVE —", "UPDATE:") are no datelines. When the body has none,
the place printed with the byline ("Jane Doe in Amman") is the dateline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsparse.extract.base import Found, found
from newsparse.heuristics.agencies import canonical_source
from newsparse.heuristics.byline_vocab import BYLINE_PREFIX, DATELINE_LABELS, NOT_PLACE_ACRONYMS
from newsparse.model import Block, BlockKind, Dateline, Strategy

__all__ = ["extract_dateline", "find_dateline"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯΑ-Ω"
_LO = "a-zß-öø-ÿā-žа-яα-ω"
# "DALLA NOSTRA CORRISPONDENTE", "FROM OUR CORRESPONDENT": a lead-in before the place.
_LEAD_IN = re.compile(
    r"^(?:DALL[AO]\s+NOSTR[AO]\s+(?:CORRISPONDENTE|INVIAT[AO])|DAL\s+NOSTRO\s+"
    r"(?:CORRISPONDENTE|INVIATO)|FROM\s+OUR\s+(?:OWN\s+)?CORRESPONDENT|DE\s+NOTRE\s+"
    r"(?:CORRESPONDANTE?|ENVOYÉE?\s+SPÉCIALE?))\s*"
)
# The place in capitals: "WASHINGTON", "NEW DELHI", "ST. LOUIS", "RIO DE JANEIRO".
_CAPS_PLACE = rf"[{_UP}][{_UP}.'’\-]+(?:[ /]{{1,2}}[{_UP}][{_UP}.'’\-]*){{0,3}}"
# Lower-case words inside a place: "Rio de Janeiro", "Frankfurt am Main".
_PLACE_PARTICLE = r" (?:de|do|da|del|di|am|an|upon|on|sur) "
# The place in mixed case: "Berlin", "München/London", "Washington/ New Delhi".
_MIXED_PLACE = rf"[{_UP}][{_LO}'’\-]+(?:(?: |/ ?|{_PLACE_PARTICLE})[{_UP}][{_LO}'’\-]+){{0,2}}"
# ", Ga." / ", Ukraine" / ", N.Y." / ", NY": the state or country after the place.
_REGION = rf"(?:,\s*(?P<region>[{_UP}][\w.'’\-]*(?:\s[{_UP}][\w.'’\-]*){{0,2}}))?"
# ", March 5" / ", 5 March" / ", 5 mars" / ", 05 MAR 2024": a date printed in the dateline.
_DATE_TEXT = r"(?:[^\W\d_]{3,9}\.?\s\d{1,2}|\d{1,2}\.?\s[^\W\d_]{3,9}\.?)(?:,?\s\d{4})?"
_DATE = rf"(?:,\s*(?P<date>{_DATE_TEXT}))?"
# "(AP)", "(Reuters)", "(dpa/lno)", "(EFE)." : the agency, checked against the agency table.
_AGENCY = r"(?:\s*\((?P<agency>[^\W\d_][\w\-/ ]{0,24})\)\.?)?"
# The dash after the dateline; a plain hyphen needs spaces ("COVID-19" is no dateline)
# unless it follows the agency ("(EFE).-"); old AP feeds print "_".
_DASH = r"(?:\s*[—–]\s*|\s+--?\s+|\s*--\s*|(?<=\))-\s*|(?<=\)\.)-\s*|\s+_\s+)"

_CAPS_DATELINE = re.compile(
    rf"^(?P<text>(?P<place>{_CAPS_PLACE}){_REGION}{_DATE}{_AGENCY}"
    rf"(?P<end>{_DASH}|\s*:\s+))"
)
_MIXED_DATELINE = re.compile(
    rf"^(?P<text>(?P<place>{_MIXED_PLACE}){_REGION}{_DATE}{_AGENCY}(?P<end>{_DASH}))"
    rf"(?=[{_UP}\"„“«‘'0-9])"
)
# "Hamburg. Gabi Eutemüller ..." (German regional papers): one place word and a full stop.
_PLACE_FULL_STOP = re.compile(
    rf"^(?P<text>(?P<place>[{_UP}][{_LO}\-]{{2,}}(?:/[{_UP}][{_LO}\-]{{2,}})?)\.\s)"
    rf"(?=[{_UP}„\"])"
)
# The patterns below are compiled on first use, and tried only on text that has the
# character they need: most pages never need them, and compiling one costs a millisecond.


@cache
def _release_dateline() -> re.Pattern[str]:
    """Press-release wires: "NEW YORK, NY / ACCESSWIRE / May 7, 2024 /" (needs a "/")."""
    return re.compile(
        rf"^(?P<text>(?P<place>{_CAPS_PLACE}|{_MIXED_PLACE}){_REGION}\s*/\s*"
        r"(?P<agency>[A-Z][A-Za-z ]{2,30}?)\s*/\s*[^/]{3,25}/)"
    )


@cache
def _wire_pattern() -> re.Pattern[str]:
    """Press-release wires printed after the date between slashes, or in brackets between
    double dashes: "NEW YORK, May 7, 2024 /PRNewswire/ --", "BOSTON--(BUSINESS WIRE)--"
    (needs a "/" or "--(")."""
    return re.compile(
        rf"^(?P<text>(?P<place>{_CAPS_PLACE}){_REGION}{_DATE}"
        r"(?:\s*/(?P<agency>[A-Za-z][A-Za-z \-]{1,29})/\s*(?:--?|[—–])"
        r"|--\((?P<agency2>[A-Za-z][A-Za-z \-]{1,29})\)--))"
    )


# "Chemnitz." alone as the first paragraph (German regional papers): the place.
_PLACE_ALONE = re.compile(
    rf"^(?P<text>(?P<place>[{_UP}][{_LO}\-]{{2,}}(?:/[{_UP}][{_LO}\-]{{2,}})?)\.)$"
)
# Local broadcasters print their call sign as the agency: "LOS ANGELES (KABC) --".
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$")
# Chinese wires that open with the agency.
_CHINESE_AGENCIES = ("新华社", "中新社", "中新网", "人民网")


@cache
def _japanese_dateline() -> re.Pattern[str]:
    """Japanese papers print the place, then the reporter or the agency: "【ソウル＝小池和樹】",
    "【ワシントン＝共同】" (opens with "【")."""
    return re.compile(r"^(?P<text>【(?P<place>[^＝=】\s]{1,20})(?:[＝=](?P<after>[^】]{0,30}))?】)")


@cache
def _chinese_dateline() -> re.Pattern[str]:
    """Chinese wires print agency, place, date: "新华社北京3月5日电", "中新网上海3月5日电"
    (opens with one of :data:`_CHINESE_AGENCIES`)."""
    return re.compile(
        rf"^(?P<text>(?P<agency>{'|'.join(_CHINESE_AGENCIES)})(?P<place>[\u4e00-\u9fff]{{2,8}}?)"
        r"\d{1,2}月\d{1,2}日(?:电|訊|讯))"
    )


@cache
def _korean_dateline() -> re.Pattern[str]:
    """Korean wires print place and agency in brackets: "(서울=연합뉴스) 홍길동 기자 ="
    (opens with "(")."""
    return re.compile(r"^(?P<text>\((?P<place>[가-힣]{1,10})=(?P<agency>[^)\s]{2,12})\))")


@cache
def _agency_only() -> re.Pattern[str]:
    """The agency alone: "(Reuters) -" (opens with "(")."""
    return re.compile(rf"^(?P<text>\((?P<agency>[^\W\d_][\w\-/ ]{{1,24}})\)\.?{_DASH})")


@cache
def _date_agency() -> re.Pattern[str]:
    """A date and the agency, no place: "March 5 (Reuters) -" (needs a "(")."""
    return re.compile(
        rf"^(?P<text>(?P<date>{_DATE_TEXT})\s*\((?P<agency>[^\W\d_][\w\-/ ]{{1,24}})\)\.?{_DASH})"
    )


def _date_agency_match(text: str) -> re.Match[str] | None:
    """:func:`_date_agency` matched at the start of ``text``."""
    return _date_agency().match(text) if "(" in text else None


# Press-release wires printed between slashes.
_RELEASE_WIRES = frozenset(
    {
        "accesswire",
        "prnewswire",
        "pr newswire",
        "business wire",
        "globe newswire",
        "globenewswire",
        "newsfile",
        "ein presswire",
        "marketwired",
        "cnw",
        "newswire",
    }
)
# A month or weekday in place of a place ("Feb. 23 --" is a date, not a dateline).
_MONTH_OR_DAY = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$",
    re.IGNORECASE,
)
# Words that end a short "sentence" and are not places ("Ja. Das ist ...").
_SHORT_WORDS = frozenset(
    {
        "nein",
        "ja",
        "doch",
        "also",
        "jetzt",
        "nun",
        "gut",
        "aber",
        "und",
        # Words printed alone as a paragraph ("Fazit.", "Danke."), never a place alone.
        "fazit",
        "danke",
        "ende",
        "hinweis",
        "achtung",
        "thanks",
        "fin",
        "fine",
    }
)
# First words of a byline printed where a dateline could be.
_BYLINE_WORDS = frozenset({"by", "von", "par", "por", "door", "text", "photo", "foto"})
_MIN_PLACE_LETTERS = 3
# How many leading short paragraphs (a "Created: 28.04.2023" line) may precede the dateline.
_MAX_SKIPPED = 2
_SHORT_PARAGRAPH = 80
# A place alone ("Chemnitz.") is a dateline only before this many paragraphs of text.
_MIN_PARAGRAPHS_AFTER_PLACE = 2


def _is_place(place: str, has_agency: bool) -> bool:
    low = place.lower().strip(" .")
    if BYLINE_PREFIX.match(low + " ") or low.split(" ", 1)[0] in _BYLINE_WORDS:
        return False  # "By Tom Davies - Associated Press -" is a byline
    if low in DATELINE_LABELS or low in NOT_PLACE_ACRONYMS or low in _SHORT_WORDS:
        return False
    if _MONTH_OR_DAY.match(low):
        return False
    letters = sum(ch.isalpha() for ch in place)
    if letters < _MIN_PLACE_LETTERS and not has_agency:
        return False
    return canonical_source(place) is None


def _opens_sentence(text: str) -> bool:
    """Whether ``text`` starts like a sentence of wire copy (a capital, digit or quote)."""
    first = text.lstrip()[:1]
    return not first or not first.islower()


def _known_agency(printed: str) -> bool:
    """Whether a printed agency is known: "dpa/lno", "AFP", "CNN Business" (an agency and
    a desk), a press-release wire ("GLOBE NEWSWIRE") or a station's call sign ("KABC")."""
    head = printed.split("/", maxsplit=1)[0]
    return (
        canonical_source(head) is not None
        or canonical_source(head.split(" ", maxsplit=1)[0]) is not None
        or printed.lower() in _RELEASE_WIRES
        or _CALL_SIGN.match(printed) is not None
    )


def _with_agency(match: re.Match[str]) -> tuple[str | None, bool]:
    """The agency printed in the match, and whether the match is acceptable."""
    agency = match.group("agency")
    if agency is None:
        return None, True
    return agency, _known_agency(agency)


def _east_asian(text: str) -> Dateline | None:
    """A Japanese, Chinese or Korean dateline opening ``text``."""
    if text.startswith("【"):
        match = _japanese_dateline().match(text)
        if match:
            after = match.group("after")
            agency = after if after and canonical_source(after) is not None else None
            return Dateline(text=match.group("text"), place=match.group("place"), agency=agency)
    if text.startswith(_CHINESE_AGENCIES):
        pattern = _chinese_dateline()
    elif text.startswith("("):
        pattern = _korean_dateline()
    else:
        return None
    match = pattern.match(text)
    if match and canonical_source(match.group("agency")) is not None:
        return Dateline(
            text=match.group("text"), place=match.group("place"), agency=match.group("agency")
        )
    return None


def _agency_first(text: str) -> Dateline | None:
    """'(Reuters) -', '(ANSA) - ROMA, 05 MAR -', 'March 5 (Reuters) -'."""
    match = _agency_only().match(text) if text.startswith("(") else None
    date = None
    if match is None:
        match = _date_agency_match(text)
        if match is None:
            return None
        date = match.group("date")
    agency = match.group("agency")
    if not _known_agency(agency):
        return None
    rest = text[match.end("text") :]
    place_match = _CAPS_DATELINE.match(rest)
    if place_match and place_match.group("agency") is None:
        place = place_match.group("place").strip()
        if _is_place(place, True):
            return Dateline(
                text=text[: match.end("text") + place_match.end("text")].strip(),
                place=place,
                agency=agency,
                date=place_match.group("date") or date,
            )
    return Dateline(text=match.group("text").strip(), agency=agency, date=date)


def find_dateline(first_paragraph: str) -> Dateline | None:
    """The dateline opening ``first_paragraph``, or ``None`` if it does not open with one."""
    text = first_paragraph
    found_east_asian = _east_asian(text)
    if found_east_asian is not None:
        return found_east_asian
    if text[:1] == "(":
        return _agency_first(text)
    if _date_agency_match(text):
        dated = _agency_first(text)
        if dated is not None:
            return dated
    lead = _LEAD_IN.match(text)
    offset = lead.end() if lead else 0
    rest = text[offset:]
    wire = _wire_dateline(text, offset)
    if wire is not None:
        return wire
    match = _release_dateline().match(rest) if "/" in rest else None
    if match and match.group("agency").lower() in _RELEASE_WIRES:
        place = match.group("place")
        if _is_place(place, True):
            return Dateline(
                text=text[: offset + match.end("text")].strip(),
                place=place,
                agency=match.group("agency"),
            )
    for pattern in (_CAPS_DATELINE, _MIXED_DATELINE):
        match = pattern.match(rest)
        if match is None:
            continue
        agency, ok = _with_agency(match)
        place = match.group("place").strip()
        if not ok or not _is_place(place, agency is not None):
            continue
        if agency is None and not _opens_sentence(rest[match.end("text") :]):
            continue  # "FIFA — world football's governing body": prose
        if pattern is _MIXED_DATELINE and agency is None:
            if match.group("region"):
                continue  # "Paris, Texas – ..." needs capitals or an agency to be sure
            if "—" in match.group("end"):
                continue  # "Boom — The market": English prose, not a German/Spanish dateline
        if ":" in match.group("end") and (agency or match.group("date")):
            continue
        return Dateline(
            text=text[: offset + match.end("text")].strip(),
            place=place,
            agency=agency,
            date=match.group("date"),
        )
    match = _PLACE_FULL_STOP.match(rest)
    if match and _is_place(match.group("place"), False):
        return Dateline(text=match.group("text").strip(), place=match.group("place"))
    return None


def _place_alone(paragraphs: Sequence[Block]) -> Dateline | None:
    """'Chemnitz.' as the whole first paragraph, before the text: the dateline."""
    if len(paragraphs) < _MIN_PARAGRAPHS_AFTER_PLACE + 1:
        return None
    match = _PLACE_ALONE.match(paragraphs[0].text)
    if match is None or not _is_place(match.group("place"), False):
        return None
    if len(paragraphs[1].text) < _SHORT_PARAGRAPH:
        return None
    return Dateline(text=match.group("text"), place=match.group("place"))


def _wire_dateline(text: str, offset: int) -> Dateline | None:
    """'NEW YORK, May 7, 2024 /PRNewswire/ --', 'BOSTON--(BUSINESS WIRE)--'."""
    if "/" not in text and "--(" not in text:
        return None
    match = _wire_pattern().match(text, offset)
    if match is None:
        return None
    agency = match.group("agency") or match.group("agency2")
    if agency.strip().lower() not in _RELEASE_WIRES or not _is_place(match.group("place"), True):
        return None
    return Dateline(
        text=text[: match.end("text")].strip(),
        place=match.group("place"),
        agency=agency.strip(),
        date=match.group("date"),
    )


def extract_dateline(
    blocks: Sequence[Block], byline_text: str | None, byline_place: str | None
) -> Found[Dateline] | None:
    """The dateline of the article: at the start of the body, else the byline's place.

    Up to two short leading paragraphs ("Erstellt: 28.04.2023", a byline printed in the
    body) may precede the dateline paragraph. A first paragraph that is only a place
    ("Chemnitz.") is the dateline when the text follows.
    """
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH]
    alone = _place_alone(paragraphs)
    if alone is not None:
        return found(alone, Strategy.TEXT, "dateline at start of body")
    for skipped, block in enumerate(paragraphs):
        dateline = find_dateline(block.text)
        if dateline is not None:
            return found(dateline, Strategy.TEXT, "dateline at start of body")
        if len(block.text) >= _SHORT_PARAGRAPH or skipped >= _MAX_SKIPPED:
            break
    if byline_place:
        return found(
            Dateline(text=byline_text or byline_place, place=byline_place),
            Strategy.TEXT if byline_text else Strategy.DOM,
            "place in byline",
        )
    return None
