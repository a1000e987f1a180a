"""Turning the bytes of a page into text: BOM, caller's charset, ``<meta charset>``, detection.

The order follows what browsers do (WHATWG encoding sniffing), with one deliberate
departure: a page declared in a single-byte charset (Latin-1, windows-1252, ISO-8859-15,
windows-1251, ...) whose bytes are valid UTF-8 with non-ASCII in them is decoded as UTF-8,
because that mis-declaration is common and the UTF-8 reading is then the only one that
makes sense (text really written in a single-byte charset is almost never valid UTF-8).
A page declared in any other charset is read as UTF-8 only when the declared charset
cannot read its bytes and UTF-8 reads all of them.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from newsparse.errors import DecodingError

__all__ = ["Decoded", "decode_html"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How much of the page is searched for a <meta> charset declaration (the HTML spec's
# prescan reads 1024 bytes; real pages put long <head>s first, so we read more).
_PRESCAN_BYTES = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]{1,40})""", re.IGNORECASE
)
# Labels that browsers treat as windows-1252 (WHATWG encoding standard).
_LATIN1_LABELS = frozenset(
    {
        "iso-8859-1",
        "latin-1",
        "latin1",
        "l1",
        "ascii",
        "us-ascii",
        "windows-1252",
        "cp1252",
        "iso8859-1",
        "iso_8859-1",
    }
)
# Python codec names of single-byte charsets: declared on a page whose bytes are valid
# UTF-8, they are a mis-declaration (see the module docstring).
_SINGLE_BYTE_CODECS = ("cp125", "iso8859", "koi8", "mac-", "cp874", "latin")
# A browser decodes these labels with a superset codec; so do we.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-cn": "gb18030",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "big5": "big5hkscs",
    "tis-620": "cp874",
    "iso-8859-9": "cp1254",
}


# The encodings of the WHATWG Encoding Standard (what browsers support), as Python codecs.
# Any other label (utf-7, utf-32, base64, rot13, idna, unicode_escape ...) is ignored, as
# browsers ignore it: Python would otherwise run a bytes-to-bytes or escape codec on a page.
_WEB_CODECS = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8",
        "utf-16-le",
        "utf-16-be",
        "cp866",
        "iso8859-2",
        "iso8859-3",
        "iso8859-4",
        "iso8859-5",
        "iso8859-6",
        "iso8859-7",
        "iso8859-8",
        "iso8859-10",
        "iso8859-13",
        "iso8859-14",
        "iso8859-15",
        "iso8859-16",
        "koi8-r",
        "koi8-u",
        "mac-roman",
        "mac-cyrillic",
        "cp874",
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "gb18030",
        "big5hkscs",
        "euc_jp",
        "iso2022_jp",
        "cp932",
        "cp949",
    )
)
# Labels browsers know under names Python does not (or reads differently).
_WEB_ALIASES = {
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "utf-16": "utf-16-le",
    "unicode": "utf-16-le",
    "ucs-2": "utf-16-le",
    "iso-8859-8-i": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "logical": "iso8859-8",
    "visual": "iso8859-8",
    "windows-874": "cp874",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "ms932": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "ms_kanji": "cp932",
    "x-gbk": "gb18030",
    "chinese": "gb18030",
    "x-euc-jp": "euc_jp",
    "cseucpkdfmtjapanese": "euc_jp",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "windows-949": "cp949",
    "korean": "cp949",
}


class Decoded(NamedTuple):
    """A page's text, the codec that read it, and whether the bytes are its exact UTF-8."""

    text: str
    codec: str
    utf8: bool
    """``text.encode("utf-8")`` gives the input bytes back: nothing replaced, no BOM."""


def _codec(label: str) -> str | None:
    """The Python codec for a charset label, or ``None`` if browsers would not use it."""
    name = label.strip().strip("\"'").strip().lower()
    if name in _LATIN1_LABELS:
        return "cp1252"
    name = _WEB_ALIASES.get(name, _SUPERSETS.get(name, name))
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    return codec if codec in _WEB_CODECS else None


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    return _codec(match.group(1).decode("ascii")) if match else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode page bytes into its text and the name of the codec used.

    ``encoding`` is the charset the caller knows from outside the page (an HTTP
    ``Content-Type`` header); a byte-order mark still wins over it, as in browsers.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, errors="replace"), codec, False)
    for label in (encoding, None):
        found = _codec(label) if label else _declared(data)
        if found is None:
            continue
        codec = found
        if not codec:
            continue
        if codec.startswith("utf-16"):  # a UTF-16 declaration in ASCII-readable bytes is wrong
            codec = "utf-8"
        single_byte = codec.startswith(_SINGLE_BYTE_CODECS)
        if single_byte and not data.isascii():  # mis-declared?
            as_utf8 = _try(data, "utf-8")
            if as_utf8 is not None:
                return Decoded(as_utf8, "utf-8", True)
        text = _try(data, codec)
        if text is not None:
            # Single-byte codecs read ASCII as ASCII, which is also its UTF-8.
            return Decoded(text, codec, codec == "utf-8" or (single_byte and data.isascii()))
        # Bytes the declared codec cannot read but UTF-8 reads whole: a page saved as UTF-8
        # that kept its old declaration (multi-byte charsets: Shift_JIS, GBK, EUC-KR...).
        as_utf8 = _try(data, "utf-8")
        if as_utf8 is not None:
            return Decoded(as_utf8, "utf-8", True)
        # Declared but wrong in places: keep the declared codec, replace the bad bytes.
        try:
            return Decoded(data.decode(codec, errors="replace"), codec, False)
        except UnicodeError:  # pragma: no cover - a stateful codec refusing even "replace"
            break
    as_utf8 = _try(data, "utf-8")
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8", True)
    from charset_normalizer import from_bytes  # noqa: PLC0415 - rare: loads only when needed

    best = from_bytes(data[:262144]).best()
    if best is not None and best.encoding:
        codec = _codec(best.encoding) or "cp1252"
        try:
            return Decoded(data.decode(codec, errors="replace"), codec, False)
        except UnicodeError:  # pragma: no cover - a stateful codec refusing even "replace"
            pass
    try:
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", False)
    except UnicodeDecodeError as exc:  # pragma: no cover - errors="replace" cannot fail
        raise DecodingError(f"cannot decode the input bytes: {exc}") from exc
