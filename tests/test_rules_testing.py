"""newsparse.testing: checking a rule set against golden pages."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from newsparse import RuleError
from newsparse.rules import Body, Field, RuleSet, Select, split_authors
from newsparse.testing import (
    Difference,
    assert_rule_set,
    check_rule_set,
    golden_pages,
    read_page,
)

PAGE = (
    "<html><body><h1 class=t>Hello world</h1><p class=by>By Jane Doe and John Roe</p>"
    "<time datetime='2024-03-05T10:00:00+01:00'>5 March</time>"
    "<div class=s><p>First paragraph.</p><h2>Sub</h2><p>Second paragraph.</p></div>"
    "</body></html>"
)
RULES = RuleSet(
    publisher="Example",
    domains=("example.com",),
    headline=Field(Select("h1.t")),
    byline=Field(Select("p.by")),
    authors=Field(Select("p.by"), then=(split_authors,)),
    published=Field(Select("time", attr="datetime")),
    body=Body(container="div.s", paragraphs="p", headings="h2"),
    credit=Field.absent(),
)


def test_matching_page_has_no_differences() -> None:
    expected = {
        "headline": "Hello world",
        "authors": ["Jane Doe", "John Roe"],
        "byline": "By Jane Doe and John Roe",
        "published": "2024-03-05T09:00:00Z",
        "paragraphs": ["First paragraph.", "Second paragraph."],
        "body": ["First paragraph.", "Sub", "Second paragraph."],
        "credit": None,
    }
    assert check_rule_set(RULES, PAGE, expected) == ()
    assert_rule_set(RULES, PAGE, expected)


def test_differences_name_field_expected_got_and_source() -> None:
    differences = check_rule_set(
        RULES, PAGE, {"headline": "Goodbye", "published": "2024-03-06T10:00:00+01:00"}
    )
    assert [d.field for d in differences] == ["headline", "published"]
    first = differences[0]
    assert isinstance(first, Difference)
    assert (first.expected, first.got) == ("Goodbye", "Hello world")
    assert first.source is not None
    assert first.source.detail == "css 'h1.t'"
    assert "expected 'Goodbye', got 'Hello world' [css 'h1.t']" in str(first)


def test_assert_rule_set_lists_every_difference() -> None:
    with pytest.raises(AssertionError, match=r"2 field\(s\) differ:\n  headline: .*\n  authors"):
        assert_rule_set(RULES, PAGE, {"headline": "X", "authors": ["Nobody"]})


def test_unknown_expected_field_is_an_error() -> None:
    with pytest.raises(RuleError, match="unknown fields \\['headlin'\\]"):
        check_rule_set(RULES, PAGE, {"headlin": "Hello world"})


def test_golden_pages_reads_pairs_and_skips_pages_without_json(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "one.json").write_text(
        json.dumps({"url": "https://example.com/1", "as_of": "2024-03-05", "expected": {}}),
        encoding="utf-8",
    )
    (tmp_path / "two.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "two.json").write_text('{"expected": {"headline": "Hello world"}}')
    (tmp_path / "three.html").write_text(PAGE, encoding="utf-8")
    pages = golden_pages(tmp_path)
    assert [(g.page.name, g.url, g.as_of) for g in pages] == [
        ("one.html", "https://example.com/1", date(2024, 3, 5)),
        ("two.html.gz", None, None),
    ]
    assert check_rule_set(RULES, read_page(pages[1].page), pages[1].expected) == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read the expected values"),
        ('{"headline": "x"}', "expected"),
        ('{"expected": {}, "as_of": "soon"}', "as_of must be a date"),
        ('{"expected": {}, "url": 3}', "url must be a string"),
    ],
)
def test_malformed_golden_json_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.json").write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match=rf"page\.json: .*{message}"):
        golden_pages(tmp_path)
