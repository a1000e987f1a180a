"""Text normalisation: ``clean`` is whitespace collapsing plus invisible-character removal."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import clean


def _reference(text: str) -> str:
    visible = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
    return re.sub(r"\s+", " ", visible).strip()


@given(st.text())
def test_clean_matches_its_definition(text: str) -> None:
    assert clean(text) == _reference(text)


def test_clean_examples() -> None:
    assert clean("  a\u00a0\u00a0b\n\tc\u200b ") == "a b c"
    assert clean("Sema\u00adglutid") == "Semaglutid"
    assert clean("\u2003\u3000") == ""
