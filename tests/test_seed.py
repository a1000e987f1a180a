"""The page the project started from: every part of it in its place (../shared/seed/README.md)."""

from __future__ import annotations

from datetime import date

import newsparse
from newsparse import BlockKind, Strategy


def test_headline(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    assert article.headline == "Syrian rebels in secret talks with Russia to end Aleppo crisis"


def test_byline_author_and_dateline_place(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    assert article.byline is not None
    assert article.byline.text == "Sara Elizabeth Williams in Amman"
    assert [a.name for a in article.authors] == ["Sara Elizabeth Williams"]
    assert article.dateline is not None
    assert article.dateline.place == "Amman"
    assert article.dateline.agency is None


def test_body_is_the_nine_paragraphs_in_order(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    paragraphs = article.paragraphs
    assert len(paragraphs) == 9
    assert all(b.kind is BlockKind.PARAGRAPH for b in article.body)
    assert paragraphs[0].startswith("Syrian rebel leaders are to hold secret talks")
    assert paragraphs[-1].endswith("to finish the battle in Aleppo by force of arms.")
    assert "(©" not in paragraphs[-1]


def test_no_furniture_in_body(seed_html: bytes) -> None:
    text = newsparse.parse(seed_html).text
    for furniture in (
        "Promoted Links",
        "directly to your inbox",
        "Editors Choice",
        "Also in World News",
        "A Syrian woman fleeing Aleppo",
        "Irish Independent",
        "Monday 11 December 2017",
        "Advertisement",
        "cookies",
    ):
        assert furniture not in text


def test_one_image_with_one_caption(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    captions = [i.caption for i in article.images if i.caption]
    assert captions == ["A Syrian woman fleeing Aleppo with her baby boy"]
    image = next(i for i in article.images if i.caption)
    assert image.alt == "A Syrian woman fleeing Aleppo with her baby boy"
    assert image.url is not None
    assert image.url.startswith("https://www.independent.ie/incoming/")


def test_syndication_credit(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    assert article.credit is not None
    assert article.credit.source == "Daily Telegraph"
    assert article.credit.text == "(© Daily Telegraph London)"
    assert article.credit.place == "London"


def test_publisher_and_page_metadata(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    assert article.publisher == "Irish Independent"
    assert article.url == (
        "https://www.independent.ie/world-news/middle-east/"
        "syrian-rebels-in-secret-talks-with-russia-to-end-aleppo-crisis-35270210.html"
    )
    assert article.language == "en-IE"


def test_published_is_the_story_date_not_the_header_today_line(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    assert article.published is not None
    assert article.published.date() == date(2016, 12, 2)
    assert article.published.utcoffset() is not None


def test_every_field_with_a_value_has_provenance(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    provenance = article.provenance
    for field in (
        "headline",
        "byline",
        "authors",
        "dateline",
        "published",
        "body",
        "images",
        "credit",
        "publisher",
        "url",
        "language",
    ):
        assert getattr(provenance, field) is not None, field
    assert provenance.credit is not None
    assert provenance.credit.strategy is Strategy.TEXT
