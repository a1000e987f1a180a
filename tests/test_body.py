"""The body extractor: container choice, block reading, boilerplate removal."""

from __future__ import annotations

import pytest

from newsparse._document import Document
from newsparse._limits import Limits
from newsparse.extract.body import extract_body
from newsparse.model import BlockKind

# Filler sentences long enough (and comma-rich enough) to read as article paragraphs.
S1 = "The council met on Tuesday evening, and after a long debate, it approved the plan."
S2 = "Residents had argued for months, in letters and at meetings, that the road was unsafe."
S3 = "Work on the new crossing will start in spring, officials said, and last six weeks."
S4 = "Local shops, which had feared the closure, welcomed the decision on Wednesday morning."
S5 = "A second phase, covering the bridge and the station square, is planned for next year."


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def texts(html: str) -> list[str]:
    return [b.text for b in extract_body(Document(page(html))).blocks]


def kinds(html: str) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in extract_body(Document(page(html))).blocks]


NAV = (
    "<nav><ul>"
    + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
    + "</ul></nav>"
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # plain <p> paragraphs, inline markup joined without extra spaces
        (
            f"{NAV}<article><p>{S1}</p><p>Mid<b>dle</b> <a href='/x'>link</a>, {S2}</p></article>",
            [S1, f"Middle link, {S2}"],
        ),
        # <div> paragraphs
        (f"<main><div>{S1}</div><div>{S2}</div><div>{S3}</div></main>", [S1, S2, S3]),
        # <br>-separated text in one element
        (f"<div class='story'>{S1}<br>{S2}<br><br>{S3}</div>", [S1, S2, S3]),
        # text directly in the container, around nested paragraphs
        (f"<div>{S1}<p>{S2}</p>{S3}</div>", [S1, S2, S3]),
        # an icon inside a link does not break the line
        (
            "<article><p>See <a href='/x'><svg><path d=''/></svg>the report</a>. "
            f"{S1}</p></article>",
            [f"See the report. {S1}"],
        ),
        # ruby annotations: the reading is shown, in its fallback parentheses
        (
            f"<article><p>{S1} <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>"
            "です。</p></article>",
            [f"{S1} 漢字(かんじ)です。"],
        ),
    ],
)
def test_paragraph_shapes(html: str, expected: list[str]) -> None:
    assert texts(html) == expected


def test_block_kinds() -> None:
    html = (
        f"<article><p>{S1}</p><h2>What happens next</h2><p>{S2}</p>"
        f"<ul><li>{S3}</li><li>{S4}</li></ul><blockquote><p>{S5}</p></blockquote></article>"
    )
    assert kinds(html) == [
        (BlockKind.PARAGRAPH, S1),
        (BlockKind.HEADING, "What happens next"),
        (BlockKind.PARAGRAPH, S2),
        (BlockKind.LIST_ITEM, S3),
        (BlockKind.LIST_ITEM, S4),
        (BlockKind.QUOTE, S5),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="share-bar"><a href="/fb">Share on Facebook</a> Share this story now</div>',
        '<div class="newsletter-signup"><p>Sign up to our daily newsletter, it is free.</p></div>',
        "<aside><p>This aside is a related box with a long enough sentence, really.</p></aside>",
        '<figure><img src="a.jpg"><figcaption>The crossing, seen from the north side at dusk.'
        "</figcaption></figure>",
        '<div class="image-caption">The crossing, seen from the north side at dusk, Reuters.</div>',
        '<blockquote class="twitter-tweet"><p>Tweet text that is long enough to count, yes.</p>'
        "</blockquote>",
        '<p style="display: none">Hidden text that nobody sees on the page at all, ever.</p>',
        '<p class="hidden">Hidden text that nobody sees on the page at all, ever.</p>',
        '<span class="sr-only">Advertisement for screen readers only, skip it.</span>',
        "<p>Advertisement</p>",
        "<p>Stand: 28.04.2023, 17:23 Uhr</p>",
        "<p>Updated 3:45 PM ET</p>",
        '<ul class="links"><li><a href="/a">Another story about the council</a></li>'
        '<li><a href="/b">Yet another story about roads</a></li></ul>',
        '<div class="poll"><p>Should the council have approved the crossing plan?</p></div>',
        "<ol><li>1</li><li>2</li></ol>",
        '<div class="metro-factbox"><p>Fact: the old crossing was built in 1962, and never widened.'
        "</p></div>",
        '<div class="author-bio"><p>Jane Doe covers transport and the council for the paper.</p>'
        "</div>",
        '<div id="comments"><p>Reader: finally, this took far too long, but good news anyway.</p>'
        "</div>",
    ],
)
def test_furniture_inside_the_article_is_dropped(furniture: str) -> None:
    html = f"<article><p>{S1}</p><p>{S2}</p>{furniture}<p>{S3}</p><p>{S4}</p></article>"
    assert texts(html) == [S1, S2, S3, S4]


def test_responsive_hidden_class_is_visible() -> None:
    html = f'<article><p>{S1}</p><p class="hidden md:block">{S2}</p></article>'
    assert texts(html) == [S1, S2]


def test_table_cells_are_read_and_keep_numbers() -> None:
    table = "<table><tr><td>Votes</td><td>42</td></tr></table>"
    html = f"<article><p>{S1}</p><p>{S2}</p>{table}</article>"
    assert texts(html) == [S1, S2, "Votes", "42"]


def test_symbol_scene_break_is_kept() -> None:
    html = f"<article><p>{S1}</p><p>***</p><p>{S2}</p></article>"
    assert texts(html) == [S1, "***", S2]


def test_body_split_around_an_ad_is_read_in_order() -> None:
    html = (
        f'<article><div class="article-body"><p>{S1}</p><p>{S2}</p></div>'
        '<div class="ad-slot"><p>Advertisement: buy a car today, the best deals in town!</p></div>'
        f'<div class="article-body"><p>{S3}</p><p>{S4}</p><p>{S5}</p></div></article>'
    )
    result = extract_body(Document(page(html)))
    assert [b.text for b in result.blocks] == [S1, S2, S3, S4, S5]
    assert result.container is not None and result.container.tag == "article"


def test_comments_longer_than_the_article_stay_out() -> None:
    comments = "".join(
        f'<li class="comment"><p>Reader {i} wrote: I walk there every day, and yes, '
        f"it is dangerous, so I am glad.</p></li>"
        for i in range(12)
    )
    html = (
        f'<div class="page"><article class="story"><p>{S1}</p><p>{S2}</p><p>{S3}</p></article>'
        f'<section id="comments"><ul>{comments}</ul></section></div>'
    )
    assert texts(html) == [S1, S2, S3]


def test_paywall_wrapper_holding_the_text_is_kept() -> None:
    rest = f"<p>{S2}</p><p>{S3}</p><p>{S4}</p>"
    html = f'<article><p>{S1}</p><div class="paywall">{rest}</div></article>'
    assert texts(html) == [S1, S2, S3, S4]


def test_the_container_is_the_article_element() -> None:
    html = f'{NAV}<div id="wrap"><div class="entry-content"><p>{S1}</p><p>{S2}</p></div></div>'
    result = extract_body(Document(page(html)))
    assert result.container is not None
    assert result.container.attributes.get("class") == "entry-content"
    assert result.source is not None and "container" in result.source.detail


@pytest.mark.parametrize(
    "html",
    [
        "",
        NAV,
        "<p>Too short.</p>",
        "<script>var text = 'a long script string, with commas, that is not text at all';</script>",
    ],
)
def test_nothing_to_read(html: str) -> None:
    result = extract_body(Document(page(html) if html else "<html><body></body></html>"))
    assert result.blocks == ()
    assert result.container is None


def test_deep_nesting_does_not_recurse() -> None:
    # Deeper than Python's recursion limit; the parser's own depth cap is lifted here.
    depth = 3000
    html = page("<div>" * depth + f"<p>{S1}</p><p>{S2}</p>" + "</div>" * depth)
    result = extract_body(Document(html, limits=Limits(max_depth=depth + 10)))
    assert [b.text for b in result.blocks] == [S1, S2]


def test_class_named_subheading_and_standfirst() -> None:
    html = (
        f'<article><p class="article-intro">A short standfirst above the story.</p><p>{S1}</p>'
        f'<div class="mid_title">Plans for the bridge</div><p>{S2}</p><p>{S3}</p></article>'
    )
    assert kinds(html) == [
        (BlockKind.PARAGRAPH, S1),
        (BlockKind.HEADING, "Plans for the bridge"),
        (BlockKind.PARAGRAPH, S2),
        (BlockKind.PARAGRAPH, S3),
    ]


def test_a_long_intro_block_is_text() -> None:
    html = (
        f'<article><div class="intro"><p>{S1}</p><p>{S2}</p><p>{S3}</p><p>{S4}</p></div></article>'
    )
    assert texts(html) == [S1, S2, S3, S4]


def test_a_gallery_bigger_than_the_article_stays_out() -> None:
    captions = "".join(f"<li><p>Picture {i}: {S5}</p></li>" for i in range(20))
    html = (
        f'<div class="text-wrapper"><p>{S1}</p><p>{S2}</p><p>{S3}</p>'
        f'<div class="inline-gallery"><ul>{captions}</ul></div><p>{S4}</p></div>'
    )
    assert texts(html) == [S1, S2, S3, S4]


@pytest.mark.parametrize(
    ("attrs", "kept"),
    [
        ('class="hide-for-small-only"', True),
        ('class="hidden-xs"', True),
        ('class="hideCompletely"', False),
        ('class="box--hidden"', False),
        ('id="sharing-with-a-single-developer"', True),  # a heading slug, not a share bar
        ('id="share"', False),
    ],
)
def test_class_and_id_verdicts(attrs: str, kept: bool) -> None:
    html = f"<article><p>{S1}</p><p>{S2}</p><div {attrs}><p>{S3}</p></div><p>{S4}</p></article>"
    assert texts(html) == ([S1, S2, S3, S4] if kept else [S1, S2, S4])


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The vote on the crossing starts at 10:30.", True),
        ("Updated 12.03.2024, 10:30", False),
        ("20:42KEY EVENT", False),
        ("福岡県：<a href='/a'>久留米市</a>、<a href='/b'>佐賀市</a>", True),  # auto-linked words
        ("Read more: <a href='/x'>Council approves the new crossing plan</a>", False),
    ],
)
def test_short_lines(line: str, kept: bool) -> None:
    html = f"<article><p>{S1}</p><p>{line}</p><p>{S2}</p></article>"
    got = texts(html)
    assert len(got) == (3 if kept else 2)
    assert got[0] == S1 and got[-1] == S2


def test_inline_whitespace_and_source_line_breaks() -> None:
    html = (
        f"<article><p>{S1}</p><p>One <b>bold</b> <i>word</i>\n        and a "
        f'<a href="/x">link\n   across lines</a>.</p></article>'
    )
    assert texts(html) == [S1, "One bold word and a link across lines."]


def test_live_blog_entries_in_order_without_timestamps_or_teasers() -> None:
    entries = "".join(
        f'<div class="entry"><time>1{i}:0{i}</time><h3>Update {i}</h3>'
        f"<p>{S1} ({i})</p><p>{S2} ({i})</p></div>"
        for i in range(4)
    )
    teasers = "".join(
        f'<article class="card"><a href="/x{i}"><h3>Another headline number {i}</h3></a>'
        "<p>A teaser summary line of the other story.</p></article>"
        for i in range(4)
    )
    html = f'<main><div class="liveblog">{entries}</div><section>{teasers}</section></main>'
    result = extract_body(Document(page(html)))
    assert [b.text for b in result.blocks if b.kind is BlockKind.PARAGRAPH] == [
        text for i in range(4) for text in (f"{S1} ({i})", f"{S2} ({i})")
    ]
    assert [b.text for b in result.blocks if b.kind is BlockKind.HEADING] == [
        f"Update {i}" for i in range(4)
    ]
    assert result.container is not None
    assert result.container.attributes.get("class") == "liveblog"


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        # a pull quote repeating a sentence of the body, with its attribution: dropped
        (
            f"<blockquote><p>“{S2}”</p><div>Jane Doe, resident</div></blockquote>",
            [],
        ),
        # the same as a quote box without <blockquote>
        (f'<div class="article-quote"><p>{S2}</p><p>Jane Doe</p></div>', []),
        # a quotation that is not repeated in the body: kept
        (f"<blockquote><p>{S5}</p></blockquote>", [S5]),
        # a long quoted passage that shares one sentence with the body: kept
        (
            f"<blockquote><p>{S2}</p><p>{S5} {S1}</p><p>{S4} {S3}</p></blockquote>",
            [S2, f"{S5} {S1}", f"{S4} {S3}"],
        ),
        # a short line repeated proves nothing
        ("<blockquote><p>Yes, we can.</p></blockquote>", ["Yes, we can."]),
    ],
)
def test_pull_quotes_repeating_the_body_are_dropped(quote: str, kept: list[str]) -> None:
    body = f"{S1} Yes, we can. {S2}"
    html = f"<article><p>{body}</p>{quote}<p>{S3}</p><p>{S4}</p></article>"
    assert texts(html) == [body, *kept, S3, S4]


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        # a wrapper holding a picture and a short text: the picture's caption
        ('<div class="picBox"><img src="a.jpg"><p>The crossing seen from the north.</p></div>', []),
        (
            '<div><picture><img src="a.jpg"></picture><small>The crossing at dusk © Town Hall'
            "</small></div>",
            [],
        ),
        # the same text without a picture is a paragraph
        (
            '<div class="picBox"><p>The crossing seen from the north.</p></div>',
            ["The crossing seen from the north."],
        ),
        # a list or table with icons is content
        ('<ul><li><img src="i.png"> First item of the list</li></ul>', ["First item of the list"]),
        ('<table><tr><td><img src="i.png">Votes</td></tr></table>', ["Votes"]),
        # a paragraph with an inline image is text
        (f'<p><img src="i.png"> {S5}</p>', [S5]),
    ],
)
def test_picture_with_short_text_is_a_figure(block: str, kept: list[str]) -> None:
    html = f"<article><p>{S1}</p><p>{S2}</p>{block}<p>{S3}</p><p>{S4}</p></article>"
    assert texts(html) == [S1, S2, *kept, S3, S4]


def test_short_article_wrapper_with_a_picture_is_read() -> None:
    html = f'<article><div><img src="a.jpg"><p>{S1}</p><p>{S2}</p></div></article>'
    assert texts(html) == [S1, S2]


def test_quotation_in_a_figure_is_read() -> None:
    quote = (
        f"<figure><blockquote><p>{S5}</p></blockquote><figcaption><cite>Jane Doe</cite>"
        "</figcaption></figure>"
    )
    html = f"<article><p>{S1}</p><p>{S2}</p>{quote}<p>{S3}</p></article>"
    assert kinds(html) == [
        (BlockKind.PARAGRAPH, S1),
        (BlockKind.PARAGRAPH, S2),
        (BlockKind.QUOTE, S5),
        (BlockKind.PARAGRAPH, S3),
    ]


@pytest.mark.parametrize(
    ("cls", "read"),
    [
        ("n p", True),  # hashed component classes shared by the article's sections
        ("section-body", True),
        ("row", False),  # grid layout says nothing
        ("col-md-8 row", False),
    ],
)
def test_short_twin_section_of_the_article(cls: str, read: bool) -> None:
    long = "".join(f"<p>{s}</p>" for s in (S1, S2, S3, S4, S5, S2, S3, S4))
    html = (
        f'<main><div class="{cls}">{long}</div><div class="divider"><span>*</span></div>'
        f'<div class="{cls}"><p>{S1}</p></div></main>'
    )
    blocks = texts(html)
    assert len(blocks) == (9 if read else 8)


def test_short_step_between_twin_steps_is_read() -> None:
    """How-to step cards split by an ad: a step with one short paragraph between two
    taken steps is the article; the same card after the last step is not vouched for."""

    def step(n: int, text: str) -> str:
        return (
            f'<div class="mod step"><div class="content"><span class="head">Step {n}</span>'
            f"<p>{text}</p></div></div>"
        )

    short = "Insert your plant into the hole."
    html = (
        "<main>"
        + step(1, S1 + " " + S2)
        + '<div class="mod inline"><div id="ad"></div></div>'
        + step(2, short)
        + step(3, S3 + " " + S4)
        + step(4, "Share this guide with a friend.")
        + "</main>"
    )
    blocks = texts(html)
    assert short in blocks
    assert blocks.index(short) < blocks.index(S3 + " " + S4)
    assert "Share this guide with a friend." not in blocks


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        # prompts set all in italics or bold, with a link or an e-mail address: dropped
        (
            '<p><em>Sign up for our newsletters <a href="/nl">here</a>.</em></p>'
            "<p><b><i>Got a story? Email: news@example.com</i></b></p>",
            [],
        ),
        # italic without a link: an editor's note, kept
        ("<p><em>This story has been updated.</em></p>", ["This story has been updated."]),
        # a link in a plain paragraph: text, kept
        (
            '<p>Sign up for our newsletters <a href="/nl">here</a>.</p>',
            ["Sign up for our newsletters here."],
        ),
        # only partly emphasised: kept
        (
            '<p>More from <em>the paper</em> <a href="/x">here</a>.</p>',
            ["More from the paper here."],
        ),
    ],
)
def test_closing_prompts_are_dropped(closing: str, kept: list[str]) -> None:
    html = f"<article><p>{S1}</p><p>{S2}</p><p>{S3}</p>{closing}</article>"
    assert texts(html) == [S1, S2, S3, *kept]


def test_emphasised_note_with_a_link_mid_article_is_kept() -> None:
    note = '<p><em>The full report is published <a href="/r">online</a>.</em></p>'
    html = f"<article><p>{S1}</p>{note}<p>{S2}</p></article>"
    assert texts(html) == [S1, "The full report is published online.", S2]


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("javascript:void(0);", True),  # a pop-up annotation on words of the text
        ("/other-story", False),  # a teaser line: mostly one link
        ("#comments", False),  # a jump link
    ],
)
def test_script_links_are_not_link_text(href: str, kept: bool) -> None:
    line = f'He <a href="{href}">silently retired into his hermitage</a>.'
    html = f"<article><p>{S1}</p><p>{line}</p><p>{S2}</p></article>"
    expected = [S1, "He silently retired into his hermitage.", S2] if kept else [S1, S2]
    assert texts(html) == expected


def test_emoji_image_does_not_make_a_line_a_figure() -> None:
    line = 'We won the vote <img class="emoji" src="e.png" alt="!"> at last.'
    html = f"<article><p>{S1}</p><p>{S2}</p><div>{line}</div><p>{S3}</p><p>{S4}</p></article>"
    assert texts(html) == [S1, S2, "We won the vote at last.", S3, S4]
