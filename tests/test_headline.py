"""Headline: visible headline confirmed by metadata, site names stripped, furniture ignored."""

from __future__ import annotations

import pytest

from newsparse._document import Document
from newsparse.extract.headline import extract_headline, strip_site_name
from newsparse.model import Strategy


def _page(head: str, body: str, url: str = "https://www.example-news.com/a/1") -> Document:
    return Document(f"<html><head>{head}</head><body>{body}</body></html>", url)


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("Storm hits coast | The Daily Planet", ("The Daily Planet",), "Storm hits coast"),
        ("The Daily Planet - Storm hits coast", ("The Daily Planet",), "Storm hits coast"),
        ("Storm hits coast - dailyplanet.com", ("dailyplanet",), "Storm hits coast"),
        ("Storm hits coast | Weather News | Daily Planet", ("Daily Planet",), "Storm hits coast"),
        ("Storm hits coast – Hamburger Abendblatt", ("abendblatt",), "Storm hits coast"),
        # A dash inside the headline stays when neither side names the site.
        ("Rivals meet again - and this time it matters", ("Daily Planet",), None),
        # A colon is part of a headline.
        ("Kashmir issue: China snubs talks", ("Times",), None),
        ("Storm hits coast", ("Daily Planet",), None),
        # A headline word that merely starts with a short site label stays.
        ("Newsom signs bill - news.com.au", ("news",), "Newsom signs bill"),
        ("Newsom signs bill", ("news",), None),
    ],
)
def test_strip_site_name(title: str, names: tuple[str, ...], expected: str | None) -> None:
    assert strip_site_name(title, names) == (expected if expected is not None else title)


def test_visible_h1_confirmed_by_metadata_takes_metadata_punctuation() -> None:
    doc = _page(
        '<meta property="og:title" content="Flood inquiry: two resignations">'
        "<title>Flood inquiry: two resignations | Example News</title>",
        '<h1><span class="topline">Flood inquiry</span> <span>two resignations</span></h1>',
    )
    hit = extract_headline(doc)
    assert hit is not None
    assert hit.value == "Flood inquiry: two resignations"
    assert hit.source.strategy is Strategy.META


def test_visible_quotes_kept_when_metadata_drops_them() -> None:
    doc = _page(
        "<title>Minister calls plan Reckless</title>",
        "<h1>Minister calls plan 'Reckless'</h1>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Minister calls plan 'Reckless'"


def test_visible_h1_beats_seo_title() -> None:
    doc = _page(
        "<title>Why does the app say hummus?</title>",
        "<h1 class='entry-title'>The adorable reason your alert sound is hummus</h1>",
    )
    hit = extract_headline(doc)
    assert hit is not None
    assert hit.value == "The adorable reason your alert sound is hummus"
    assert hit.source.strategy is Strategy.DOM


@pytest.mark.parametrize(
    "furniture",
    [
        '<a class="logo" href="/"><h1>Example News</h1></a>',
        '<ol class="breadcrumb"><li><h1>Old SEO headline</h1></li></ol>',
        '<div class="site-branding"><h1>Example News</h1></div>',
        "<aside><h1>Most read today</h1></aside>",
    ],
)
def test_never_a_logo_breadcrumb_or_rail_h1(furniture: str) -> None:
    doc = _page(
        '<meta property="og:title" content="Council approves new bridge">',
        furniture + "<article><h2>Council approves new bridge</h2><p>Text.</p></article>",
    )
    hit = extract_headline(doc)
    assert hit is not None
    assert hit.value == "Council approves new bridge"


def test_site_name_h1_is_skipped_for_the_article_h1() -> None:
    doc = _page(
        '<meta property="og:site_name" content="Example News">'
        "<title>Council approves new bridge - Example News</title>",
        "<header><h1>Example News</h1></header>"
        "<article><h1 class='title'>Council approves new bridge</h1></article>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Council approves new bridge"


def test_kicker_printed_above_h1_is_not_part_of_the_headline() -> None:
    doc = _page(
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "After the vote: Minister resigns"}</script>'
        '<meta property="og:title" content="After the vote: Minister resigns">',
        '<div class="story"><span class="dachzeile">After the vote</span>'
        "<h1>Minister resigns</h1></div>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Minister resigns"


def test_metadata_kicker_not_on_the_page_is_not_added() -> None:
    doc = _page(
        '<meta property="og:title" content="Attack on the border: Talks will go on">',
        '<h1><span class="article-title__overline">Crisis</span> '
        '<span class="sr-only"> - </span><span>Talks will go on</span></h1>',
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Talks will go on"


def test_declared_itemprop_headline_wins_over_alt_h1() -> None:
    doc = _page(
        "<title>Decorating mistakes | Home</title>",
        "<header><h1 class='post-alt-title'>Decorating mistakes</h1>"
        "<h2 itemprop='headline'>The five biggest decorating mistakes and how to fix them</h2>"
        "</header>",
    )
    hit = extract_headline(doc)
    assert hit is not None
    assert hit.value == "The five biggest decorating mistakes and how to fix them"


def test_metadata_only_prefers_the_title_others_extend() -> None:
    doc = _page(
        '<meta property="og:title" content="Party leader expelled-Politics">'
        '<meta name="headline" content="Party leader expelled">',
        "<p>No heading here.</p>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Party leader expelled"


def test_no_headline_at_all() -> None:
    doc = _page("", "<p>Just text.</p>")
    assert extract_headline(doc) is None


def test_rail_word_on_the_article_container_is_not_furniture() -> None:
    doc = _page(
        "<title>Why does the app say hummus?</title>",
        '<section class="two-column-rail article-content"><div class="headings">'
        "<h1>The adorable reason your alert sound is hummus</h1></div></section>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "The adorable reason your alert sound is hummus"


def test_hidden_page_label_h1_is_skipped() -> None:
    doc = _page(
        '<meta property="og:title" content="Factory boy who became president">',
        '<h1 class="page_ttl is_blind">Article detail</h1>'
        "<div><h2>Factory boy who became president</h2></div>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Factory boy who became president"


@pytest.mark.parametrize(
    ("title", "h1s", "expected"),
    [
        # The blog name is an <h1> and the start of the <title>: the post title is the <h2>.
        (
            "Silicon Notes: Open flow for programmable logic",
            "<h1>Silicon Notes</h1><h2>Open flow for programmable logic</h2>",
            "Open flow for programmable logic",
        ),
        # The project name is an <h1> and the end of the <title>.
        (
            "Evolve: Shared Mutable History Explained — evolve for Mercurial",
            "<h1>evolve for Mercurial</h1>"
            "<h1>Evolve: Shared Mutable History Explained<a>¶</a></h1>",
            "Evolve: Shared Mutable History Explained",
        ),
    ],
)
def test_site_name_from_title_parts(title: str, h1s: str, expected: str) -> None:
    doc = _page(f"<title>{title}</title>", h1s)
    hit = extract_headline(doc)
    assert hit is not None and hit.value == expected


def test_visible_case_kept_when_metadata_only_shouts() -> None:
    doc = _page(
        '<meta property="og:title" content="COUNCIL APPROVES NEW BRIDGE">',
        "<h1>Council approves new bridge</h1>",
    )
    hit = extract_headline(doc)
    assert hit is not None and hit.value == "Council approves new bridge"


def test_logo_h1_sharing_no_word_with_metadata_gives_way() -> None:
    doc = _page(
        '<meta property="og:title" content="Nintendo launches its first phone game">',
        "<h1>portal back to portal home</h1><p>Text.</p>",
    )
    hit = extract_headline(doc)
    assert hit is not None
    assert hit.value == "Nintendo launches its first phone game"
    assert hit.source.strategy is Strategy.META


def test_headline_and_standfirst_share_one_choice_per_page() -> None:
    from newsparse.extract.headline import headline_node
    from newsparse.extract.standfirst import extract_standfirst

    doc = Document(
        "<html><head><title>Rain due - Site</title><meta property='og:site_name' "
        "content='Site'></head><body><h1>Rain due</h1><p class='dek'>Wet week ahead for "
        "everyone</p></body></html>"
    )
    hit = extract_headline(doc, ("Site",))
    assert hit is not None and hit.value == "Rain due"
    node = headline_node(doc)  # same names as a set: reused, the same element
    assert node is not None and node.text() == "Rain due"
    assert headline_node(doc) is node
    choices = [key for key in vars(doc)["_extract_memo"] if isinstance(key, tuple)]
    assert choices == [("headline", frozenset({"Site"}))]
    assert extract_standfirst(doc) is not None
    assert [key for key in vars(doc)["_extract_memo"] if isinstance(key, tuple)] == choices


def test_translator_popup_h1_is_not_the_headline() -> None:
    # Google's website translator appends a popup with its own <h1> to the page.
    doc = _page(
        "<title>Thin keyboard with a lighter touch comes in six models</title>",
        "<div><p>Six new keyboards go on sale next month.</p></div>"
        '<div id="goog-gt-tt" class="skiptranslate"><div class="top">'
        '<h1 class="title gray">Original text</h1></div></div>',
    )
    hit = extract_headline(doc)
    assert hit is not None
    assert hit.value == "Thin keyboard with a lighter touch comes in six models"
