"""The objects the core shares between pages stay what they were when built per page."""

from __future__ import annotations

import pytest

from newsparse._document import Document
from newsparse.extract.base import memo, source
from newsparse.model import Source, Strategy
from newsparse.rules.fingerprints import ARC_XP, WORDPRESS, Fingerprint


def test_source_is_built_once_per_arguments() -> None:
    assert source(Strategy.META, "og:title") is source(Strategy.META, "og:title")
    ruled = source(Strategy.RULE, 'css "h1"', "Example", "1")
    assert ruled is source(Strategy.RULE, 'css "h1"', "Example", "1")
    assert ruled == Source(
        strategy=Strategy.RULE, detail='css "h1"', rule_set="Example", rule_version="1"
    )


def test_a_generic_source_leaves_the_rule_set_unset() -> None:
    generic = source(Strategy.META, "og:site_name")
    assert generic.model_fields_set == {"strategy", "detail"}
    assert generic.model_dump(exclude_unset=True) == {"strategy": "meta", "detail": "og:site_name"}


def test_memo_computes_once_even_when_the_value_is_none() -> None:
    doc = Document("<html><body><p>x</p></body></html>")
    calls: list[int] = []

    def compute() -> None:
        """Record the call; the value is None."""
        calls.append(1)

    assert memo(doc, "nothing", compute) is None
    assert memo(doc, "nothing", compute) is None
    assert calls == [1]


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
