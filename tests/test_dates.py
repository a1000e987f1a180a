"""Publication / modification dates: string parsing and the page-level extractor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsparse._dates import find_dates, has_time, parse_date, read_date
from newsparse._document import Document
from newsparse.extract.dates import extract_modified, extract_published

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))


# ------------------------------------------------------------------ whole values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05T14:30:00+01:00", datetime(2024, 3, 5, 14, 30, tzinfo=CET)),
        ("2024-03-05T14:30:00Z", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("2024-03-05T13:30:00.123Z", datetime(2024, 3, 5, 13, 30, 0, 123000, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 5)),
        ("2016-11-28 16:23:00 -0500", datetime(2016, 11, 28, 16, 23, tzinfo=EST)),
        ("2024-04-25 04:21:02.000000-0400", datetime(2024, 4, 25, 4, 21, 2, tzinfo=EDT)),
        ("Tue, 07 Apr 2020 07:36:07 +0530", datetime(2020, 4, 7, 7, 36, 7, tzinfo=IST)),
        ("Thursday, December 22, 2016, 06:47 PM", datetime(2016, 12, 22, 18, 47)),
        ("Mon Aug 03 12:45:00 EDT 2015", datetime(2015, 8, 3, 12, 45, tzinfo=EDT)),
        ("1709649000", datetime(2024, 3, 5, 14, 30, tzinfo=UTC)),
        ("5. März 2024, 14:30 Uhr", datetime(2024, 3, 5, 14, 30)),
        ("5 mars 2024 à 15h30", datetime(2024, 3, 5, 15, 30)),
        ("5 de marzo de 2024", datetime(2024, 3, 5)),
        ("5 marzo 2024 alle 09:10", datetime(2024, 3, 5, 9, 10)),
        ("5 maart 2024 om 10:15", datetime(2024, 3, 5, 10, 15)),
        ("5 de março de 2024", datetime(2024, 3, 5)),
        ("5 marca 2024 o godz. 14:30", datetime(2024, 3, 5, 14, 30)),
        ("5. března 2024 14.30", datetime(2024, 3, 5, 14, 30)),
        ("5 mars 2024 kl. 08.15", datetime(2024, 3, 5, 8, 15)),
        ("5. marts 2024", datetime(2024, 3, 5)),
        ("5 Mart 2024 12:00", datetime(2024, 3, 5, 12, 0)),
        ("2024年3月5日 14:30", datetime(2024, 3, 5, 14, 30)),
        ("2024년 3월 5일 오후 2:30", datetime(2024, 3, 5, 14, 30)),
        ("2024.03.05 14:30", datetime(2024, 3, 5, 14, 30)),
        ("05.03.2024", datetime(2024, 3, 5)),
        ("28/11/2016", datetime(2016, 11, 28)),
        ("11/28/2016 04:23 pm ET", datetime(2016, 11, 28, 16, 23, tzinfo=EST)),
        ("July 4, 2019 4:23 pm ET", datetime(2019, 7, 4, 16, 23, tzinfo=EDT)),
        ("Oct 9, 2019, 11:05 IST", datetime(2019, 10, 9, 11, 5, tzinfo=IST)),
        ("Dec. 22, 2016, 6:47 p.m.", datetime(2016, 12, 22, 18, 47)),
        ("March 5, 2024 12:05 am", datetime(2024, 3, 5, 0, 5)),
        ("10:19 AM IST, 07 Apr 2020", datetime(2020, 4, 7, 10, 19, tzinfo=IST)),
        ("14:30 - 5 March 2024", datetime(2024, 3, 5, 14, 30)),  # a dash, not "-05:00"
        ("5 March 2024 14:30 GMT+1", datetime(2024, 3, 5, 14, 30, tzinfo=CET)),
        ("5 March 2024 14:30 (CET)", datetime(2024, 3, 5, 14, 30, tzinfo=CET)),
    ],
)
def test_parse_date_values(text: str, expected: datetime) -> None:
    value = parse_date(text)
    assert value == expected
    assert value is not None
    assert value.utcoffset() == expected.utcoffset()  # the page's own offset is kept


@pytest.mark.parametrize(
    "text",
    [
        "",
        "March 5",  # no year: dateutil would invent one
        "2024",
        "12:30",
        "2 hours ago",
        "vor 3 Stunden",
        "03/05/2024",  # March 5 or 3 May: the page does not say
        "31.02.2024",
        "13/13/2024",
        "5 Foo 2024",
        "1970-01-01T00:00:00Z",
        "2099-01-01T00:00:00Z",
        "Monday",
        "06.01.2026, Lesezeit 5 Min.",  # more than a date
        "2016-12-22148243245100018:47:31",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_future_within_slack_and_beyond() -> None:
    soon = (datetime.now(UTC) + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    later = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert parse_date(soon) is not None
    assert parse_date(later) is None


@pytest.mark.parametrize(
    ("month_first", "expected"),
    [(True, datetime(2024, 3, 5)), (False, datetime(2024, 5, 3)), (None, None)],
)
def test_ambiguous_numeric_needs_order(month_first: bool | None, expected: datetime) -> None:
    assert parse_date("03/05/2024", month_first=month_first) == expected


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("2024-03-05T00:00:00+01:00", True),
        ("2024-03-05", False),
        ("5. März 2024", False),
        ("5. März 2024 um 0:15", True),
        ("not a date", False),
    ],
)
def test_has_time(text: str, timed: bool) -> None:
    assert has_time(text) is timed


def test_read_date_reports_span_and_time() -> None:
    reading = read_date("Dec. 22, 2016, 6:47 p.m. ET")
    assert reading is not None
    assert reading.has_time
    assert reading.value == datetime(2016, 12, 22, 18, 47, tzinfo=EST)


def test_find_dates_in_a_line() -> None:
    found = find_dates("Published 5 March 2024, 09:00 · Updated 6 March 2024, 10:30")
    assert [r.value for r in found] == [datetime(2024, 3, 5, 9, 0), datetime(2024, 3, 6, 10, 30)]
    # An update label between a date and a time keeps the time off the first date.
    found = find_dates("5 March 2024 Updated 10:30")
    assert [(r.value, r.has_time) for r in found] == [(datetime(2024, 3, 5), False)]


# ------------------------------------------------------------------ extraction


def _page(head: str = "", body: str = "", lang: str = "en") -> Document:
    return Document(
        f'<html lang="{lang}"><head><title>Big storm hits the coast | Site</title>{head}'
        f"</head><body>{body}</body></html>"
    )


def _ld(**fields: str) -> str:
    items = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
    return (
        '<script type="application/ld+json">'
        f'{{"@context": "https://schema.org", "@type": "NewsArticle", {items}}}</script>'
    )


HEADLINE = "<h1>Big storm hits the coast</h1>"


def _published(doc: Document) -> datetime | None:
    hit = extract_published(doc)
    return hit.value if hit is not None else None


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # JSON-LD with an offset beats a meta tag in UTC.
        (
            _ld(datePublished="2024-03-05T14:30:00+01:00")
            + '<meta property="article:published_time" content="2024-03-05T13:30:00Z">',
            HEADLINE,
            datetime(2024, 3, 5, 14, 30, tzinfo=CET),
        ),
        # A UTC instant takes the local offset the header prints for the same instant.
        (
            _ld(datePublished="2024-04-25T08:21:02Z"),
            f'<header>{HEADLINE}<div class="byline">By Jo <time datetime='
            '"2024-04-25T04:21:02-04:00">April 25, 2024</time></div></header>',
            datetime(2024, 4, 25, 4, 21, 2, tzinfo=EDT),
        ),
        # A UTC instant and a local wall time of the same moment give the local offset.
        (
            '<meta property="article:published_time" content="2024-03-05T13:30:00Z">'
            '<meta name="sailthru.date" content="2024-03-05 14:30:00">',
            HEADLINE,
            datetime(2024, 3, 5, 14, 30, tzinfo=CET),
        ),
        # A wall time without offset takes the offset printed with the same wall time.
        (
            '<meta name="publish-date" content="2024-03-05 14:30">',
            f'<div>{HEADLINE}<time datetime="2024-03-05T14:30:00+01:00">5 Mar</time></div>',
            datetime(2024, 3, 5, 14, 30, tzinfo=CET),
        ),
        # A date-only value gains the time printed for the same day.
        (
            _ld(datePublished="2024-03-05"),
            f'<div>{HEADLINE}<p class="date">5 March 2024, 09:12</p></div>',
            datetime(2024, 3, 5, 9, 12),
        ),
        # ...but not the time of another day.
        (
            _ld(datePublished="2024-03-05"),
            f'<div>{HEADLINE}<p class="date">6 March 2024, 09:12</p></div>',
            datetime(2024, 3, 5),
        ),
        # The article's @graph WebPage date when the article node has none.
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "NewsArticle", "headline": "Big storm"},'
            '{"@type": "WebPage", "datePublished": "2024-03-05T10:00:00+01:00"}]}</script>',
            HEADLINE,
            datetime(2024, 3, 5, 10, 0, tzinfo=CET),
        ),
        # Meta tags written with "value" instead of "content".
        (
            '<meta value="2016-12-21T16:31:34+00:00" name="article:published_time">',
            HEADLINE,
            datetime(2016, 12, 21, 16, 31, 34, tzinfo=UTC),
        ),
        # A future date in metadata is rejected; the printed date stands.
        (
            '<meta property="article:published_time" content="2099-03-05T10:00:00Z">',
            f'<div>{HEADLINE}<span class="date">5 March 2024</span></div>',
            datetime(2024, 3, 5),
        ),
    ],
)
def test_published_from_metadata(head: str, body: str, expected: datetime) -> None:
    value = _published(_page(head, body))
    assert value == expected
    assert value is not None
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            f'<div class="head">{HEADLINE}<ul><li class="info date-full">'
            "Veröffentlicht am 13. Mai 2026 um 15:44</li></ul></div>",
            "de",
            datetime(2026, 5, 13, 15, 44),
        ),
        (
            f'<article><header>{HEADLINE}<p class="byline">By Jane Doe</p>'
            '<p class="byline-date">December 19, 2016 | 7:08pm</p></header></article>',
            "en",
            datetime(2016, 12, 19, 19, 8),
        ),
        (
            f"<div><div>This story is from October 9, 2019</div>{HEADLINE}</div>",
            "en",
            datetime(2019, 10, 9),
        ),
        (
            f'<div>{HEADLINE}<p class="stand"><span>Stand: </span>22.04.2024, 06:00 Uhr</p></div>',
            "de",
            datetime(2024, 4, 22, 6, 0),
        ),
        (
            f'<div>{HEADLINE}<div class="meta"><span class="date">2024年3月5日 14:30</span>'
            "</div></div>",
            "ja",
            datetime(2024, 3, 5, 14, 30),
        ),
        (
            f'<div>{HEADLINE}<div class="timestamp"><span class="timestamp__date--published">'
            "11/28/2016 04:23 pm ET</span></div></div>",
            "en-US",
            datetime(2016, 11, 28, 16, 23, tzinfo=EST),
        ),
        # Published and updated in one line: the published one.
        (
            f'<div>{HEADLINE}<p class="dateline">Updated: 6 March 2024 · '
            "Published: 5 March 2024</p></div>",
            "en",
            datetime(2024, 3, 5),
        ),
        # A rendered-by-script date keeps the machine-readable value of its element.
        (
            f'<div>{HEADLINE}<div class="author"><span class="date smart-date" '
            'data-origindate="2017-03-01 14:27:02 +0800"></span><span class="date">'
            "2017-03-01 14:27:02</span></div></div>",
            "zh",
            datetime(2017, 3, 1, 14, 27, 2, tzinfo=timezone(timedelta(hours=8))),
        ),
    ],
)
def test_published_printed_in_header(body: str, lang: str, expected: datetime) -> None:
    value = _published(_page(body=body, lang=lang))
    assert value == expected
    assert value is not None
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "body",
    [
        # Only an update time is printed.
        f'<div>{HEADLINE}<p class="date">Updated: Oct 9, 2019, 11:05 IST</p></div>',
        f'<div>{HEADLINE}<p class="date">Aktualisiert am 5. März 2024</p></div>',
        # Relative dates are never guessed.
        f'<div>{HEADLINE}<span class="date">2 hours ago</span></div>',
        # Related stories' dates in a rail.
        f'<div>{HEADLINE}<aside class="related"><time datetime="2024-03-05T10:00:00Z">'
        "5 March 2024</time></aside></div>",
        f'<div>{HEADLINE}<div class="teaser-list"><div class="teaser"><span class="date">'
        "5 March 2024</span></div></div></div>",
        # The site header's "today" line, far from the article's headline.
        '<header class="site"><div class="top"><div class="bar"><span class="date">'
        "Tuesday, 5 March 2024</span></div></div></header><main><div><div><div><div><div>"
        f"<section><div><div>{HEADLINE}</div></div></section></div></div></div></div></div></main>",
        # A photo caption beside the headline.
        f'<div>{HEADLINE}<div class="picbox"><img src="a.jpg"><p>Rescue work in Uman, '
        "28 April 2023</p></div></div>",
        # Dates in scripts other than JSON-LD.
        f'<div>{HEADLINE}</div><script>var pub = "2024-03-05T10:00:00Z";</script>',
        # No headline to anchor the header: printed dates are not read.
        '<div><span class="date">5 March 2024</span></div>',
    ],
)
def test_published_none(body: str) -> None:
    assert _published(_page(body=body)) is None


def test_updated_line_does_not_feed_inner_element() -> None:
    body = (
        f'<div>{HEADLINE}<ul class="time-info"><li>Updated<span class="time-container">'
        "20:49, 5 Aug 2024</span></li></ul></div>"
    )
    assert _published(_page(_ld(datePublished="2024-08-04T13:23:00Z"), body)) == datetime(
        2024, 8, 4, 13, 23, tzinfo=UTC
    )


def test_title_segment_date_is_last_resort() -> None:
    doc = Document(
        "<html><head><title>Storm hits the coast | DW | 28.04.2023</title></head>"
        "<body><p>Text</p></body></html>"
    )
    assert _published(doc) == datetime(2023, 4, 28)


def test_provenance_names_the_source() -> None:
    hit = extract_published(_page(_ld(datePublished="2024-03-05T14:30:00+01:00"), HEADLINE))
    assert hit is not None
    assert hit.source.detail == "json-ld datePublished"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="article:modified_time" content="2024-03-06T09:00:00+01:00">',
            datetime(2024, 3, 6, 9, 0, tzinfo=CET),
        ),
        (_ld(dateModified="2024-03-06T08:00:00Z"), datetime(2024, 3, 6, 8, 0, tzinfo=UTC)),
        ('<meta property="article:published_time" content="2024-03-06T09:00:00Z">', None),
    ],
)
def test_modified(head: str, expected: datetime | None) -> None:
    hit = extract_modified(_page(head, HEADLINE))
    assert (hit.value if hit else None) == expected


def test_microdata_of_a_related_story_is_not_taken() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        f'{HEADLINE}<time itemprop="datePublished" datetime="2024-03-05T10:00:00+01:00">'
        "5 March</time></div>"
        '<div itemscope itemtype="https://schema.org/NewsArticle"><h3>Other story</h3>'
        '<time itemprop="datePublished" datetime="2024-01-01T10:00:00+01:00">1 Jan</time></div>'
    )
    assert _published(_page(body=body)) == datetime(2024, 3, 5, 10, 0, tzinfo=CET)
    related_only = (
        f"<div>{HEADLINE}</div>"
        '<div itemscope itemtype="https://schema.org/NewsArticle"><h3>Other story</h3>'
        '<time itemprop="datePublished" datetime="2024-01-01T10:00:00+01:00">1 Jan</time></div>'
    )
    assert _published(_page(body=related_only)) is None


def test_metadata_disagreeing_on_the_day_is_settled_by_the_header() -> None:
    head = _ld(datePublished="2024-03-01T10:00:00+01:00") + (
        '<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">'
    )
    body = f'<div>{HEADLINE}<p class="date">5 March 2024</p></div>'
    assert _published(_page(head, body)) == datetime(2024, 3, 5, 9, 0, tzinfo=CET)
    # Without a printed date the stronger source stands.
    assert _published(_page(head, HEADLINE)) == datetime(2024, 3, 1, 10, 0, tzinfo=CET)


def test_fact_check_page_date() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "ClaimReview", "datePublished": "2026-05-13 15:44"}</script>'
    )
    assert _published(_page(head, HEADLINE)) == datetime(2026, 5, 13, 15, 44)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en-US", datetime(2024, 3, 5)), ("en-GB", datetime(2024, 5, 3)), ("en", None)],
)
def test_numeric_order_follows_page_language(lang: str, expected: datetime | None) -> None:
    body = f'<div>{HEADLINE}<span class="date">03/05/2024</span></div>'
    assert _published(_page(body=body, lang=lang)) == expected


def test_logo_headline_does_not_anchor_the_today_line() -> None:
    doc = Document(
        "<html><head><title>Big storm hits the coast | Daily Planet</title></head><body>"
        '<header><h1 class="logo">Daily Planet</h1><span class="date">Tuesday, 5 March 2024'
        "</span></header><main><h2>Big storm hits the coast</h2><p>Text</p></main></body></html>"
    )
    assert _published(doc) is None


def test_today_line_before_the_headline_in_the_wide_block() -> None:
    body = (
        '<div id="page"><header class="site-header"><div class="date">Tuesday, 5 March 2024'
        '</div></header><div class="content"><article><h1>Big storm hits the coast</h1>'
        "<p>Text of the story.</p></article></div></div>"
    )
    assert _published(_page(body=body)) is None
    after = body.replace(
        "<p>Text of the story.</p>",
        '<p>Text.</p><div class="x"><div><span class="date">4 March 2024</span></div></div>',
    )
    assert _published(_page(body=after)) == datetime(2024, 3, 4)


def test_today_line_in_the_block_before_the_article() -> None:
    body = (
        '<div id="page"><div class="top"><span>Tuesday, 5 March 2024</span></div>'
        "<article><h1>Big storm hits the coast</h1><p>Text of the story.</p></article></div>"
    )
    assert _published(_page(body=body)) is None


def test_date_line_above_the_title_block_inside_the_article() -> None:
    body = (
        '<article class="article-block"><div class="kicker">Opinion 2024.03.31 19:59</div>'
        '<div class="title-block"><h1>Big storm hits the coast</h1></div><p>Text.</p></article>'
    )
    assert _published(_page(body=body)) == datetime(2024, 3, 31, 19, 59)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # hAtom marks the one date "published updated": a publication date.
        (
            f'<div>{HEADLINE}<span class="published updated">March 5, 2024 8:00am</span></div>',
            datetime(2024, 3, 5, 8, 0),
        ),
        # A "posted" label wins over a script hook's "update_" id.
        (
            f'<div>{HEADLINE}<span id="update_posted_time_1" class="stamp">posted on '
            "April 21, 2015, at 11:29 a.m.</span></div>",
            datetime(2015, 4, 21, 11, 29),
        ),
        # The article's own aside column and widget wrappers hold its date line.
        (
            f'<article><div class="title">{HEADLINE}</div><aside class="article__aside">'
            '<div class="article__byline">05.06.2025 um 14:46 von Anne</div></aside></article>',
            datetime(2025, 6, 5, 14, 46),
        ),
        (
            f'<div><div class="hd">{HEADLINE}</div><div class="article-header-sidebar">'
            '<div class="article-dateline container-widget-content">Publisert 05.08.2024, '
            "kl. 13.05 Oppdatert 05.08.2024, kl. 13.52</div></div></div>",
            datetime(2024, 8, 5, 13, 5),
        ),
        # A byline line with the author's portrait beside the headline.
        (
            f'<header>{HEADLINE}<div class="entry-meta"><img src="a.jpg"> By Jo Bloggs '
            "Published December 21, 2016 at 8:31am</div></header>",
            datetime(2016, 12, 21, 8, 31),
        ),
        # Published and updated at the same minute: still the publication date.
        (
            f'<div>{HEADLINE}<div class="stamps">公開日：2025/01/31 11:30 '
            "更新日：2025/01/31 11:30</div></div>",
            datetime(2025, 1, 31, 11, 30),
        ),
    ],
)
def test_published_header_variants(body: str, expected: datetime) -> None:
    assert _published(_page(body=body)) == expected


def test_repeated_headline_prefers_the_copy_in_the_article() -> None:
    head = '<meta property="article:published_time" content="2019-01-03T07:00:02Z">'
    body = (
        f'<div class="sticky">{HEADLINE}</div><article itemscope itemtype="https://schema.org/'
        f'NewsArticle">{HEADLINE}<p class="dateline"><time itemprop="datePublished" '
        'datetime="2019-01-03T02:00:02-0500">Thu 3 Jan 2019 02.00 EST</time></p></article>'
    )
    value = _published(_page(head, body))
    assert value == datetime(2019, 1, 3, 2, 0, 2, tzinfo=EST)
    assert value is not None
    assert value.utcoffset() == timedelta(hours=-5)


def test_meta_microdata_of_related_stories_is_skipped() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle"><h3>Trending</h3>'
        '<meta itemprop="datePublished" content="2024-01-01T10:00:00+01:00"></div>'
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        f'{HEADLINE}<meta itemprop="datePublished" content="2024-03-05T10:00:00+01:00">'
        "<p>Text.</p></article>"
    )
    assert _published(_page(body=body)) == datetime(2024, 3, 5, 10, 0, tzinfo=CET)
