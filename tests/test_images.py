"""Images, captions and photo credits: small hand-written snippets of common markup shapes."""

from __future__ import annotations

import pytest

from newsparse._document import Document
from newsparse.extract.body import extract_body
from newsparse.extract.images import extract_images, split_photo_credit
from newsparse.model import Image

URL = "https://news.example.com/world/2024/story.html"
BODY = (
    "<p>The first paragraph of the story is long enough to be body text, with commas, "
    "clauses and a full stop at the end of it.</p>"
    "<p>A second paragraph carries on with the story and adds more words, more commas, "
    "and more detail for the reader.</p>"
)


def _images(article_html: str, extra: str = "") -> tuple[Image, ...]:
    page = (
        "<html><head><title>Story</title></head><body>"
        f"<article><h1>Headline of the story</h1>{article_html}</article>{extra}</body></html>"
    )
    doc = Document(page, URL)
    hit = extract_images(doc, extract_body(doc).container)
    return hit.value if hit is not None else ()


def _captions(article_html: str, extra: str = "") -> list[tuple[str | None, str | None]]:
    return [(i.caption, i.credit) for i in _images(article_html, extra) if i.caption]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Senate leaders speak to reporters in Washington. (AP Photo/Alex Brandon)",
            "Senate leaders speak to reporters in Washington.",
            "AP Photo/Alex Brandon",
        ),
        (
            "Fans queue outside the ground. (Yui Mok/PA)",
            "Fans queue outside the ground.",
            "Yui Mok/PA",
        ),
        ("Ein Impfstoff (AFP / JANE ROE)", "Ein Impfstoff", "AFP / JANE ROE"),
        ("Privat", "", "Privat"),
        ("Andrew Harnik/Shutterstock", "", "Andrew Harnik/Shutterstock"),
        ("(The Independent)", "", "(The Independent)"),
        (
            "Die Brücke bei Nacht. Foto: Peter Muster/dpa",
            "Die Brücke bei Nacht.",
            "Foto: Peter Muster/dpa",
        ),
        ("Das Rathaus. Bild: Hersteller", "Das Rathaus.", "Bild: Hersteller"),
        ("The harbour at dawn. Photo: Reuters", "The harbour at dawn.", "Photo: Reuters"),
        ("A protest in the capital. © Jane Roe", "A protest in the capital.", "© Jane Roe"),
        (
            "The minister arrives. John Smith/AFP via Getty Images",
            "The minister arrives.",
            "John Smith/AFP via Getty Images",
        ),
        (
            "The lodge after its restoration. Supplied",
            "The lodge after its restoration.",
            "Supplied",
        ),
        ("Credit: Minky", "", "Credit: Minky"),
        ("韓国の国旗＝ＡＰ", "韓国の国旗", "ＡＰ"),
        # Labels and credit words in capitals, and each kind of credit line.
        ("Students at the gate. PHOTO BY JANE ROE", "Students at the gate.", "PHOTO BY JANE ROE"),
        ("A view of the port. (C) Reuters", "A view of the port.", "(C) Reuters"),
        ("Warga antre di kantor pos. DOK. Jane Roe", "Warga antre di kantor pos.", "DOK. Jane Roe"),
        (
            "A school near Tamale. (Courtesy of Abena Owusu)",
            "A school near Tamale.",
            "Courtesy of Abena Owusu",
        ),
        (
            "Soldiers at a checkpoint. AFP via Getty Images",
            "Soldiers at a checkpoint.",
            "AFP via Getty Images",
        ),
        ("서울 시내의 모습. 고영권 기자", "서울 시내의 모습.", "고영권 기자"),
        ("東京駅の様子（潟沼義樹撮影）", "東京駅の様子", "潟沼義樹撮影"),
        # Not credits: a date after "＝", a note in brackets, a plain sentence.
        ("東京の駅前＝13日", "東京の駅前＝13日", None),
        ("Die Ministerin tritt ab. (Archivbild)", "Die Ministerin tritt ab. (Archivbild)", None),
        ("He took a photo. Then he left", "He took a photo. Then he left", None),
        ("The team was given credit for the win", "The team was given credit for the win", None),
    ],
)
def test_split_photo_credit(text: str, caption: str, credit: str | None) -> None:
    assert split_photo_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # A figure with a credit element inside the figcaption.
        (
            '<figure><img src="/a.jpg" alt="x"><figcaption>Flood water in the old town. '
            '<span class="credit">Jane Roe/Reuters</span></figcaption></figure>' + BODY,
            [("Flood water in the old town.", "Jane Roe/Reuters")],
        ),
        # WordPress: div.wp-caption with p.wp-caption-text.
        (
            '<div class="wp-caption"><img src="/b.jpg"><p class="wp-caption-text">The mayor '
            "opens the new bridge.</p></div>" + BODY,
            [("The mayor opens the new bridge.", None)],
        ),
        # A caption class next to the picture, with a copyright element.
        (
            '<div class="media"><picture><img src="/c.jpg"></picture><div class="mediaInfo">'
            '<span class="mediaSubtitle">Workers on the night shift.</span>'
            '<span class="mediaRights">Bildrechte: Sender/Max Muster</span></div></div>' + BODY,
            [("Workers on the night shift.", "Sender/Max Muster")],
        ),
        # A short trailing name element after the caption text is its credit.
        (
            "<figure><img src='/d.jpg'><figcaption><span><p>The president speaks in "
            "Brussels.</p></span><span>Anna Beispiel/dpa</span></figcaption></figure>" + BODY,
            [("The president speaks in Brussels.", "Anna Beispiel/dpa")],
        ),
        # A screen-reader label before the caption is not part of it.
        (
            '<figure><img src="/e.jpg"><div class="media-caption"><span>Legende: </span>'
            "<span>Ein Treffen im Weissen Haus.</span></div></figure>" + BODY,
            [("Ein Treffen im Weissen Haus.", None)],
        ),
        # A short text after the picture, then a credit line: a caption without markup.
        (
            '<div class="image-widget"><span><picture><img src="/g.jpg"></picture></span>'
            "<span></span><p><span>Readers meet the authors at the book shop.</span></p>"
            "<p>Image: Jane Roe</p></div>" + BODY,
            [("Readers meet the authors at the book shop.", "Jane Roe")],
        ),
        # Same with an agency name as the credit line.
        (
            '<div class="x1"><picture><img src="/h.jpg"></picture><div class="x2">Fans '
            'celebrate the win</div><div class="x3">Getty Images</div></div>' + BODY,
            [("Fans celebrate the win", "Getty Images")],
        ),
        # A credit printed twice, once with a label, is one credit.
        (
            '<figure><img src="/i.jpg"><figcaption>The senator walks out. <span class="credit">'
            "Jane Roe/AP</span> <span class='credit'>Photo: Jane Roe/AP</span></figcaption>"
            "</figure>" + BODY,
            [("The senator walks out.", "Jane Roe/AP")],
        ),
        # A caption given as an attribute (lightbox galleries).
        (
            '<div class="gallery"><a href="/big.jpg" data-caption="Boats in the harbour. '
            'Foto: Jane Roe"><img src="/small.jpg"></a></div>' + BODY,
            [("Boats in the harbour.", "Jane Roe")],
        ),
        # aria-describedby points at the caption element.
        (
            '<div><img src="/j.jpg" aria-describedby="cap-1"></div>'
            '<p id="cap-1">The old mill at sunset.</p>' + BODY,
            [("The old mill at sunset.", None)],
        ),
        # Alt text repeated right after the image is one caption, not two.
        (
            '<div class="lead"><picture><img src="/f.jpg" alt="Friedrich Merz"></picture>'
            "<p>Friedrich Merz</p></div>" + BODY,
            [("Friedrich Merz", None)],
        ),
    ],
)
def test_caption_shapes(html: str, expected: list[tuple[str, str | None]]) -> None:
    assert _captions(html) == expected


def test_lead_image_in_header_counts() -> None:
    html = (
        '<header><figure><img src="/lead.jpg"><figcaption>The lead picture of the story.'
        "</figcaption></figure></header>" + BODY
    )
    images = _images(html)
    assert [(i.url, i.caption) for i in images] == [
        ("https://news.example.com/lead.jpg", "The lead picture of the story.")
    ]


def test_lazy_load_and_srcset_urls() -> None:
    html = (
        '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">'
        "<figcaption>Lazy image.</figcaption></figure>"
        '<figure><picture><source srcset="/wide.jpg 1200w, /narrow.jpg 600w">'
        '<img src="/img/blank.gif"></picture><figcaption>Responsive image.</figcaption></figure>'
        + BODY
    )
    assert [i.url for i in _images(html)] == [
        "https://news.example.com/real.jpg",
        "https://news.example.com/wide.jpg",
    ]


@pytest.mark.parametrize(
    "noise",
    [
        # A related-stories rail.
        '<aside><figure><img src="/r.jpg"><figcaption>Another story entirely.</figcaption>'
        "</figure></aside>",
        # A teaser card: a linked headline inside the unit.
        '<div class="card"><figure><img src="/t.jpg"><figcaption>Teaser picture.</figcaption>'
        '</figure><h3><a href="/other-story.html">The other story</a></h3>'
        "</div>",
        # An author box: a figure whose caption is a byline.
        '<figure><img src="/author.jpg"><figcaption><address>Von Jane Roe</address>'
        "</figcaption></figure>",
        # A quote figure has no picture.
        "<figure><blockquote>Words of a person.</blockquote><figcaption>A Person</figcaption>"
        "</figure>",
        # A box title with a "caption" class is not a caption.
        '<div class="box"><img src="/x.jpg"><h2 class="caption">Pick of the week</h2></div>',
        # A teaser whose figcaption holds the other story's overline and headline.
        '<figure class="layout"><img src="/y.jpg"><figcaption><div class="teaser__overline">'
        "Newsletter</div><div>Sign up for our weekend letter</div></figcaption></figure>",
        # A UI toggle text is not a caption.
        '<figure><img src="/z.jpg"><figcaption>Show caption</figcaption></figure>',
        # A video player's caption is not an image caption.
        '<div class="video-wrapper"><figure><img src="/poster.jpg"><figcaption>Watch the '
        "clip.</figcaption></figure></div>",
    ],
)
def test_non_article_images_are_skipped(noise: str) -> None:
    html = (
        '<figure><img src="/main.jpg"><figcaption>The real caption.</figcaption></figure>'
        + noise
        + BODY
    )
    assert _captions(html) == [("The real caption.", None)]


def test_jsonld_caption_when_page_shows_none() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "H", "image": {"@type": "ImageObject", "url": "https://x.example/i.jpg", '
        '"caption": "Leaders meet in Rome. (AP Photo/Jane Roe)"}}</script></head>'
        f"<body><article><h1>Headline of the story</h1>{BODY}</article></body></html>"
    )
    doc = Document(page, URL)
    hit = extract_images(doc, extract_body(doc).container)
    assert hit is not None
    assert [(i.url, i.caption, i.credit) for i in hit.value] == [
        ("https://x.example/i.jpg", "Leaders meet in Rome.", "AP Photo/Jane Roe")
    ]


def test_no_images_gives_og_image_or_none() -> None:
    assert _images(BODY) == ()
    page = (
        '<html><head><meta property="og:image" content="https://x.example/og.jpg"></head>'
        f"<body><article><h1>Headline of the story</h1>{BODY}</article></body></html>"
    )
    doc = Document(page, URL)
    hit = extract_images(doc, extract_body(doc).container)
    assert hit is not None
    assert hit.value == (Image(url="https://x.example/og.jpg"),)


def test_one_picture_in_several_crops_is_one_image() -> None:
    html = "".join(
        f'<figure><img src="/p.jpg?w=1200&h={h}"><figcaption>The synod meets.</figcaption></figure>'
        for h in (1200, 900, 675)
    )
    images = _images(html + BODY)
    assert [(i.url, i.caption) for i in images] == [
        ("https://news.example.com/p.jpg?w=1200&h=1200", "The synod meets.")
    ]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("/img/leer.gif", None),
        ("/static/icons/zoom-in.svg", None),
        ("/photos/pixels-photo-123.jpeg", "https://news.example.com/photos/pixels-photo-123.jpeg"),
        ("/crops/1x1/portrait.jpg", "https://news.example.com/crops/1x1/portrait.jpg"),
    ],
)
def test_placeholder_sources_are_not_urls(src: str, expected: str | None) -> None:
    html = f'<figure><img src="{src}"><figcaption>A caption.</figcaption></figure>' + BODY
    assert [i.url for i in _images(html)] == [expected]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # a name of two or more words in brackets after the last sentence is a credit
        (
            "The islands were listed for sale. (Bespoke Real Estate)",
            "The islands were listed for sale.",
            "Bespoke Real Estate",
        ),
        # one word is a note or a place; brackets inside a sentence are text
        ("Netanyahu in Jerusalem. (Jerusalem)", "Netanyahu in Jerusalem. (Jerusalem)", None),
        ("A sale (Bespoke Real Estate)", "A sale (Bespoke Real Estate)", None),
        ("He waved. (left to right)", "He waved. (left to right)", None),
        # a labelled credit keeps its own brackets, loses the enclosing ones
        (
            "A camp in Albania. Foto: Florion Goga (REUTERS)",
            "A camp in Albania.",
            "Foto: Florion Goga (REUTERS)",
        ),
        ("Ein Lager (Foto: Jane Roe/dpa)", "Ein Lager", "Foto: Jane Roe/dpa"),
    ],
)
def test_bracketed_name_after_the_caption(text: str, caption: str, credit: str | None) -> None:
    assert split_photo_credit(text) == (caption, credit)


_PIC = '<img src="https://cdn.example.com/a.jpg">'


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # a "more" link closing the caption is left out
        (
            f'<figure>{_PIC}<figcaption>The bridge at night. <a href="/g">more &gt;</a>'
            "</figcaption></figure>",
            [("The bridge at night.", None)],
        ),
        (
            f'<figure>{_PIC}<figcaption>Die Brücke bei Nacht. <a href="/g">Mehr</a>'
            "</figcaption></figure>",
            [("Die Brücke bei Nacht.", None)],
        ),
        # a link that is part of the caption stays
        (
            f'<figure>{_PIC}<figcaption>The <a href="/b">Tower Bridge</a> at night.'
            "</figcaption></figure>",
            [("The Tower Bridge at night.", None)],
        ),
        # the mobile and the desktop copy of one caption, read as one text
        (
            f'<figure>{_PIC}<figcaption><span class="m">The bridge at night.</span>'
            '<span class="d">The bridge at night.</span></figcaption></figure>',
            [("The bridge at night.", None)],
        ),
        # one picture in two figures (a <noscript> or lightbox copy): one caption
        (
            f"<figure>{_PIC}<figcaption>The bridge at night.</figcaption></figure>"
            f"<figure>{_PIC.replace('a.jpg', 'b.jpg')}<figcaption>The bridge at night."
            "</figcaption></figure>",
            [("The bridge at night.", None)],
        ),
        # the text of a toggle button in the caption is left out
        (
            f"<figure>{_PIC}<figcaption>BILDBESCHREIBUNG EINBLENDEN Die Brücke bei Nacht."
            "</figcaption></figure>",
            [("Die Brücke bei Nacht.", None)],
        ),
        # a teaser box for another story is not the article's picture
        (
            f'<div class="innerTeaser"><figure>{_PIC}<figcaption>A farm in the east.'
            "</figcaption></figure></div>",
            [],
        ),
        # ... but a lead picture with a "--teaser" modifier is
        (
            f'<div class="article__picture--teaser"><figure>{_PIC}<figcaption>A farm in the east.'
            "</figcaption></figure></div>",
            [("A farm in the east.", None)],
        ),
    ],
)
def test_caption_cleanup(figure: str, expected: list[tuple[str, str | None]]) -> None:
    assert _captions(f"{figure}{BODY}") == expected


@pytest.mark.parametrize(
    ("ld_caption", "expected"),
    [
        ("Storm hits the coast", []),  # the headline copied into the image
        ("A summary of the storm and its damage.", []),  # the description
        ("Waves at the harbour wall.", ["Waves at the harbour wall."]),
    ],
)
def test_jsonld_caption_that_is_the_headline(ld_caption: str, expected: list[str]) -> None:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Storm hits the coast", '
        '"description": "A summary of the storm and its damage.", '
        f'"image": {{"@type": "ImageObject", "url": "https://cdn.example.com/a.jpg", '
        f'"caption": "{ld_caption}"}}}}'
    )
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Storm hits the coast</h1>{BODY}</article></body></html>"
    )
    doc = Document(page, URL)
    hit = extract_images(doc, extract_body(doc).container)
    captions = [i.caption for i in hit.value if i.caption] if hit is not None else []
    assert captions == expected


def test_jsonld_crops_of_one_picture_give_one_caption() -> None:
    images = ", ".join(
        f'{{"@type": "ImageObject", "url": "https://cdn.example.com/a-{w}.jpg", '
        '"caption": "Waves at the harbour wall."}'
        for w in (1200, 900, 675)
    )
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "Storm hits the coast", "image": [{images}]}}'
    )
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Storm hits the coast</h1>{BODY}</article></body></html>"
    )
    doc = Document(page, URL)
    hit = extract_images(doc, extract_body(doc).container)
    assert hit is not None
    assert [i.caption for i in hit.value] == ["Waves at the harbour wall."]


@pytest.mark.parametrize(
    "sibling",
    [
        "<p>Friedrich Merz im Bundestag<script>track('x')</script></p>",
        "<p>Friedrich Merz im Bundestag</p>",
    ],
)
def test_script_text_is_not_caption_text(sibling: str) -> None:
    figure = (
        '<div><img src="https://cdn.example.com/m.jpg" alt="Friedrich Merz im Bundestag">'
        f"{sibling}</div>"
    )
    assert _captions(f"{figure}{BODY}") == [("Friedrich Merz im Bundestag", None)]


def test_class_names_in_any_case() -> None:
    figure = (
        '<div class="Photo"><img src="/a.jpg"><div class="IMAGE-CAPTION">The harbour at dawn. '
        '<span class="Credit">Jane Roe</span></div></div>'
    )
    assert _captions(figure + BODY) == [("The harbour at dawn.", "Jane Roe")]
    related = f'<div class="Related-Stories">{figure}</div>'
    assert _captions(BODY + related) == []


def test_caption_element_with_a_data_caption() -> None:
    # Both a caption element and an attribute caption: the shown text is the caption.
    figure = (
        '<figure><img src="/a.jpg"><figcaption data-caption="Hidden text">The old mill.'
        "</figcaption></figure>"
    )
    assert _captions(figure + BODY) == [("The old mill.", None)]
    # An element with a data-caption but no caption markup is no caption element.
    box = '<div class="box" data-caption="Boats in the harbour."><img src="/b.jpg"></div>'
    assert _captions(box + BODY) == [("Boats in the harbour.", None)]
