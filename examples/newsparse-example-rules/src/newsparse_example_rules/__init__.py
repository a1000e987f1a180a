"""Example rule sets for newsparse, registered through the ``newsparse.rules`` entry point."""

from __future__ import annotations

from importlib.resources import files

from newsparse.rules import Body, Field, RuleSet, RuleVersions, Select, load_rules, split_authors

__all__ = ["RULES"]

GAZETTE = RuleSet(
    publisher="Example Gazette",
    domains=("example.org",),
    headline=Field(Select("h1.story-title")),
    authors=Field(Select(".story-byline"), then=(split_authors,)),
    body=Body(container="div.story-text", paragraphs="p", headings="h2", clean=(".promo",)),
    credit=Field.absent(),
)
"""A rule set written in Python."""

BLOG = load_rules(str(files(__name__) / "example_blog.toml"))
"""A rule set shipped as a TOML file (read as data)."""

RULES: tuple[RuleSet | RuleVersions, ...] = (GAZETTE, BLOG)
"""What the entry point points at."""
