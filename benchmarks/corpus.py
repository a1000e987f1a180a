"""Run newsparse over a corpus folder and score it with the corpus scorer.

    python benchmarks/corpus.py [--corpus ../shared/corpus] [--generic] [--out preds.jsonl]
                                [--misses FIELD] [--by source|publisher] [--json OUT]

The corpus folder holds ``truth.jsonl`` and ``html/*.html.gz``; the scorer is
``<corpus>/../eval/score.py`` unless ``--scorer`` says otherwise. Prints the per-field
table, median / p95 ms per page, and (with ``--misses``) every case a field got wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

import newsparse
from newsparse import Article

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_corpus_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def prediction(case_id: str, article: Article) -> dict[str, object]:
    """An Article in the scorer's prediction format."""
    pred: dict[str, object] = {"id": case_id}
    if article.headline:
        pred["headline"] = article.headline
    if article.authors:
        pred["authors"] = [a.name for a in article.authors]
    if article.published:
        pred["published"] = article.published.isoformat()
    if article.standfirst:
        pred["summary"] = [article.standfirst]
    pred["paragraphs"] = list(article.paragraphs)
    pred["captions"] = [i.caption for i in article.images if i.caption]
    d = article.dateline
    pred["dateline"] = {"place": d.place, "agency": d.agency} if d else {}
    pred["credit"] = article.credit.source if article.credit else ""
    return pred


_CRAWL_DATE = re.compile(r"(\d{4})_(\d{2})_(\d{2})$")


def crawl_date(case_id: str) -> dt.date | None:
    """The date a corpus page was fetched, when its id records it (``..._2024_08_27``)."""
    match = _CRAWL_DATE.search(case_id)
    return dt.date(*map(int, match.groups())) if match else None


def ruled_case_ids(corpus: Path) -> set[str]:
    """Ids of the corpus cases whose URL host has a built-in publisher rule set."""
    from urllib.parse import urlsplit

    from newsparse.rules import default_registry

    registry = default_registry()
    ids = set()
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        host = urlsplit(case.get("url") or "").hostname
        if host and registry.for_host(host) is not None:
            ids.add(case["id"])
    return ids


def reader_truth(truth: list[dict[str, object]], path: Path) -> list[dict[str, object]]:
    """The truth with the listed disagreements taken out (see ``truth_disagreements.json``).

    An entry with ``drop`` removes those values from a list field (an organisation given as
    an author), one with ``replace`` rewrites values of a list field (a caption without the
    photo credit the truth glued to it); any other entry leaves the field unscored.
    """
    fixes: dict[tuple[str, str], dict[str, object]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        fixes[(entry["id"], entry["field"])] = entry
    out = []
    for case in truth:
        case = dict(case)
        for (case_id, field), entry in fixes.items():
            if case_id != case["id"]:
                continue
            drop, replace = entry.get("drop"), entry.get("replace")
            if replace:
                case[field] = [replace.get(v, v) for v in case.get(field) or []]
                continue
            kept = [v for v in case.get(field) or [] if v not in drop] if drop else []
            case[field] = kept or None
            if field == "paragraphs":  # the body text is the paragraphs joined
                case["body"] = "\n".join(kept) if kept else None
        out.append(case)
    return out


def run(
    corpus: Path, generic: bool, ids: re.Pattern[str] | None = None
) -> tuple[list[dict[str, object]], list[float], list[str]]:
    """Parse every corpus page (or those whose id matches ``ids``): predictions, ms, failures."""
    preds, times, failures = [], [], []
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if ids is not None and not ids.search(case["id"]):
            continue
        data = gzip.decompress((corpus / case["html"]).read_bytes())
        start = time.perf_counter()
        try:
            article = newsparse.parse(
                data,
                case.get("url"),
                rules=None if generic else "default",
                as_of=crawl_date(case["id"]),
            )
        except newsparse.NewsparseError as exc:
            failures.append(f"{case['id']}: {type(exc).__name__}: {exc}")
            continue
        finally:
            times.append((time.perf_counter() - start) * 1000)
        preds.append(prediction(case["id"], article))
    return preds, times, failures


def show_misses(
    score: ModuleType,
    corpus: Path,
    preds: list[dict[str, object]],
    field: str,
    ids: re.Pattern[str] | None = None,
) -> None:
    """Print each case whose ``field`` is not fully right: truth, then our value."""
    by_id = {p["id"]: p for p in preds}
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if ids is not None and not ids.search(case["id"]):
            continue
        truth = case.get(field)
        if truth is None:
            continue
        got = by_id.get(case["id"], {}).get(field)
        single = score.score_cases([case], {case["id"]: by_id.get(case["id"], {"id": case["id"]})})
        metrics = single.get(field, {})
        headline_metric = next(
            (v for k, v in metrics.items() if k not in ("n", "cover") and isinstance(v, float)),
            None,
        )
        if headline_metric is not None and headline_metric < 1.0:
            print(
                f"--- {case['id']} ({headline_metric:.2f})\n  truth: {truth!r:.400}\n"
                f"  got:   {got!r:.400}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--scorer", type=Path, help="score.py (default: <corpus>/../eval/score.py)")
    ap.add_argument("--generic", action="store_true", help="no publisher rule sets")
    ap.add_argument("--out", type=Path, help="write predictions (JSON Lines) here")
    ap.add_argument("--json", type=Path, help="write all scores as JSON here")
    ap.add_argument("--by", choices=["source", "publisher"], help="break scores down")
    ap.add_argument("--misses", metavar="FIELD", help="print the cases FIELD got wrong")
    ap.add_argument(
        "--ids",
        type=re.compile,
        help="only cases whose id matches this regex; prints the "
        "generic path's scores beside the rules' (e.g. --ids 'TheGuardian|bbc')",
    )
    args = ap.parse_args(argv)
    score = load_scorer(args.scorer or args.corpus.parent / "eval" / "score.py")
    preds, times, failures = run(args.corpus, args.generic, args.ids)
    if args.out:
        args.out.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
        )
    truth = score.load_jsonl(args.corpus / "truth.jsonl")
    if args.ids is not None:
        truth = [case for case in truth if args.ids.search(case["id"])]
    by_id = {p["id"]: p for p in preds}
    scores = score.score_cases(truth, by_id)
    if args.misses:
        show_misses(score, args.corpus, preds, args.misses, args.ids)
    print(score.format_table(scores, f"newsparse ({'generic' if args.generic else 'rules'})"))
    disagreements = ROOT / "benchmarks" / "truth_disagreements.json"
    if disagreements.is_file():
        fixed = reader_truth(truth, disagreements)
        print(
            score.format_table(
                score.score_cases(fixed, by_id),
                "the same, with the truth that disagrees with the page left out "
                "(benchmarks/truth_disagreements.json)",
            )
        )
    if args.ids is not None and not args.generic:
        generic_preds, _, _ = run(args.corpus, generic=True, ids=args.ids)
        print(
            score.format_table(
                score.score_cases(truth, {p["id"]: p for p in generic_preds}), "generic path"
            )
        )
    ruled = ruled_case_ids(args.corpus) if args.ids is None else set()
    if ruled and not args.generic:
        cases = [c for c in truth if c["id"] in ruled]
        generic_preds, _, _ = run(args.corpus, generic=True)
        generic_by_id = {p["id"]: p for p in generic_preds}
        print(
            score.format_table(
                score.score_cases(cases, by_id), "pages of publishers with a rule set: rules"
            )
        )
        print(
            score.format_table(
                score.score_cases(cases, generic_by_id),
                "pages of publishers with a rule set: generic",
            )
        )
    if args.by:
        groups: dict[str, list[dict[str, object]]] = {}
        for case in truth:
            groups.setdefault(str(case.get(args.by)), []).append(case)
        for key, cases in sorted(groups.items()):
            print(score.format_table(score.score_cases(cases, by_id), f"{args.by}={key}"))
    times.sort()
    print(
        f"pages: {len(times)}  failures: {len(failures)}  "
        f"median {statistics.median(times):.2f} ms/page  "
        f"p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms/page"
    )
    for failure in failures:
        print("FAILED", failure)
    if args.json:
        args.json.write_text(json.dumps({"overall": scores}, indent=2), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
