"""Shared test helpers: where the project's fixtures and the read-only ../shared data live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared (seed articles, corpora) not present")
