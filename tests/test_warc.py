"""WARC reading: HTML 200 responses only, URL and charset passed on, broken records reported."""

from __future__ import annotations

import gzip
import io
import sys
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("fastwarc", reason="needs the 'warc' extra")

from newsparse import Article
from newsparse.batch import MissingExtraError
from newsparse.warc import WarcRecordError, is_warc, warc_pages

STORY = (
    "<html><head><title>Café story</title></head><body><h1>Un café à Paris</h1>"
    "<p>The first paragraph of the story, long enough to be a paragraph, with commas.</p>"
    "<p>The second paragraph of the story is also long enough to count as one.</p>"
    "</body></html>"
)


def record(
    kind: str,
    number: int,
    url: str,
    block: bytes,
    *,
    content_type: str = "application/http; msgtype=response",
) -> bytes:
    """One WARC/1.0 record of our own making."""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"WARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http(body: bytes, *, status: str = "200 OK", content_type: str = "text/html") -> bytes:
    """An HTTP response as a WARC response record holds it."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
    return head.encode() + f"Content-Length: {len(body)}\r\n\r\n".encode() + body


def sample_records() -> list[bytes]:
    """Two pages among records that are not pages."""
    latin = STORY.encode("iso-8859-1")  # no <meta charset>: only the HTTP header says it
    return [
        record("warcinfo", 1, "", b"software: ours\r\n", content_type="application/warc-fields"),
        record("request", 2, "https://example.com/a", b"GET /a HTTP/1.1\r\n\r\n"),
        record(
            "response",
            3,
            "https://example.com/a",
            http(latin, content_type="text/html; charset=ISO-8859-1"),
        ),
        record(
            "response",
            4,
            "https://example.com/logo.png",
            http(b"\x89PNG", content_type="image/png"),
        ),
        record(
            "response",
            5,
            "https://example.com/gone",
            http(b"<html>gone</html>", status="404 Not Found"),
        ),
        record("revisit", 6, "https://example.com/a", http(b"")),
        record(
            "response",
            7,
            "https://example.com/b",
            http(STORY.encode("utf-8"), content_type="application/xhtml+xml; charset=utf-8"),
        ),
    ]


def write_warc(path: Path, records: list[bytes], *, gzipped: bool) -> Path:
    """Write ``records`` as a WARC file (each record its own gzip member when ``gzipped``)."""
    data = b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gzipped", [False, True])
def test_only_html_200_responses_are_pages(tmp_path: Path, gzipped: bool) -> None:
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    path = write_warc(tmp_path / name, sample_records(), gzipped=gzipped)
    pages = list(warc_pages(path))
    assert [p.url for p in pages] == ["https://example.com/a", "https://example.com/b"]
    assert pages[0].record_id == "<urn:uuid:00000000-0000-0000-0000-000000000003>"
    assert pages[0].source == str(path)
    assert pages[0].encoding == "iso-8859-1"
    assert pages[0].fetched is not None
    assert pages[0].fetched.year == 2024
    assert all(p.problem is None for p in pages)


def test_the_header_charset_decodes_the_page(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", sample_records(), gzipped=False)
    first = next(iter(warc_pages(path)))
    article = first.parse()
    assert isinstance(article, Article)
    assert article.headline == "Un café à Paris"
    assert article.url == "https://example.com/a"


def test_a_file_object_and_a_name(tmp_path: Path) -> None:
    data = b"".join(gzip.compress(r) for r in sample_records())
    pages = list(warc_pages(io.BytesIO(data), name="stream"))
    assert [p.source for p in pages] == ["stream", "stream"]


def test_a_truncated_record_is_a_page_that_fails_with_a_clear_error(tmp_path: Path) -> None:
    records = sample_records()
    path = write_warc(tmp_path / "cut.warc.gz", records, gzipped=True)
    path.write_bytes(path.read_bytes()[:-60])  # the last page's gzip member is cut short
    pages = list(warc_pages(path))
    assert [p.problem is None for p in pages] == [True, False]
    with pytest.raises(WarcRecordError, match=r"000000000007>: truncated: \d+ of \d+ bytes"):
        pages[1].parse()


def test_a_malformed_record_stops_the_file_with_a_clear_error(tmp_path: Path) -> None:
    records = sample_records()
    broken = [*records[:3], b"GARBAGE, NOT A WARC RECORD\r\n\r\n", *records[3:]]
    pages = list(warc_pages(write_warc(tmp_path / "bad.warc", broken, gzipped=False)))
    assert pages[0].url == "https://example.com/a"
    assert pages[0].problem is None
    last = pages[-1]
    assert last.record_id is None
    message = r"malformed WARC after offset \d+: .*the rest is unread"
    with pytest.raises(WarcRecordError, match=message):
        last.parse()


def test_a_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        list(warc_pages(tmp_path / "missing.warc.gz"))


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'newsparse\[warc\]'"):
        next(iter(warc_pages("whatever.warc")))


def test_is_warc() -> None:
    assert is_warc("a/b.warc")
    assert is_warc("CC-NEWS-1.WARC.GZ")
    assert not is_warc("page.html.gz")


def test_as_of_defaults_to_the_capture_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsparse.warc

    seen: list[object] = []

    def spy(html: bytes, url: str | None, **kwargs: object) -> Article:
        seen.append(kwargs["as_of"])
        return Article()

    monkeypatch.setattr(newsparse.warc, "parse", spy)
    path = write_warc(tmp_path / "crawl.warc", sample_records(), gzipped=False)
    first = next(iter(warc_pages(path)))
    first.parse()
    first.parse(as_of=date(2020, 1, 1))
    assert seen == [date(2024, 3, 5), date(2020, 1, 1)]


def test_pages_and_their_errors_pickle(tmp_path: Path) -> None:
    import pickle

    path = write_warc(tmp_path / "cut.warc", sample_records(), gzipped=False)
    path.write_bytes(path.read_bytes()[:-60])
    pages = list(warc_pages(path))
    assert pickle.loads(pickle.dumps(pages)) == pages
    with pytest.raises(WarcRecordError) as caught:
        pages[-1].parse()
    again = pickle.loads(pickle.dumps(caught.value))
    assert (type(again), str(again)) == (WarcRecordError, str(caught.value))
