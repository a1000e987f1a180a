"""Batch throughput: pages/s with 1, 2 and N worker processes, and the scaling efficiency.

    python benchmarks/batch.py [--corpus ../shared/corpus] [--pages 20000] [--jobs 1 2 N]
                               [--chunk-size 8] [--json OUT]

The batch is the corpus pages (``html/*.html.gz``, read in place) repeated until it holds
``--pages`` pages; each run goes through the same path as ``newsparse DIR -o OUT.jsonl``
(read and gunzip the file, parse, serialise the row), writing to nowhere. Efficiency is
``rate(j) / (j * rate(1))``. The load average before and after each run is printed, and
the CPU time the run got (this process and its workers): ``cores_obtained`` (CPU seconds
per wall second) below ``jobs`` means other work on the machine held the workers back,
and ``cpu_ms_per_page`` is the cost of a page whatever the load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from itertools import islice
from pathlib import Path

from newsparse.batch import FilePage, Options, default_jobs, parse_pages

ROOT = Path(__file__).resolve().parent.parent


def corpus_files(corpus: Path) -> list[str]:
    """The corpus pages, in truth.jsonl order."""
    with (corpus / "truth.jsonl").open(encoding="utf-8") as stream:
        return [str(corpus / json.loads(line)["html"]) for line in stream if line.strip()]


def batch(files: list[str], pages: int) -> list[FilePage]:
    """``files`` repeated to ``pages`` pages."""
    repeats = -(-pages // len(files))
    return list(islice((FilePage(f) for _ in range(repeats) for f in files), pages))


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(pages: list[FilePage], jobs: int, chunk_size: int) -> dict[str, float]:
    """Parse ``pages`` with ``jobs`` workers; return the timing and the load around it."""
    load_before = os.getloadavg()[0]
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    failed = 0
    written = 0
    for result in parse_pages(pages, Options(), jobs=jobs, chunk_size=chunk_size):
        failed += not result.ok
        written += len(result.line) + 1
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    return {
        "jobs": jobs,
        "pages": len(pages),
        "failed": failed,
        "seconds": round(seconds, 2),
        "pages_per_s": round(len(pages) / seconds, 2),
        "mb_written": round(written / 1e6, 1),
        "cpu_ms_per_page": round(1000 * cpu / len(pages), 1),
        "cores_obtained": round(cpu / seconds, 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=None)
    parser.add_argument("--chunk-size", type=int, default=8)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    cores = default_jobs()
    jobs = args.jobs or sorted({1, 2, cores})
    files = corpus_files(args.corpus)
    pages = batch(files, args.pages)
    print(
        f"{len(pages)} pages ({len(files)} corpus pages repeated), {cores} usable cores, "
        f"{os.cpu_count()} CPUs, load average now {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    results = []
    for j in jobs:
        result = run(pages, j, args.chunk_size)
        results.append(result)
        print(json.dumps(result), flush=True)
    base = next((r["pages_per_s"] for r in results if r["jobs"] == 1), None)
    print(
        f"\n{'jobs':>4} {'seconds':>8} {'pages/s':>8} {'speedup':>8} {'efficiency':>10} "
        f"{'cores got':>9} {'cpu ms/page':>11}  load"
    )
    for r in results:
        speedup = r["pages_per_s"] / base if base else float("nan")
        r["speedup"] = round(speedup, 2)
        r["efficiency"] = round(speedup / r["jobs"], 2)
        print(
            f"{r['jobs']:>4} {r['seconds']:>8} {r['pages_per_s']:>8} {speedup:>8.2f} "
            f"{r['efficiency']:>10.2f} {r['cores_obtained']:>9} {r['cpu_ms_per_page']:>11}  "
            f"{r['load_before']} -> {r['load_after']}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
