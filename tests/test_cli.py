"""The command line, run in-process: page to JSON, rules list / check / scaffold, errors."""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

PAGE = (
    '<html lang="en"><head><title>A headline | Example</title>'
    '<link rel="canonical" href="https://www.foxnews.com/politics/story-1"></head><body>'
    '<h1 class="headline">A headline</h1><p class="byline">By Jane Doe</p>'
    '<div class="article-body"><p>The first paragraph of the story, long enough, with commas.</p>'
    '<div class="ad-container"><p>Read more: something else entirely</p></div>'
    "<p>The second paragraph of the story is also long enough to count.</p></div>"
    "</body></html>"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_page_to_json(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run([str(page)], capsys)
    assert status == 0
    assert err == ""
    data = json.loads(out)
    assert data["headline"] == "A headline"
    # The canonical URL finds the built-in Fox News rules, which drop the ad container.
    assert data["paragraphs"] == [
        "The first paragraph of the story, long enough, with commas.",
        "The second paragraph of the story is also long enough to count.",
    ]
    assert data["provenance"]["body"]["rule_set"] == "Fox News"


def test_generic_flag_uses_no_rule_set(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(page), "--generic"], capsys)
    assert status == 0
    data = json.loads(out)
    assert all(
        source is None or source["rule_set"] is None for source in data["provenance"].values()
    )


def test_url_flag_and_gzip_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gz = tmp_path / "story.html.gz"
    gz.write_bytes(gzip.compress(PAGE.encode()))
    status, out, _ = run([str(gz), "--url", "https://other.org/x"], capsys)
    assert status == 0
    assert json.loads(out)["provenance"]["body"]["rule_set"] is None

    class Stdin:
        buffer = io.BytesIO(PAGE.encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    status, out, _ = run(["-"], capsys)
    assert status == 0
    assert json.loads(out)["headline"] == "A headline"


def test_rules_file_flag(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text('publisher = "Mine"\n[headline]\nselect = ["p.byline"]\n', encoding="utf-8")
    status, out, _ = run([str(page), "--rules", str(rules)], capsys)
    assert status == 0
    assert json.loads(out)["headline"] == "By Jane Doe"


def test_errors_go_to_stderr_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([str(tmp_path / "missing.html")], capsys)
    assert (status, out) == (1, "")
    assert err.startswith("newsparse: error: ")
    assert "missing.html" in err
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    status, _, err = run([str(empty)], capsys)
    assert status == 1
    assert "empty" in err
    bad = tmp_path / "bad.toml"
    bad.write_text("publisher = ", encoding="utf-8")
    status, _, err = run([str(empty), "--rules", str(bad)], capsys)
    assert status == 1
    assert "bad.toml: not valid TOML" in err


def test_rules_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["rules", "list"], capsys)
    assert status == 0
    assert "WAZ\n  serves: waz.de\n  versions: 2023-12-31, 2024-12-31, current" in out
    assert "Fox News" in out
    assert "newsparse (built-in)" in out


def test_rules_check_shows_each_field_with_provenance(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["rules", "check", "foxnews.com", "--pages", str(page.parent)], capsys)
    assert status == 0
    assert "== story.html (rule set 'Fox News', version current)" in out
    assert "body        rule     2 blocks" in out
    assert "headline    generic  A headline" in out
    assert "(no rule)" in out
    # How many fields the generic extractor fills depends on it; the rule fills the body.
    assert re.search(r"\n1 page\(s\); fields: 1 rule, 0 fallback, \d+ generic, 0 absent", out)


def test_rules_check_a_python_file_and_an_unknown_name(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = tmp_path / "mine.py"
    module.write_text(
        "from newsparse.rules import Field, RuleSet, Select\n"
        "RULES = RuleSet(publisher='Mine', headline=Field(Select('h1.nothing')),"
        " credit=Field.absent())\n",
        encoding="utf-8",
    )
    status, out, _ = run(["rules", "check", str(module), "--pages", str(page)], capsys)
    assert status == 0
    assert "headline    fallback A headline" in out
    assert "credit      absent" in out
    status, _, err = run(["rules", "check", "nobody", "--pages", str(page)], capsys)
    assert status == 1
    assert "no rule set named or serving 'nobody'" in err


def test_rules_scaffold_writes_a_module_that_loads(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "example.py"
    args = ["rules", "scaffold", str(page), "--publisher", "Example", "--domain", "example.com"]
    status, out, _ = run([*args, "--out", str(target)], capsys)
    assert status == 0
    assert out == f"wrote {target}\n"
    source = target.read_text(encoding="utf-8")
    assert 'headline=Field(Select("h1.headline"))' in source
    assert 'authors=Field(Select("p.byline"), then=(split_authors,))' in source
    assert 'body=Body(container="div.article-body", paragraphs="p")' in source
    namespace: dict[str, object] = {}
    exec(compile(source, str(target), "exec"), namespace)  # our own generated code
    rules = namespace["RULES"]
    assert rules.publisher == "Example"  # type: ignore[attr-defined]
    status, _, err = run([*args, "--out", str(target)], capsys)
    assert status == 1
    assert "exists; use --force" in err


def test_python_dash_m_runs_the_cli(page: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", str(page), "--generic"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["headline"] == "A headline"


def test_rules_check_compares_golden_pages(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    golden = page.with_name("story.json")
    golden.write_text(json.dumps({"expected": {"headline": "A headline"}}), encoding="utf-8")
    status, out, _ = run(["rules", "check", "Fox News", "--pages", str(page.parent)], capsys)
    assert status == 0
    assert "  matches story.json" in out
    assert "1 golden page(s), 0 with differences" in out
    golden.write_text(json.dumps({"expected": {"headline": "Other"}}), encoding="utf-8")
    status, out, _ = run(["rules", "check", "Fox News", "--pages", str(page.parent)], capsys)
    assert status == 1
    assert "  DIFFERS headline: expected 'Other', got 'A headline'" in out
