"""What a reader sees on our fixture pages, field by field (beyond the golden snapshots)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsparse
from newsparse import Article, BlockKind
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def wire() -> Article:
    return newsparse.parse((FIXTURES / "wire-story-newspaper.html").read_bytes())


@pytest.fixture(scope="module")
def german() -> Article:
    return newsparse.parse((FIXTURES / "german-regional-dpa.html").read_bytes())


def test_wire_story_metadata(wire: Article) -> None:
    assert wire.headline == "Senate passes stopgap bill to avert shutdown hours before deadline"
    assert wire.standfirst == (
        "The measure keeps the government funded through mid-March and now goes to the president."
    )
    assert wire.publisher == "The Riverside Ledger"
    assert wire.section == "Nation"
    assert wire.tags == ("Congress", "Budget", "Government shutdown")
    est = timezone(timedelta(hours=-5))
    assert wire.published == datetime(2024, 3, 1, 21, 14, 5, tzinfo=est)
    assert wire.modified == datetime(2024, 3, 1, 23, 2, 40, tzinfo=est)


def test_wire_story_people_place_and_source(wire: Article) -> None:
    assert [a.name for a in wire.authors] == ["Lisa Mascaro", "Mary Clare Jalonick"]
    assert wire.dateline is not None
    assert (wire.dateline.place, wire.dateline.agency) == ("WASHINGTON", "AP")
    assert wire.credit is not None
    assert wire.credit.source == "Associated Press"


def test_wire_story_body(wire: Article) -> None:
    kinds = [b.kind for b in wire.body]
    assert BlockKind.HEADING in kinds
    assert [b.text for b in wire.body if b.kind is BlockKind.HEADING] == ["What comes next"]
    assert wire.paragraphs[0].startswith("WASHINGTON (AP) — The Senate passed")
    text = wire.text
    for furniture in (
        "Related",
        "Budget talks stall",
        "inbox",
        "Most Read",
        "sourdough",
        "Skip to content",
        "Riverside 54",
    ):
        assert furniture not in text
    # A pull quote repeats a sentence of the body: it is design, not a paragraph.
    assert "“We have good news for the country.”" not in wire.paragraphs
    assert wire.paragraphs[-1] == (
        "Associated Press writers Kevin Freking and Farnoush Amiri contributed to this report."
    )


def test_wire_story_image(wire: Article) -> None:
    captioned = [i for i in wire.images if i.caption]
    assert len(captioned) == 1
    image = captioned[0]
    assert image.caption == (
        "Senate Majority Leader speaks to reporters at the Capitol in Washington, "
        "Friday, March 1, 2024."
    )
    assert image.credit == "AP Photo/Alex Brandon"
    assert image.url == "https://cdn.riversideledger.com/wire/ap24061.jpg"


def test_german_page_decodes_and_reads(german: Article) -> None:
    assert german.headline == "Pegel am Rhein steigt weiter"
    assert german.language == "de"
    assert german.publisher == "Neue Tallinger Zeitung"
    assert german.standfirst is not None
    assert german.standfirst.startswith("Nach tagelangem Regen rechnen die Behörden")
    assert [a.name for a in german.authors] == ["Katrin Vogel"]


def test_german_dateline_credit_and_date(german: Article) -> None:
    assert german.dateline is not None
    assert (german.dateline.place, german.dateline.agency) == ("Koblenz", "dpa")
    assert german.credit is not None
    assert german.credit.source == "dpa"
    assert german.published == datetime(2024, 3, 5, 14, 30)  # not the header's 6 March


def test_german_body_and_image(german: Article) -> None:
    assert [b.text for b in german.body if b.kind is BlockKind.HEADING] == [
        "Schifffahrt eingestellt"
    ]
    assert len(german.paragraphs) == 4
    assert german.paragraphs[0].startswith("Koblenz (dpa) - Der Pegel des Rheins")
    assert "Anzeige" not in german.text
    assert "Mehr zum Thema" not in german.text
    captioned = [i for i in german.images if i.caption]
    assert [(i.caption, i.credit) for i in captioned] == [
        ("Die Uferpromenade in Tallingen steht unter Wasser.", "Thomas Frey/dpa")
    ]
    assert (
        captioned[0].url == "https://www.tallinger-zeitung.de/bilder/2024/03/rhein-hochwasser.jpg"
    )
