"""Shared test helpers: where the project's fixtures and the read-only ../shared data live."""

from __future__ import annotations

from pathlib import Path

import os
import tempfile

import pytest
from hypothesis import settings

# In CI the property tests run derandomised, so a run is repeatable; locally each run explores anew.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The cache of every command the tests run lives in a folder of this session, never the user's home.
os.environ["QUOTECLI_CACHE_DIR"] = tempfile.mkdtemp(prefix="quotecli-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared (seed articles, corpora) not present")
