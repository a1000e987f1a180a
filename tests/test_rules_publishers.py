"""Built-in publisher rule sets, each checked on fixture pages we wrote in its markup shape.

Every module of :mod:`newsparse.publishers` must have at least one case here, so a new
publisher comes with the pages that justify its rules.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from pathlib import Path

import pytest

import newsparse.publishers
from newsparse.rules import RuleSet, RuleVersions
from newsparse.rules import default_registry as registry
from newsparse.testing import GoldenPage, check_rule_set, golden_pages, read_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "publishers"


def _cases() -> list[tuple[str, GoldenPage]]:
    """Every golden pair ``publishers/<module>/<page>.html`` + ``<page>.json``."""
    return [
        (folder.name, golden)
        for folder in sorted(p for p in PAGES.iterdir() if p.is_dir())
        for golden in golden_pages(folder)
    ]


CASES = _cases()


def _modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(newsparse.publishers.__path__) if m.name[0] != "_"]


@pytest.mark.parametrize(("module", "golden"), CASES, ids=[c[1].page.name for c in CASES])
def test_publisher_rules_on_their_pages(module: str, golden: GoldenPage) -> None:
    rules = importlib.import_module(f"newsparse.publishers.{module}").RULES
    html = read_page(golden.page)
    url = golden.url
    assert url is not None, f"{golden.page}: give the page's url in its .json"
    differences = check_rule_set(rules, html, golden.expected, url=url, as_of=golden.as_of)
    assert differences == ()
    # The default registry finds the same rules from the URL.
    entry = registry().for_host(url.split("/")[2])
    assert entry is not None
    assert entry.rules == RuleVersions.of(rules)


@pytest.mark.parametrize("module", _modules())
def test_every_publisher_module_is_documented_and_tested(module: str) -> None:
    loaded = importlib.import_module(f"newsparse.publishers.{module}")
    assert isinstance(loaded.RULES, RuleSet | RuleVersions)
    assert loaded.__doc__ and len(loaded.__doc__) > 100, "say what the pages taught you"
    assert any(case[0] == module for case in CASES), (
        f"add a fixture page and its expected values in tests/fixtures/publishers/{module}/"
    )


def test_old_layout_rules_fall_back_on_a_new_page() -> None:
    rules = importlib.import_module("newsparse.publishers.waz").RULES
    html = (PAGES / "waz" / "waz-2025.html").read_bytes()
    article = newsparse.parse(html, rules=rules, as_of=date(2023, 6, 29))
    assert article.provenance.body is not None
    assert article.provenance.body.detail.startswith("fallback: generic")
    assert article.provenance.body.rule_version == "2023-12-31"
