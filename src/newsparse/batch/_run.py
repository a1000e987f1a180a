"""Parsing many pages: the per-page boundary, worker processes, progress and the summary."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from newsparse._document import DEFAULT_MAX_BYTES
from newsparse.batch._extras import MissingExtraError, require
from newsparse.batch._pages import Page
from newsparse.batch._rules import DEFAULT, rules_for
from newsparse.batch._schema import derived_fields
from newsparse.model import Article

__all__ = [
    "Options",
    "PageResult",
    "Summary",
    "default_jobs",
    "parse_page",
    "parse_pages",
    "run_batch",
]

Key = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class Options:
    """How every page of a batch is parsed (the arguments of :func:`newsparse.parse`)."""

    rules: str = DEFAULT
    """A rule-set name: ``"default"``, ``"generic"``, a registered name or domain, or a
    ``.toml`` / ``.json`` / ``.py`` file. Each worker process loads it once."""
    as_of: date | None = None
    """The fetch date (default: a WARC record's capture date, else the newest rules)."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Pages larger than this fail with :class:`~newsparse.InputTooLargeError`."""


@dataclass(frozen=True, slots=True)
class PageResult:
    """The outcome of one page: its row as a JSON line, and the error if it failed."""

    source: str
    record_id: str | None
    url: str | None
    error_type: str | None
    """The exception's class name (``None`` when the page parsed)."""
    error_message: str | None
    line: str
    """The row as one line of JSON (no newline): ``source``, ``record``, ``url``,
    ``article`` (``null`` on failure) and ``error`` (``{"type", "message"}`` or ``null``)."""

    @property
    def ok(self) -> bool:
        """Whether the page parsed."""
        return self.error_type is None

    @property
    def key(self) -> Key:
        """``(source, record_id)``: what identifies the page in an output file."""
        return self.source, self.record_id

    def article(self) -> Article | None:
        """The :class:`~newsparse.Article` (rebuilt from the row), or ``None`` on failure."""
        data = json.loads(self.line)["article"]
        return None if data is None else Article.model_validate(data)


def _row(page: Page, url: str | None, article_json: str, error: dict[str, str] | None) -> str:
    head = json.dumps(
        {"source": page.source, "record": page.record_id, "url": url}, ensure_ascii=False
    )
    tail = json.dumps(error, ensure_ascii=False)
    return f'{head[:-1]}, "article": {article_json}, "error": {tail}}}'


def parse_page(page: Page, options: Options = Options()) -> PageResult:
    """Parse one page; a failure is returned as the result's error, never raised.

    This is the one place a batch catches every exception (see the comment in the code).
    """
    try:
        article = page.parse(
            rules=rules_for(options.rules), as_of=options.as_of, max_bytes=options.max_bytes
        )
    # The per-page boundary of a batch run. Besides NewsparseError (bad input, bad rules) and
    # OSError (an unreadable file), a page can trip an unforeseen bug of an extractor or a
    # dependency (any exception type). In a run over millions of pages that page must be
    # recorded, with its error type and message, and must not stop the other pages: hence
    # the broad catch. KeyboardInterrupt and SystemExit are not Exceptions and still stop.
    except Exception as exc:  # noqa: BLE001
        error = {"type": type(exc).__name__, "message": str(exc)}
        return PageResult(
            page.source,
            page.record_id,
            page.url,
            error["type"],
            error["message"],
            _row(page, page.url, "null", error),
        )
    url = page.url or article.url
    body = article.model_dump_json(exclude=set(derived_fields()))
    return PageResult(page.source, page.record_id, url, None, None, _row(page, url, body, None))


def _parse_chunk(pages: list[Page], options: Options) -> list[PageResult]:
    return [parse_page(page, options) for page in pages]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: let the parent alone decide what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    """The number of worker processes by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def parse_pages(
    pages: Iterable[Page],
    options: Options = Options(),
    *,
    jobs: int = 1,
    ordered: bool = True,
    chunk_size: int = 8,
    context: str | None = None,
) -> Iterator[PageResult]:
    """Parse ``pages`` with ``jobs`` worker processes, yielding one result per page.

    ``jobs=1`` parses in this process. With ``ordered`` the results come in the order of
    ``pages``; otherwise as they finish. Pages are read lazily and only a few chunks of
    ``chunk_size`` pages per worker are in flight, so memory stays flat on huge inputs.
    Rule sets are loaded in each worker from ``options.rules`` (a name, not an object).
    ``context`` is the :mod:`multiprocessing` start method (default: the platform's).
    """
    if jobs <= 1:
        for page in pages:
            yield parse_page(page, options)
        return
    source = iter(pages)
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=None if context is None else multiprocessing.get_context(context),
        initializer=_worker_init,
    )
    pending: deque[Future[list[PageResult]]] = deque()
    try:
        while True:
            while len(pending) < jobs * 4:
                chunk = list(islice(source, chunk_size))
                if not chunk:
                    break
                pending.append(executor.submit(_parse_chunk, chunk, options))
            if not pending:
                executor.shutdown(wait=True)  # all done: let the workers exit
                return
            if ordered:
                yield from pending.popleft().result()
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                pending.remove(future)
                yield from future.result()
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


@dataclass
class Summary:
    """What a batch run did."""

    pages: int = 0
    """Pages parsed or failed in this run."""
    failed: int = 0
    skipped: int = 0
    """Pages left out because the output already had them (``--resume``)."""
    seconds: float = 0.0
    interrupted: bool = False
    errors: Counter[str] = field(default_factory=Counter)
    """Failures by error type."""

    @property
    def rate(self) -> float:
        """Pages per second."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        text = (
            f"{self.pages} page(s) in {self.seconds:.1f} s ({self.rate:.1f} pages/s): "
            f"{self.pages - self.failed} parsed, {self.failed} failed"
        )
        if self.errors:
            text += " (" + ", ".join(f"{k} {n}" for k, n in self.errors.most_common()) + ")"
        if self.skipped:
            text += f"; {self.skipped} skipped (already in the output)"
        return text


def _progress_bar(enabled: bool | None, total: int | None) -> Any:
    """A tqdm bar on stderr, or ``None``; by default only on a terminal and outside CI."""
    if enabled is None:
        enabled = sys.stderr.isatty() and not os.environ.get("CI")
        if not enabled:
            return None
        try:
            tqdm = require("tqdm", "progress", "the progress bar")
        except MissingExtraError:
            return None
    elif not enabled:
        return None
    else:
        tqdm = require("tqdm", "progress", "the progress bar")
    return tqdm.tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)


def run_batch(
    pages: Iterable[Page],
    write: Callable[[PageResult], None],
    options: Options = Options(),
    *,
    jobs: int = 1,
    ordered: bool = True,
    skip: frozenset[Key] | set[Key] = frozenset(),
    progress: bool | None = None,
    total: int | None = None,
) -> Summary:
    """Parse ``pages`` and ``write`` each result; return the :class:`Summary`.

    Pages whose ``(source, record_id)`` is in ``skip`` are left out. Ctrl-C stops the run
    after the results written so far (``summary.interrupted``): close the output then.
    ``progress``: ``True``/``False`` for a progress bar on stderr or none, ``None`` for one
    only on a terminal outside CI (and when the ``progress`` extra is installed).
    """
    summary = Summary()
    started = time.monotonic()

    def wanted(page: Page) -> bool:
        if (page.source, page.record_id) in skip:
            summary.skipped += 1
            return False
        return True

    bar = _progress_bar(progress, None if total is None else max(total - len(skip), 0))
    try:
        for result in parse_pages(filter(wanted, pages), options, jobs=jobs, ordered=ordered):
            write(result)
            summary.pages += 1
            if not result.ok:
                summary.failed += 1
                summary.errors[result.error_type or "?"] += 1
            if bar is not None:
                bar.update()
                if not result.ok:
                    bar.set_postfix(failed=summary.failed, refresh=False)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if bar is not None:
            bar.close()
        summary.seconds = time.monotonic() - started
    return summary
