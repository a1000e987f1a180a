"""Page metadata: publisher, language, section, tags, canonical URL; each checked."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._document import Document
from newsparse.extract.metadata import (
    extract_language,
    extract_publisher,
    extract_section,
    extract_tags,
    extract_url,
    language_tag,
)
from newsparse.model import Strategy


def _page(head: str, body: str = "<p>Text.</p>", lang: str = "") -> Document:
    attr = f' lang="{lang}"' if lang else ""
    return Document(f"<html{attr}><head>{head}</head><body>{body}</body></html>")


def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def test_seed_publisher_is_irish_independent(seed_html: bytes) -> None:
    article = newsparse.parse(seed_html)
    assert article.publisher == "Irish Independent"
    assert article.provenance.publisher is not None


@pytest.mark.parametrize(
    ("head", "expected", "strategy"),
    [
        (
            _ld(
                '{"@type": "NewsArticle", "publisher": {"@type": "Organization",'
                ' "name": "The Daily Planet"}}'
            ),
            "The Daily Planet",
            Strategy.JSON_LD,
        ),
        ('<meta property="og:site_name" content="Daily Planet">', "Daily Planet", Strategy.META),
        # A company owning the site gives way to the site name.
        (
            _ld(
                '{"@type": "NewsArticle", "publisher": {"@type": "Organization",'
                ' "name": "Planet Media AG"}}'
            )
            + '<meta property="og:site_name" content="Daily Planet">',
            "Daily Planet",
            Strategy.META,
        ),
        # A person is never the publisher; a URL is never a name.
        (
            _ld('{"@type": "NewsArticle", "publisher": {"@type": "Person", "name": "Jane Doe"}}')
            + '<meta name="application-name" content="https://www.planet.example">',
            None,
            None,
        ),
    ],
)
def test_publisher(head: str, expected: str | None, strategy: Strategy | None) -> None:
    hit = extract_publisher(_page(head))
    if expected is None:
        assert hit is None
    else:
        assert hit is not None
        assert hit.value == expected
        assert hit.source.strategy is strategy


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en_US", "en-US"),
        ("en-gb", "en-GB"),
        ("DE", "de"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("de-DE, en", "de-DE"),
        ("english", None),
        ("", None),
        ("12", None),
    ],
)
def test_language_tag(raw: str, expected: str | None) -> None:
    assert language_tag(raw) == expected


def test_language_sources_in_order() -> None:
    hit = extract_language(_page('<meta property="og:locale" content="fr_FR">', lang="de"))
    assert hit is not None and hit.value == "de" and hit.source.detail == "html[lang]"
    hit = extract_language(_page('<meta property="og:locale" content="fr_FR">'))
    assert hit is not None and hit.value == "fr-FR" and hit.source.strategy is Strategy.META
    hit = extract_language(_page('<meta http-equiv="Content-Language" content="nl">'))
    assert hit is not None and hit.value == "nl"


def test_default_english_contradicted_by_the_page_text() -> None:
    head = (
        "<title>Amaphoyisa abophe umsolwa ngemuva kokuhlaselwa kukagogo eMbali</title>"
        '<meta name="description" content="Ngabona amanxeba amathathu egxalabeni'
        ' emqaleni kanye nasemhlane kusho umakhelwane">'
    )
    assert extract_language(_page(head, lang="en-US")) is None
    english = "<title>Police arrest a suspect after the attack on a grandmother in the town</title>"
    hit = extract_language(_page(english, lang="en-US"))
    assert hit is not None and hit.value == "en-US"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (_ld('{"@type": "NewsArticle", "articleSection": "World"}'), "World"),
        ('<meta property="article:section" content="Sport">', "Sport"),
        (_ld('{"@type": "NewsArticle", "articleSection": "nil"}'), None),
        ('<meta name="section" content="/world/middle_east">', None),
    ],
)
def test_section(head: str, expected: str | None) -> None:
    hit = extract_section(_page(head))
    assert (hit.value if hit else None) == expected


def test_tags_drop_ids_tracking_pairs_and_the_headline() -> None:
    head = _ld(
        '{"@type": "NewsArticle", "headline": "Bridge approved",'
        ' "keywords": "Bridges, bridges, 26157981-b4f7-4929-adc1-e860c6f03636,'
        ' Category: Travel, o.example.com, Bridge approved, City council"}'
    )
    hit = extract_tags(_page(head))
    assert hit is not None
    assert hit.value == ("Bridges", "City council")


def test_tags_from_meta() -> None:
    hit = extract_tags(_page('<meta property="article:tag" content="Rivers, Floods">'))
    assert hit is not None and hit.value == ("Rivers", "Floods")
    assert extract_tags(_page("")) is None


def test_canonical_url() -> None:
    doc = _page('<link rel="canonical" href="https://example.org/story/1">')
    hit = extract_url(doc)
    assert hit is not None and hit.value == "https://example.org/story/1"
    assert extract_url(_page("")) is None
