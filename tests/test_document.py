"""The document core's shortcuts give exactly what the general code they stand for gives.

Each speed-up of :mod:`newsparse._document`, :mod:`newsparse._decode` and
:mod:`newsparse._limits` has a slow, plain definition; these tests hold them together.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse._decode import decode_html
from newsparse._document import (
    _CANONICAL,
    _JSONLD,
    Document,
    _find_elements,
    _http_url,
    _resolve,
)
from newsparse._limits import _TAG_TOKENS, _TOKENS, _fits, _simulate, cap_depth

# ---------------------------------------------------------------------------- URLs

_URL_CHARS = "abcxyzAZ09-._~!$&'()*+,=:@%/?#;[] \t\n\\é"
_URLS = (
    "https://h",
    "https://h?q",
    "https://h/?",
    "https://h//x",
    "http://a..b/",
    "https://h/a;b",
    "https://h/a?b?",
    "https://h/a/../b",
    "https://h/%zz",
    "https://h/a:b@c",
    "https://h/é",
    "https://H/x",
    "HTTPS://h/x",
    "https://h:80/x",
    "https://u@h/x",
    "https://h/x#f",
    "https://h/x?",
    "https://h/ x",
    " https://h/x\n",
    "https://[::1]/x",
    "/relative/path.jpg",
    "x.jpg",
    "//cdn.example/x",
    "javascript:alert(1)",
)
_BASES = (None, "https://example.com/a/b", "http://example.com/", "https://example.com/x?y")


def _general(value: str, base: str | None) -> str | None:
    """What _http_url is, without its shortcut."""
    return _resolve(value.strip(), base) if value else None


@pytest.mark.parametrize("base", _BASES)
@pytest.mark.parametrize("value", _URLS)
def test_plain_url_shortcut_examples(value: str, base: str | None) -> None:
    assert _http_url(value, base) == _general(value, base)


@given(
    st.text(alphabet=_URL_CHARS, max_size=30).map(lambda rest: "https://" + rest)
    | st.text(alphabet=_URL_CHARS, max_size=30),
    st.sampled_from(_BASES),
)
def test_plain_url_shortcut_agrees_with_the_general_path(value: str, base: str | None) -> None:
    assert _http_url(value, base) == _general(value, base)


def test_host_of_a_plain_url() -> None:
    assert Document("<p>x</p>", "https://www.example.com/a?b=c").host == "example.com"
    assert Document("<p>x</p>", "https://Example.COM:8080/a").host == "example.com"


# ---------------------------------------------------------------------------- decoding


@given(st.binary(max_size=200), st.sampled_from([None, "utf-8", "latin-1", "cp1251"]))
def test_utf8_flag_means_the_bytes_are_the_text(data: bytes, encoding: str | None) -> None:
    text, _codec, utf8 = decode_html(data, encoding)
    if utf8:
        assert text.encode("utf-8") == data


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><h1>Café – “quoted”</h1><p>日本語のテキスト</p></body></html>".encode(),
        b"\xef\xbb\xbf<html><body><h1>BOM</h1></body></html>",
        b"<html><body><h1>NUL\x00byte</h1></body></html>",
        b'<meta charset="utf-8"><h1>Caf\xe9</h1>',
        b'<meta charset="latin-1"><h1>plain ascii</h1>',
        "<meta charset='windows-1251'><h1>Привет</h1>".encode("cp1251"),
    ],
)
def test_bytes_parse_as_their_decoded_text(page: bytes) -> None:
    doc = Document(page)
    text = decode_html(page).text.replace("\x00", "")
    assert doc.tree.html == LexborHTMLParser(text).html


# ---------------------------------------------------------------------------- elements

_PAGE = """<html lang="en"><head>
<title>Page title</title>
<meta itemprop="a" content="x"><meta property="og:url" content="https://e.com/og">
<link rel="canonical" itemprop="url" href="/first"><link REL="CANONICAL" href="/second">
<link rel="stylesheet" href="/s.css" itemprop="style"><link rel="icon" href="/i.png" itemprop>
<script type="application/ld+json" itemprop="s">{"@type": "NewsArticle"}</script>
<SCRIPT TYPE="APPLICATION/LD+JSON">{"@type": "Person"}</SCRIPT>
<script type="text/javascript" itemprop="js">var x;</script><script itemprop>var y;</script>
<base target="_top"><base href="/base/" itemprop="b"><base href="/ignored/">
</head><body>
<h1 itemprop="headline">Head</h1><h1></h1>
<svg><title>svg title</title></svg>
<div itemprop="author Creator">A</div><span itemprop>empty</span>
<script type="application/json+ld">{"@type": "Article"}</script>
<meta name="late" content="y">
</body></html>"""


def test_one_walk_finds_what_one_query_per_kind_finds() -> None:
    tree = LexborHTMLParser(_PAGE)
    found = _find_elements(tree)
    assert found.metas == [n.attributes for n in tree.css("meta")]
    assert found.microdata == [
        (n, n.attributes["itemprop"])
        for n in tree.css("[itemprop]")
        if n.tag != "meta" and n.attributes["itemprop"] is not None
    ]
    assert found.jsonld == tree.css(_JSONLD)
    assert found.canonicals == [n.attributes.get("href") for n in tree.css(_CANONICAL)]
    assert found.h1s == tree.css("h1")
    assert found.title == tree.css_first("title")
    base = tree.css_first("base[href]")
    assert base is not None
    assert found.base == base.attributes["href"]


def test_document_properties_on_the_tricky_page() -> None:
    doc = Document(_PAGE, "https://e.com/story")
    tree = LexborHTMLParser(_PAGE)
    assert list(doc.meta_tags) == [n.attributes for n in tree.css("meta")]
    headline = [n.mem_id for n, prop in doc.microdata if "headline" in prop.split()]
    assert headline == [n.mem_id for n in doc.tree.css('[itemprop~="headline"]:not(meta)')]
    assert doc.meta["a"] == ("x",)
    assert doc.meta["late"] == ("y",)
    assert [sorted(n.types) for n in doc.jsonld] == [["newsarticle"], ["person"], ["article"]]
    assert set(doc.itemprops) == {"url", "style", "s", "js", "b", "headline", "author", "creator"}
    assert doc.canonical == ('link[rel="canonical"]', "https://e.com/first")
    assert doc.base_url == "https://e.com/base/"
    assert doc.title == "Page title"
    assert len(doc.h1s) == 1
    assert doc.lang == "en"


# ---------------------------------------------------------------------------- depth bound

_TAG_NAMES = ["div", "span", "p", "li", "ul", "a", "option", "select", "svg", "g", "br", "x"]
_PIECES = st.sampled_from(
    [f"<{name}>" for name in _TAG_NAMES]
    + [f"</{name}>" for name in _TAG_NAMES]
    + ["<g/>", "<div/>", "<!-- <div> -->", "<script>'<div>'</script>", "text", "<DIV>"]
)


@given(st.lists(_PIECES, max_size=120), st.integers(min_value=1, max_value=12))
def test_quick_bound_never_passes_what_the_simulation_catches(
    pieces: list[str], max_depth: int
) -> None:
    page = "".join(pieces)
    if _fits(_TAG_TOKENS.findall(page), max_depth):
        assert not _simulate(_TOKENS.findall(page), max_depth, record=False)[1]


def test_quick_bound_passes_normal_pages() -> None:
    page = "<html><body>" + "<div><p>Para <b>bold</b> <br> text.</p></div>\n" * 2000
    assert _fits(_TAG_TOKENS.findall(page), 256)
    assert cap_depth(page, 256) == (page, False)


def test_quick_bound_counts_options() -> None:
    page = "<select>" + "<option>o</option>" * 3000 + "</select>"
    assert not _fits(_TAG_TOKENS.findall(page), 256)
    assert cap_depth(page, 256)[1]


# ---------------------------------------------------------------------------- import


def test_import_loads_neither_pydantic_nor_the_extractors() -> None:
    code = (
        "import sys, newsparse; "
        "print(sorted(m for m in ('pydantic', 'newsparse.model', 'newsparse.extract.article',"
        " 'newsparse.rules', 'selectolax', 'charset_normalizer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in newsparse.__all__:
        assert getattr(newsparse, name) is not None
        assert name in dir(newsparse)
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)
    assert set(newsparse.__all__) <= set(namespace)
    with pytest.raises(AttributeError):
        _ = newsparse.NoSuchName  # type: ignore[attr-defined]
