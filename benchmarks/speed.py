"""How fast newsparse is, next to its peers and to the floor (issue 6).

    /work/main/.venv-bench/bin/python benchmarks/speed.py [--corpus ../shared/corpus]
        [--only newsparse,trafilatura,...] [--repeat N] [--sizes 10K,100K,1M,5M,20M]
        [--import-runs N] [--skip corpus,linear,import] [--json OUT]

Three measurements, each printed as a Markdown table:

1. **Corpus.** Every extractor runs on every corpus page in ONE process, interleaved page
   by page (the order rotates from page to page, so machine noise and cache effects hit
   all of them alike): newsparse's full ``parse``, trafilatura's extraction with
   metadata, newspaper4k, readability-lxml, goose3, resiliparse's body-only plain-text
   extraction, and the ``floor`` (a bare selectolax parse plus one ``css("p")``: nothing
   can be faster). Per extractor: median and p95 ms/page, pages/s, and the ratio to
   newsparse; then the issue's targets, met or not. Peers that are not installed are
   skipped with a note.
2. **Linear cost.** newsparse on synthetic, article-shaped pages from 10 KB to 20 MB
   (generated here): ms per MB at each size, and the peak memory per MB of input, each
   size measured in a fresh subprocess (``ru_maxrss`` growth, which includes Lexbor's C
   allocations, and the ``tracemalloc`` peak of the Python heap).
3. **Cold import.** ``python -X importtime -c "import newsparse"`` in a subprocess,
   several runs, median (and min) of newsparse's cumulative import time, with the
   bytecode cached (as installed) and, if the environment disables writing it, without;
   plus the wall time of the import and a first ``parse`` together.

The machine's load average is printed before and after, since shared machines are noisy:
compare ratios measured in the same run rather than absolute times across runs.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import logging
import os
import re
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Extractor = Callable[[bytes, "str | None"], object]

# ---------------------------------------------------------------------------- extractors


def _newsparse() -> Extractor:
    import newsparse

    def run(html: bytes, url: str | None) -> object:
        return newsparse.parse(html, url)

    return run


def _trafilatura() -> Extractor:
    import trafilatura

    def run(html: bytes, url: str | None) -> object:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, as_dict=True
        )

    return run


def _newspaper() -> Extractor:
    import newspaper

    def run(html: bytes, url: str | None) -> object:
        art = newspaper.Article(url or "http://example.com/", fetch_images=False)
        art.download(input_html=html.decode("utf-8", errors="replace"))
        art.parse()
        return art.text

    return run


def _readability() -> Extractor:
    from readability import Document

    def run(html: bytes, url: str | None) -> object:
        doc = Document(html, url=url)
        return doc.short_title(), doc.summary(html_partial=True)

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False, "http_timeout": 0.001})

    def run(html: bytes, url: str | None) -> object:
        return goose.extract(raw_html=html.decode("utf-8", errors="replace")).cleaned_text

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(html: bytes, url: str | None) -> object:
        return extract_plain_text(bytes_to_str(html, detect_encoding(html)), main_content=True)

    return run


def _floor() -> Extractor:
    from selectolax.lexbor import LexborHTMLParser

    def run(html: bytes, url: str | None) -> object:
        return LexborHTMLParser(html).css("p")

    return run


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "newsparse": _newsparse,
    "trafilatura": _trafilatura,
    "newspaper4k": _newspaper,
    "readability": _readability,
    "goose3": _goose,
    "resiliparse": _resiliparse,
    "floor": _floor,
}


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min, {os.cpu_count()} CPUs)"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


# ---------------------------------------------------------------------------- 1. corpus


def corpus_speed(corpus: Path, only: set[str] | None, repeat: int) -> dict[str, object]:
    """Time every extractor on every corpus page, interleaved page by page."""
    extractors: dict[str, Extractor] = {}
    for name, factory in EXTRACTORS.items():
        if only and name not in only and name not in ("newsparse", "floor"):
            continue
        try:
            extractors[name] = factory()
        except ImportError as exc:
            print(f"(skipping {name}: not installed: {exc})")
    cases = [json.loads(line) for line in (corpus / "truth.jsonl").read_text().splitlines()]
    pages = [(c.get("url"), gzip.decompress((corpus / c["html"]).read_bytes())) for c in cases]
    names = list(extractors)
    for url, html in pages[:3]:  # warm up (lazy imports, registries, caches)
        for name in names:
            with contextlib.suppress(Exception):  # a peer failing is counted below
                extractors[name](html, url)
    times: dict[str, list[float]] = {name: [] for name in names}
    failures = dict.fromkeys(names, 0)
    load_before = _load()
    gc.collect()
    for rep in range(repeat):
        for i, (url, html) in enumerate(pages):
            shift = (i + rep) % len(names)
            for name in names[shift:] + names[:shift]:
                start = time.perf_counter()
                try:
                    extractors[name](html, url)
                except Exception:
                    failures[name] += rep == 0
                times[name].append((time.perf_counter() - start) * 1000)
    load_after = _load()

    print(f"\n## Corpus: {len(pages)} pages × {repeat}, interleaved page by page\n")
    print(f"load average before: {load_before}; after: {load_after}\n")
    base_median = statistics.median(times["newsparse"])
    base_p95 = _pct(times["newsparse"], 0.95)
    print(
        "| extractor | median ms | p95 ms | pages/s | median ÷ newsparse "
        "| p95 ÷ newsparse | failures |"
    )
    print("|---|---|---|---|---|---|---|")
    stats: dict[str, dict[str, float]] = {}
    for name in names:
        values = times[name]
        median, p95 = statistics.median(values), _pct(values, 0.95)
        pages_s = len(values) / (sum(values) / 1000)
        stats[name] = {"median": median, "p95": p95, "pages_s": pages_s}
        print(
            f"| {name} | {median:.2f} | {p95:.2f} | {pages_s:.0f} | "
            f"{median / base_median:.2f}× | {p95 / base_p95:.2f}× | {failures[name]} |"
        )

    print("\n### Issue 6 targets (newsparse full parse)\n")

    def target(label: str, ok: bool, detail: str) -> None:
        print(f"- [{'x' if ok else ' '}] {label}: {detail}")

    if "trafilatura" in stats:
        r = stats["trafilatura"]["median"] / base_median
        target("median ≥ 12× faster than trafilatura", r >= 12, f"{r:.1f}× faster")
    if "resiliparse" in stats:
        r = stats["resiliparse"]["median"] / base_median
        target("faster than resiliparse body-only", r > 1, f"{r:.2f}× (>1 is faster)")
    floor = stats["floor"]
    r = base_median / floor["median"]
    target("median ≤ 2.5× the floor", r <= 2.5, f"{r:.1f}× the floor")
    r = base_p95 / floor["p95"]
    target("p95 within 4× the floor's p95", r <= 4, f"{r:.1f}× the floor's p95")
    return {"load_before": load_before, "load_after": load_after, "stats": stats}


# ---------------------------------------------------------------------------- 2. linear

_TEXT = (
    "the minister said on tuesday that talks with regional leaders would resume after "
    "a week of protests in the capital where thousands gathered to demand new elections "
    "and an end to the emergency measures introduced last spring officials confirmed"
)
_WORDS = _TEXT.split(" ")


def synthetic_page(size: int) -> bytes:
    """An article-shaped page of about ``size`` bytes: head metadata, chrome, long body."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Talks to resume after a week of protests",
        "datePublished": "2024-03-05T10:15:00+01:00",
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    head = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Talks to resume after a week of protests | Example News</title>"
        "<meta property='og:title' content='Talks to resume after a week of protests'>"
        "<meta property='og:site_name' content='Example News'>"
        "<meta name='description' content='Regional leaders will meet again next week.'>"
        "<meta property='article:published_time' content='2024-03-05T10:15:00+01:00'>"
        "<link rel='canonical' href='https://news.example.com/world/talks-resume'>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
        "<header><nav><ul>"
        + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(20))
        + "</ul></nav></header><main><article><h1>Talks to resume after a week of protests"
        "</h1><p class='standfirst'>Regional leaders will meet again next week.</p>"
        "<div class='byline'>By <a href='/authors/jane-doe'>Jane Doe</a></div>"
        "<time datetime='2024-03-05T10:15:00+01:00'>5 March 2024</time><div class='body'>"
    )
    tail = (
        "</div></article><aside><h2>Most read</h2><ul>"
        + "".join(f"<li><a href='/a{i}'>Another story number {i}</a></li>" for i in range(10))
        + "</ul></aside></main><footer><p>© Example News 2024</p></footer></body></html>"
    )
    parts = [head]
    length = len(head) + len(tail)
    i = 0
    while length < size:
        words = " ".join(_WORDS[(i * 7 + k) % len(_WORDS)] for k in range(40 + i % 30))
        if i % 12 == 11:
            block = (
                f"<figure><img src='/img/{i}.jpg' alt='Protesters {i}'><figcaption>"
                f"Protesters in the capital. Photo: Agency {i}</figcaption></figure>"
            )
        elif i % 9 == 8:
            block = f"<h2>Part {i}</h2>"
        else:
            block = f"<p>{words.capitalize()}.</p>"
        parts.append(block)
        length += len(block)
        i += 1
    parts.append(tail)
    return "".join(parts).encode()


_CHILD = """
import gc, json, resource, sys, time, tracemalloc
sys.path.insert(0, {bench!r})
from speed import synthetic_page
import newsparse

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])  # KiB
    return None

html = synthetic_page({size})
newsparse.parse(synthetic_page(10_000))  # warm: imports, registry
times = []
for _ in range({runs}):
    start = time.perf_counter()
    newsparse.parse(html)
    times.append(time.perf_counter() - start)
gc.collect()
rss_before = status("VmRSS")
try:  # reset the peak-RSS mark, so VmHWM is the peak of the next parse alone
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    newsparse.parse(html)
    rss_kb = status("VmHWM") - rss_before
except OSError:  # no /proc: the process's peak growth over the whole run instead
    rss_kb = None
tracemalloc.start()
newsparse.parse(html)
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(json.dumps({{"bytes": len(html), "times": times, "rss_kb": rss_kb, "py_peak": peak}}))
"""


def _size(text: str) -> int:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([KM]?)", text.strip().upper())
    if not match:
        raise argparse.ArgumentTypeError(f"bad size {text!r} (e.g. 10K, 1M)")
    return int(float(match[1]) * {"": 1, "K": 1000, "M": 1_000_000}[match[2]])


def linear_cost(sizes: list[int]) -> list[dict[str, float]]:
    """newsparse's time and memory per MB on synthetic pages of growing size."""
    print(f"\n## Linear cost: synthetic article pages (load {_load()})\n")
    print(
        "| size | median ms | ms per MB | peak RSS growth MB | RSS MB per input MB "
        "| Python heap peak MB | heap MB per input MB |"
    )
    print("|---|---|---|---|---|---|---|")
    rows = []
    for size in sizes:
        runs = max(3, min(30, 3_000_000 // max(size, 1)))
        code = _CHILD.format(bench=str(Path(__file__).parent), size=size, runs=runs)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        if out.returncode != 0:
            print(f"| {size:,} | failed: {out.stderr.strip().splitlines()[-1:]} |")
            continue
        data = json.loads(out.stdout.strip().splitlines()[-1])
        mb = data["bytes"] / 1e6
        ms = statistics.median(data["times"]) * 1000
        rss_mb = (data["rss_kb"] or 0) / 1024
        heap_mb = data["py_peak"] / 1e6
        rows.append({"bytes": data["bytes"], "ms": ms, "rss_mb": rss_mb, "heap_mb": heap_mb})
        print(
            f"| {data['bytes'] / 1000:,.0f} KB | {ms:.1f} | {ms / mb:.1f} | {rss_mb:.1f} | "
            f"{rss_mb / mb:.2f} | {heap_mb:.1f} | {heap_mb / mb:.2f} |"
        )
    print(
        "\n(Peak RSS growth: the peak resident memory of one parse (VmHWM reset through "
        "/proc/self/clear_refs) minus the resident memory before it; it counts Lexbor's "
        "C allocations, which tracemalloc does not see.)"
    )
    return rows


# ---------------------------------------------------------------------------- 3. import


_FIRST_PARSE = """
import gzip, sys, time
start = time.perf_counter()
import newsparse
imported = time.perf_counter()
newsparse.parse(open(sys.argv[1], "rb").read() if not sys.argv[1].endswith(".gz")
                else gzip.decompress(open(sys.argv[1], "rb").read()))
print(imported - start, time.perf_counter() - start)
"""


def _importtime(env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """One fresh interpreter's cumulative newsparse import (ms) and self ms per module."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsparse"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    total, selfs = 0.0, {}
    for line in out.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) != 3 or not parts[0].isdigit():
            continue
        selfs[parts[2]] = int(parts[0]) / 1000
        if parts[2] == "newsparse":
            total = int(parts[1]) / 1000
    return total, selfs


def import_time(runs: int, page: Path | None) -> dict[str, float]:
    """Median and min cumulative ``-X importtime`` of newsparse, in fresh interpreters.

    Measured with the bytecode cached (as after ``pip install``; this machine sets
    ``PYTHONDONTWRITEBYTECODE``, so a private ``PYTHONPYCACHEPREFIX`` is used and warmed
    first) and, when the environment disables bytecode writing, without it too. Also the
    wall time of ``import newsparse`` plus a first ``parse`` (rule registry, lazy regexes).
    """
    import tempfile

    print(f"\n## Cold import (load {_load()})\n")
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        variants = [("bytecode cached", cached)]
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            variants.append(("no bytecode cache (this environment)", dict(os.environ)))
        _importtime(cached)  # writes the cache
        print("| variant | median ms | min ms |")
        print("|---|---|---|")
        per_module: dict[str, list[float]] = {}
        for label, env in variants:
            totals = []
            for _ in range(runs):
                total, selfs = _importtime(env)
                totals.append(total)
                if env is cached:
                    for name, ms in selfs.items():
                        per_module.setdefault(name, []).append(ms)
            median, low = statistics.median(totals), min(totals)
            results[label] = median
            print(f"| `import newsparse`, {label} | {median:.0f} | {low:.0f} |")
        if page is not None:
            walls = []
            for _ in range(max(3, runs // 2)):
                out = subprocess.run(
                    [sys.executable, "-c", _FIRST_PARSE, str(page)],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=cached,
                )
                walls.append([float(x) * 1000 for x in out.stdout.split()])
            for label, column in (
                ("`import newsparse` (wall, no -X importtime), bytecode cached", 0),
                ("`import newsparse` + first `parse` (wall), bytecode cached", 1),
            ):
                values = [w[column] for w in walls]
                results[label] = statistics.median(values)
                print(f"| {label} | {statistics.median(values):.0f} | {min(values):.0f} |")
    print("\nTarget: < 150 ms. Largest self times (median ms, bytecode cached):\n")
    top = sorted(((statistics.median(v), k) for k, v in per_module.items()), reverse=True)
    print(", ".join(f"{name} {ms:.1f}" for ms, name in top[:15]))
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks named on the command line (all by default)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--only", help="comma-separated extractors (newsparse, floor always run)")
    ap.add_argument("--repeat", type=int, default=1, help="timing passes over the corpus")
    ap.add_argument(
        "--sizes",
        default="10K,100K,1M,5M,20M",
        type=lambda s: [_size(x) for x in s.split(",")],
        help="synthetic page sizes",
    )
    ap.add_argument("--import-runs", type=int, default=9)
    ap.add_argument("--skip", default="", help="comma-separated: corpus, linear, import")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    skip = set(filter(None, args.skip.split(",")))
    print(f"python {sys.version.split()[0]} ({sys.executable}); load {_load()}")
    results: dict[str, object] = {}
    if "import" not in skip:
        first = sorted((args.corpus / "html").glob("*.html.gz"))
        results["import"] = import_time(args.import_runs, first[0] if first else None)
    if "corpus" not in skip:
        only = set(args.only.split(",")) if args.only else None
        results["corpus"] = corpus_speed(args.corpus, only, args.repeat)
    if "linear" not in skip:
        results["linear"] = linear_cost(args.sizes)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
