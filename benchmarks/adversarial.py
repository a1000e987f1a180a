"""Adversarial inputs: time and peak memory of ``newsparse.parse`` as the input doubles.

Not a test: it prints a table. Each case runs in a fresh subprocess so the peak RSS is
that case's own (Lexbor allocates in C, which ``tracemalloc`` does not see). Linear
growth shows as a roughly constant ``s/MB`` column and a time ratio near 2 per doubling.

    python benchmarks/adversarial.py                  # sizes 1, 2, 4, 8 MB
    python benchmarks/adversarial.py --max-mb 64      # up to the 50+ MB page
    python benchmarks/adversarial.py --case deep-div  # one case
    python benchmarks/adversarial.py --regex          # every regex at n and 2n chars
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000
ROOT = Path(__file__).resolve().parent.parent
_ARTICLE = (
    "<article><h1>City council approves the new budget</h1>"
    '<p class="byline">By Jane Doe and John Roe</p><time datetime="2024-03-05T10:00:00Z">'
    "March 5, 2024</time><p>LONDON (Reuters) - The council approved the budget on Tuesday "
    "after a long debate, officials said.</p><figure><img src='/img/a.jpg' alt='x'>"
    "<figcaption>The council chamber. Photo: Jane Doe</figcaption></figure></article>\n"
)


def _fill(unit: str, size: int, head: str = "<html><body>", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def _jsonld(size: int) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": "H", "articleBody": "x " * (size // 2)})
    return f'<html><head><script type="application/ld+json">{ld}</script></head><p>x</p>'


CASES: dict[str, Callable[[int], str | bytes]] = {
    "normal-page": lambda n: _fill(_ARTICLE, n),
    "deep-div": lambda n: _fill("<div>", n),
    "deep-span-then-div": lambda n: _fill("<span>", n // 2) + "<div>" * (n // 10),
    "stray-end-tags": lambda n: _fill("<span></x>", n),
    "ul-li": lambda n: _fill("<ul><li>", n),
    "select-options": lambda n: _fill("<option>o", n, "<html><body><select>"),
    "many-elements": lambda n: _fill("<p>x</p>", n),
    "text-node": lambda n: _fill("word ", n, "<html><body><p>"),
    "attribute": lambda n: '<html><body><p class="' + "x" * n + '">T</p>',
    "unclosed-comment": lambda n: _fill("<!-- <div>", n),
    "jsonld-block": _jsonld,
    "nul-bytes": lambda n: b"<p>" + b"\x00" * n,
    "random-bytes": lambda n: bytes((i * 7919 + (i >> 3)) % 256 for i in range(n)),
}


def run_one(case: str, size: int) -> None:
    """Parse one generated input in this process; print seconds and peak RSS as JSON."""
    import newsparse

    data = CASES[case](size)
    start = time.perf_counter()
    try:
        newsparse.parse(data)
        outcome = "article"
    except newsparse.NewsparseError as exc:
        outcome = type(exc).__name__
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome}))


def _measure(case: str, size: int, timeout: float) -> dict[str, float | str]:
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--one", case, str(size)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout
    except subprocess.TimeoutExpired:
        return {"seconds": float("inf"), "peak_mb": float("nan"), "outcome": "TIMEOUT"}
    except subprocess.CalledProcessError as exc:
        return {"seconds": float("nan"), "peak_mb": float("nan"), "outcome": exc.stderr[-200:]}
    result: dict[str, float | str] = json.loads(out.strip().splitlines()[-1])
    return result


def regex_growth(n: int) -> None:
    """Time every package regex on each adversarial string at ``n`` and ``2n`` chars."""
    sys.path.insert(0, str(ROOT / "tests"))
    import newsparse
    from test_robustness import ADVERSARIAL_ATOMS, KNOWN_SLOW_REGEXES

    found: dict[tuple[object, int], tuple[re.Pattern[str], str]] = {}
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name.endswith("__main__"):
            continue
        for name, obj in vars(importlib.import_module(info.name)).items():
            items = obj if isinstance(obj, tuple | list | frozenset | set) else (obj,)
            for item in items:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.setdefault((item.pattern, item.flags), (item, f"{info.name}.{name}"))
    print(f"{len(found)} regexes, n={n:,}; flagged when time(2n)/time(n) > 3 and time(2n) > 5 ms")
    for rx, where in found.values():
        if where in KNOWN_SLOW_REGEXES:
            print(f"{'-':>9}            {where} KNOWN CATASTROPHIC (skipped)")
            continue
        worst = (0.0, 0.0, "")
        for atom in ADVERSARIAL_ATOMS:
            times = []
            for size in (n, 2 * n):
                text = atom * (size // len(atom)) + "!"
                start = time.perf_counter()
                rx.search(text)
                times.append(time.perf_counter() - start)
            if times[1] > worst[1]:
                worst = (times[0], times[1], atom)
        ratio = worst[1] / worst[0] if worst[0] else 0.0
        flag = "SUPERLINEAR" if ratio > 3 and worst[1] > 0.005 else ""
        line = f"{worst[1] * 1000:9.2f} ms  x{ratio:5.1f}  {worst[2]!r:14} {where} {flag}"
        print(line, flush=True)


def main() -> None:
    """Run the cases at doubling sizes and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    parser.add_argument("--min-mb", type=float, default=1)
    parser.add_argument("--max-mb", type=float, default=8)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--regex", type=int, nargs="?", const=20_000, metavar="N")
    args = parser.parse_args()
    if args.one:
        run_one(args.one[0], int(args.one[1]))
        return
    if args.regex:
        regex_growth(args.regex)
        return
    print(f"{'case':20} {'MB':>6} {'seconds':>8} {'s/MB':>7} {'x prev':>6} {'peak MB':>8}  outcome")
    for case in args.case or CASES:
        previous = None
        size = args.min_mb
        while size <= args.max_mb:
            result = _measure(case, int(size * MB), args.timeout)
            seconds = float(result["seconds"])
            ratio = f"{seconds / previous:6.2f}" if previous else "      "
            print(
                f"{case:20} {size:6.1f} {seconds:8.3f} {seconds / size:7.3f} {ratio} "
                f"{float(result['peak_mb']):8.0f}  {result['outcome']}",
                flush=True,
            )
            previous = seconds
            size *= 2


if __name__ == "__main__":
    main()
