"""Reading a printed byline: "By Jane Doe and John Roe in Kyiv" -> authors, place, agencies.

Used by the generic extractor and available to rule sets as a transform. The parser knows
the shapes bylines take across sites and languages:

* a prefix ("By", "Von", "Par", "Por", "Di", "Written by", "Text:") and trailing dates,
  times, reading times and share buttons, which are not part of the byline's names;
* several names ("A, B and C", "A | B", "A und B");
* an agency or affiliation ("Jane Doe, PA", "Jane Doe | Reuters", "By JANE DOE Associated
  Press", "Jane Doe for Daily Mail Australia"), kept as ``Author.organization`` and listed
  in ``ParsedByline.agencies`` when the agency table knows it;
* a role ("Jon King, News Reporter", "Holger Zschäpitz Leitender Wirtschaftsredakteur");
* a place ("Sara Elizabeth Williams in Amman");
* desk bylines ("Our Foreign Staff", "BR24 Redaktion"), kept as authors;
* organisations, site names and furniture, which are never authors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from newsparse._text import clean
from newsparse.heuristics.agencies import canonical_source
from newsparse.heuristics.byline_vocab import (
    AND_SEPARATORS,
    BY_AFTER_LABEL,
    BYLINE_INNER_PLACE,
    BYLINE_PLACE,
    BYLINE_PREFIX,
    BYLINE_PREFIX_GLUED,
    BYLINE_PREFIX_LATER,
    BYLINE_SEPARATORS,
    BYLINE_TAIL,
    CJK_NOT_NAME,
    CJK_ROLE_SUFFIX,
    DESK_BYLINE,
    FOR_AFFILIATION,
    GLUED_WORDS,
    LABEL_BEFORE_PREFIX,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PART_AND_PREFIX,
    PART_AND_SUFFIX,
    PART_CREDIT_PREFIX,
    PHOTO_CREDIT,
    ROLE_MODIFIERS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    TAIL_FIRST_WORDS,
)
from newsparse.model import Author

__all__ = [
    "ParsedByline",
    "clean_person_name",
    "fold",
    "is_desk",
    "looks_like_name",
    "parse_byline",
    "printed_byline",
    "same_name",
]

_MAX_NAME_CHARS = 60
# Longest text read as a byline; anything longer is cut (a byline is a line, not a page).
_MAX_INPUT_CHARS = 400
_MAX_NAME_WORDS = 6
_EDGE = " .,:;-–—|/()[]\"'“”‘’«»*"
# Bounded token lengths keep the search linear on long strings without "@".
_URL_OR_MAIL = re.compile(
    r"[^\s@]{1,64}@\S{1,255}|(?<![\w@])@\w{1,30}|https?://\S{1,2000}|www\.\S{1,2000}"
)
_TRAILING_PAREN = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_DIGIT = re.compile(r"\d")
# A domain name printed as a name ("ORF.at", "hessenschau.de", "TIMESOFINDIA.COM").
_DOMAIN = re.compile(r"\w\.(?:com|net|org|info|news|[a-z]{2})\b", re.IGNORECASE)
# Caseless scripts (CJK, Hangul, Thai, Devanagari, Arabic, Hebrew...) have no capitals.
_CASELESS_NAME_CHARS = 2
# Scripts written without spaces between names (Han, Kana, Hangul).
_EAST_ASIAN = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff·・]+$")


class ParsedByline(NamedTuple):
    """What a byline string says: the authors, a place ("in Amman") and agencies named."""

    authors: tuple[Author, ...]
    place: str | None
    agencies: tuple[str, ...] = ()
    """Canonical names of agencies printed in the byline ("Associated Press", "PA Media")."""

    @property
    def names(self) -> tuple[str, ...]:
        """The authors' names."""
        return tuple(a.name for a in self.authors)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` without case, spaces and punctuation: how names are compared."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def same_name(a: str, b: str) -> bool:
    """Whether two spellings are the same name (case, spacing and punctuation ignored)."""
    return fold(a) == fold(b)


_MIN_SITE_CHARS = 4
# Agency aliases this short ("PA", "AP", "CP") count only right after a name, since they
# are also state codes ("Jane Doe, Pittsburgh, PA").
_SHORT_ALIAS = 2


def _same_site(name: str, site: str) -> bool:
    """'deutschewelle' vs 'deutschewellewwwdwcom' (site names carry URLs and suffixes)."""
    return name == site or (len(name) >= _MIN_SITE_CHARS and name in site)


def _is_caseless(ch: str) -> bool:
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _is_role_word(word: str) -> bool:
    low = word.lower().strip(_EDGE)
    return low in ROLE_WORDS or (len(low) > 9 and low.endswith(ROLE_SUFFIXES))


def is_desk(text: str) -> bool:
    """Whether ``text`` is a desk/staff byline ("Our Foreign Staff", "BR24 Redaktion")."""
    return bool(DESK_BYLINE.match(text.strip(_EDGE)))


def _is_org(text: str, site_names: Iterable[str] = ()) -> bool:
    if canonical_source(text) is not None:
        return True
    folded = fold(text)
    if folded and any(_same_site(folded, fold(s)) for s in site_names):
        return True
    words = text.lower().split()
    return any(w.strip(_EDGE) in ORG_WORDS for w in words) or bool(_DOMAIN.search(text))


def looks_like_name(text: str, site_names: Iterable[str] = ()) -> bool:
    """Whether ``text`` plausibly is a person's name.

    1-6 words, no digits, no organisation or furniture words; in cased scripts at least two
    words, each capitalised unless it is a particle ("van", "de", "bin") or an initial.
    """
    text = text.strip()
    if not text or len(text) > _MAX_NAME_CHARS or _DIGIT.search(text) or "@" in text:
        return False
    words = text.split()
    if len(words) > _MAX_NAME_WORDS:
        return False
    if any(w.endswith((":", "：")) for w in words):
        return False  # "Interview: Jane Doe" is a label and a name
    lowered = [w.lower().strip(_EDGE) for w in words]
    if any(w in NOT_NAME_WORDS and w not in NAME_PARTICLES for w in lowered):
        return False
    if _is_org(text, site_names) or any(_is_role_word(w) for w in words):
        return False
    if all(_is_caseless(w[0]) for w in words):
        if any(piece in text for piece in CJK_NOT_NAME):
            return False
        if len(words) < 2 and not _EAST_ASIAN.match(text):
            return False  # Arabic, Hebrew, Devanagari names are written in several words
        return len(text.replace(" ", "")) >= _CASELESS_NAME_CHARS
    if len(words) < 2:
        return False
    if not words[0][0].isupper() or lowered[-1] in NAME_PARTICLES:
        return False  # "Michiel de" is half of "Jong, Michiel de"
    for word, low in zip(words, lowered, strict=True):
        first = word[0]
        if first.isupper() or _is_caseless(first):
            continue
        if low in NAME_PARTICLES:
            continue
        return False
    return True


def _titlecase_caps(name: str) -> str:
    """'JANE SMITH' -> 'Jane Smith'; mixed-case names are left as printed."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        return " ".join("-".join(_title_part(p) for p in w.split("-")) for w in name.split())
    return name


def _title_part(part: str) -> str:
    """'NEILL' -> 'Neill'; "O'NEILL" -> "O'Neill" (an apostrophe after one letter)."""
    head, apostrophe, rest = part.partition("'")
    if apostrophe and len(head) == 1 and rest:
        return head + apostrophe + rest[:1] + rest[1:].lower()
    return part[:1] + part[1:].lower()


def _strip_name(printed: str, edge: str = _EDGE) -> str:
    """The name without edge punctuation, keeping the full stop of "Jr." or "Sr."."""
    name = printed.strip(edge)
    rest = printed[printed.find(name) + len(name) :] if name else ""
    last = name.rsplit(" ", 1)[-1].lower()
    if rest.startswith(".") and last in NAME_ABBREVIATIONS:
        return name + "."
    return name


def clean_person_name(text: str, site_names: Iterable[str] = ()) -> str | None:
    """A name from metadata cleaned for use as an author, or ``None`` if it is not a person.

    Drops a "By " prefix, a trailing "(abc)" initials tag and a CJK role suffix ("기자").
    """
    name = clean(text)
    name = BYLINE_PREFIX.sub("", name)
    name = _TRAILING_PAREN.sub("", name)
    name = CJK_ROLE_SUFFIX.sub("", name).strip(_EDGE)
    if not looks_like_name(name, site_names):
        return None
    return _titlecase_caps(name)


_MAX_WORDS_BEFORE_BY = 3
# Words before a role noun read as part of the role after a name ("Europe Editor").
_MAX_ROLE_QUALIFIER_WORDS = 2
# Words a name keeps once a glued brand is cut from its end.
_MIN_WORDS_BEFORE_BRAND = 2


_TAIL_TOKEN = re.compile(r"\d+|[^\W\d_]+|[•·|]")


def find_tail(text: str) -> int:
    """Where the names of a byline end (a date, "Updated", "Share"...), or -1.

    The marker pattern is tried only where a candidate token starts, which keeps this
    fast on long strings.
    """
    for token in _TAIL_TOKEN.finditer(text):
        word = token.group()
        if not (word[0].isdigit() or word in "•·|" or word.lower() in TAIL_FIRST_WORDS):
            continue
        start = token.start() - 1 if word == "|" and token.start() > 0 else token.start()
        if BYLINE_TAIL.match(text, start):
            return start
    return -1


def _start_of_names(text: str) -> str:
    """Drop what precedes the names: a leading date ("05.06.2025 um 14:46 von X"), a
    section label ("Travel By Sophie Foster"), the "By" prefix."""
    tail = find_tail(text)
    later = BYLINE_PREFIX_LATER.search(text)
    if tail == 0:
        if later is None:
            return ""
        text = text[later.start() :]
    else:
        label = BY_AFTER_LABEL.search(text)
        if label is not None and 0 < len(text[: label.start()].split()) <= _MAX_WORDS_BEFORE_BY:
            text = text[label.start() :]
    text = LABEL_BEFORE_PREFIX.sub("", text, count=1)
    text = BYLINE_PREFIX_GLUED.sub("", text)
    return BYLINE_PREFIX.sub("", text, count=1)


def _cut_tail(text: str) -> str:
    tail = find_tail(text)
    return PART_AND_SUFFIX.sub("", text[:tail].rstrip()) if tail >= 0 else text


def _split_agency_suffix(chunk: str) -> tuple[str, str | None]:
    """'JANE SMITH The Associated Press' -> ('JANE SMITH', 'The Associated Press')."""
    words = chunk.split()
    for cut in range(min(len(words) - 1, 4), 0, -1):
        tail = " ".join(words[-cut:])
        if canonical_source(tail) is not None:
            return PART_AND_SUFFIX.sub("", " ".join(words[:-cut])), tail
    return chunk, None


def _split_agency_prefix(chunk: str) -> tuple[str | None, str]:
    """'dpa MM-Redaktion' -> ('dpa', 'MM-Redaktion'): an agency printed before a name."""
    words = chunk.split()
    for cut in range(min(len(words) - 1, 4), 0, -1):
        head = " ".join(words[:cut])
        if canonical_source(head) is not None:
            return head, " ".join(words[cut:])
    return None, chunk


def _split_role(chunk: str) -> tuple[str, str | None]:
    """'Sam Stein Senior Politics Editor' -> ('Sam Stein', 'Senior Politics Editor')."""
    words = chunk.split()
    for i, word in enumerate(words):
        if _is_role_word(word):
            start = i
            while start > 0 and words[start - 1].lower().strip(_EDGE) in ROLE_MODIFIERS:
                start -= 1
            if start == 0:
                return "", chunk
            return " ".join(words[:start]), " ".join(words[start:])
    return chunk, None


def _split_agency_inside(head: str, role: str) -> tuple[str, str | None, str]:
    """'JANE DOE AP Medical', 'Writer' -> ('JANE DOE', 'AP', 'Medical Writer')."""
    words = head.split()
    for k in range(2, len(words)):
        if len(words[k]) > 1 and canonical_source(words[k]) is not None:
            return " ".join(words[:k]), words[k], " ".join([*words[k + 1 :], role])
    return head, None, role


def _split_caps_suffix(chunk: str) -> tuple[str, str | None]:
    """'Meg Wagner NEW YORK DAILY NEWS' -> ('Meg Wagner', 'NEW YORK DAILY NEWS')."""
    words = chunk.split()
    cut = len(words)
    while cut > 0 and _all_caps(words[cut - 1]):
        cut -= 1
    if cut >= 2 and cut < len(words) and not any(_all_caps(w) for w in words[:cut]):
        return " ".join(words[:cut]), " ".join(words[cut:])
    return chunk, None


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


class _Builder:
    """Collects authors, roles and agencies while walking the parts of a byline."""

    def __init__(self, site_names: tuple[str, ...], printed: str = "") -> None:
        self.site_names = site_names
        self.printed = printed  # the text before glued words were split ("MailOnline")
        self.authors: list[Author] = []
        self.agencies: list[str] = []
        self.caps_names = False
        self.after_person = False
        self.after_person_before = False

    def agency(self, printed: str) -> None:
        known = canonical_source(printed)
        if known is not None and known not in self.agencies:
            self.agencies.append(known)

    def affiliate(self, printed: str, count: int = 1) -> None:
        """An organisation printed after names: it belongs to the ``count`` authors before."""
        self.agency(printed)
        glued = printed.replace(" ", "")
        if glued != printed and glued in self.printed and printed not in self.printed:
            printed = glued  # "MailOnline", split by GLUED_WORDS, as printed
        for i in range(max(len(self.authors) - count, 0), len(self.authors)):
            if self.authors[i].organization is None:
                self.authors[i] = self.authors[i].model_copy(update={"organization": printed})

    def role(self, printed: str) -> None:
        if self.authors and self.authors[-1].role is None:
            self.authors[-1] = self.authors[-1].model_copy(update={"role": printed})

    def person(self, printed: str) -> bool:
        name = _strip_name(CJK_ROLE_SUFFIX.sub("", printed))
        words = name.split()
        half = len(words) // 2
        if half > 1 and len(words) == 2 * half and words[:half] == words[half:]:
            name = " ".join(words[:half])  # "Jane Smith Jane Smith": printed twice
        brand = self._glued_brand(name)
        if brand is not None:
            name = name[: -len(brand) - 1].rstrip()  # "Mark Di Stefano BuzzFeed": the site
        name = self._rejoin(name)
        if looks_like_name(name, self.site_names):
            self.caps_names = self.caps_names or _all_caps(name)
            name = _titlecase_caps(name)
        elif (
            not is_desk(name)
            or _is_org_only(name, self.site_names)
            or self._desk_of_org(name)  # "Reuters Staff": the agency, no desk
        ):
            return False
        if not any(same_name(name, a.name) for a in self.authors):
            self.authors.append(Author(name=name))
        return True

    def _rejoin(self, name: str) -> str:
        """Undo a GLUED_WORDS split inside a name: "Ella Fitz Gerald" -> "Ella FitzGerald"
        when the page printed "FitzGerald"."""
        words = name.split()
        out = words[:1]
        for word in words[1:]:
            glued = out[-1] + word
            if glued in self.printed and f"{out[-1]} {word}" not in self.printed:
                out[-1] = glued
            else:
                out.append(word)
        return " ".join(out)

    def _glued_brand(self, name: str) -> str | None:
        """A camel-case brand glued to the name as printed ("Jane DoeBuzzFeed"), split by
        GLUED_WORDS into "Buzz Feed": its last two words when the name keeps two."""
        words = name.split()
        if len(words) < _MIN_WORDS_BEFORE_BRAND + 2:
            return None
        glued = words[-2] + words[-1]
        if glued in self.printed and f"{words[-2]} {words[-1]}" not in self.printed:
            return f"{words[-2]} {words[-1]}"
        return None

    def _desk_of_org(self, desk: str) -> bool:
        """'Reuters Staff', 'Guardian staff': a desk named after an agency or the site."""
        owner = desk.rsplit(" ", 1)[0] if " " in desk else ""
        if not owner:
            return False
        if canonical_source(owner) is not None:
            self.agency(owner)
            return True
        return _is_org_only(owner, self.site_names)

    def _place_role(self, head: str) -> bool:
        """Whether ``head`` qualifies a role printed after a name ("Southern Africa" in
        "Jane Doe, Southern Africa Correspondent"): at most two words, no agency."""
        words = head.split()
        return 0 < len(words) <= _MAX_ROLE_QUALIFIER_WORDS and not any(
            canonical_source(w) is not None for w in words
        )

    def chunk(self, chunk: str) -> None:
        chunk = PART_CREDIT_PREFIX.sub("", chunk.strip(), count=1)
        chunk = PART_AND_PREFIX.sub("", chunk, count=1)
        paren = _TRAILING_PAREN.search(chunk)
        if paren is not None:
            self.agency(paren.group().strip(_EDGE))
            chunk = chunk[: paren.start()]
        chunk = _strip_name(chunk)
        if not chunk:
            return
        before = len(self.authors)
        after_person, self.after_person = self.after_person, False
        self.after_person_before = after_person
        if canonical_source(chunk) is not None:
            if len(chunk) > _SHORT_ALIAS or after_person or not self.authors:
                self.affiliate(chunk)  # "Jane Doe, PA"; but "Doe, Pittsburgh, PA" is a state
            return
        self._read(chunk)
        self.after_person = len(self.authors) > before

    def _read(self, chunk: str) -> None:
        if PHOTO_CREDIT.match(chunk):
            return
        if self.authors and not self.caps_names and _all_caps(chunk):
            # "X, MDR THÜRINGEN", "By Meg Wagner NEW YORK DAILY NEWS": an affiliation.
            self.affiliate(chunk)
            return
        if is_desk(chunk) and not self.authors:
            self.person(chunk)
            return
        agency_first, chunk = _split_agency_prefix(chunk)
        if agency_first is not None:
            self.agency(agency_first)
            chunk = PART_AND_PREFIX.sub("", chunk, count=1)  # "The Associated Press and X"
        head, role = _split_role(chunk)
        if role is not None and self.after_person_before and self._place_role(head):
            self.role(chunk)  # "Gideon Nkosi, Southern Africa Correspondent"
            return
        inside = None
        if role is not None and head:
            head, inside, role = _split_agency_inside(head, role)
        affiliation = None
        parts = FOR_AFFILIATION.split(head, maxsplit=1)
        if len(parts) == 2:
            head, affiliation = parts
        head, agency = _split_agency_suffix(head)
        if agency is None:
            head, agency = _split_caps_suffix(head)
        agency = agency or inside
        if not head:
            if role is not None:
                self.role(role)
            return
        added = 0
        for piece in AND_SEPARATORS.split(head):
            added += self.person(piece)
        if not added and role is not None and self.after_person_before:
            self.role(chunk)  # "Ruth Okonkwo, Africa Correspondent"
            return
        if added:
            if role is not None:
                self.role(role)
            if agency is not None:
                self.affiliate(agency, added)
            if affiliation is not None:
                self.affiliate(affiliation.strip(_EDGE), added)
        elif agency is not None:
            self.agency(agency)


def _is_org_only(text: str, site_names: tuple[str, ...]) -> bool:
    folded = fold(text)
    return bool(folded) and any(_same_site(folded, fold(s)) for s in site_names)


_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,;:.!?)])")


def printed_byline(text: str) -> str:
    """The byline as printed, without what follows the names (dates, share buttons)."""
    text = _SPACE_BEFORE_PUNCT.sub("", clean(text[:_MAX_INPUT_CHARS]))
    if find_tail(text) == 0:
        later = BYLINE_PREFIX_LATER.search(text)
        if later is None:
            return ""
        text = text[later.start() :]
    return _cut_tail(text).strip(" ,;:|/•·-–—")


def parse_byline(text: str, site_names: Iterable[str] = ()) -> ParsedByline:
    """Read a printed byline into authors, a place and the agencies it names.

    ``site_names`` are the site's own names ("Irish Independent"), which are never authors.
    Parts that do not look like names (dates, organisations, "Updated 5:30pm") are dropped.
    Results are cached: bylines repeat across the pages of a site.
    """
    return _parse(text[:_MAX_INPUT_CHARS], tuple(site_names))


@lru_cache(maxsize=2048)
def _parse(text: str, site_names: tuple[str, ...]) -> ParsedByline:
    text = _URL_OR_MAIL.sub(" ", clean(text))
    if PHOTO_CREDIT.match(text):
        return ParsedByline((), None)
    builder = _Builder(site_names, text)
    text = GLUED_WORDS.sub(" ", text)
    text = _strip_name(_cut_tail(_start_of_names(text)), _EDGE.replace("()", ""))
    place = None
    match = BYLINE_PLACE.search(text)
    if match:
        place = match.group("place").strip(_EDGE)
        text = text[: match.start()]
    inner = BYLINE_INNER_PLACE.search(text)
    if inner is not None:
        place = inner.group("place").strip(_EDGE)  # "A in Jerusalem and B in Gaza"
        text = BYLINE_INNER_PLACE.sub("", text)
    for chunk in BYLINE_SEPARATORS.split(text):
        builder.chunk(chunk)
    if not builder.authors and not builder.agencies:
        place = None
    return ParsedByline(tuple(builder.authors), place, tuple(builder.agencies))
