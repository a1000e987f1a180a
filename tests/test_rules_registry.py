"""Registry: lookup order, clashes, overrides, built-in discovery and parse(rules=...)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import RuleError
from newsparse._document import Document
from newsparse.rules import (
    ARC_XP,
    WORDPRESS,
    Field,
    Fingerprint,
    Registry,
    RuleSet,
    Select,
    default_registry,
)
from newsparse.rules.registry import host_keys

BODY = "<p>Some body text that is long enough to be a paragraph of the story, yes.</p>"


def page(head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><h1 class=a>A</h1><h1 class=b>B</h1>"
        f"<h2 class=wp>W</h2>{BODY}</body></html>"
    )


def ruleset(name: str, *domains: str, css: str = "h1.a", **extra: object) -> RuleSet:
    return RuleSet(publisher=name, domains=domains, headline=Field(Select(css)), **extra)


EXAMPLE = ruleset("Example", "example.com")
EDITION = ruleset("Example Edition", "edition.example.com", css="h1.b")
PRESS = ruleset("WordPress sites", fingerprint=WORDPRESS, css="h2.wp")
REGISTRY = Registry([EXAMPLE, EDITION, PRESS], origin="tests")


def publisher_for(html: str, url: str | None, registry: Registry = REGISTRY) -> str | None:
    entry = registry.lookup(Document(html, url))
    return entry.rules.publisher if entry is not None else None


def test_host_keys_strip_mobile_prefixes_then_walk_up() -> None:
    assert list(host_keys("amp.www.news.example.co.uk")) == [
        "amp.www.news.example.co.uk",
        "news.example.co.uk",
        "example.co.uk",
        "co.uk",
    ]
    assert list(host_keys("Example.COM.")) == ["example.com"]


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://example.com/a", "Example"),
        ("https://www.example.com/a", "Example"),
        ("https://m.example.com/a", "Example"),
        ("https://amp.example.com/a", "Example"),
        ("https://news.sport.example.com/a", "Example"),
        ("https://edition.example.com/a", "Example Edition"),
        ("https://www.edition.example.com/a", "Example Edition"),
        ("https://notexample.com/a", None),
        ("https://example.com.evil.org/a", None),
    ],
)
def test_lookup_by_host_then_registrable_domain(url: str, publisher: str | None) -> None:
    assert publisher_for(page(), url) == publisher


def test_lookup_uses_the_canonical_url_when_no_url_is_given() -> None:
    head = '<link rel="canonical" href="https://www.example.com/story">'
    assert publisher_for(page(head), None) == "Example"
    og = '<meta property="og:url" content="https://edition.example.com/x">'
    assert publisher_for(page(og), None) == "Example Edition"


def test_a_given_url_wins_over_the_canonical() -> None:
    head = '<link rel="canonical" href="https://www.example.com/story">'
    assert publisher_for(page(head), "https://syndicator.org/copy") is None


def test_fingerprint_matches_pages_no_domain_claims() -> None:
    generator = '<meta name="generator" content="WordPress 6.5">'
    assert publisher_for(page(generator), "https://someblog.net/p") == "WordPress sites"
    stylesheet = '<link rel="stylesheet" href="/wp-content/themes/x/style.css">'
    assert publisher_for(page(stylesheet), "https://someblog.net/p") == "WordPress sites"
    assert publisher_for(page(), "https://someblog.net/p") is None


def test_a_domain_wins_over_a_fingerprint() -> None:
    generator = '<meta name="generator" content="WordPress 6.5">'
    assert publisher_for(page(generator), "https://example.com/p") == "Example"


def test_fingerprint_needs_a_check() -> None:
    with pytest.raises(ValueError, match="needs a generator or a selector"):
        Fingerprint(name="Nothing")


def test_two_rule_sets_on_one_domain_is_an_error_naming_both() -> None:
    other = ruleset("Impostor", "example.com")
    with pytest.raises(RuleError) as info:
        REGISTRY.extended([other], origin="package 'impostor-rules'")
    message = str(info.value)
    assert "'example.com'" in message
    assert "'Example' from tests" in message
    assert "'Impostor' from package 'impostor-rules'" in message


def test_overridden_replaces_on_purpose() -> None:
    mine = ruleset("Mine", "example.com", css="h1.b")
    registry = REGISTRY.overridden([mine])
    assert publisher_for(page(), "https://example.com/x", registry) == "Mine"
    assert publisher_for(page(), "https://edition.example.com/x", registry) == "Example Edition"
    assert publisher_for(page(), "https://example.com/x") == "Example"  # the original is unchanged
    assert "Example" not in {e.rules.publisher for e in registry}


def test_rule_set_that_no_page_can_find_is_refused() -> None:
    with pytest.raises(RuleError, match="claims no domain and no fingerprint"):
        Registry([RuleSet(publisher="Nowhere")])


def test_named_finds_by_publisher_or_domain() -> None:
    entry = REGISTRY.named("example edition")
    assert entry is not None
    assert entry.rules.publisher == "Example Edition"
    by_domain = REGISTRY.named("www.example.com")
    assert by_domain is not None
    assert by_domain.rules.publisher == "Example"
    assert len(REGISTRY) == 3


# ---------------------------------------------------------------- parse(rules=...)


def test_parse_rules_none_is_generic_alone() -> None:
    article = newsparse.parse(page(), "https://example.com/x", rules=None)
    source = article.provenance.headline
    assert source is not None
    assert source.rule_set is None


def test_parse_with_a_registry_looks_the_page_up() -> None:
    article = newsparse.parse(page(), "https://edition.example.com/x", rules=REGISTRY)
    assert article.headline == "B"
    other = newsparse.parse(page(), "https://elsewhere.org/x", rules=REGISTRY)
    assert other.provenance.headline is not None
    assert other.provenance.headline.rule_set is None


def test_parse_with_one_rule_set_applies_it_whatever_the_host() -> None:
    article = newsparse.parse(page(), "https://elsewhere.org/x", rules=EDITION)
    assert article.headline == "B"


def test_parse_with_a_list_overrides_the_default_registry() -> None:
    mine = ruleset("Mine", "example.com", css="h1.b")
    article = newsparse.parse(page(), "https://example.com/x", rules=[mine])
    assert article.headline == "B"


def test_parse_rejects_an_unknown_rules_string() -> None:
    with pytest.raises(RuleError, match="expected 'default'"):
        newsparse.parse(page(), rules="generic")  # type: ignore[arg-type]


def test_default_registry_is_built_once_and_has_the_builtins() -> None:
    registry = default_registry()
    assert registry is default_registry()
    assert len(registry) >= 1
    assert all(entry.rules.domains or entry.rules.fingerprint for entry in registry)


def test_default_uses_the_builtin_rules_and_none_does_not() -> None:
    html = page()
    article = newsparse.parse(html, "https://www.waz.de/politik/article1/x.html")
    assert article.provenance.headline is not None
    assert article.provenance.headline.rule_set == "WAZ"
    assert article.provenance.headline.rule_version == "current"
    generic = newsparse.parse(html, "https://www.waz.de/politik/article1/x.html", rules=None)
    assert generic.provenance.headline is not None
    assert generic.provenance.headline.rule_set is None
    assert generic.headline == article.headline


def test_builtin_discovery_reads_every_module_and_skips_private_ones(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    root = Path(str(tmp_path)) / "fake_publishers"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "alpha.py").write_text(
        "from newsparse.rules import RuleSet\n"
        "RULES = RuleSet(publisher='Alpha', domains=('alpha.test',))\n"
    )
    (root / "_helpers.py").write_text("raise RuntimeError('must not be imported')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    package = importlib.import_module("fake_publishers")
    registry = Registry._from_modules(package)
    assert [e.rules.publisher for e in registry] == ["Alpha"]
    assert registry.for_host("alpha.test") is not None
    (root / "beta.py").write_text("X = 1\n")
    with pytest.raises(RuleError, match=r"fake_publishers\.beta: a publisher module must define"):
        Registry._from_modules(package)


def test_builtin_modules_are_not_imported_with_newsparse() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsparse; "
        "print(any(m.startswith('newsparse.publishers.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("head", "fingerprint", "other"),
    [
        ('<link rel="stylesheet" href="/wp-content/themes/x/style.css">', WORDPRESS, ARC_XP),
        ('<link rel="stylesheet" href="/wp-includes/css/dist.css">', WORDPRESS, ARC_XP),
        ('<script id="fusion-metadata" type="application/javascript"></script>', ARC_XP, WORDPRESS),
        ('<script src="/pf/dist/engine/react.js"></script>', ARC_XP, WORDPRESS),
    ],
)
def test_each_alternative_of_a_fingerprint_selector_matches(
    head: str, fingerprint: Fingerprint, other: Fingerprint
) -> None:
    page = Document(f"<html><head>{head}</head><body><p>Text</p></body></html>")
    assert fingerprint.matches(page)
    assert not other.matches(page)
