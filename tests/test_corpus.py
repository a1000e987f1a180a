"""The DEV corpus (../shared/corpus, when present): every page parses; scores stay above floors.

Floors live in ``benchmarks/floors.json`` and only move up. Skipped when the corpus is absent.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsparse
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.corpus
if not (CORPUS / "truth.jsonl").is_file():
    pytest.skip(f"no corpus at {CORPUS}", allow_module_level=True)


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _cases() -> list[dict[str, str]]:
    lines = (CORPUS / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_page_parses() -> None:
    failures = []
    for case in _cases():
        data = gzip.decompress((CORPUS / case["html"]).read_bytes())
        try:
            newsparse.parse(data, case.get("url"))
        except newsparse.NewsparseError as exc:
            failures.append(f"{case['id']}: {exc}")
    assert failures == []


def test_scores_stay_above_floors() -> None:
    bench = _load("newsparse_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    scorer_path = CORPUS.parent / "eval" / "score.py"
    if not scorer_path.is_file():
        pytest.skip(f"no scorer at {scorer_path}")
    score = bench.load_scorer(scorer_path)
    preds, _, failures = bench.run(CORPUS, generic=True)
    assert failures == []
    scores = score.score_cases(
        score.load_jsonl(CORPUS / "truth.jsonl"), {p["id"]: p for p in preds}
    )
    floors = json.loads((ROOT / "benchmarks" / "floors.json").read_text(encoding="utf-8"))
    below = {
        key: (scores[key.split(".")[0]][key.split(".")[1]], floor)
        for key, floor in floors.items()
        if (scores[key.split(".")[0]][key.split(".")[1]] or 0.0) < floor
    }
    assert below == {}, f"scores below their floors (score, floor): {below}"


def _field_scores(
    score: ModuleType, case: dict[str, object], pred: dict[str, object]
) -> dict[str, float]:
    """One number per field for one case: the field's first metric (exact, set_f1, f1...)."""
    out = {}
    for field, metrics in score.score_cases([case], {case["id"]: pred}).items():
        value = next(
            (v for k, v in metrics.items() if k not in ("n", "cover") and isinstance(v, float)),
            None,
        )
        if value is not None:
            out[field] = value
    return out


def test_publisher_rule_sets_never_score_worse_than_generic() -> None:
    """On each corpus page whose publisher has a built-in rule set, no field gets worse.

    Scored against the truth as a reader sees the page: the cases listed in
    ``benchmarks/truth_disagreements.json`` (with the reason for each) are corrected first.
    """
    bench = _load("newsparse_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    scorer_path = CORPUS.parent / "eval" / "score.py"
    if not scorer_path.is_file():
        pytest.skip(f"no scorer at {scorer_path}")
    score = bench.load_scorer(scorer_path)
    ruled = bench.ruled_case_ids(CORPUS)
    assert ruled, "no corpus page is covered by a built-in rule set"
    worse = []
    for case in bench.reader_truth(_cases(), ROOT / "benchmarks" / "truth_disagreements.json"):
        if case["id"] not in ruled:
            continue
        data = gzip.decompress((CORPUS / case["html"]).read_bytes())
        day = bench.crawl_date(case["id"])
        with_rules = bench.prediction(case["id"], newsparse.parse(data, case.get("url"), as_of=day))
        generic = bench.prediction(
            case["id"], newsparse.parse(data, case.get("url"), rules=None, as_of=day)
        )
        ruled_scores = _field_scores(score, case, with_rules)
        for field, value in _field_scores(score, case, generic).items():
            if ruled_scores.get(field, 0.0) < value - 1e-9:
                worse.append(f"{case['id']} {field}: {ruled_scores.get(field)} < {value}")
    assert worse == []
