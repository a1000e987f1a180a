"""Regenerate the golden JSON of every fixture page: ``python tests/update_golden.py``.

Review the diff (``git diff tests/golden``) before committing: a golden file is the
reviewed, expected output of :func:`newsparse.parse` on one of our own fixture pages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsparse

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"


def golden_json(page: Path) -> str:
    """The golden text for one fixture page: its Article as indented JSON."""
    article = newsparse.parse(page.read_bytes())
    return json.dumps(article.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def golden_path(page: Path) -> Path:
    """Where the golden file of ``page`` lives."""
    return GOLDEN / (page.name.removesuffix(".html") + ".json")


def main() -> int:
    GOLDEN.mkdir(exist_ok=True)
    for page in sorted(FIXTURES.glob("*.html")):
        path = golden_path(page)
        text = golden_json(page)
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        path.write_text(text, encoding="utf-8")
        print(f"{'updated' if changed else 'same   '} {path.relative_to(TESTS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
