"""Rule files (TOML / JSON): the same models and validation as Python rule sets, no code."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import newsparse
from newsparse import RuleError
from newsparse.rules import (
    Field,
    ParseDate,
    RuleSet,
    RuleVersions,
    Select,
    StripPrefix,
    load_rules,
    parse_rules,
    split_authors,
)

TOML = """
publisher = "Example Times"
domains = ["example.com"]

[headline]
select = ["h1.headline", {css = "meta[property='og:title']", attr = "content"}]

[authors]
select = [{css = ".byline", many = true}]
then = [{transform = "strip_prefix", prefix = "By "}, "split_authors"]

[published]
select = [{css = ".stamp"}]
then = [{transform = "parse_date", format = "%d.%m.%Y", timezone = "Europe/Berlin"}]

[body]
container = "div.story"
paragraphs = "p"
clean = [".ad"]

[credit]
absent = true

[[older]]
valid_until = 2024-10-14
headline = {select = ["h1.title"]}
"""

PAGE = (
    "<html><body><h1 class=headline>New</h1><h1 class=title>Old</h1>"
    "<p class=byline>By Jane Doe</p><span class=stamp>05.03.2024</span>"
    "<div class=story><p>Body text of the story, long enough to be a paragraph.</p>"
    "<p class=ad>Advert</p></div></body></html>"
)


def python_equivalent() -> RuleSet:
    return RuleSet(
        publisher="Example Times",
        domains=("example.com",),
        headline=Field(Select("h1.headline"), Select("meta[property='og:title']", attr="content")),
        authors=Field(
            Select(".byline", many=True), then=(StripPrefix(prefix="By "), split_authors)
        ),
        published=Field(
            Select(".stamp"), then=(ParseDate(format="%d.%m.%Y", timezone="Europe/Berlin"),)
        ),
        body=newsparse.rules.Body(container="div.story", paragraphs="p", clean=(".ad",)),
        credit=Field.absent(),
    )


def test_toml_file_gives_the_same_rule_set_as_python(tmp_path: Path) -> None:
    path = tmp_path / "example.toml"
    path.write_text(TOML, encoding="utf-8")
    loaded = load_rules(path)
    assert isinstance(loaded, RuleVersions)
    assert loaded.current == python_equivalent()
    older = loaded.pick(date(2024, 1, 1))
    assert older.valid_until == date(2024, 10, 14)
    assert older.headline == Field(Select("h1.title"))
    assert older.body == loaded.current.body  # restated only what changed


def test_loaded_rules_parse_a_page(tmp_path: Path) -> None:
    path = tmp_path / "example.toml"
    path.write_text(TOML, encoding="utf-8")
    rules = load_rules(path)
    article = newsparse.parse(PAGE, rules=rules)
    assert article.headline == "New"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-05T00:00:00+01:00"
    assert article.paragraphs == ("Body text of the story, long enough to be a paragraph.",)
    assert newsparse.parse(PAGE, rules=rules, as_of=date(2024, 1, 1)).headline == "Old"


def test_json_file_works_the_same(tmp_path: Path) -> None:
    data = {
        "publisher": "Example Times",
        "domains": ["example.com"],
        "headline": {"select": ["h1.headline"]},
        "credit": {"absent": True},
        "older": [{"valid_until": "2024-10-14", "headline": {"select": ["h1.title"]}}],
    }
    path = tmp_path / "example.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_rules(path)
    assert isinstance(loaded, RuleVersions)
    assert loaded.pick(date(2024, 10, 14)).headline == Field(Select("h1.title"))
    assert loaded.current.credit == Field.absent()


def test_single_version_file_is_a_rule_set() -> None:
    loaded = parse_rules('publisher = "X"\ndomains = ["x.org"]', name="x.toml", syntax="toml")
    assert loaded == RuleSet(publisher="X", domains=("x.org",))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("publisher = ", r"x\.toml: not valid TOML"),
        ('domains = ["x.org"]', r"x\.toml: field publisher: Field required"),
        ('publisher = "X"\n[headlin]\nselect = ["h1"]', r"unknown key 'headlin' \(did you mean"),
        ('publisher = "X"\nheadline = "h1"', r"field headline: expected a Field"),
        ('publisher = "X"\n[headline]\nselect = ["h1["]', r"field headline\.select\[0\]\.css: inv"),
        ('publisher = "X"\n[headline]\nselect = [{css = "h1", atr = "x"}]', r"unknown key 'atr'"),
        (
            'publisher = "X"\n[authors]\nselect = ["a"]\nthen = ["eval"]',
            r"unknown transform 'eval'",
        ),
        (
            'publisher = "X"\n[authors]\nselect = ["a"]\nthen = [{prefix = "By"}]',
            "a transform needs a name",
        ),
        (
            'publisher = "X"\n[published]\nselect = ["t"]\n'
            'then = [{transform = "parse_date", timezone = "Nowhere/City"}]',
            r"field published\.then\[0\]\.timezone: unknown timezone",
        ),
        ('publisher = "X"\n[credit]\nabsent = true\nselect = ["p"]', "declared absent takes no"),
        ('publisher = "X"\n[headline]\nthen = ["split_authors"]', "needs at least one Select"),
        ('publisher = "X"\ndomains = ["http://x.org/"]', "not a domain name"),
        ('publisher = "X"\n[[older]]\nheadline = {select = ["h1"]}', r"older\[0\]\.valid_until"),
        (
            'publisher = "X"\n[[older]]\nvalid_until = 2024-01-01\n'
            "[[older]]\nvalid_until = 2024-01-01",
            "ambiguous",
        ),
        ('publisher = "X"\n[[older]]\nvalid_until = "soon"', r"x\.toml \(older\[0\]\)"),
        ('publisher = "X"\n[body]\ncontainer = "main"', r"field body\.paragraphs: Field required"),
    ],
)
def test_malformed_files_name_file_field_and_problem(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rules(text, name="x.toml", syntax="toml")


def test_json_top_level_must_be_a_table() -> None:
    with pytest.raises(RuleError, match="holds one rule set"):
        parse_rules("[1, 2]", name="x.json", syntax="json")


def test_functions_cannot_come_from_a_file() -> None:
    # A dotted path to a function is just a string: it is never imported or called.
    text = 'publisher = "X"\nheadline = "os.system"'
    with pytest.raises(RuleError, match="expected a Field"):
        parse_rules(text, name="x.toml", syntax="toml")


def test_load_rules_refuses_other_suffixes_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"ends in \.toml or \.json"):
        load_rules(tmp_path / "rules.py")
    with pytest.raises(RuleError, match="cannot read"):
        load_rules(tmp_path / "missing.toml")
