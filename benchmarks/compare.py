"""newsparse side by side with the peers, on the same corpus pages, in one process.

    pip install -e ".[benchmark]"
    python benchmarks/compare.py [--corpus ../shared/corpus] [--by source|language]
                                 [--only newsparse,trafilatura,...] [--repeat N]

Every extractor runs on every page, interleaved page by page (so machine noise hits all of
them alike). Prints, per field, each extractor's scores (corpus scorer metrics), then speed:
median and p95 ms/page, pages/s and the ratio to newsparse's full parse. The ``floor`` row
is a bare selectolax parse plus one paragraph selection: we cannot be faster than that.
Peers that are not installed are skipped with a note.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import newsparse
from corpus import ROOT, load_scorer, prediction

Pred = dict[str, object]
Extractor = Callable[[bytes, str | None], Pred]

TABLE_FIELDS = (
    ("headline", "exact"),
    ("authors", "set_f1"),
    ("published", "date"),
    ("published", "minute"),
    ("summary", "set_f1"),
    ("body", "f1"),
    ("paragraphs", "para_recall"),
    ("paragraphs", "para_precision"),
    ("captions", "set_f1"),
    ("dateline", "place_acc"),
    ("credit", "accuracy"),
)


def _paragraphs(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


def _iso(value: object) -> str | None:
    if value is None:
        return None
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


def newsparse_full(html: bytes, url: str | None) -> Pred:
    return prediction("", newsparse.parse(html, url))


def newsparse_generic(html: bytes, url: str | None) -> Pred:
    try:
        article = newsparse.parse(html, url, rules=None)  # type: ignore[call-arg]
    except TypeError:  # before publisher rules existed
        article = newsparse.parse(html, url)
    return prediction("", article)


def _trafilatura() -> Extractor:
    import trafilatura

    def run(html: bytes, url: str | None) -> Pred:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, as_dict=True
        )
        if not doc:
            return {}
        authors = [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]
        return {
            "headline": doc.get("title"),
            "authors": authors or None,
            "published": doc.get("date"),
            "summary": [doc["description"]] if doc.get("description") else None,
            "paragraphs": _paragraphs(doc.get("text")),
        }

    return run


def _newspaper() -> Extractor:
    import newspaper

    def run(html: bytes, url: str | None) -> Pred:
        art = newspaper.Article(url or "http://example.com/", fetch_images=False)
        art.download(input_html=html.decode("utf-8", errors="replace"))
        art.parse()
        return {
            "headline": art.title or None,
            "authors": list(art.authors) or None,
            "published": _iso(art.publish_date),
            "summary": [art.meta_description] if art.meta_description else None,
            "paragraphs": _paragraphs(art.text),
        }

    return run


def _readability() -> Extractor:
    from lxml import html as lxml_html
    from readability import Document

    def run(html: bytes, url: str | None) -> Pred:
        doc = Document(html, url=url)
        summary = lxml_html.fromstring(doc.summary(html_partial=True))
        blocks = [" ".join(e.text_content().split()) for e in summary.iter("p", "li", "pre")]
        return {"headline": doc.short_title() or None, "paragraphs": [b for b in blocks if b]}

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False, "http_timeout": 0.001})

    def run(html: bytes, url: str | None) -> Pred:
        art = goose.extract(raw_html=html.decode("utf-8", errors="replace"))
        return {
            "headline": art.title or None,
            "authors": list(art.authors) or None,
            "published": _iso(art.publish_datetime_utc) or art.publish_date,
            "summary": [art.meta_description] if art.meta_description else None,
            "paragraphs": _paragraphs(art.cleaned_text),
        }

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(html: bytes, url: str | None) -> Pred:
        text = bytes_to_str(html, detect_encoding(html))
        return {"paragraphs": _paragraphs(extract_plain_text(text, main_content=True))}

    return run


def _floor() -> Extractor:
    from selectolax.lexbor import LexborHTMLParser

    def run(html: bytes, url: str | None) -> Pred:
        tree = LexborHTMLParser(html)
        tree.css("p")
        return {}

    return run


PEERS: dict[str, Callable[[], Extractor]] = {
    "trafilatura": _trafilatura,
    "newspaper4k": _newspaper,
    "readability": _readability,
    "goose3": _goose,
    "resiliparse": _resiliparse,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--by", choices=["source", "language"], help="also print per group")
    ap.add_argument("--only", help="comma-separated extractor names")
    ap.add_argument("--repeat", type=int, default=1, help="timing passes over the corpus")
    ap.add_argument("--json", type=Path, help="write scores and timings here")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    score = load_scorer(args.corpus.parent / "eval" / "score.py")

    extractors: dict[str, Extractor] = {
        "newsparse": newsparse_full,
        "newsparse-generic": newsparse_generic,
    }
    for name, factory in PEERS.items():
        try:
            extractors[name] = factory()
        except ImportError as exc:
            print(f"(skipping {name}: {exc})")
    extractors["floor"] = _floor()
    if args.only:
        keep = set(args.only.split(",")) | {"newsparse"}
        extractors = {k: v for k, v in extractors.items() if k in keep}

    truth = score.load_jsonl(args.corpus / "truth.jsonl")
    pages = [(c, gzip.decompress((args.corpus / c["html"]).read_bytes())) for c in truth]
    preds: dict[str, dict[str, Pred]] = {name: {} for name in extractors}
    times: dict[str, list[float]] = {name: [] for name in extractors}
    errors: dict[str, int] = dict.fromkeys(extractors, 0)
    for rep in range(args.repeat):
        for case, html in pages:
            for name, extract in extractors.items():
                start = time.perf_counter()
                try:
                    pred = extract(html, case.get("url"))
                except Exception:
                    pred = {}
                    errors[name] += rep == 0
                times[name].append((time.perf_counter() - start) * 1000)
                if rep == 0:
                    preds[name][case["id"]] = {**pred, "id": case["id"]}

    def table(cases: list[dict[str, object]], title: str) -> dict[str, dict[str, object]]:
        print(f"\n## {title} ({len(cases)} pages)\n")
        names = [n for n in extractors if n != "floor"]
        results = {n: score.score_cases(cases, preds[n]) for n in names}
        print("| field | metric | " + " | ".join(names) + " |")
        print("|---|---|" + "---|" * len(names))
        for field, metric in TABLE_FIELDS:
            cells = []
            for n in names:
                value = results[n].get(field, {}).get(metric)
                cells.append("–" if value is None else f"{value:.3f}")
            n_cases = results[names[0]].get(field, {}).get("n", 0)
            if n_cases:
                print(f"| {field} (n={n_cases}) | {metric} | " + " | ".join(cells) + " |")
        return results

    overall = table(truth, "All pages")
    if args.by:
        key = args.by
        groups: dict[str, list[dict[str, object]]] = {}
        for case in truth:
            value = str(case.get(key) or "unknown")
            groups.setdefault(
                value.split("-", maxsplit=1)[0].lower() if key == "language" else value, []
            ).append(case)
        for value, cases in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            if len(cases) >= 3:
                table(cases, f"{key} = {value}")

    print("\n## Speed (ms/page, interleaved page by page, one process)\n")
    base = statistics.median(times["newsparse"])
    print("| extractor | median | p95 | pages/s | median vs newsparse | failures |")
    print("|---|---|---|---|---|---|")
    for name, values in times.items():
        values.sort()
        median = statistics.median(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(
            f"| {name} | {median:.2f} | {p95:.2f} | {1000 / median:.0f} | "
            f"{median / base:.2f}× | {errors[name]} |"
        )
    if args.json:
        args.json.write_text(json.dumps({"overall": overall, "times": times}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
