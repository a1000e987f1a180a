"""Guards for the body's cheaper paths: hidden inline markup, class vocabulary bits."""

from __future__ import annotations

import pytest

from newsparse._document import Document
from newsparse.extract.body import _BOILERPLATE_WORD, _VOCABULARIES, _word_bits, extract_body
from newsparse.heuristics.vocab import BOILERPLATE_PREFIXES

S1 = "The council met on Tuesday evening, and after a long debate, it approved the plan."
S2 = "Residents had argued for months, in letters and at meetings, that the road was unsafe."
S3 = "Work on the new crossing will start in spring, officials said, and last six weeks."


def _texts(paragraph: str) -> list[str]:
    html = f"<html><body><article><p>{S1}</p>{paragraph}<p>{S3}</p></article></body></html>"
    return [b.text for b in extract_body(Document(html)).blocks]


@pytest.mark.parametrize(
    "hidden",
    [
        "<span hidden>SECRET</span>",
        '<span aria-hidden="true">SECRET</span>',
        '<span style="display: none">SECRET</span>',
        '<em style="Visibility:Hidden">SECRET</em>',
        '<span class="visually-hidden">SECRET</span>',
        '<a href="/share" class="sr-only">SECRET</a>',
    ],
)
# A paragraph of text and inline markup is read in one go; a picture in it makes the
# read step walk it node by node. Hidden markup is left out either way.
@pytest.mark.parametrize("picture", ["", '<img src="a.jpg" alt="">'])
def test_hidden_inline_markup_is_not_read(hidden: str, picture: str) -> None:
    assert _texts(f"<p>{S2} {picture}{hidden}</p>") == [S1, S2, S3]


@pytest.mark.parametrize("picture", ["", '<img src="a.jpg" alt="">'])
def test_visible_inline_markup_is_read(picture: str) -> None:
    shown = '<span class="caps" style="color: red">Shown</span>'
    assert _texts(f"<p>{S2} {picture}{shown}</p>") == [S1, f"{S2} Shown", S3]


def _reference_bits(words: frozenset[str]) -> int:
    """The bits by their definition: one set test per vocabulary, then the prefixes."""
    bits = 0
    for vocabulary, bit in _VOCABULARIES:
        if not vocabulary.isdisjoint(words):
            bits |= bit
    if any(w.startswith(BOILERPLATE_PREFIXES) for w in words):
        bits |= _BOILERPLATE_WORD
    return bits


def test_word_bits_agree_with_one_test_per_vocabulary() -> None:
    every = sorted({w for vocabulary, _ in _VOCABULARIES for w in vocabulary})
    samples = [frozenset({w}) for w in every]
    samples += [frozenset(every[i : i + 3]) for i in range(0, len(every), 7)]
    samples += [frozenset({"zzq", p + "box"}) for p in BOILERPLATE_PREFIXES]
    samples += [frozenset(), frozenset({"zzq", "qqz"})]
    for words in samples:
        assert _word_bits(words) == _reference_bits(words), sorted(words)
