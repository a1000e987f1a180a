"""Syndication credits: end credits, republication notes, wire datelines, agency bylines."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse._document import Document
from newsparse.extract.credit import extract_credit, find_end_credit, find_republication
from newsparse.heuristics.agencies import agency_of_host, agency_table, canonical_source
from newsparse.model import Block, BlockKind, Dateline, Strategy


@pytest.mark.parametrize(
    ("paragraph", "source", "text", "place", "remaining"),
    [
        (
            "He said the battle would go on. (© Daily Telegraph London)",
            "Daily Telegraph",
            "(© Daily Telegraph London)",
            "London",
            "He said the battle would go on.",
        ),
        ("Prices rose again. (c) Reuters", "Reuters", "(c) Reuters", None, "Prices rose again."),
        (
            "Shares closed higher. — Bloomberg",
            "Bloomberg",
            "— Bloomberg",
            None,
            "Shares closed higher.",
        ),
        ("—Bloomberg", "Bloomberg", "—Bloomberg", None, ""),
        ("©2024 Bloomberg L.P.", "Bloomberg", "©2024 Bloomberg L.P.", None, ""),
        (
            "Aus dem Englischen von Jan Dolan. Copyright: Project Syndicate, 2025",
            "Project Syndicate",
            "Copyright: Project Syndicate, 2025",
            None,
            "Aus dem Englischen von Jan Dolan.",
        ),
        (
            "Copyright 2024 The Associated Press. All rights reserved.",
            "Associated Press",
            "Copyright 2024 The Associated Press. All rights reserved.",
            None,
            "",
        ),
        ("Die Polizei ermittelt. (dpa)", "dpa", "(dpa)", None, "Die Polizei ermittelt."),
        ("sak/Reuters", "Reuters", "sak/Reuters", None, ""),
        ("SDA/sep", "SDA", "SDA/sep", None, ""),
        ("Associated Press", "Associated Press", "Associated Press", None, ""),
        ("By Reuters", "Reuters", "By Reuters", None, ""),
        ("Quelle: dpa", "dpa", "Quelle: dpa", None, ""),
        ("Source: Reuters", "Reuters", "Source: Reuters", None, ""),
        (
            "Shares closed higher. --Associated Press",
            "Associated Press",
            "--Associated Press",
            None,
            "Shares closed higher.",
        ),
        (
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be"
            " published, broadcast, rewritten or redistributed.",
            "Associated Press",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be"
            " published, broadcast, rewritten or redistributed.",
            None,
            "",
        ),
    ],
)
def test_end_credits(
    paragraph: str, source: str | None, text: str | None, place: str | None, remaining: str | None
) -> None:
    hit = find_end_credit(paragraph)
    if source is None:
        assert hit is None
        return
    assert hit is not None
    assert (hit.credit.source, hit.credit.text, hit.credit.place) == (source, text, place)
    assert hit.remaining == remaining


@pytest.mark.parametrize(
    "paragraph",
    [
        "The rebels said they would fight on.",
        "© Gemeinde Nußdorf",  # a photo credit under a picture
        "Copyright © 2015, Example Media, Inc.",  # the site owner's footer
        "Picture: AP Photo/Alex Brandon",
        "Additional reporting by Reuters",
        "With files from The Canadian Press",
        "Source: Census Bureau",
        "The Associated Press contributed to this report.",
        "The report was shared with AP.",
        "Kommentare (12)",
        "Das Fest endet am Sonntag. (kas)",
        "He thanked the team — and left.",
    ],
)
def test_no_end_credit(paragraph: str) -> None:
    assert find_end_credit(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        (
            "This article was originally published on The Huffington Post and can be read here.",
            "The Huffington Post",
        ),
        ("This article originally appeared on The Atlantic.", "The Atlantic"),
        ("This story was originally published by CalMatters.", "CalMatters"),
        ("Originally published at www.example-blog.com on November 18, 2011.", "example-blog.com"),
        ('Dieser Artikel ist zuerst bei "Capital" erschienen.', "Capital"),
        ("Distributed by Tribune Content Agency, LLC.", "Tribune Content Agency"),
        (
            "This article is republished from The Conversation under a Creative Commons license.",
            "The Conversation",
        ),
    ],
)
def test_republication_notes(paragraph: str, source: str) -> None:
    hit = find_republication(paragraph)
    assert hit is not None
    assert hit.credit.source == source
    assert hit.remaining == ""


@pytest.mark.parametrize(
    "paragraph",
    [
        "This was originally posted on the forum before revising it.",
        "The law was first published in 1990 and amended since.",
        "She first appeared on stage at the age of five.",
    ],
)
def test_no_republication(paragraph: str) -> None:
    assert find_republication(paragraph) is None


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("The Associated Press", "Associated Press"),
        ("AP", "Associated Press"),
        ("Agence France-Presse", "AFP"),
        ("Press Association", "PA Media"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("BELGA", "Belga"),
        ("Keystone-SDA", "SDA"),
        ("Bloomberg L.P.", "Bloomberg"),
        ("Example Gazette", None),
    ],
)
def test_agency_table(printed: str, canonical: str | None) -> None:
    assert canonical_source(printed) == canonical


def test_agency_hosts() -> None:
    assert agency_of_host("apnews.com") == "Associated Press"
    assert agency_of_host("uk.reuters.com") == "Reuters"
    assert agency_of_host("example.com") is None
    assert agency_of_host(None) is None


def _doc(
    head: str = "", body: str = "<h1>Headline</h1>", url: str = "https://www.example.com/a"
) -> Document:
    return Document(f"<html><head>{head}</head><body>{body}</body></html>", url)


def _blocks(*texts: str) -> tuple[Block, ...]:
    return tuple(Block(text=t) for t in texts)


def test_end_credit_is_cut_from_its_paragraph() -> None:
    blocks = _blocks("First.", "Last words. (© Daily Telegraph London)")
    hit, out = extract_credit(_doc(), blocks, None, None)
    assert hit is not None
    assert hit.value.source == "Daily Telegraph"
    assert hit.source.strategy is Strategy.TEXT
    assert [b.text for b in out] == ["First.", "Last words."]


def test_credit_line_of_its_own_is_removed() -> None:
    blocks = _blocks("First.", "Last words.", "sak/Reuters")
    hit, out = extract_credit(_doc(), blocks, None, None)
    assert hit is not None
    assert hit.value.source == "Reuters"
    assert [b.text for b in out] == ["First.", "Last words."]


def test_wire_dateline_on_a_newspaper_site() -> None:
    dateline = Dateline(text="INDIANAPOLIS (AP) —", place="INDIANAPOLIS", agency="AP")
    hit, out = extract_credit(_doc(), _blocks("INDIANAPOLIS (AP) — A budget"), None, dateline)
    assert hit is not None
    assert hit.value.source == "Associated Press"
    assert [b.text for b in out] == ["INDIANAPOLIS (AP) — A budget"]


def test_wire_dateline_on_the_agency_site_is_no_credit() -> None:
    dateline = Dateline(text="MEXICO CITY (AP) —", place="MEXICO CITY", agency="AP")
    doc = _doc(url="https://apnews.com/article/x")
    hit, _ = extract_credit(doc, _blocks("MEXICO CITY (AP) — Growth"), None, dateline)
    assert hit is None


def test_agency_with_desk_code_in_the_dateline() -> None:
    dateline = Dateline(text="Berlin (dpa/lno) -", place="Berlin", agency="dpa/lno")
    hit, _ = extract_credit(_doc(), _blocks("Berlin (dpa/lno) - Die"), None, dateline)
    assert hit is not None
    assert hit.value.source == "dpa"


def test_agency_in_the_byline() -> None:
    hit, _ = extract_credit(
        _doc(), _blocks("Text."), "By Jane Smith and Li Wei Associated Press", None
    )
    assert hit is not None
    assert hit.value.source == "Associated Press"
    hit, _ = extract_credit(_doc(), _blocks("Text."), "Von dpa", None)
    assert hit is not None
    assert hit.value.source == "dpa"


def test_json_ld_agency_author() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        '"author": {"@type": "Organization", "name": "Associated Press"}}</script>'
    )
    hit, _ = extract_credit(_doc(head=ld), _blocks("Text."), None, None)
    assert hit is not None
    assert hit.value.source == "Associated Press"
    assert hit.source.strategy is Strategy.JSON_LD


def test_json_ld_source_organization_but_not_the_site_itself() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        '"publisher": {"@type": "Organization", "name": "Example Times"},'
        '"copyrightHolder": {"@type": "Organization", "name": "Example Times"},'
        '"isBasedOn": {"@type": "NewsArticle", "name": "Kaiser Health News"}}</script>'
    )
    hit, _ = extract_credit(_doc(head=ld), _blocks("Text."), None, None)
    assert hit is not None
    assert hit.value.source == "Kaiser Health News"
    own = ld.replace("Kaiser Health News", "Example Times")
    hit, _ = extract_credit(_doc(head=own), _blocks("Text."), None, None)
    assert hit is None


def test_source_line_by_the_headline() -> None:
    body = (
        '<article><h1>Headline</h1><small data-testid="article-source">Bron: BELGA</small>'
        "</article>"
    )
    hit, _ = extract_credit(_doc(body=body), _blocks("Text."), None, None)
    assert hit is not None
    assert hit.value.source == "Belga"


def test_json_ld_parent_company_is_no_credit() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        '"publisher": {"@type": "Organization", "name": "Example Times"},'
        '"copyrightHolder": {"@type": "Organization", "name": "Example Media Group LLC"},'
        '"sourceOrganization": {"@type": "Organization", "name": "Example Newsroom"}}</script>'
    )
    hit, _ = extract_credit(_doc(head=ld), _blocks("Text."), None, None)
    assert hit is None
    agency = ld.replace("Example Newsroom", "Reuters")
    hit, _ = extract_credit(_doc(head=agency), _blocks("Text."), None, None)
    assert hit is not None
    assert hit.value.source == "Reuters"


def test_site_own_copyright_and_plain_pages_give_nothing() -> None:
    head = '<meta property="og:site_name" content="The Washington Times">'
    blocks = _blocks("Text of the story.", "Copyright © 2023 The Washington Times, LLC.")
    hit, out = extract_credit(
        _doc(head=head, url="https://www.washingtontimes.com/a"), blocks, None, None
    )
    assert hit is None
    assert out == blocks
    hit, out = extract_credit(_doc(), _blocks("Just a story.", "The end."), "By Jane Smith", None)
    assert hit is None


@pytest.mark.parametrize(
    ("note", "source"),
    [
        (
            'Originally published at <a href="https://www.janedoewrites.com/2019/05/a-post/">'
            "www.janedoewrites.com</a> on May 3, 2019. Share it with your friends.",
            "janedoewrites.com",
        ),
        (
            '<em>This article originally appeared on <a href="https://x.test/a">The Harbor '
            "Review</a>.</em>",
            "The Harbor Review",
        ),
    ],
)
def test_republication_note_outside_the_body(note: str, source: str) -> None:
    body = f"<h1>Headline</h1><p>The text.</p><footer><p>{note}</p></footer>"
    hit, _ = extract_credit(_doc(body=body), _blocks("The text."), None, None)
    assert hit is not None
    assert hit.value.source == source
    assert hit.source.detail == "republication note"


def test_a_note_in_passing_is_no_credit() -> None:
    body = (
        "<h1>Headline</h1><p>The novel, which was originally published by Penguin in 1990, "
        "is back.</p>"
    )
    hit, _ = extract_credit(_doc(body=body), _blocks("The text."), None, None)
    assert hit is None


def test_agency_table_in_the_docs_is_in_sync() -> None:
    page = Path(__file__).parent.parent / "docs" / "bylines.md"
    assert agency_table() in page.read_text(encoding="utf-8"), (
        "docs/bylines.md: paste newsparse.heuristics.agencies.agency_table() in place of "
        "the agency table"
    )


@pytest.mark.parametrize(
    ("note", "source"),
    [
        # The note's words in capitals, or broken over lines in the markup.
        ("THIS STORY WAS ORIGINALLY PUBLISHED BY CalMatters.", "CalMatters"),
        ("This story was first\n   published by ProPublica.", "ProPublica"),
    ],
)
def test_republication_note_in_any_case_or_spacing(note: str, source: str) -> None:
    body = f"<h1>Headline</h1><p>The text.</p><footer><p>{note}</p></footer>"
    hit, _ = extract_credit(_doc(body=body), _blocks("The text."), None, None)
    assert hit is not None
    assert hit.value.source == source


@pytest.mark.parametrize(
    "paragraph",
    ["Shares fell. COPYRIGHT 2024 REUTERS", "Shares fell. (C) Reuters", "Shares fell. © Reuters"],
)
def test_copyright_marks_in_any_case(paragraph: str) -> None:
    hit = find_end_credit(paragraph)
    assert hit is not None
    assert hit.credit.source == "Reuters"


# Where in the page and the body a credit is looked for.
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
    hit, _ = extract_credit(_doc(body=body), (Block(text="The first vote."),), None, None)
    assert hit is not None
    assert hit.value.source == "ProPublica"
    assert hit.source.detail == "republication note"


def test_end_credit_before_a_closing_list_is_found_and_removed() -> None:
    blocks = (
        *(Block(text=f"Paragraph {n}.") for n in range(10)),
        Block(text="Prices rose again. (c) Reuters"),
        Block(kind=BlockKind.LIST_ITEM, text="A related story"),
    )
    hit, out = extract_credit(_doc(), blocks, None, None)
    assert hit is not None
    assert hit.value.source == "Reuters"
    assert [b.text for b in out[-2:]] == ["Prices rose again.", "A related story"]


def test_end_credit_above_the_last_six_paragraphs_is_not_read() -> None:
    blocks = (
        Block(text="Intro."),
        Block(text="Prices rose again. (c) Reuters"),
        *(Block(text=f"Paragraph {n}.") for n in range(6)),
    )
    hit, out = extract_credit(_doc(), blocks, None, None)
    assert hit is None
    assert out == blocks
