"""The body extractor's shortcuts and bounds: they must not change what is read."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse._document import Document
from newsparse._limits import Limits
from newsparse.extract import body
from newsparse.extract.body import extract_body
from newsparse.heuristics.vocab import INLINE_TAGS, class_words

S1 = "The council met on Tuesday evening, and after a long debate, it approved the plan."
S2 = "Residents had argued for months, in letters and at meetings, that the road was unsafe."
S3 = "Work on the new crossing will start in spring, officials said, and last six weeks."


def page(html: str) -> str:
    return f"<html><head><title>t</title></head><body>{html}</body></html>"


def texts(html: str, limits: Limits | None = None) -> list[str]:
    doc = Document(page(html), limits=limits) if limits else Document(page(html))
    return [b.text for b in extract_body(doc).blocks]


def test_body_found_in_the_examined_part_of_a_huge_page() -> None:
    filler = "<p>x</p>" * 3000
    html = f"<article><p>{S1}</p><p>{S2}</p><p>{S3}</p></article>{filler}"
    assert texts(html, Limits(max_body_nodes=500)) == [S1, S2, S3]
    assert texts(html) == [S1, S2, S3]


def test_truncation_inside_the_body_keeps_what_was_examined() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in (S1, S2, S3) * 50)
    html = f"<article>{paragraphs}</article>"
    full = texts(html)
    cut = texts(html, Limits(max_body_nodes=40))
    assert len(full) == 150
    assert 5 < len(cut) < 40
    assert cut == full[: len(cut)]


def test_truncation_inside_a_line_of_inline_markup() -> None:
    line = f"{S1} " + "<b>x</b> " * 2000
    html = f"<article><p>{S2}</p><p>{S3}</p><div>{line}</div></article>"
    blocks = texts(html, Limits(max_body_nodes=100))
    assert blocks[:2] == [S2, S3]
    assert len(blocks) == 3
    assert blocks[2].startswith(S1)
    assert blocks[2].count("x") < 100


@pytest.mark.parametrize(
    ("cls", "ident"),
    [
        ("article-body", ""),
        ("Article_elementPoll__0I_DP relatedLinks", ""),
        ("headline2024 Promo", ""),  # digits in a lower-case name, a capital elsewhere
        ("h1title", "MainStory"),
        ("teaser--hidden Foo", "x"),
        ("ärticle Quote", ""),
        ("newsletter-signup", "sharing-with-a-developer-now"),
        ("c-Byline__name mid_title", "story-body"),
        ("", "commentsSection"),
    ],
)
def test_class_verdicts_by_name_equal_verdicts_of_the_whole_attribute(cls: str, ident: str) -> None:
    flags = body._class_flags.__wrapped__(cls, ident)
    slug = ident.count("-") + ident.count("_") >= 4
    bits = body._word_bits(class_words(f"{cls} {'' if slug else ident}"))
    assert flags.boilerplate == body._boilerplate(bits)
    assert flags.weak == bool(bits & body._WEAK_WORD)
    assert flags.body == bool(bits & body._BODY_WORD)
    assert flags.quote == bool(bits & body._QUOTE_WORD)
    assert flags.embed == bool(bits & body._EMBED_WORD)
    assert flags.subheading == bool(bits & body._SUBHEADING_WORD)
    assert flags.standfirst == bool(bits & body._STANDFIRST_WORD)


def test_tag_ids_are_the_same_in_every_page() -> None:
    html = "".join(f"<{tag}>t</{tag}>" for tag in sorted(INLINE_TAGS))
    found = {n.tag: n.tag_id for n in LexborHTMLParser(f"<p>{html}</p>").css("p *")}
    assert set(found) <= INLINE_TAGS
    assert set(found.values()) <= body._INLINE_IDS


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # read in one go: plain inline markup and links
        (f"<p>Mid<b>dle</b> <a href='/x'>link</a>, {S2}</p>", [f"Middle link, {S2}"]),
        # a teaser line, mostly one link: dropped either way
        ("<p>Read more: <a href='/x'>The council's other plans for the town centre</a></p>", []),
        # a link that goes nowhere is not link text (the walk reads it)
        (
            "<p>Read more: <a href='javascript:void(0)'>"
            "The council's other plans for the town</a></p>",
            ["Read more: The council's other plans for the town"],
        ),
        # hidden inline markup is skipped (the walk reads it)
        (
            f"<p>{S2}<span class='sr-only'> (opens in a new window)</span></p>",
            [S2],
        ),
        # a line break splits the paragraph (the walk reads it)
        (f"<p>{S2}<br>{S3}</p>", [S2, S3]),
    ],
)
def test_paragraphs_read_in_one_go_or_walked_alike(paragraph: str, expected: list[str]) -> None:
    html = f"<article><p>{S1}</p>{paragraph}<p>{S3}</p></article>"
    assert texts(html) == [S1, *expected, S3]
