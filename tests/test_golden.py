"""Each fixture page's Article equals its reviewed golden JSON (tests/golden/).

After an intended change, regenerate with ``python tests/update_golden.py`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.update_golden import FIXTURES, golden_json, golden_path

PAGES = sorted(FIXTURES.glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_matches_golden(page: Path) -> None:
    path = golden_path(page)
    assert path.exists(), f"no golden file: run python tests/update_golden.py ({path.name})"
    assert golden_json(page) == path.read_text(encoding="utf-8")
