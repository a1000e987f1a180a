"""Precision and recall per field on the labelled sets of ``tests/labelled/``.

Usage: ``python benchmarks/labelled.py`` (from the repository root). Names are counted one
by one (a byline with two names is two values); every other field has at most one value
per case. Targets: precision >= 0.98 and recall >= 0.95 on every field.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.labelled import score

PRECISION_TARGET = 0.98
RECALL_TARGET = 0.95


def main() -> int:
    """Print the table; exit 1 when a field misses a target."""
    print(
        f"{'field':<16} {'cases':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"
    )
    missed = False
    for field, (cases, count) in score().items():
        ok = count.precision >= PRECISION_TARGET and count.recall >= RECALL_TARGET
        missed = missed or not ok
        print(
            f"{field:<16} {cases:>5} {count.tp:>4} {count.fp:>4} {count.fn:>4} "
            f"{count.precision:>9.3f} {count.recall:>7.3f}{'' if ok else '  (below target)'}"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
