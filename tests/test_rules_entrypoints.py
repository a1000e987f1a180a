"""Third-party rule sets through the ``newsparse.rules`` entry-point group.

The first tests need the example package installed
(``pip install ./examples/newsparse-example-rules``) and are skipped without it; the others
use stand-in entry points and always run.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

import newsparse
from newsparse import RuleError
from newsparse.rules import Field, Registry, RuleSet, Select, default_registry
from newsparse.rules import registry as registry_module

GAZETTE_PAGE = (
    "<html><body><h1 class=story-title>Gazette headline</h1>"
    "<p class=story-byline>By Jane Doe</p><h1>Another h1</h1>"
    "<div class=story-text><p>The gazette's story text, long enough to be a paragraph.</p>"
    "<p class=promo>Subscribe now!</p></div></body></html>"
)

PLUGIN_RULES = RuleSet(
    publisher="Plugin Daily", domains=("plugin.example",), headline=Field(Select("h2"))
)
CLASHING_RULES = RuleSet(publisher="Clash Times", domains=("waz.de",))
NOT_RULES = "not a rule set"


def test_installed_example_package_is_found_by_the_default_registry() -> None:
    pytest.importorskip("newsparse_example_rules", reason="example package not installed")
    registry = default_registry()
    entry = registry.for_host("www.example.org")
    assert entry is not None
    assert entry.rules.publisher == "Example Gazette"
    assert "package 'newsparse-example-rules'" in entry.origin
    blog = registry.named("Example Blog")  # the rule set the package ships as TOML
    assert blog is not None
    assert blog.rules.domains == ("blog.example.net",)


def test_installed_example_rules_apply_to_their_pages() -> None:
    pytest.importorskip("newsparse_example_rules", reason="example package not installed")
    article = newsparse.parse(GAZETTE_PAGE, "https://example.org/story")
    assert article.headline == "Gazette headline"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.paragraphs == ("The gazette's story text, long enough to be a paragraph.",)
    assert article.provenance.headline is not None
    assert article.provenance.headline.rule_set == "Example Gazette"


def fake_entry_points(*values: str) -> object:
    points = [
        EntryPoint(name=f"ep{i}", value=value, group=registry_module.ENTRY_POINT_GROUP)
        for i, value in enumerate(values)
    ]

    def entry_points(*, group: str) -> list[EntryPoint]:
        assert group == "newsparse.rules"
        return points

    return entry_points


def test_entry_point_rules_are_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        registry_module,
        "entry_points",
        fake_entry_points("tests.test_rules_entrypoints:PLUGIN_RULES"),
    )
    registry = Registry.builtin().with_entry_points()
    entry = registry.for_host("plugin.example")
    assert entry is not None
    assert entry.rules.publisher == "Plugin Daily"
    assert "entry point 'ep0'" in entry.origin
    assert registry.for_host("waz.de") is not None  # the built-ins are still there


def test_entry_point_clashing_with_a_builtin_names_both(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        registry_module,
        "entry_points",
        fake_entry_points("tests.test_rules_entrypoints:CLASHING_RULES"),
    )
    with pytest.raises(RuleError) as info:
        Registry.builtin().with_entry_points()
    message = str(info.value)
    assert "'waz.de' is claimed twice" in message
    assert "'WAZ' from newsparse (built-in)" in message
    assert "'Clash Times' from package" in message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("tests.test_rules_entrypoints:NOT_RULES", "expected a RuleSet"),
        ("tests.no_such_module:RULES", "cannot load it"),
        ("tests.test_rules_entrypoints:MISSING", "cannot load it"),
    ],
)
def test_broken_entry_points_are_rule_errors(
    monkeypatch: pytest.MonkeyPatch, value: str, message: str
) -> None:
    monkeypatch.setattr(registry_module, "entry_points", fake_entry_points(value))
    with pytest.raises(RuleError, match=message):
        Registry().with_entry_points()
