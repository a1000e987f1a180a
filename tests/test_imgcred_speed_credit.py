"""Syndication credits read the way the faster code reads them: the note's words wherever
they occur, only the body's first and last paragraphs, every ``<p>`` of the page."""

from __future__ import annotations

from newsparse._document import Document
from newsparse.extract.credit import extract_credit, find_republication
from newsparse.model import Block, BlockKind


def _doc(body: str) -> Document:
    return Document(f"<html><head></head><body>{body}</body></html>", "https://www.example.com/a")


def test_a_note_after_the_same_words_in_passing() -> None:
    # "first" occurs twice before the note's "first published": each place is tried.
    paragraph = (
        "At first light, the first boats left. This story was first published by ProPublica."
    )
    hit = find_republication(paragraph)
    assert hit is not None
    assert hit.credit.source == "ProPublica"


def test_a_note_in_a_footer_paragraph_after_others_with_its_words() -> None:
    body = (
        "<h1>Headline</h1><article><p>The first vote was originally planned for May.</p>"
        "<p>It was the first time.</p></article>"
        "<footer><p>This story was first published by ProPublica.</p></footer>"
    )
    hit, _ = extract_credit(_doc(body), (Block(text="The first vote."),), None, None)
    assert hit is not None
    assert hit.value.source == "ProPublica"
    assert hit.source.detail == "republication note"


def test_end_credit_before_a_closing_list_is_found_and_removed() -> None:
    blocks = (
        *(Block(text=f"Paragraph {n}.") for n in range(10)),
        Block(text="Prices rose again. (c) Reuters"),
        Block(kind=BlockKind.LIST_ITEM, text="A related story"),
    )
    hit, out = extract_credit(_doc("<h1>Headline</h1>"), blocks, None, None)
    assert hit is not None
    assert hit.value.source == "Reuters"
    assert [b.text for b in out[-2:]] == ["Prices rose again.", "A related story"]


def test_end_credit_above_the_last_six_paragraphs_is_not_read() -> None:
    blocks = (
        Block(text="Intro."),
        Block(text="Prices rose again. (c) Reuters"),
        *(Block(text=f"Paragraph {n}.") for n in range(6)),
    )
    hit, out = extract_credit(_doc("<h1>Headline</h1>"), blocks, None, None)
    assert hit is None
    assert out == blocks
