"""Shared fixtures: paths to our own fixture pages and to the optional evaluation corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
ROOT = TESTS.parent
# The DEV corpus lives beside the repository (../shared/corpus); NEWSPARSE_CORPUS overrides.
CORPUS = Path(os.environ.get("NEWSPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture
def seed_html() -> bytes:
    """The seed page: a Telegraph story republished by the Irish Independent."""
    return (FIXTURES / "seed-independent-syndicated.html").read_bytes()
