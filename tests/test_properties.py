"""Property-based robustness: any input gives an Article or one of our errors, nothing else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article

_TAGS = [
    "p",
    "div",
    "span",
    "a",
    "h1",
    "h2",
    "article",
    "figure",
    "figcaption",
    "img",
    "time",
    "script",
    "style",
    "ul",
    "li",
    "blockquote",
    "br",
    "meta",
    "section",
    "table",
    "td",
]
_ATTRS = [
    "class",
    "id",
    "href",
    "src",
    "alt",
    "datetime",
    "itemprop",
    "property",
    "content",
    "rel",
    "lang",
    "type",
    "charset",
    "name",
]
_WORDS = st.sampled_from(
    [
        "By",
        "Jane",
        "Doe",
        "WASHINGTON",
        "(AP)",
        "—",
        "Reuters",
        "2024-03-05",
        "(© Daily Telegraph London)",
        "in",
        "Amman",
        "Photo:",
        "<",
        ">",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "\u200b",
        "\x00",
        "é",
        "東京",
        "ld+json",
        "{",
        "}",
        # date-ish strings (the date parser must not crash or invent dates)
        "2024-02-30",
        "2024-13-45T25:61:61+99:99",
        "0000-00-00",
        "9999-12-31T23:59:59Z",
        "31/31/31",
        "vor 3 Stunden",
        "Updated 5 mins ago",
        "March 5",
        "5 mars 2024",
        "2024年3月5日",
        "1e308",
        "-1",
        "T",
        "Z",
        "Mon, 32 Jan 2024",
        "12:99 p.m.",
        "1700000000",
        "99999999999999999999",
    ]
)


@st.composite
def _html(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 3))
        if kind == 0 or depth > 4:
            parts.append(" ".join(draw(st.lists(_WORDS, max_size=8))))
        elif kind == 1:
            parts.append(draw(st.text(max_size=40)))
        else:
            tag = draw(st.sampled_from(_TAGS))
            attrs = " ".join(
                f'{a}="{draw(st.text(max_size=20)).replace(chr(34), "")}"'
                for a in draw(st.lists(st.sampled_from(_ATTRS), max_size=3))
            )
            inner = draw(_html(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", "</div>", "</p"]))
            parts.append(f"<{tag} {attrs}>{inner}{close}")
    return "".join(parts)


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parses_or_raises_ours(data: str | bytes) -> None:
    try:
        article = newsparse.parse(data)
    except newsparse.NewsparseError:
        return
    assert isinstance(article, Article)
    for block in article.body:
        assert block.text == block.text.strip()
        assert block.text
    for image in article.images:
        assert image.url is None or image.url.startswith(("http://", "https://"))
    Article.model_validate_json(article.model_dump_json())


@_SETTINGS
@given(_html())
def test_generated_html(page: str) -> None:
    _parses_or_raises_ours(f"<html><head><title>t</title></head><body>{page}</body></html>")


@_SETTINGS
@given(_html(), st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "shift_jis", "gb18030"]))
def test_generated_html_as_bytes(page: str, codec: str) -> None:
    _parses_or_raises_ours(f"<html><body>{page}</body></html>".encode(codec, errors="replace"))


@_SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _parses_or_raises_ours(data)


@_SETTINGS
@given(st.text(max_size=2000))
def test_random_text(data: str) -> None:
    _parses_or_raises_ours(data)


@_SETTINGS
@given(st.text(max_size=500))
def test_random_jsonld(payload: str) -> None:
    _parses_or_raises_ours(
        f'<html><head><script type="application/ld+json">{payload}</script></head>'
        "<body><p>x</p></body></html>"
    )


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 3000))
def test_deep_nesting(depth: int) -> None:
    page = (
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep text, with commas, inside.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    _parses_or_raises_ours(page)


_FIXTURES = sorted(Path(__file__).parent.joinpath("fixtures").rglob("*.html"))
_FIXTURE_PAGES = [path.read_bytes() for path in _FIXTURES]


@st.composite
def _mutated_fixture(draw: st.DrawFn) -> bytes:
    """One of our fixture pages with a few random cuts, insertions and byte flips."""
    page = bytearray(draw(st.sampled_from(_FIXTURE_PAGES)))
    for _ in range(draw(st.integers(1, 6))):
        if not page:
            break
        at = draw(st.integers(0, len(page) - 1))
        kind = draw(st.integers(0, 4))
        if kind == 0:  # cut a span
            del page[at : at + draw(st.integers(1, 4000))]
        elif kind == 1:  # insert random bytes
            page[at:at] = draw(st.binary(min_size=1, max_size=50))
        elif kind == 2:  # insert generated markup
            page[at:at] = draw(_html()).encode("utf-8", "surrogatepass")
        elif kind == 3:  # flip a byte
            page[at] = draw(st.integers(0, 255))
        else:  # duplicate a span
            page[at:at] = page[at : at + draw(st.integers(1, 2000))]
    return bytes(page)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_fixture())
def test_mutated_fixture_pages(page: bytes) -> None:
    _parses_or_raises_ours(page)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_fixture(), st.sampled_from(["utf-8", "latin-1", "shift_jis", "x-bad", "utf-16"]))
def test_mutated_fixture_pages_as_text_and_with_a_charset(page: bytes, codec: str) -> None:
    _parses_or_raises_ours(page.decode("utf-8", errors="replace"))
    try:
        article = newsparse.parse(page, encoding=codec)
    except newsparse.NewsparseError:
        return
    assert isinstance(article, Article)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["class", "href", "src", "content", "datetime", "srcset", "style"]),
    st.sampled_from(["a", " ", "/", "&amp;", "<", '"', "1", "javascript:"]),
    st.integers(1_000, 200_000),
)
def test_huge_attributes(attr: str, atom: str, size: int) -> None:
    value = (atom * (size // len(atom))).replace('"', "&quot;")
    _parses_or_raises_ours(
        f'<html><head><meta property="og:title" {attr}="{value}"></head><body>'
        f'<h1 {attr}="{value}">Head</h1><img {attr}="{value}" src="/a.jpg">'
        f'<time {attr}="{value}">x</time><p {attr}="{value}">Text.</p></body></html>'
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["<div>", "<span>", "<p>", "<li>", "<ul>", "</x>", "</p>", "<b>",
                         "<table>", "<td>", "<svg>", "<g/>", "<select>", "<option>", "</div>",
                         "<a href=/x>", "<figure>", "<blockquote>", "text "]),
        min_size=1,
        max_size=30,
    ),
    st.integers(100, 4000),
)  # fmt: skip
def test_repeated_adversarial_tag_patterns(unit: list[str], repeat: int) -> None:
    _parses_or_raises_ours("<html><body>" + "".join(unit) * repeat + "<p>End text.</p>")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["utf-8", "cp1252", "shift_jis", "gb18030", "cp1251", "euc_kr"]),
            st.text(min_size=1, max_size=40),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="shift_jis">']),
)
def test_mixed_encodings_in_one_page(pieces: list[tuple[str, str]], head: str) -> None:
    body = b"".join(
        b"<p>" + text.encode(codec, errors="replace") + b"</p>" for codec, text in pieces
    )
    _parses_or_raises_ours(b"<html><head>" + head.encode() + b"</head><body>" + body)
