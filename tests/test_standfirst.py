"""Standfirst: the dek a reader sees under the headline, never an unseen meta description."""

from __future__ import annotations

import pytest

from newsparse._document import Document
from newsparse.extract.headline import extract_headline
from newsparse.extract.standfirst import extract_standfirst

DESC = "The council voted on Tuesday to build a second bridge over the river by 2030."
OTHER = "A short summary for search engines that the page never shows to its readers."


def _page(head: str, body: str) -> Document:
    return Document(
        f"<html><head>{head}</head><body>{body}</body></html>", "https://example.org/a/1"
    )


@pytest.mark.parametrize(
    "dek",
    [
        f'<p class="standfirst">{DESC}</p>',
        f'<h2 class="article__dek">{DESC}</h2>',
        f'<div class="c-article-summary"><p>{DESC}</p></div>',
        f'<p class="ArticleLeadText_root__x1">{DESC}</p>',
        f'<p itemprop="description">{DESC}</p>',
        f'<div class="intro"><span class="location">Berlin.</span> {DESC}</div>',
    ],
)
def test_dek_element_shown_under_headline(dek: str) -> None:
    doc = _page(
        f'<meta name="description" content="{DESC}">',
        f"<article><header><h1>Council backs bridge</h1>{dek}</header><p>Body.</p></article>",
    )
    hit = extract_standfirst(doc)
    assert hit is not None
    assert hit.value.endswith(DESC)


def test_dek_without_any_description() -> None:
    doc = _page(
        "",
        "<article><header><h1>Council backs bridge</h1>"
        f'<h2 class="subheadline">{DESC}</h2></header><p>Body text here.</p></article>',
    )
    hit = extract_standfirst(doc)
    assert hit is not None and hit.value == DESC


def test_bold_first_paragraph_equal_to_description_is_a_lead() -> None:
    doc = _page(
        f'<meta property="og:description" content="{DESC}">',
        f"<h1>Council backs bridge</h1><div class='text'><p><strong>{DESC}</strong></p>"
        "<p>The vote was close.</p></div>",
    )
    hit = extract_standfirst(doc)
    assert hit is not None and hit.value == DESC


def test_plain_first_paragraph_is_not_a_standfirst() -> None:
    doc = _page(
        f'<meta property="og:description" content="{DESC}">',
        f"<h1>Council backs bridge</h1><div class='text'><p>{DESC}</p>"
        "<p>The vote was close.</p></div>",
    )
    assert extract_standfirst(doc) is None


def test_meta_description_not_shown_is_never_returned() -> None:
    doc = _page(
        f'<meta name="description" content="{OTHER}">',
        "<article><h1>Council backs bridge</h1><p>The vote was close.</p></article>",
    )
    assert extract_standfirst(doc) is None


@pytest.mark.parametrize(
    "junk",
    [
        f'<div class="lead-image"><img src="x.jpg"><span>{DESC}</span></div>',
        '<div class="newsletter-intro">Get the best stories in your inbox every day.</div>',
        '<p class="subtitle">By Jane Doe <time>5 March 2024</time> and more words</p>',
        f'<a class="teaser" href="/other"><p class="teaser-text">{OTHER}</p></a>',
    ],
)
def test_furniture_with_dek_words_is_not_a_standfirst(junk: str) -> None:
    doc = _page(
        f'<meta name="description" content="{OTHER}">',
        f"<article><header><h1>Council backs bridge</h1>{junk}</header>"
        "<p>The vote was close.</p></article>",
    )
    assert extract_standfirst(doc) is None


def test_kicker_span_inside_headline_is_not_a_dek() -> None:
    doc = _page(
        "",
        '<h1><span class="reader__subline">Bridge vote</span> Council backs bridge plan</h1>'
        "<p>Body.</p>",
    )
    assert extract_standfirst(doc) is None


def test_date_line_in_dek_class_is_not_a_standfirst() -> None:
    doc = _page(
        "",
        "<article><header><h1>Council backs bridge</h1>"
        '<div class="subtitle-box"><div class="font-description">LifestylePublished Oct 19, 2022'
        "</div></div></header><p>Body text here.</p></article>",
    )
    assert extract_standfirst(doc) is None


def test_lead_edited_at_the_end_still_matches_the_description() -> None:
    lead = DESC[:-1] + ", the mayor said on Tuesday evening."
    doc = _page(
        f'<meta name="description" content="{DESC}">',
        f"<h1>Council backs bridge</h1><div class='body'><p class='font-medium'>{lead}</p>"
        "<p>The vote was close.</p></div>",
    )
    hit = extract_standfirst(doc)
    assert hit is not None and hit.value == lead


def test_short_bold_heading_sharing_the_description_start_is_not_a_lead() -> None:
    doc = _page(
        f'<meta name="description" content="{DESC}">',
        "<h1>Council backs bridge</h1><div class='body'><p>Intro text.</p>"
        "<p><strong>The council voted on Tuesday</strong></p><p>More text.</p></div>",
    )
    assert extract_standfirst(doc) is None


def test_headline_element_shared_with_the_headline_extractor() -> None:
    doc = _page(
        f'<meta name="description" content="{DESC}">',
        f'<article><header><h1>Council backs bridge</h1><p class="standfirst">{DESC}</p>'
        "</header><p>Body.</p></article>",
    )
    assert extract_headline(doc, ("The Gazette",)) is not None
    # Given the names the headline was found with, the headline element is reused.
    hit = extract_standfirst(doc, ("The Gazette",))
    assert hit is not None
    assert hit.value == DESC
    assert extract_standfirst(doc) == hit
