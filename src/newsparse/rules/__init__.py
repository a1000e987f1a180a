"""Per-publisher rule sets: typed, declarative rules for the sites the generic extractor misses.

A rule set says, for the fields where a site needs it, where the value is on the page::

    from newsparse.rules import Body, Field, RuleSet, Select, split_authors

    RULES = RuleSet(
        publisher="Associated Press",
        domains=("apnews.com",),
        headline=Field(Select("h1.Page-headline")),
        authors=Field(Select(".Page-authors a", many=True), then=(split_authors,)),
        body=Body(paragraphs="div.RichTextStoryBody > p", clean=(".Advertisement",)),
        credit=Field.absent(),          # "this site has none": do not guess
    )

* A :class:`Field` lists :class:`Select` rules tried in order (first non-empty match wins),
  then named transforms (:mod:`newsparse.rules.transforms`).
* An omitted field is read by the generic extractor; :meth:`Field.absent` declares the
  site has none; a rule that finds nothing falls back to the generic extractor and
  :attr:`Article.provenance <newsparse.Article.provenance>` says so.
* A field that needs code takes a plain function ``(Document) -> value | None``
  (:class:`Document` is the parsed page: ``doc.tree``, ``doc.meta``, ``doc.article_ld``).
* Versions by date: ``older = current.evolve(valid_until=date(2024, 10, 14), headline=...)``
  and ``RULES = RuleVersions(current, older)``; ``parse(..., as_of=...)`` picks one.
* Built-in rule sets live in :mod:`newsparse.publishers` (one module per publisher,
  each defining ``RULES``, discovered automatically); installed packages add theirs
  through the ``newsparse.rules`` entry-point group; rule files (TOML/JSON) load with
  :func:`load_rules`.

See :class:`Registry` for how a page finds its rule set, and :mod:`newsparse.testing` to
check a rule set against pages.
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse.rules.choose import Rules, choose_rule_set
from newsparse.rules.files import load_rules, parse_rules
from newsparse.rules.fingerprints import ARC_XP, WORDPRESS, Fingerprint
from newsparse.rules.model import (
    FIELD_NAMES,
    Body,
    Field,
    FieldFunction,
    RuleSet,
    Select,
)
from newsparse.rules.registry import ENTRY_POINT_GROUP, Entry, Registry, default_registry
from newsparse.rules.transforms import (
    TRANSFORM_NAMES,
    Join,
    Match,
    ParseDate,
    Split,
    SplitAuthors,
    StripPrefix,
    StripSuffix,
    Transform,
    split_authors,
)
from newsparse.rules.versions import RuleVersions

__all__ = [
    "ARC_XP",
    "ENTRY_POINT_GROUP",
    "FIELD_NAMES",
    "TRANSFORM_NAMES",
    "WORDPRESS",
    "Body",
    "Document",
    "Entry",
    "Field",
    "FieldFunction",
    "Fingerprint",
    "Join",
    "Match",
    "ParseDate",
    "Registry",
    "RuleSet",
    "RuleVersions",
    "Rules",
    "Select",
    "Split",
    "SplitAuthors",
    "StripPrefix",
    "StripSuffix",
    "Transform",
    "choose_rule_set",
    "default_registry",
    "load_rules",
    "parse_rules",
    "split_authors",
]
