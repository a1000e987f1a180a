"""The extractors' shared helpers: provenance records built once, the per-page memo."""

from __future__ import annotations

from newsparse._document import Document
from newsparse.extract.base import memo, source
from newsparse.model import Source, Strategy


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
