"""Batch runs: finding pages, parallel workers, failures recorded, outputs, resume, Ctrl-C."""

from __future__ import annotations

import gzip
import io
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse import Article, EmptyInputError, NewsparseError, NotHTMLError, parse
from newsparse.batch import (
    FilePage,
    HtmlPage,
    MissingExtraError,
    Options,
    PageResult,
    expand_inputs,
    pages_in,
    parse_page,
    parse_pages,
    row_columns,
)
from newsparse.cli import main

PARAGRAPH = "<p>Paragraph {i} of the story {n}, long enough to count, with commas and words.</p>"


def story(n: int, paragraphs: int = 3) -> str:
    """A small news page of our own, numbered ``n``."""
    body = "".join(PARAGRAPH.format(i=i, n=n) for i in range(paragraphs))
    return (
        f'<html><head><link rel="canonical" href="https://example.com/{n}"></head>'
        f"<body><h1>Story {n}</h1>{body}</body></html>"
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder: 4 good pages (one gzipped, two in a subfolder), an empty one, a binary one."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "a.html").write_text(story(1), encoding="utf-8")
    (root / "b.html.gz").write_bytes(gzip.compress(story(2).encode()))
    (root / "sub" / "c.htm").write_text(story(3), encoding="utf-8")
    (root / "sub" / "d.html").write_text(story(4), encoding="utf-8")
    (root / "sub" / "empty.html").write_bytes(b"")
    (root / "sub" / "z.html").write_bytes(b"\x00\x01\x02\x03 binary")
    (root / "notes.txt").write_text("not a page", encoding="utf-8")
    return root


def rows(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


# ---------------------------------------------------------------- finding pages


def test_folders_are_searched_recursively_with_globs(pages: Path) -> None:
    found = [Path(f).relative_to(pages).as_posix() for f in expand_inputs([str(pages)])]
    assert found == [
        "a.html",
        "b.html.gz",
        "sub/c.htm",
        "sub/d.html",
        "sub/empty.html",
        "sub/z.html",
    ]
    only = expand_inputs([str(pages)], include=["*.html"], exclude=["sub/*"])
    assert [Path(f).name for f in only] == ["a.html"]
    assert expand_inputs([str(pages / "notes.txt")]) == [str(pages / "notes.txt")]
    with pytest.raises(NewsparseError, match="missing: no such file or directory"):
        expand_inputs(["missing"])


def test_stdin_is_a_page_or_a_warc_stream() -> None:
    (page,) = pages_in(["-"], url="https://x.org/1", stdin=io.BytesIO(gzip.compress(b"<p>hi</p>")))
    assert isinstance(page, HtmlPage)
    assert (page.source, page.url, page.html) == ("-", "https://x.org/1", b"<p>hi</p>")


# ---------------------------------------------------------------- parsing


def test_a_failing_page_is_recorded_and_never_raised(pages: Path) -> None:
    result = parse_page(FilePage(str(pages / "sub" / "empty.html")))
    assert not result.ok
    assert result.error_type == "EmptyInputError"
    assert result.article() is None
    row = json.loads(result.line)
    assert row["article"] is None
    assert row["error"] == {"type": "EmptyInputError", "message": "the input is empty"}
    missing = parse_page(FilePage(str(pages / "missing.html")))
    assert missing.error_type == "FileNotFoundError"

    class Exploding(HtmlPage):
        def parse(self, **kwargs: object) -> Article:
            raise RuntimeError("a bug in an extractor")

    bug = parse_page(Exploding("x", "<p>x</p>"))
    assert (bug.error_type, bug.error_message) == ("RuntimeError", "a bug in an extractor")


def test_a_page_row_has_source_url_and_the_article(pages: Path) -> None:
    result = parse_page(FilePage(str(pages / "a.html")))
    row = json.loads(result.line)
    assert list(row) == [c.name for c in row_columns()]
    assert row["source"] == str(pages / "a.html")
    assert row["record"] is None
    assert row["url"] == "https://example.com/1"  # no URL given: the page's canonical one
    assert row["error"] is None
    assert "paragraphs" not in row["article"]  # derived from the body: not repeated
    article = result.article()
    assert article == parse(story(1))


def test_workers_give_the_same_results_ordered_or_not(pages: Path) -> None:
    files = expand_inputs([str(pages)])
    one = [r.line for r in parse_pages(pages_in(files), jobs=1)]
    two = [r.line for r in parse_pages(pages_in(files), jobs=2, chunk_size=1)]
    assert one == two
    unordered = [r.line for r in parse_pages(pages_in(files), jobs=2, ordered=False)]
    assert sorted(unordered) == sorted(one)
    assert [json.loads(line)["error"] is None for line in one] == [True] * 4 + [False] * 2


def test_fresh_worker_processes_load_the_rule_set_themselves(tmp_path: Path) -> None:
    # "spawn" workers share nothing with this process: each must read the rule file.
    rules = tmp_path / "mine.toml"
    rules.write_text('publisher = "Mine"\n[headline]\nselect = ["p"]\n', encoding="utf-8")
    pages = [HtmlPage(f"p{n}", story(n)) for n in range(4)]
    results = list(
        parse_pages(pages, Options(rules=str(rules)), jobs=2, chunk_size=1, context="spawn")
    )
    articles = [r.article() for r in results]
    assert [a.headline if a else None for a in articles] == [
        f"Paragraph 0 of the story {n}, long enough to count, with commas and words."
        for n in range(4)
    ]
    assert all(
        a and a.provenance.headline and a.provenance.headline.rule_set == "Mine" for a in articles
    )


def test_results_articles_and_errors_pickle(pages: Path) -> None:
    result = parse_page(FilePage(str(pages / "a.html")))
    article = result.article()
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(article)) == article
    for error in (
        EmptyInputError("the input is empty"),
        NotHTMLError("binary"),
        MissingExtraError("needs the 'warc' extra"),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert (type(again), str(again)) == (type(error), str(error))
    page = FilePage("x.html", "https://x.org/")
    assert pickle.loads(pickle.dumps(page)) == page
    assert pickle.loads(pickle.dumps(Options(rules="generic"))) == Options(rules="generic")


def test_page_result_is_a_value() -> None:
    result = PageResult("s", None, None, None, None, '{"article": null}')
    assert result.ok
    assert result.key == ("s", None)


# ---------------------------------------------------------------- the command line


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_folder_to_json_lines_with_summary(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([str(pages), "--jobs", "2"], capsys)
    assert status == 1  # two pages failed
    got = rows(out)
    assert [Path(str(r["source"])).name for r in got] == [
        "a.html",
        "b.html.gz",
        "c.htm",
        "d.html",
        "empty.html",
        "z.html",
    ]
    assert got[1]["article"]["headline"] == "Story 2"  # type: ignore[index]
    assert got[4]["error"]["type"] == "EmptyInputError"  # type: ignore[index]
    assert "6 page(s) in" in err
    assert "4 parsed, 2 failed (" in err
    assert "EmptyInputError 1" in err
    assert "NotHTMLError 1" in err
    status, out, err = run([str(pages), "--exclude", "sub/*", "-j", "1", "-q"], capsys)
    assert (status, err) == (0, "")
    assert len(rows(out)) == 2


def test_cli_one_page_stays_pretty_json_unless_batch(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run([str(pages / "a.html")], capsys)
    assert status == 0
    assert out.startswith("{\n  ")
    assert json.loads(out)["headline"] == "Story 1"
    status, out, _ = run([str(pages / "a.html"), "--batch", "--url", "https://x.org/1"], capsys)
    assert status == 0
    (row,) = rows(out)
    assert row["url"] == "https://x.org/1"
    status, _, err = run([str(pages), "--url", "https://x.org/1"], capsys)
    assert status == 1
    assert "--url names one page" in err


def test_cli_output_file_refuses_to_overwrite_and_resumes(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out.jsonl"
    status, out, _ = run([str(pages), "-o", str(out_file), "-j", "1"], capsys)
    assert (status, out) == (1, "")
    complete = out_file.read_text(encoding="utf-8")
    assert len(rows(complete)) == 6
    status, _, err = run([str(pages), "-o", str(out_file)], capsys)
    assert status == 1
    assert "exists: --resume to continue it, --force to overwrite" in err
    # A run killed hard left two pages and half a line: --resume cuts the torn line off.
    lines = complete.splitlines(keepends=True)
    out_file.write_text("".join(lines[:2]) + lines[2][:25], encoding="utf-8")
    status, _, err = run([str(pages), "-o", str(out_file), "--resume", "-j", "2"], capsys)
    assert status == 1
    assert "4 page(s)" in err
    assert "2 skipped (already in the output)" in err
    assert sorted(out_file.read_text(encoding="utf-8").splitlines()) == sorted(
        complete.splitlines()
    )
    status, _, _ = run([str(pages), "-o", str(out_file), "--force", "-q"], capsys)
    assert len(rows(out_file.read_text(encoding="utf-8"))) == 6


def test_cli_reads_warc_files_and_warc_on_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fastwarc", reason="needs the 'warc' extra")
    from tests.test_warc import sample_records, write_warc

    cut = write_warc(tmp_path / "crawl.warc.gz", sample_records(), gzipped=True)
    cut.write_bytes(cut.read_bytes()[:-60])
    status, out, err = run([str(cut), "-j", "1"], capsys)
    assert status == 1
    first, second = rows(out)
    assert first["record"] == "<urn:uuid:00000000-0000-0000-0000-000000000003>"
    assert first["url"] == "https://example.com/a"
    assert first["article"]["headline"] == "Un café à Paris"  # type: ignore[index]
    assert second["error"]["type"] == "WarcRecordError"  # type: ignore[index]
    assert "truncated" in second["error"]["message"]  # type: ignore[index]
    assert "1 parsed, 1 failed (WarcRecordError 1)" in err

    stdin = io.TextIOWrapper(io.BytesIO(b"".join(sample_records())))
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run(["-", "--jobs", "2"], capsys)
    assert status == 0
    assert [r["source"] for r in rows(out)] == ["-", "-"]
    # No batch option: a WARC stream on stdin still gives JSON Lines, not one Article.
    gzipped = b"".join(gzip.compress(r) for r in sample_records())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzipped)))
    status, out, _ = run(["-"], capsys)
    assert status == 0
    assert [r["url"] for r in rows(out)] == ["https://example.com/a", "https://example.com/b"]


def test_cli_parquet_output_and_resume(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="needs the 'parquet' extra")
    target = tmp_path / "out.parquet"
    status, _, _ = run([str(pages), "--exclude", "sub/*", "-o", str(target), "-q"], capsys)
    assert status == 0
    table = pq.read_table(target)
    assert table.num_rows == 2
    assert table.schema.field("article").type.get_field_index("headline") >= 0
    assert table.column("article").to_pylist()[0]["headline"] == "Story 1"
    status, _, err = run([str(pages), "-o", str(target), "--resume"], capsys)
    assert status == 1
    assert "2 skipped" in err
    table = pq.read_table(target)
    assert table.num_rows == 6
    assert sorted(table.column("error").to_pylist(), key=str)[0] is None
    assert not target.with_name("out.parquet.partial").exists()


def test_cli_parquet_without_the_extra_names_it(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    status, _, err = run([str(pages), "-o", str(tmp_path / "x.parquet")], capsys)
    assert status == 1
    assert "pip install 'newsparse[parquet]'" in err


def test_cli_progress_bar_only_when_asked_or_on_a_terminal(
    pages: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm", reason="needs the 'progress' extra")
    status, _, err = run([str(pages), "-j", "1", "--progress"], capsys)
    assert "6/6" in err
    assert "page/s" in err
    _, _, err = run([str(pages), "-j", "1"], capsys)  # captured stderr is no terminal
    assert "6/6" not in err
    monkeypatch.setitem(sys.modules, "tqdm", None)
    status, _, err = run([str(pages), "--progress"], capsys)
    assert status == 1
    assert "pip install 'newsparse[progress]'" in err


def test_ctrl_c_leaves_a_valid_file_and_resume_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:03d}.html").write_text(story(n, paragraphs=400), encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse", str(folder), "-o", str(out_file), "-j", "2"]
    running = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and running.poll() is None:
        if out_file.exists() and out_file.stat().st_size > 0:
            break
        time.sleep(0.05)
    os.killpg(running.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = running.communicate(timeout=60)
    assert running.returncode == 130, err
    assert "interrupted" in err
    done = rows(out_file.read_text(encoding="utf-8"))
    assert 0 < len(done) < 300
    finished = subprocess.run(
        [*command, "--resume", "-q"], capture_output=True, text=True, check=False
    )
    assert finished.returncode == 0, finished.stderr
    sources = [r["source"] for r in rows(out_file.read_text(encoding="utf-8"))]
    assert sorted(sources) == sorted(str(p) for p in folder.iterdir())


def test_an_unreadable_warc_file_is_a_failed_page_not_a_failed_run(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="needs the 'warc' extra")
    missing = str(tmp_path / "gone.warc.gz")
    (result,) = parse_pages(pages_in([missing]))
    assert result.key == (missing, None)
    assert result.error_type == "WarcRecordError"
    assert "cannot read the file" in (result.error_message or "")
