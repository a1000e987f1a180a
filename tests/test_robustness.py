"""Robustness and safety: any input gives an Article or a clear NewsparseError, in bounded time.

Adversarial inputs are generated here (never copied pages). Sizes are modest so the suite
stays fast; ``benchmarks/adversarial.py`` runs the big ones (50 MB, 1,000,000 elements)
and shows that time grows linearly. A ``signal.alarm`` hang guard fails a test only on a
real hang (minutes), never on slowness.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import textwrap
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import Article
from newsparse._document import Document
from newsparse._jsonld import parse_jsonld
from newsparse._limits import DEPTH_CHECK_TAGS, Limits, cap_depth, estimate_depth
from newsparse.errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    NewsparseError,
    NotHTMLError,
)

HANG_SECONDS = 240


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Fail (instead of hanging the suite) if the test runs for minutes."""

    def _fail(signum: int, frame: object) -> None:
        raise AssertionError(f"hang: the test ran for more than {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _urls(article: Article) -> list[str]:
    return [
        url
        for url in (
            article.url,
            *(image.url for image in article.images),
            *(author.url for author in article.authors),
        )
        if url is not None
    ]


def _check(article: Article) -> None:
    for url in _urls(article):
        assert url.startswith(("http://", "https://")), url
        assert not any(c in url for c in " \t\r\n\x00"), url
    for block in article.body:
        assert block.text
        assert block.text == block.text.strip()
    assert Article.model_validate_json(article.model_dump_json()) == article


def _max_depth(tree: LexborHTMLParser) -> int:
    deepest = 0
    stack = [(tree.root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child if node is not None else None
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


# ---------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        ("", EmptyInputError, "empty"),
        (b"\x00" * 100_000, EmptyInputError, "empty"),
        ("\x00 \n\t\ufeff", EmptyInputError, "empty"),
        (b"\xef\xbb\xbf   ", EmptyInputError, "empty"),
        (bytes(range(256)) * 64, NotHTMLError, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(4000), NotHTMLError, "binary"),
        ("just some words, no markup at all", NotHTMLError, "no HTML markup"),
        ("\x01\x02\x03" * 1000 + "<p>x</p>", NotHTMLError, "binary"),
    ],
)
def test_bad_input_raises_a_clear_error(
    data: str | bytes, error: type[NewsparseError], words: str
) -> None:
    with pytest.raises(error, match=words):
        newsparse.parse(data)


@pytest.mark.parametrize("data", [None, 42, ["<p>x</p>"], object()])
def test_wrong_input_type_is_our_type_error(data: object) -> None:
    with pytest.raises(InputTypeError, match="str or bytes") as info:
        newsparse.parse(data)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, InputError)


def test_bytearray_and_memoryview_are_accepted() -> None:
    page = b"<html><body><h1>Hello there</h1><p>Text of the page.</p></body></html>"
    expected = newsparse.parse(page)
    assert newsparse.parse(bytearray(page)) == expected  # type: ignore[arg-type]
    assert newsparse.parse(memoryview(page)) == expected  # type: ignore[arg-type]


def test_too_large_is_refused_before_any_work() -> None:
    with pytest.raises(InputTooLargeError, match="max_bytes=1,000"):
        newsparse.parse(b"<p>" + b"x" * 2000, max_bytes=1000)
    with pytest.raises(InputTooLargeError, match="chars"):
        Document("<p>" + "x" * 2000, limits=Limits(max_bytes=1000))


@pytest.mark.parametrize("field", ["max_bytes", "max_depth", "max_jsonld_chars"])
@pytest.mark.parametrize("value", [0, -1, True, 1.5])
def test_limits_are_validated(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=f"Limits.{field}"):
        Limits(**{field: value})  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- fuzz findings


def test_fuzz_mixed_case_scheme_is_normalised() -> None:
    """Fuzz finding: a canonical URL 'httPs://...' came back with its scheme as written."""
    page = (
        '<html><head><link rel="canonical" href="httPs://Example.com/a/b.html?">'
        '<meta property="og:image" content="HTTP://example.com/i.jpg">'
        "</head><body><h1>Head line</h1><p>Some text here.</p></body></html>"
    )
    article = newsparse.parse(page)
    assert article.url == "https://Example.com/a/b.html"
    _check(article)


def test_fuzz_url_with_tab_and_newline_inside_scheme() -> None:
    page = (
        '<html><head><link rel="canonical" href="ht\ntps://example.com/x">'
        '<base href="java\tscript:alert(1)//"></head>'
        '<body><h1>T</h1><img src="ja\nvascript:alert(1)"><img src="/ok.jpg"></body></html>'
    )
    article = newsparse.parse(page)
    assert article.url == "https://example.com/x"
    _check(article)


def test_lone_surrogates_in_text_input() -> None:
    article = newsparse.parse("<html><title>\ud800</title><body><h1>a\udfffb</h1><p>x</p>")
    _check(article)


# ---------------------------------------------------------------------------- safety


_URL_PAGE = """<html><head>
<base href="http://base.example/dir/">
<link rel="canonical" href="https://news.example/story">
<meta http-equiv="refresh" content="0; url=http://refresh.example/">
<meta property="og:image" content="https://img.example/a.jpg">
<link rel="stylesheet" href="http://css.example/a.css">
<script src="http://js.example/a.js"></script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "H", "image": ["https://img.example/b.jpg", "data:image/png;base64,AAAA",
 "javascript:alert(1)"], "author": {"@type": "Person", "name": "Jane Doe",
 "url": "javascript:alert(2)"}, "@id": "http://id.example/x"}</script>
</head><body><h1>Headline here</h1>
<iframe src="http://frame.example/"></iframe>
<img src="http://img.example/c.jpg" srcset="http://img.example/d.jpg 2x">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<img src="javascript:alert(3)"><img src="vbscript:msgbox(1)"><img src="file:///etc/passwd">
<a href="mailto:x@example.com">mail</a> <a href="ftp://ftp.example/">ftp</a>
<video src="http://video.example/v.mp4"></video><object data="http://obj.example/"></object>
<p>By <a href="javascript:void(0)">Jane Doe</a></p>
<p>Body text with a link to <a href="http://link.example/">somewhere</a> and more.</p>
</body></html>"""


def test_no_network_access_ever(monkeypatch: pytest.MonkeyPatch) -> None:
    def _blocked(*args: object, **kwargs: object) -> None:
        raise AssertionError("newsparse tried to use the network")

    class _NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            _blocked()

    monkeypatch.setattr(socket, "socket", _NoSocket)
    monkeypatch.setattr(socket, "create_connection", _blocked)
    monkeypatch.setattr(socket, "getaddrinfo", _blocked)
    monkeypatch.setattr(socket, "gethostbyname", _blocked)
    monkeypatch.setattr(urllib.request, "urlopen", _blocked)
    for page in (_URL_PAGE, _URL_PAGE.encode(), _URL_PAGE.replace("<base", "<x")):
        _check(newsparse.parse(page))
        _check(newsparse.parse(page, "https://given.example/path/page.html"))


def test_urls_in_the_article_are_absolute_http_only() -> None:
    article = newsparse.parse(_URL_PAGE)
    _check(article)
    for url in _urls(article):
        assert not url.lower().startswith(("javascript:", "data:", "vbscript:", "file:"))


def test_page_content_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    code = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    page = (
        f'<html><head><script>{code}</script><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{code}", "datePublished": "{code}"}}</script>'
        f"</head><body><h1>{{{{ {code} }}}}</h1><p>${{{code}}}</p><p>{code}</p></body></html>"
    )
    article = newsparse.parse(page)
    _check(article)
    assert not marker.exists()


def test_text_comes_back_as_text() -> None:
    page = (
        "<html><body><h1>5 &lt; 6 &amp;&amp; &lt;b&gt;not bold&lt;/b&gt;</h1>"
        "<p>Paragraph about &lt;script&gt;alert(1)&lt;/script&gt; tags in text.</p>"
        "<script>var secret = 'do not show';</script><style>p{}</style></body></html>"
    )
    article = newsparse.parse(page)
    assert article.headline == "5 < 6 && <b>not bold</b>"
    text = " ".join(block.text for block in article.body)
    assert "do not show" not in text
    assert "p{}" not in text


# ---------------------------------------------------------------------------- depth guard


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * 100_000,
        "<span>" * 30_000 + "<div>" * 30_000,
        "<span></x>" * 50_000,
        "<div></p>" * 50_000,
        "<ul><li>" * 50_000,
        "<dl><dt>" * 50_000,
        "<DIV>" * 50_000 + "</div>" * 50_000,
        "<div/>" * 50_000,
        "<blockquote><section><article>" * 30_000,
        "<svg>" + "<g>" * 50_000 + "</x>" * 50_000,
    ],
    ids=[
        "div",
        "span-div",
        "span-stray-end",
        "div-stray-p",
        "ul-li",
        "dl-dt",
        "upper-case",
        "div-self-closing",
        "blocks",
        "svg-stray-end",
    ],
)
def test_deep_nesting_is_flattened(page: str, hang_guard: None) -> None:
    capped, changed = cap_depth(page, 256)
    assert changed
    # Lexbor's real tree is no deeper than the limit (plus html/body and a little slack
    # for the elements the estimate lets a start tag close).
    assert _max_depth(LexborHTMLParser(capped)) <= 2 * 256 + 8
    _check(newsparse.parse("<html><body>" + page + "<p>Deep text here.</p>"))


def test_flattening_keeps_the_text(hang_guard: None) -> None:
    depth = 5000
    page = "<html><body>" + "<div>" * depth + "<p>Deep text, kept.</p>" + "</div>" * depth
    doc = Document(page)
    assert doc.flattened
    assert "Deep text, kept." in (doc.tree.body.text() if doc.tree.body else "")


def test_normal_pages_are_not_scanned_or_changed() -> None:
    page = "<html><body>" + "<div><p>Para <b>bold</b> text.</p></div>\n" * 2000 + "</body>"
    assert page.count("<") >= DEPTH_CHECK_TAGS
    assert estimate_depth(page) == 5  # html, body, div, p, b
    assert cap_depth(page, 256) == (page, False)
    small = "<div>" * 300
    assert cap_depth(small, 256) == (small, False)  # below DEPTH_CHECK_TAGS: not scanned


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>a<p>b<p>c", 1),
        ("<ul><li>a<li>b<li>c</ul>", 2),
        ("<ul><li><ul><li>x</ul></ul>", 4),
        ("<svg><path d='x'/><path/><g><circle/></g></svg>", 2),
        ("<div><span></div><div>", 2),
        ("<!-- <div><div><div> --><div>", 1),
        ("<script>'<div><div><div>'</script><div>", 1),
        ("<SCRIPT>'<div><div>'</SCRIPT ><div>", 1),
        ("<title><div><div></title><div>", 1),
        ("<textarea><div><div>", 0),
        ("<!-- unclosed <div><div>", 0),
        ("<br><img src=x><input><meta><hr><div>", 1),
        ("<div/><div/>", 2),
    ],
)
def test_depth_estimate(page: str, expected: int) -> None:
    assert estimate_depth(page) == expected


def test_custom_max_depth() -> None:
    page = "<html><body>" + "<div>" * 5000 + "<p>x</p>"
    doc = Document(page, limits=Limits(max_depth=50))
    assert doc.flattened
    assert _max_depth(doc.tree) <= 2 * 50 + 8
    assert not Document("<div>" * 5000, limits=Limits(max_depth=10_000)).flattened


def test_many_options_in_a_select(hang_guard: None) -> None:
    page = "<html><body><select>" + "<option>o" * 50_000 + "</select><p>After.</p>"
    capped, changed = cap_depth(page, 256)
    assert changed
    assert capped.count("<option") == 2048
    assert capped.count("o") >= 50_000  # the option text is kept
    _check(newsparse.parse(page))


# ---------------------------------------------------------------------------- big inputs


def test_jsonld_limits() -> None:
    big = json.dumps({"@type": "NewsArticle", "headline": "Big", "articleBody": "x" * 200})
    small = json.dumps({"@type": "NewsArticle", "headline": "Small"})
    limits = Limits(max_jsonld_chars=100)
    assert [n.text("headline") for n in parse_jsonld(iter([big, small]), limits)] == ["Small"]
    many = json.dumps([{"@type": "Thing", "name": str(i)} for i in range(100)])
    assert len(parse_jsonld(iter([many]), Limits(max_jsonld_nodes=10))) == 10
    blocks = [small] * 10
    assert len(parse_jsonld(iter(blocks), Limits(max_jsonld_blocks=3))) == 3


def test_deeply_nested_json_is_skipped_not_fatal() -> None:
    deep = '{"@type": "NewsArticle", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    deep_graph = '{"@graph": ' + '{"@graph": ' * 5000 + "{}" + "}" * 5001
    assert parse_jsonld(iter([deep, deep_graph])) == []
    page = f'<html><head><script type="application/ld+json">{deep}</script></head><p>x</p>'
    _check(newsparse.parse(page))


def test_ten_megabyte_jsonld_block_is_skipped(hang_guard: None) -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Big", "articleBody": "x" * 10_000_000})
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Visible headline</h1><p>Text.</p></body></html>"
    )
    article = newsparse.parse(page)
    assert article.headline == "Visible headline"
    _check(article)


def test_one_megabyte_text_node(hang_guard: None) -> None:
    words = "word " * 200_000
    article = newsparse.parse(f"<html><body><h1>H</h1><p>{words}</p></body></html>")
    _check(article)
    solid = "a" * 1_000_000
    _check(newsparse.parse(f"<html><body><p>{solid}</p></body></html>"))


def test_one_megabyte_attribute_and_comment(hang_guard: None) -> None:
    blob = "x" * 1_000_000
    _check(newsparse.parse(f'<html><body><p class="{blob}" data-x="{blob}">T</p></body>'))
    _check(newsparse.parse(f"<html><body><!-- {blob} --><p>T</p></body>"))
    _check(newsparse.parse(f"<html><body><!-- {blob}"))
    _check(newsparse.parse(f"<html><body><p>x</p><script>{blob}"))


def test_nul_bytes_inside_a_page() -> None:
    page = b"<html><body><h1>Head\x00line</h1>" + b"\x00" * 100_000 + b"<p>Text.</p></body>"
    article = newsparse.parse(page)
    assert article.headline == "Headline"
    _check(article)


def test_many_elements(hang_guard: None) -> None:
    page = "<html><body>" + "<p>Some paragraph text.</p>" * 20_000 + "</body></html>"
    _check(newsparse.parse(page))


# ---------------------------------------------------------------------------- regexes

_REGEX_CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, re, sys
    import newsparse

    def visit(obj, where, found, depth=0):
        if isinstance(obj, re.Pattern):
            found.setdefault((obj.pattern, obj.flags), (obj, where))
        elif depth < 3 and isinstance(obj, (tuple, list, set, frozenset)):
            for item in obj:
                visit(item, where, found, depth + 1)
        elif depth < 3 and isinstance(obj, dict):
            for item in obj.values():
                visit(item, where, found, depth + 1)

    found = {}
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            visit(obj, info.name + "." + name, found)
    atoms = sys.argv[2].split("\\x1f")
    n = int(sys.argv[1])
    only = set(sys.argv[3].split(",")) if sys.argv[3] else None
    skip = set(sys.argv[4].split(",")) if sys.argv[4] else set()
    print("patterns", len(found), flush=True)
    for rx, where in found.values():
        if where in skip or (only is not None and where not in only):
            continue
        print("checking", where, flush=True)
        for atom in atoms:
            base = atom * (n // len(atom))
            for s in (base + "!", "a" + base + "\\x00"):
                if isinstance(rx.pattern, bytes):
                    s = s.encode("utf-8", "surrogatepass")
                rx.search(s)
    print("done", flush=True)
    """
)
ADVERSARIAL_ATOMS = (
    " ", "a", "A", "1", ".", "-", ",", "<", ">", "/", "&", "#", ":", "\n", "\t", "\u00a0",
    "By ", "and ", "a ", "1 ", "1-", "1.", "AP ", "(", ")", "(AP", "--", "\u2014", "\u00a9",
    "Photo ", "'", '"', "=", "\\", "\u00e9", "\u65e5", "2024-", "12:", "Jan ", "<a ", "<div",
    "</", "<!--", "&amp;", "a.", "A.", "A ", "Aa ", "a-", "0", "x=", "{", "[", "@", "$",
    "\u200b", "www.", "http://", "of ", "in ", "BY ", "Von ", "und ", "Foto: ", "3 March ",
    "2024-03-05T", "12:30 ", "5/3/2024 ", "Mar. 5, ", "vor 3 Stunden ", "Updated ",
)  # fmt: skip


# Regexes known to backtrack catastrophically, owned by other modules' authors: checked
# (as expected failures) by test_known_slow_regexes until they are fixed. Nothing else may
# join this list.
# Regexes with known catastrophic backtracking, skipped by the check below until fixed
# (each entry: "module.NAME"). Empty: every regex of the package passes.
KNOWN_SLOW_REGEXES: tuple[str, ...] = ()


def _run_regex_check(n: int, only: tuple[str, ...], skip: tuple[str, ...], timeout: int) -> str:
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                _REGEX_CHECK,
                str(n),
                "\x1f".join(ADVERSARIAL_ATOMS),
                ",".join(only),
                ",".join(skip),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        last = [line for line in out.splitlines() if line.startswith("checking")][-1:]
        pytest.fail(f"a regex hangs on adversarial input: {last}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.rstrip().endswith("done")
    return result.stdout


def test_no_regex_backtracks_catastrophically() -> None:
    """Every compiled regex of the package, on each adversarial string (1,000 chars).

    Exponential (or cubic) backtracking explodes at this size; a merely quadratic regex
    does not (``benchmarks/adversarial.py`` measures growth at larger sizes). Runs in a
    subprocess because a regex match cannot be interrupted.
    """
    out = _run_regex_check(1000, (), KNOWN_SLOW_REGEXES, HANG_SECONDS)
    assert int(out.split()[1]) > 20  # the collection found the package's regexes
