"""Publisher rule sets: selectors, transforms, absent fields, fallback, versions, provenance."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import newsparse
from newsparse import Author, BlockKind, RuleError, Strategy
from newsparse._document import Document
from newsparse.rules import (
    Body,
    Field,
    Join,
    Match,
    ParseDate,
    RuleSet,
    RuleVersions,
    Select,
    Split,
    StripPrefix,
    StripSuffix,
    split_authors,
)

PAGE = """<html lang="en"><head>
<title>Generic title | Example Times</title>
<meta property="og:title" content="Meta headline">
<meta property="og:site_name" content="Example Times">
<meta name="keywords" content="alpha, beta">
<link rel="canonical" href="https://www.example.com/story/1">
</head><body>
<h1 class="kicker-free">Meta headline</h1>
<h2 class="headline"><span>Rule</span> <span>headline</span></h2>
<div class="byline">By Jane Doe and John Roe in Kyiv</div>
<ul class="authors"><li><a href="/jane">Jane Doe</a></li><li><a href="/john">John Roe</a></li>
  <li><a href="/x"></a></li></ul>
<span class="stamp">Updated: 10.09.2025, 17:45 Uhr</span>
<time class="pub" datetime="2025-09-10T15:45:00Z">Sept 10</time>
<p class="credit-line">Reuters</p>
<div class="story">
  <p>KYIV (Reuters) — The first paragraph of the story is long enough to count as text.</p>
  <div class="ad"><p>Buy our product now, it is a very fine product indeed, really.</p></div>
  <h3>A subheading</h3>
  <p>The second paragraph, <span class="promo">READ MORE</span>with an inline promo.</p>
  <blockquote><p>A quoted passage that the rule marks as a quote block.</p></blockquote>
  <figure><img src="/img/a.jpg"><figcaption>Soldiers at the front (Photo: Reuters)</figcaption>
  </figure>
  <ul><li>A list item in the story body.</li></ul>
</div>
<div class="story"><p>A third paragraph, in a second story container further down.</p></div>
</body></html>"""

URL = "https://www.example.com/story/1"


def rules(**fields: object) -> RuleSet:
    return RuleSet(publisher="Example Times", domains=("example.com",), **fields)


def parse(rule_set: RuleSet | RuleVersions, **kwargs: object) -> newsparse.Article:
    return newsparse.parse(PAGE, URL, rules=rule_set, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- selectors


def test_text_selector_reads_inline_markup_joined() -> None:
    article = parse(rules(headline=Field(Select("h2.headline"))))
    assert article.headline == "Rule headline"
    source = article.provenance.headline
    assert source is not None
    assert source.strategy is Strategy.RULE
    assert source.detail == "css 'h2.headline'"
    assert (source.rule_set, source.rule_version) == ("Example Times", "current")


def test_first_selector_with_a_value_wins() -> None:
    field = Field(Select("h4.missing"), Select("h2.headline"), Select("h1"))
    article = parse(rules(headline=field))
    assert article.headline == "Rule headline"
    assert article.provenance.headline is not None
    assert article.provenance.headline.detail == "css 'h2.headline'"


def test_attribute_is_read_instead_of_text() -> None:
    field = Field(Select("time.pub", attr="datetime"))
    article = parse(rules(published=field))
    assert article.published == datetime(2025, 9, 10, 15, 45, tzinfo=UTC)
    assert article.provenance.published is not None
    assert article.provenance.published.detail == "css 'time.pub' @datetime"


def test_many_reads_every_match_and_skips_empty_ones() -> None:
    article = parse(rules(authors=Field(Select(".authors a", many=True))))
    assert [a.name for a in article.authors] == ["Jane Doe", "John Roe"]


def test_without_many_only_the_first_non_empty_match_counts() -> None:
    article = parse(rules(authors=Field(Select(".authors a"))))
    assert article.authors == (Author(name="Jane Doe"),)


def test_empty_first_match_is_skipped_for_the_next_one() -> None:
    page = "<html><body><h1 class=t></h1><h1 class=t>Second</h1><p>x</p></body></html>"
    article = newsparse.parse(page, rules=rules(headline=Field(Select("h1.t"))))
    assert article.headline == "Second"


# ---------------------------------------------------------------- transforms


def test_split_authors_reads_a_printed_byline() -> None:
    article = parse(rules(authors=Field(Select(".byline"), then=(split_authors,))))
    assert [a.name for a in article.authors] == ["Jane Doe", "John Roe"]
    assert article.provenance.authors is not None
    assert article.provenance.authors.detail == "css '.byline' then split_authors"


def test_byline_rule_gives_the_place_for_the_dateline_fallback() -> None:
    article = parse(rules(byline=Field(Select(".byline")), body=Body(paragraphs=".story > h3")))
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe and John Roe in Kyiv"
    assert article.dateline is not None
    assert article.dateline.place == "Kyiv"


@pytest.mark.parametrize(
    ("transform", "texts", "expected"),
    [
        (StripPrefix(prefix="by "), ("By Jane", "Jane"), ("Jane", "Jane")),
        (StripSuffix(suffix=" | Example"), ("Title | Example",), ("Title",)),
        (Match(pattern=r"Updated: (?P<value>.+)"), ("Updated: today", "other"), ("today",)),
        (Match(pattern=r"\d+"), ("page 12 of 20",), ("12",)),
        (Join(separator=": "), ("Kicker", "Head"), ("Kicker: Head",)),
        (Join(), (), ()),
        (Split(separator=";"), ("a; b",), ("a", "b")),
        (ParseDate(), ("2024-03-05T10:00:00+01:00", "nonsense"), ("2024-03-05T10:00:00+01:00",)),
        (
            ParseDate(format="%d.%m.%Y, %H:%M Uhr", timezone="Europe/Berlin"),
            ("10.01.2025, 08:15 Uhr", "10.01.2025"),
            ("2025-01-10T08:15:00+01:00",),
        ),
    ],
)
def test_transforms(transform: object, texts: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert transform.apply(texts) == expected  # type: ignore[attr-defined]


def test_date_format_and_timezone_from_a_printed_stamp() -> None:
    field = Field(
        Select(".stamp"),
        then=(
            StripPrefix(prefix="Updated: "),
            ParseDate(format="%d.%m.%Y, %H:%M Uhr", timezone="Europe/Berlin"),
        ),
    )
    article = parse(rules(modified=field))
    assert article.modified is not None
    assert article.modified.isoformat() == "2025-09-10T17:45:00+02:00"


def test_transform_that_drops_everything_counts_as_not_found() -> None:
    field = Field(Select(".stamp"), then=(ParseDate(format="%Y"),))
    article = parse(rules(modified=field))
    source = article.provenance.modified
    assert article.modified is None or (source is not None and "fallback" in source.detail)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ParseDate(timezone="Mars/Olympus"), "unknown timezone"),
        (lambda: ParseDate(format="dd.mm.yyyy"), "no strptime code"),
        (lambda: Match(pattern="(unclosed"), "invalid regular expression"),
        (lambda: StripPrefix(prefix=""), "at least 1 character"),
    ],
)
def test_bad_transform_arguments_are_refused(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


# ---------------------------------------------------------------- absent, fallback, functions


def test_absent_field_is_none_and_not_guessed() -> None:
    generic = newsparse.parse(PAGE, URL, rules=None)
    assert generic.tags  # the generic extractor would find some
    article = parse(rules(tags=Field.absent(), standfirst=Field.absent()))
    assert article.tags == ()
    assert article.provenance.tags is None


def test_absent_credit_leaves_the_body_alone() -> None:
    page = (
        "<html><body><article><p>The first paragraph of this story is long enough, yes.</p>"
        "<p>The last paragraph ends with a syndication credit in brackets. (© Reuters)</p>"
        "</article></body></html>"
    )
    generic = newsparse.parse(page, rules=None)
    assert generic.credit is not None
    article = newsparse.parse(page, rules=rules(credit=Field.absent()))
    assert article.credit is None
    assert article.paragraphs[-1].endswith("(© Reuters)")


def test_selector_that_finds_nothing_falls_back_to_generic_and_says_so() -> None:
    article = parse(rules(headline=Field(Select("h1.not-there"))))
    generic = newsparse.parse(PAGE, URL, rules=None)
    assert article.headline == generic.headline
    source = article.provenance.headline
    assert source is not None
    assert source.rule_set == "Example Times"
    assert source.detail.startswith("fallback: generic ")
    assert "h1.not-there" in source.detail
    assert generic.provenance.headline is not None
    assert source.strategy is generic.provenance.headline.strategy


def test_omitted_field_is_generic_but_provenance_names_the_rule_set() -> None:
    article = parse(rules(headline=Field(Select("h2.headline"))))
    assert article.url == URL
    source = article.provenance.url
    assert source is not None
    assert source.rule_set == "Example Times"
    assert source.strategy is Strategy.META
    assert source.detail.endswith("(no rule)")


def test_function_escape_hatch() -> None:
    def headline(doc: Document) -> str | None:
        node = doc.tree.css_first("h2.headline")
        return "-".join(s.text() for s in node.css("span")) if node is not None else None

    article = parse(rules(headline=headline))
    assert article.headline == "Rule-headline"
    assert article.provenance.headline is not None
    assert "function" in article.provenance.headline.detail


def test_function_returning_typed_value_and_none() -> None:
    when = datetime(2020, 1, 2, tzinfo=UTC)
    article = parse(rules(published=lambda doc: when, headline=lambda doc: None))
    assert article.published == when
    assert article.provenance.headline is not None
    assert article.provenance.headline.detail.startswith("fallback: generic")


def test_function_returning_the_wrong_type_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match=r"'Example Times', field 'published'.*returned int"):
        parse(rules(published=lambda doc: 42))


# ---------------------------------------------------------------- body


def test_body_rule_reads_blocks_in_order_with_kinds_and_cleaning() -> None:
    body = Body(
        container="div.story",
        paragraphs="p",
        headings="h3",
        quotes="blockquote",
        list_items="li",
        clean=(".ad", ".promo"),
        captions="figcaption",
    )
    article = parse(rules(body=body))
    assert [(b.kind, b.text[:20]) for b in article.body] == [
        (BlockKind.PARAGRAPH, "KYIV (Reuters) — The"),
        (BlockKind.HEADING, "A subheading"),
        (BlockKind.PARAGRAPH, "The second paragraph"),
        (BlockKind.QUOTE, "A quoted passage tha"),
        (BlockKind.LIST_ITEM, "A list item in the s"),
        (BlockKind.PARAGRAPH, "A third paragraph, i"),
    ]
    assert "READ MORE" not in article.text
    assert "Buy our product" not in article.text
    assert [(i.url, i.caption) for i in article.images] == [
        ("https://www.example.com/img/a.jpg", "Soldiers at the front")
    ]
    assert "Reuters" in (article.images[0].credit or "")
    assert article.provenance.images is not None
    assert article.provenance.images.strategy is Strategy.RULE
    # The rule reads the page; the page's tree is not changed by cleaning.
    assert article.dateline is not None
    assert article.dateline.agency == "Reuters"


def test_body_rule_does_not_modify_the_page() -> None:
    doc = Document(PAGE, URL)
    before = doc.tree.html
    from newsparse.extract.article import extract_article

    extract_article(doc, rules(body=Body(container=".story", paragraphs="p", clean=(".ad",))))
    assert doc.tree.html == before


def test_body_rule_without_matches_falls_back() -> None:
    article = parse(rules(body=Body(container="main.nothing", paragraphs="p")))
    assert article.body
    source = article.provenance.body
    assert source is not None
    assert source.detail.startswith("fallback: generic")


def test_body_function_escape_hatch() -> None:
    article = parse(rules(body=lambda doc: ["One paragraph.", "  ", "Two paragraphs."]))
    assert article.paragraphs == ("One paragraph.", "Two paragraphs.")


# ---------------------------------------------------------------- versions


CURRENT = rules(headline=Field(Select("h2.headline")))
OLDER = CURRENT.evolve(valid_until=date(2024, 10, 14), headline=Field(Select("h1")))
OLDEST = CURRENT.evolve(valid_until=date(2023, 1, 1), headline=Field(Select("title")))
VERSIONS = RuleVersions(CURRENT, OLDER, OLDEST)


@pytest.mark.parametrize(
    ("as_of", "headline", "version"),
    [
        (None, "Rule headline", "current"),
        (date(2025, 1, 1), "Rule headline", "current"),
        (date(2024, 10, 14), "Meta headline", "2024-10-14"),
        (datetime(2024, 5, 1, 12, 0), "Meta headline", "2024-10-14"),
        (date(2022, 6, 1), "Generic title | Example Times", "2023-01-01"),
    ],
)
def test_as_of_picks_the_version(as_of: date | None, headline: str, version: str) -> None:
    article = parse(VERSIONS, as_of=as_of)
    assert article.headline == headline
    assert article.provenance.headline is not None
    assert article.provenance.headline.rule_version == version


def test_evolve_restates_only_what_changed() -> None:
    assert OLDER.domains == CURRENT.domains
    assert OLDER.publisher == CURRENT.publisher
    assert OLDER.valid_until == date(2024, 10, 14)
    assert CURRENT.valid_until is None
    with pytest.raises(RuleError, match="unknown fields"):
        CURRENT.evolve(valid_until=date(2024, 1, 1), headlin=None)


def test_all_dated_versions_use_the_latest_after_the_last_date() -> None:
    versions = RuleVersions(OLDER, OLDEST)
    assert versions.pick(date(2030, 1, 1)) is OLDER
    assert versions.pick(None) is OLDER


def test_two_versions_with_one_date_are_ambiguous() -> None:
    twin = CURRENT.evolve(valid_until=date(2024, 10, 14), headline=Field(Select("h3")))
    with pytest.raises(RuleError, match=r"'Example Times'.*2024-10-14.*ambiguous"):
        RuleVersions(CURRENT, OLDER, twin)
    with pytest.raises(RuleError, match="ambiguous"):
        RuleVersions(CURRENT, CURRENT)


def test_versions_of_different_publishers_are_refused() -> None:
    other = RuleSet(publisher="Other", domains=("other.org",))
    with pytest.raises(RuleError, match="different publishers"):
        RuleVersions(CURRENT, other.evolve(valid_until=date(2020, 1, 1)))


# ---------------------------------------------------------------- validation in Python


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Select("p["), r"Select\('p\['\): field css: invalid CSS selector"),
        (Field, "needs at least one Select"),
        (lambda: Body(paragraphs="div >"), "field paragraphs: invalid CSS selector"),
        (lambda: rules(headlin=Field(Select("h1"))), "did you mean 'headline'"),
        (lambda: rules(headline="h1"), "field headline: expected a Field"),
        (lambda: RuleSet(publisher="X", domains=("https://x.com/",)), "not a domain name"),
        (lambda: rules(body=Field(Select("p"))), "field body"),
    ],
)
def test_malformed_rules_raise_rule_error_naming_the_problem(make: object, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        make()  # type: ignore[operator]


def test_rule_set_error_names_the_rule_set() -> None:
    with pytest.raises(RuleError, match="rule set 'Example Times'"):
        rules(headline=42)


def test_rule_sets_are_frozen_and_compare_by_value() -> None:
    assert rules(headline=Field(Select("h1"))) == rules(headline=Field(Select("h1")))
    with pytest.raises(ValueError, match="frozen"):
        CURRENT.publisher = "Other"  # type: ignore[misc]


def test_css_check_verdicts_are_stable_across_repeats() -> None:
    from newsparse.rules._css import check_css

    for _ in range(2):  # the second round answers from the remembered verdicts
        assert check_css("  div.a > p ") == "div.a > p"
        with pytest.raises(ValueError, match="invalid CSS selector 'a\\['"):
            check_css("a[")
        assert check_css("h1") == "h1"  # a failed check leaves the probe usable
