"""The byline and dateline element tests agree with the CSS selectors they stand for."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsparse.extract.authors import (
    _BYLINE_CLASS_PARTS,
    _BYLINE_CSS_CLASS_PARTS,
    _BYLINE_HREF_PARTS,
    _BYLINE_SELECTOR,
    _CSS_HREF_PART,
    _DATELINE_CLASS_PARTS,
    _SCOPE_CSS_CLASS_PARTS,
    _SCOPE_SELECTOR,
    _has_part,
    _is_byline_mark,
)

_HTML = """<div>
<span id="1" class="BYLINE"></span><span id="2" class="c-byline__name"></span>
<span id="3" itemprop="Author"></span><span id="4" itemprop="x\tauthor"></span>
<span id="5" itemprop="x\xa0author"></span><span id="6" rel="AUTHOR"></span>
<span id="7" itemprop="x\x0bauthor"></span><a id="8" href="/author/x"></a>
<a id="9" href="/Author/x"></a><span id="10" href="/author/x"></span>
<span id="11" class="tutorial"></span><span id="12" itemprop="authors"></span>
<span id="13" rel="nofollow author"></span><span id="14" class=""></span>
<a id="15" href="/autor/x">x</a><span id="16" class="postAuthor"></span>
<span id="17" class="inline"></span><a id="18" href="/auto/x"></a>
<span id="19" class="post-location"></span><span id="20" class="dateline"></span>
<span id="21" class="place_cont"></span><span id="22" class="LOCATION"></span>
</div>"""
_EXACT_BYLINE = ", ".join(
    (
        '[itemprop~="author"]',
        '[rel~="author"]',
        *(f'[class*="{part}"]' for part in _BYLINE_CLASS_PARTS),
        *(f'a[href*="{part}"]' for part in _BYLINE_HREF_PARTS),
    )
)
_EXACT_DATELINE = ", ".join(f'[class*="{part}"]' for part in _DATELINE_CLASS_PARTS)


def _ids(nodes: object) -> set[str | None]:
    return {node.attributes.get("id") for node in nodes}  # type: ignore[attr-defined]


def test_byline_mark_is_the_selector() -> None:
    """_is_byline_mark() says what the exact selector selects, case and spaces included."""
    tree = LexborHTMLParser(_HTML)
    selected = _ids(tree.css(_EXACT_BYLINE))
    assert _ids(n for n in tree.css("[id]") if _is_byline_mark(n, n.attributes)) == selected
    assert selected == {"2", "4", "6", "8", "11", "13", "15", "16"}


def test_dateline_mark_is_the_selector() -> None:
    """_DATELINE_CLASS_PARTS find what the exact selector selects."""
    tree = LexborHTMLParser(_HTML)
    selected = _ids(tree.css(_EXACT_DATELINE))
    marked = _ids(
        n
        for n in tree.css("[class]")
        if _has_part(n.attributes["class"] or "", _DATELINE_CLASS_PARTS)
    )
    assert marked == selected
    assert selected == {"19", "20", "21"}


def test_css_passes_cover_the_marks() -> None:
    """The coarser CSS passes select every element the exact tests accept."""
    assert all(any(c in part for c in _BYLINE_CSS_CLASS_PARTS) for part in _BYLINE_CLASS_PARTS)
    assert all(
        any(c in part for c in _SCOPE_CSS_CLASS_PARTS)
        for part in (*_BYLINE_CLASS_PARTS, *_DATELINE_CLASS_PARTS)
    )
    assert all(_CSS_HREF_PART in part for part in _BYLINE_HREF_PARTS)
    tree = LexborHTMLParser(_HTML)
    assert _ids(tree.css(_EXACT_BYLINE)) <= _ids(tree.css(_BYLINE_SELECTOR))
    assert _ids(tree.css(f"{_EXACT_BYLINE}, {_EXACT_DATELINE}")) <= _ids(tree.css(_SCOPE_SELECTOR))
