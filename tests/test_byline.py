"""Bylines: reading printed byline strings, and finding authors on small pages."""

from __future__ import annotations

import pytest

from newsparse._byline import clean_person_name, looks_like_name, parse_byline, printed_byline
from newsparse._document import Document
from newsparse.extract.authors import extract_byline
from newsparse.model import Strategy


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Smith", ("Jane Smith",)),
        ("by Jane Smith and Roberto Diaz", ("Jane Smith", "Roberto Diaz")),
        ("Jane Smith, Roberto Diaz and Li Wei", ("Jane Smith", "Roberto Diaz", "Li Wei")),
        ("By JANE SMITH and ROBERTO DIAZ Associated Press", ("Jane Smith", "Roberto Diaz")),
        ("Sara Elizabeth Williams in Amman", ("Sara Elizabeth Williams",)),
        ("Jan van der Berg", ("Jan van der Berg",)),
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("Maria von Welser", ("Maria von Welser",)),
        ("Abdullah bin Zayed", ("Abdullah bin Zayed",)),
        ("By Colby Bybee", ("Colby Bybee",)),
        ("Von Holger Zschäpitz", ("Holger Zschäpitz",)),
        ("Par Jean Dupont", ("Jean Dupont",)),
        ("Por María López y Juan Pérez", ("María López", "Juan Pérez")),
        ("di Viviana Rossi", ("Viviana Rossi",)),
        ("Von: Nadja Mustermann", ("Nadja Mustermann",)),
        ("bySauli Gilmore", ("Sauli Gilmore",)),
        ("05.06.2025 um 14:46 von Anne-Marie Schlager", ("Anne-Marie Schlager",)),
        ("Travel By Sophie Forster Travel News Reporter", ("Sophie Forster",)),
        ("By Tom Dawes - Associated Press - Friday, April 28, 2023", ("Tom Dawes",)),
        ("Dan Gordon - Apr 16, 2015 8:02 pm UTC", ("Dan Gordon",)),
        ("By Matt Snell Dec 19, 2016 at 2:19 pm ET • 5 min read", ("Matt Snell",)),
        ("Joe Weir Monday, February 29, 2016 @ 11:10 PM UTC", ("Joe Weir",)),
        ("by Lucas Nolte22 Dec 2016651", ("Lucas Nolte",)),
        ("Written by Rob Evans Edited by Betsy Bauer", ("Rob Evans",)),
        ("Julia Vogt | Clara Roth", ("Julia Vogt", "Clara Roth")),
        ("Elena Oberholz (obe)", ("Elena Oberholz",)),
        ("Dr. Max Kolb", ("Dr. Max Kolb",)),
        ("김민수 기자", ("김민수",)),
        ("Андрей Колесов", ("Андрей Колесов",)),
        ("Our Foreign Staff", ("Our Foreign Staff",)),
        ("Staff Reporter", ("Staff Reporter",)),
        ("BR24 Redaktion", ("BR24 Redaktion",)),
        ("محمد علي", ("محمد علي",)),
        ("作者： Diogo Carleto 翻訳者 中村 真子", ("Diogo Carleto",)),
    ],
)
def test_names(byline: str, names: tuple[str, ...]) -> None:
    assert parse_byline(byline).names == names


@pytest.mark.parametrize(
    "byline",
    [
        "Updated 5:30pm",
        "Published: 12 March 2024",
        "Veröffentlicht am 27.04.24 um 07:39 Uhr",
        "By",
        "Associated Press",
        "By The Associated Press",
        "Von dpa",
        "Reuters",
        "Foto: REUTERS/Nadja Wolter",
        "(Image: Getty Images)",
        "Photo by Jane Smith",
        "srf/hosb;kesm",
        "red, ORF.at/Agenturen",
        "Follow Author",
        "Log In",
        "5 min read",
        "Share this article",
        "kicker",
        "Nikkei Inc.",
        "BBC News",
        "FOCUS online",
        "Jong, Michiel de",
        "著者一覧",
        "人氣",
        "منوعات",
        "Redaktion: Sendung",
    ],
)
def test_no_person_in(byline: str) -> None:
    assert parse_byline(byline).names == ()


@pytest.mark.parametrize(
    ("byline", "agencies"),
    [
        ("By JANE SMITH and ROBERTO DIAZ Associated Press", ("Associated Press",)),
        ("Jane Smith, PA", ("PA Media",)),
        ("Jane Smith | Reuters", ("Reuters",)),
        ("Von dpa", ("dpa",)),
        ("By Samya Kell and Vasil Stepan The Associated Press", ("Associated Press",)),
        ("By Joe Davis Washington Post", ("Washington Post",)),
        ("dpa MM-Redaktion", ("dpa",)),
        ("By Jane Smith", ()),
        ("Jane Smith for Daily Mail Australia", ()),
        ("Jane Smith, Pittsburgh, PA", ()),
        ("PA", ("PA Media",)),
    ],
)
def test_agencies(byline: str, agencies: tuple[str, ...]) -> None:
    assert parse_byline(byline).agencies == agencies


def test_affiliation_goes_to_every_author_before_it() -> None:
    parsed = parse_byline("By JANE SMITH and ROBERTO DIAZ Associated Press")
    assert [a.organization for a in parsed.authors] == ["Associated Press", "Associated Press"]


@pytest.mark.parametrize(
    ("byline", "name", "role", "organization"),
    [
        ("Jane Smith, PA", "Jane Smith", None, "PA"),
        ("Jane Smith | Reuters", "Jane Smith", None, "Reuters"),
        ("Jane Smith for Daily Mail Australia", "Jane Smith", None, "Daily Mail Australia"),
        ("By Jon Kingsley, News Reporter", "Jon Kingsley", "News Reporter", None),
        ("Jane Smith, Political Editor", "Jane Smith", "Political Editor", None),
        ("Sam Steen Senior Politics Editor", "Sam Steen", "Senior Politics Editor", None),
        (
            "By Michael HinckleyFreelance sports writer",
            "Michael Hinckley",
            "Freelance sports writer",
            None,
        ),
        (
            "Holger Zapf Leitender Wirtschaftsredakteur",
            "Holger Zapf",
            "Leitender Wirtschaftsredakteur",
            None,
        ),
        ("von David Strauss, MDR THÜRINGEN", "David Strauss", None, "MDR THÜRINGEN"),
        ("By Meg Wagner NEW YORK DAILY NEWS", "Meg Wagner", None, "NEW YORK DAILY NEWS"),
    ],
)
def test_role_and_affiliation(
    byline: str, name: str, role: str | None, organization: str | None
) -> None:
    (author,) = parse_byline(byline).authors
    assert (author.name, author.role, author.organization) == (name, role, organization)


@pytest.mark.parametrize(
    ("byline", "place"),
    [
        ("Sara Elizabeth Williams in Amman", "Amman"),
        ("By Jane Smith in New York", "New York"),
        ("Von Anna Berger aus Washington", "Washington"),
        ("By Jane Smith", None),
        ("Jane Smith, Correspondent in der Schweiz", None),
        ("Jan Jansen en Piet Pieters", None),
        ("Updated in March", None),
    ],
)
def test_place(byline: str, place: str | None) -> None:
    assert parse_byline(byline).place == place


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("By Tom Dawes Updated 5:30 pm", "By Tom Dawes"),
        ("Sara Elizabeth Williams in Amman", "Sara Elizabeth Williams in Amman"),
        ("05.06.2025 um 14:46 von Anne-Marie Schlager", "von Anne-Marie Schlager"),
        ("Jane Smith , John Roe", "Jane Smith, John Roe"),
        ("Updated 5:30pm", ""),
    ],
)
def test_printed_byline(text: str, printed: str) -> None:
    assert printed_byline(text) == printed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Smith", True),
        ("Jean-Luc Picard", True),
        ("Mary O'Brien", True),
        ("松岡大地", True),
        ("Smith", False),
        ("jane smith", False),
        ("Jane Smith 2024", False),
        ("BBC News", False),
        ("Daily Star", False),
        ("hessenschau.de", False),
        ("Share on Facebook", False),
        ("The Editors", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("text", "site", "expected"),
    [
        ("Elena Oberholz (obe)", (), "Elena Oberholz"),
        ("By Jane Smith", (), "Jane Smith"),
        ("JEFFREY GETTMAN", (), "Jeffrey Gettman"),
        ("Lesotho Times", ("Lesotho Times",), None),
        ("Deutsche Welle", ("Deutsche Welle (www.dw.com)",), None),
        ("Associated Press", (), None),
    ],
)
def test_clean_person_name(text: str, site: tuple[str, ...], expected: str | None) -> None:
    assert clean_person_name(text, site) == expected


def _page(head: str, body: str) -> Document:
    return Document(
        f"<html><head>{head}</head><body>{body}</body></html>", "https://news.example.com/a"
    )


def test_visible_byline_gives_text_authors_and_place() -> None:
    doc = _page(
        "",
        '<article><h1>Headline here</h1><div class="byline">By Jane Smith in Kyiv '
        "<time>12 March 2024 10:00</time></div><p>Text.</p></article>",
    )
    result = extract_byline(doc)
    assert result.byline is not None
    assert result.byline.value.text == "By Jane Smith in Kyiv"
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Jane Smith"]
    assert result.authors.source.strategy is Strategy.DOM
    assert result.place == "Kyiv"


def test_json_ld_persons_win_and_take_the_printed_role() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        '"author": [{"@type": "Person", "name": "Jane Smith", "url": "/by/jane"},'
        '{"@type": "Organization", "name": "Example News"}]}</script>'
    )
    doc = _page(ld, '<h1>H</h1><p class="author">By Jane Smith, Political Editor</p>')
    result = extract_byline(doc)
    assert result.authors is not None
    (author,) = result.authors.value
    assert author.name == "Jane Smith"
    assert author.role == "Political Editor"
    assert author.url == "https://news.example.com/by/jane"
    assert result.authors.source.strategy is Strategy.JSON_LD


def test_organisation_and_site_are_never_authors() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        '"publisher": {"@type": "Organization", "name": "Example News"},'
        '"author": {"@type": "Organization", "name": "Associated Press"}}</script>'
        '<meta name="author" content="Example News">'
    )
    doc = _page(ld, '<h1>H</h1><div class="byline">By Associated Press</div><p>Text.</p>')
    result = extract_byline(doc)
    assert result.authors is None


def test_bylines_in_captions_and_teasers_are_skipped() -> None:
    doc = _page(
        "",
        '<h1>H</h1><figure><figcaption><span class="author">Peter Photog</span>'
        '</figcaption></figure><aside><p class="byline">By Rita Related</p></aside>'
        '<div class="byline">By Jane Smith</div>',
    )
    result = extract_byline(doc)
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Jane Smith"]


def test_meta_author_is_the_last_resort_and_urls_are_not_names() -> None:
    doc = _page(
        '<meta name="author" content="https://facebook.com/somebody">'
        '<meta name="article:author" content="Jane Smith, John Roe">',
        "<h1>H</h1><p>Text.</p>",
    )
    result = extract_byline(doc)
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Jane Smith", "John Roe"]
    assert result.authors.source.strategy is Strategy.META


def test_dateline_element_by_the_byline_gives_the_place() -> None:
    doc = _page(
        "",
        '<article><h1>H</h1><span class="post-location">Palma, Mallorca</span>'
        "<p>Der Text beginnt hier und geht weiter.</p></article>",
    )
    assert extract_byline(doc).place == "Palma"


def test_place_before_the_date_but_not_a_name() -> None:
    doc = _page(
        "",
        '<article><h1>H</h1><div class="meta"><span>Bruselas - <time>15 oct 2024</time>'
        "</span></div></article>",
    )
    assert extract_byline(doc).place == "Bruselas"
    doc = _page(
        "",
        '<article><h1>H</h1><div><span itemprop="author">Dan Gordon</span> - '
        "<time>Apr 16, 2015</time></div></article>",
    )
    assert extract_byline(doc).place is None


def test_author_links_in_a_menu_are_not_the_byline() -> None:
    doc = _page(
        "",
        '<header><nav><ul><li><a href="/author/grace-dent">Grace Dent</a></li>'
        '<li><a href="/author/mark-steel">Mark Steel</a></li></ul></nav></header>'
        '<article><h1>H</h1><ul class="meta"><li class="author">Hazel Sheffield</li></ul>'
        "<p>Text.</p></article>",
    )
    result = extract_byline(doc)
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Hazel Sheffield"]


def test_author_link_next_to_the_headline() -> None:
    doc = _page(
        "",
        '<article><h1>H</h1><p class="meta">von <a href="/autoren/name/max-kolb">'
        "Dr. Max Kolb</a></p><p>Text.</p></article>",
    )
    result = extract_byline(doc)
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Dr. Max Kolb"]


def test_long_text_is_cut_before_reading() -> None:
    parsed = parse_byline("Jane Smith, " * 5000)
    assert parsed.names == ("Jane Smith",)


_LONG = "A sentence of the story that is long enough to count as a paragraph of its text. " * 2


def test_labelled_author_in_a_metadata_list() -> None:
    doc = _page(
        "",
        "<h1>H</h1><p>" + _LONG + "</p><ul><li><strong>Datum</strong> 28.04.2023</li>"
        "<li><strong>Autorin/Autor</strong> Nadia Brenner</li></ul>"
        "<dl><dt>Author</dt><dd>Ignored Second</dd></dl>",
    )
    result = extract_byline(doc)
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Nadia Brenner"]
    assert result.authors.source.detail == "labelled author"


def test_labelled_author_must_be_names_only() -> None:
    doc = _page("", "<h1>H</h1><li><strong>Author</strong> Example News Desk team</li>")
    assert extract_byline(doc).authors is None


@pytest.mark.parametrize("first", [True, False])
def test_signature_paragraph_first_or_last(first: bool) -> None:
    paragraphs = [f"<p>{_LONG}</p>"] * 3
    signature = "<p><strong>Ilona Varga</strong></p>"
    body = [signature, *paragraphs] if first else [*paragraphs, signature]
    doc = _page("", "<h1>H</h1><div>" + "".join(body) + "</div>")
    result = extract_byline(doc)
    assert result.authors is not None
    assert [a.name for a in result.authors.value] == ["Ilona Varga"]
    assert result.byline is not None
    assert result.byline.value.text == "Ilona Varga"


def test_bold_name_inside_the_text_is_no_signature() -> None:
    body = (
        f"<p>{_LONG}</p><p><b>Ilona Varga</b></p><p>{_LONG}</p><p>{_LONG}</p>"
        "<p><b>Washington Examiner</b></p>"
    )
    assert extract_byline(_page("", f"<h1>H</h1><div>{body}</div>")).authors is None
