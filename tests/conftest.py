"""Shared test helpers: where the project's fixtures and the read-only ../shared data live."""

from __future__ import annotations

from pathlib import Path

import os

import pytest
from hypothesis import settings

# In CI the property tests run derandomised, so a run is repeatable; locally each run explores anew.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared (seed articles, corpora) not present")
