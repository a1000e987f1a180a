"""Decoding: every way a page tells (or fails to tell) its charset gives the right text.

The expectation is what a browser shows: BOM first, then the caller's (HTTP) charset,
then ``<meta charset>`` / ``http-equiv``, then detection; labels browsers do not support
(UTF-7, UTF-32, Python's bytes codecs) are ignored.
"""

from __future__ import annotations

import codecs

import pytest

import newsparse
from newsparse._decode import decode_html

TEXTS = {
    "utf-8": "Ünïcödé — “quotes” € 東京 Война 서울",
    "windows-1252": "Café society: naïve façades, “quotes” and €5 — crème brûlée",
    "iso-8859-1": "Café society: naïve façades and crème brûlée à la française",
    "iso-8859-15": "Prix en € pour œuvres et Šoštanj, naïve façades",
    "windows-1251": "Война и мир: новости дня, подробности и комментарии",
    "shift_jis": "東京で記者会見、首相が新たな経済対策を発表しました",
    "euc_jp": "東京で記者会見、首相が新たな経済対策を発表しました",
    "gb18030": "北京举行新闻发布会，宣布新的经济措施和政策方向",
    "big5": "台北舉行記者會，宣布新的經濟措施與政策方向",
    "euc_kr": "서울에서 기자회견, 새로운 경제 대책을 발표했습니다",
    "koi8-r": "Москва: правительство объявило новые экономические меры",
    "iso-8859-7": "Αθήνα: η κυβέρνηση ανακοίνωσε νέα οικονομικά μέτρα",
}
LABELS = {
    "utf-8": "UTF-8",
    "windows-1252": "windows-1252",
    "iso-8859-1": "ISO-8859-1",
    "iso-8859-15": "ISO-8859-15",
    "windows-1251": "windows-1251",
    "shift_jis": "Shift_JIS",
    "euc_jp": "EUC-JP",
    "gb18030": "GB2312",
    "big5": "Big5",
    "euc_kr": "EUC-KR",
    "koi8-r": "KOI8-R",
    "iso-8859-7": "ISO-8859-7",
}


def _page(text: str, head: str = "") -> str:
    return (
        f"<html><head>{head}<title>{text}</title></head><body><article><h1>{text}</h1>"
        f"<p>{text}. {text}, {text}.</p><p>{text}: {text}.</p></article></body></html>"
    )


def _headline(data: bytes, **kwargs: str) -> str | None:
    return newsparse.parse(data, **kwargs).headline


@pytest.mark.parametrize("codec", sorted(TEXTS))
def test_meta_charset(codec: str) -> None:
    text = TEXTS[codec]
    page = _page(text, f'<meta charset="{LABELS[codec]}">')
    assert _headline(page.encode(codec)) == text


@pytest.mark.parametrize("codec", sorted(TEXTS))
def test_http_equiv(codec: str) -> None:
    text = TEXTS[codec]
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={LABELS[codec]}">'
    assert _headline(_page(text, head).encode(codec)) == text


@pytest.mark.parametrize("codec", sorted(TEXTS))
def test_caller_encoding(codec: str) -> None:
    text = TEXTS[codec]
    assert _headline(_page(text).encode(codec), encoding=LABELS[codec]) == text


@pytest.mark.parametrize("codec", sorted(TEXTS))
def test_caller_encoding_beats_a_wrong_meta(codec: str) -> None:
    text = TEXTS[codec]
    wrong = "windows-1251" if codec != "windows-1251" else "shift_jis"
    page = _page(text, f'<meta charset="{wrong}">')
    assert _headline(page.encode(codec), encoding=LABELS[codec]) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_wins_over_everything(bom: bytes, codec: str) -> None:
    text = TEXTS["utf-8"]
    page = _page(text, '<meta charset="windows-1251">')
    assert _headline(bom + page.encode(codec), encoding="shift_jis") == text


def test_utf16_declared_in_an_ascii_page_means_utf8() -> None:
    text = TEXTS["utf-8"]
    assert _headline(_page(text, '<meta charset="utf-16">').encode("utf-8")) == text


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "us-ascii", "latin1"])
def test_latin1_declared_but_really_utf8(declared: str) -> None:
    text = TEXTS["utf-8"]
    page = _page(text, f'<meta charset="{declared}">')
    assert _headline(page.encode("utf-8")) == text
    assert _headline(_page(text).encode("utf-8"), encoding=declared) == text


@pytest.mark.parametrize("declared", ["Shift_JIS", "EUC-JP", "GB2312", "Big5", "EUC-KR"])
def test_multibyte_declared_but_really_utf8(declared: str) -> None:
    """A page saved as UTF-8 that kept its old declaration: the declared charset cannot
    read the bytes, UTF-8 reads all of them."""
    text = TEXTS["shift_jis"]  # Japanese, here written as UTF-8
    page = _page(text, f'<meta charset="{declared}">')
    assert _headline(page.encode("utf-8")) == text


def test_latin1_label_means_windows_1252() -> None:
    """WHATWG: 'iso-8859-1' is decoded as windows-1252 (so 0x80 is the euro sign)."""
    text = TEXTS["windows-1252"]
    page = _page(text, '<meta charset="iso-8859-1">').encode("cp1252")
    assert _headline(page) == text


@pytest.mark.parametrize("codec", ["utf-8", "windows-1251", "shift_jis", "gb18030", "euc_kr"])
def test_undeclared_charset_is_detected(codec: str) -> None:
    text = TEXTS[codec]
    page = _page(" ".join([text] * 5))
    assert _headline(page.encode(codec)) == " ".join([text] * 5)


@pytest.mark.parametrize(
    "label",
    ["utf-7", "UTF-32", "base64", "zlib", "rot13", "hex", "idna", "punycode",
     "unicode_escape", "x-nonsense", "", "\x00", "utf-8\x00"],
)  # fmt: skip
def test_unsupported_labels_are_ignored(label: str) -> None:
    text = TEXTS["utf-8"]
    page = _page(text, f'<meta charset="{label}">').encode("utf-8")
    assert _headline(page) == text
    assert _headline(_page(text).encode("utf-8"), encoding=label) == text


def test_meta_late_in_a_long_head_is_found() -> None:
    text = TEXTS["windows-1251"]
    filler = "<meta name='x' content='y'>" * 100  # pushes the charset past 1024 bytes
    page = _page(text, filler + '<meta charset="windows-1251">')
    assert _headline(page.encode("cp1251")) == text


def test_invalid_bytes_in_declared_utf8_are_replaced_not_fatal() -> None:
    page = b'<html><head><meta charset="utf-8"></head><body><h1>Caf\xe9 ok</h1></body></html>'
    text, codec, utf8 = decode_html(page)
    assert codec == "utf-8"
    assert not utf8  # the text is not the bytes as they are
    assert "Caf\ufffd ok" in text
    assert _headline(page) == "Caf\ufffd ok"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32"])
def test_bomless_wide_encodings_raise_ours_or_parse(codec: str) -> None:
    data = _page(TEXTS["utf-8"]).encode(codec)
    try:
        newsparse.parse(data)
    except newsparse.NewsparseError as exc:
        assert str(exc)


def test_str_input_is_not_decoded_again() -> None:
    text = TEXTS["utf-8"]
    page = _page(text, '<meta charset="windows-1251">')
    assert newsparse.parse(page).headline == text


@pytest.mark.parametrize("declared", ["iso-8859-15", "iso-8859-2", "windows-1251", "koi8-r"])
def test_single_byte_declaration_on_utf8_bytes_reads_utf8(declared: str) -> None:
    page = (
        f'<html><head><meta charset="{declared}"><title>La sanción de Pérez</title></head>'
        "<body><h1>La sanción de Pérez</h1><p>El piloto recibió una sanción, según la FIA.</p>"
        "</body></html>"
    )
    assert newsparse.parse(page.encode("utf-8")).headline == "La sanción de Pérez"
