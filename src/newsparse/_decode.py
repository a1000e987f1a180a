"""Turning the bytes of a page into text: BOM, caller's charset, ``<meta charset>``, detection.

The order follows what browsers do (WHATWG encoding sniffing), with one deliberate
departure: a page declared as Latin-1 / windows-1252 whose bytes are valid UTF-8 (with
non-ASCII in them) is decoded as UTF-8, because that mis-declaration is common and the
UTF-8 reading is then the only one that makes sense.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsparse.errors import DecodingError

__all__ = ["decode_html"]

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


def _codec(label: str) -> str | None:
    name = label.strip().strip("\"'").lower()
    if name in _LATIN1_LABELS:
        return "cp1252"
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    return _codec(match.group(1).decode("ascii")) if match else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return ``(text, codec_name)``.

    ``encoding`` is the charset the caller knows from outside the page (an HTTP
    ``Content-Type`` header); a byte-order mark still wins over it, as in browsers.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    for label in (encoding, None):
        found = _codec(label) if label else _declared(data)
        if found is None:
            continue
        codec = found
        if not codec:
            continue
        if codec.startswith("utf-16"):  # a UTF-16 declaration in ASCII-readable bytes is wrong
            codec = "utf-8"
        if codec == "cp1252" and not data.isascii():  # often mis-declared UTF-8
            as_utf8 = _try(data, "utf-8")
            if as_utf8 is not None:
                return as_utf8, "utf-8"
        text = _try(data, codec)
        if text is not None:
            return text, codec
        # Declared but wrong in places: keep the declared codec, replace the bad bytes.
        return data.decode(codec, errors="replace"), codec
    as_utf8 = _try(data, "utf-8")
    if as_utf8 is not None:
        return as_utf8, "utf-8"
    best = from_bytes(data[:262144]).best()
    if best is not None and best.encoding:
        codec = _codec(best.encoding) or "cp1252"
        return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("cp1252", errors="replace"), "cp1252"
    except UnicodeDecodeError as exc:  # pragma: no cover - errors="replace" cannot fail
        raise DecodingError(f"cannot decode the input bytes: {exc}") from exc
