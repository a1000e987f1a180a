"""Datelines: the place (and agency) opening the body, else the place in the byline."""

from __future__ import annotations

import pytest

from newsparse.extract.dateline import extract_dateline, find_dateline
from newsparse.model import Block, BlockKind, Strategy


@pytest.mark.parametrize(
    ("paragraph", "text", "place", "agency"),
    [
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) —", "WASHINGTON", "AP"),
        ("ATLANTA, Ga. (AP) — Officials said", "ATLANTA, Ga. (AP) —", "ATLANTA", "AP"),
        ("ST. LOUIS (AP) — A jury", "ST. LOUIS (AP) —", "ST. LOUIS", "AP"),
        (
            "LONDON, March 5 (Reuters) - Shares fell",
            "LONDON, March 5 (Reuters) -",
            "LONDON",
            "Reuters",
        ),
        ("Berlin (dpa) - Die Regierung", "Berlin (dpa) -", "Berlin", "dpa"),
        ("Paris (AFP) - Le président", "Paris (AFP) -", "Paris", "AFP"),
        ("TORONTO (CP) — The province", "TORONTO (CP) —", "TORONTO", "CP"),
        ("KYIV — Russian drones struck", "KYIV —", "KYIV", None),
        ("AMMAN, Jordan — Rebel leaders", "AMMAN, Jordan —", "AMMAN", None),
        ("NEW DELHI: The government said", "NEW DELHI:", "NEW DELHI", None),
        ("LINDI: IT’s around 8:00pm", "LINDI:", "LINDI", None),
        ("FLUSHING MEADOWS — Six players", "FLUSHING MEADOWS —", "FLUSHING MEADOWS", None),
        ("AUBURN, Wash. —", "AUBURN, Wash. —", "AUBURN", None),
        ("München/London – Kurz vor der", "München/London –", "München/London", None),
        ("London/Teheran - Iranische Kräfte", "London/Teheran -", "London/Teheran", None),
        ("Hamburg. Gabi und Eliane stehen", "Hamburg.", "Hamburg", None),
        (
            "DALLA NOSTRA CORRISPONDENTE NEW YORK - Giorgia Meloni",
            "DALLA NOSTRA CORRISPONDENTE NEW YORK -",
            "NEW YORK",
            None,
        ),
        ("【ソウル＝小池和樹】韓国の大統領は", "【ソウル＝小池和樹】", "ソウル", None),
        (
            "NEW YORK, NY / ACCESSWIRE / May 7, 2024 / Acme Corp announced",
            "NEW YORK, NY / ACCESSWIRE / May 7, 2024 /",
            "NEW YORK",
            "ACCESSWIRE",
        ),
        ("(Reuters) - Oil prices rose", "(Reuters) -", None, "Reuters"),
        ("March 5 (Reuters) - Oil prices rose", "March 5 (Reuters) -", None, "Reuters"),
        ("PARIS, 5 mars (AFP) - Le président", "PARIS, 5 mars (AFP) -", "PARIS", "AFP"),
        ("Berlin (dpa/lno) - Die Polizei", "Berlin (dpa/lno) -", "Berlin", "dpa/lno"),
        ("Madrid, 5 mar (EFE).- El Gobierno", "Madrid, 5 mar (EFE).-", "Madrid", "EFE"),
        ("(ANSA) - ROMA, 05 MAR - Il governo", "(ANSA) - ROMA, 05 MAR -", "ROMA", "ANSA"),
        ("TOKYO (Kyodo) -- Japan said", "TOKYO (Kyodo) --", "TOKYO", "Kyodo"),
        ("MARSEILLE (AFP) — La ville", "MARSEILLE (AFP) —", "MARSEILLE", "AFP"),
        ("JUNEAU, Alaska (AP) — A bill", "JUNEAU, Alaska (AP) —", "JUNEAU", "AP"),
        ("МОСКВА, 5 марта — Президент", "МОСКВА, 5 марта —", "МОСКВА", None),
        ("新华社北京3月5日电 记者", "新华社北京3月5日电", "北京", "新华社"),
        ("(서울=연합뉴스) 홍길동 기자 = 정부는", "(서울=연합뉴스)", "서울", "연합뉴스"),
        ("【ワシントン＝共同】米政府は", "【ワシントン＝共同】", "ワシントン", "共同"),
        ("(CNN) — A storm", "(CNN) —", None, "CNN"),
    ],
)
def test_datelines(paragraph: str, text: str, place: str | None, agency: str | None) -> None:
    dateline = find_dateline(paragraph)
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.agency) == (text, place, agency)


def test_the_date_is_kept() -> None:
    dateline = find_dateline("LONDON, March 5 (Reuters) - Shares fell")
    assert dateline is not None
    assert dateline.date == "March 5"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Feb. 23, 2015 -- Life-threatening peanut allergies",
        "EXCLUSIVE — The minister said",
        "UPDATE: The road is open again",
        "BREAKING NEWS: A storm",
        "Editor's note: this story",
        "COVID-19 cases rose sharply",
        "The president said on Monday",
        "Yes. I think so, she said.",
        "Nein. Das stimmt nicht.",
        "IN the heart of the city, a lawyer",
        "INTERNATIONAL Golden Institute announced",
        "Coordinates: 42°S 174°E",
        "Contents",
        "By Tom Dawes - Associated Press - Friday, April 28, 2023",
        "Washington (Foo Bar) — The",
        "(Reporting by Jane Smith) - more",
        "Trump – the president – said",
        "Paris, Texas – Die Stadt",
        "Boom — The market crashed",
        "U.S.-China talks resumed on Monday",
        "MAY 5 — the day",
        "SUNDAY — The day",
        "NEW: Apple announces a phone",
        "SPORTS — The team won",
        "EILMELDUNG: Die Bahn streikt",
        "Mon. 5 — x",
        "",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def _blocks(*texts: str) -> tuple[Block, ...]:
    return tuple(Block(text=t) for t in texts)


def test_first_paragraph_dateline_wins_over_the_byline_place() -> None:
    hit = extract_dateline(_blocks("CAIRO — Gunmen opened fire", "More."), "Jane in Amman", "Amman")
    assert hit is not None
    assert hit.value.place == "CAIRO"
    assert hit.source.strategy is Strategy.TEXT


def test_a_short_furniture_paragraph_may_precede_the_dateline() -> None:
    blocks = _blocks("Erstellt: 28.04.2023, 18:16 Uhr", "München/London – Kurz vor der Krönung")
    hit = extract_dateline(blocks, None, None)
    assert hit is not None
    assert hit.value.place == "München/London"


def test_no_dateline_deep_in_the_body() -> None:
    long_first = "A first paragraph that is long enough to be the real start of the story, " * 2
    blocks = _blocks(long_first, "WASHINGTON — later text")
    assert extract_dateline(blocks, None, None) is None


def test_headings_are_not_read_as_the_first_paragraph() -> None:
    blocks = (
        Block(kind=BlockKind.HEADING, text="KYIV — a heading"),
        Block(text="The story begins without a dateline and goes on for a good while."),
    )
    assert extract_dateline(blocks, None, None) is None


def test_byline_place_is_the_fallback() -> None:
    hit = extract_dateline(
        _blocks("Syrian rebel leaders are to hold talks with Russia, officials said today."),
        "Sara Elizabeth Williams in Amman",
        "Amman",
    )
    assert hit is not None
    assert hit.value.place == "Amman"
    assert hit.value.text == "Sara Elizabeth Williams in Amman"
    assert hit.value.agency is None


def test_place_without_byline_text() -> None:
    hit = extract_dateline(
        _blocks("A story with no dateline in its first paragraph."), None, "Palma"
    )
    assert hit is not None
    assert (hit.value.place, hit.value.text) == ("Palma", "Palma")


def test_nothing() -> None:
    assert extract_dateline(_blocks("A plain first paragraph."), "By Jane Smith", None) is None
    assert extract_dateline((), None, None) is None


def test_place_alone_as_the_first_paragraph() -> None:
    long = "Am Wochenende wird es so weit sein, sagte die Stadt am Dienstag in einer Mitteilung."
    hit = extract_dateline(_blocks("Chemnitz.", long, long), None, None)
    assert hit is not None
    assert (hit.value.place, hit.value.text) == ("Chemnitz", "Chemnitz.")
    assert extract_dateline(_blocks("Fazit.", long, long), None, None) is None
    assert extract_dateline(_blocks("Chemnitz.", "Kurz.", long), None, None) is None
