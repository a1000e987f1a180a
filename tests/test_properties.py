"""Property-based robustness: any input gives an Article or one of our errors, nothing else."""

from __future__ import annotations

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
