"""parse(): input types, errors, decoding, the model's contract (frozen, JSON, schema)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import newsparse
from newsparse import Article

PAGE = (
    "<html><head><title>Café society | Example Times</title>"
    '<meta property="og:site_name" content="Example Times"></head>'
    "<body><article><h1>Café society</h1>"
    "<p>The first paragraph of the story is long enough to count as text, with commas.</p>"
    "<p>The second paragraph mentions naïve façades and crème brûlée, also at length.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", newsparse.EmptyInputError),
        ("", newsparse.EmptyInputError),
        (b"   \n\t  ", newsparse.EmptyInputError),
        (b"\x00\x00\x00\x00", newsparse.EmptyInputError),
        ("just some words with no markup at all", newsparse.NotHTMLError),
        (bytes(range(256)) * 64, newsparse.NotHTMLError),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03\x04\x05" * 500, newsparse.NotHTMLError),
    ],
)
def test_bad_input_raises_our_errors(data: str | bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        newsparse.parse(data)


def test_errors_share_a_root_and_are_value_errors() -> None:
    with pytest.raises(newsparse.NewsparseError):
        newsparse.parse(b"")
    with pytest.raises(ValueError, match="empty"):
        newsparse.parse("")


def test_too_large_input_is_refused() -> None:
    with pytest.raises(newsparse.InputTooLargeError, match="max_bytes"):
        newsparse.parse(PAGE, max_bytes=100)


def test_str_and_bytes_give_the_same_article() -> None:
    assert newsparse.parse(PAGE) == newsparse.parse(PAGE.encode("utf-8"))


@pytest.mark.parametrize(
    ("encoded", "kwargs"),
    [
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), {}),
        (b"\xff\xfe" + PAGE.encode("utf-16-le"), {}),
        (PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252"), {}),
        (PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1"), {}),
        (
            PAGE.replace(
                "<head>",
                '<head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">',
            ).encode("iso-8859-15"),
            {},
        ),
        # Declared Latin-1 but really UTF-8: the UTF-8 reading is the only sensible one.
        (PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("utf-8"), {}),
        # Charset from the HTTP header, none in the page.
        (PAGE.encode("cp1252"), {"encoding": "windows-1252"}),
        # Nothing declared: UTF-8 is tried, then detection.
        (PAGE.encode("utf-8"), {}),
    ],
)
def test_bytes_are_decoded_without_mojibake(encoded: bytes, kwargs: dict[str, str]) -> None:
    article = newsparse.parse(encoded, **kwargs)
    assert article.headline == "Café society"
    assert "naïve façades and crème brûlée" in article.text


@pytest.mark.parametrize(
    ("text", "codec", "declared"),
    [
        ("Война и мир: новости дня, подробности и комментарии", "windows-1251", "windows-1251"),
        ("東京で記者会見、首相が新たな経済対策を発表しました", "shift_jis", "Shift_JIS"),
        ("東京で記者会見、首相が新たな経済対策を発表しました", "euc_jp", "EUC-JP"),
        ("北京举行新闻发布会，宣布新的经济措施和政策方向", "gb18030", "GB2312"),
        ("台北舉行記者會，宣布新的經濟措施與政策方向", "big5", "Big5"),
        ("서울에서 기자회견, 새로운 경제 대책을 발표했습니다", "euc_kr", "EUC-KR"),
    ],
)
def test_declared_legacy_encodings(text: str, codec: str, declared: str) -> None:
    page = (
        f'<html><head><meta charset="{declared}"><title>{text}</title></head>'
        f"<body><h1>{text}</h1><p>{text} {text}</p></body></html>"
    )
    article = newsparse.parse(page.encode(codec))
    assert article.headline == text


def test_article_is_frozen_and_round_trips_through_json() -> None:
    article = newsparse.parse(PAGE)
    with pytest.raises(ValidationError):
        article.headline = "changed"  # type: ignore[misc]
    data = json.loads(article.model_dump_json())
    assert data["headline"] == "Café society"
    assert data["paragraphs"] == list(article.paragraphs)
    assert Article.model_validate(data) == article
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_json_schema_is_published() -> None:
    schema = json.loads(newsparse.article_json_schema())
    assert schema["title"] == "Article"
    for field in (
        "headline",
        "standfirst",
        "byline",
        "authors",
        "dateline",
        "published",
        "modified",
        "body",
        "paragraphs",
        "images",
        "credit",
        "publisher",
        "url",
        "language",
        "section",
        "tags",
        "provenance",
    ):
        assert field in schema["properties"], field


def test_relative_urls_are_resolved_and_unsafe_ones_dropped() -> None:
    page = (
        '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><article>'
        "<h1>Headline of the story</h1>"
        '<figure><img src="/img/photo.jpg" alt="A photo"><figcaption>The caption text of the '
        "photo</figcaption></figure>"
        "<p>A paragraph that is long enough to be the body of the article, with commas.</p>"
        "</article></body></html>"
    )
    article = newsparse.parse(page, url="https://news.example.com/world/story.html")
    assert article.url == "https://news.example.com/world/story.html"
    assert [i.url for i in article.images] == ["https://news.example.com/img/photo.jpg"]
    no_url = newsparse.parse(page)
    assert no_url.url is None
    assert all(i.url is None for i in no_url.images)


def test_missing_fields_are_none_not_errors() -> None:
    article = newsparse.parse("<html><body><div>Hi</div></body></html>")
    assert article.headline is None
    assert article.published is None
    assert article.authors == ()
    assert article.body == ()
    assert article.credit is None


def test_limits_reach_parse() -> None:
    deep = "<html><body>" + "<div>" * 40 + "<p>Deep paragraph text, long enough, with commas.</p>"
    article = newsparse.parse(deep, limits=newsparse.Limits(max_depth=8))
    assert article.paragraphs == ("Deep paragraph text, long enough, with commas.",)
    with pytest.raises(newsparse.InputTooLargeError):
        newsparse.parse(PAGE, limits=newsparse.Limits(max_bytes=64))
    with pytest.raises(ValueError, match="max_depth"):
        newsparse.Limits(max_depth=0)
