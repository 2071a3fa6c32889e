"""Shared fixtures: the bundled data set, the test excerpt, the seed folder (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import charterkit as ck
import pytest

REPO = Path(__file__).resolve().parents[2]
TEST_DATA = REPO / "tests" / "data"
SEEDS = Path(os.environ.get("CHARTERKIT_SEEDS", REPO.parent / "shared" / "seeds"))
SEED_004 = SEEDS / "004_69aa542451feb2d1.txt"


@pytest.fixture(scope="session")
def kw() -> ck.Dataset:
    return ck.datasets.krachtwijken()


@pytest.fixture()
def excerpt() -> ck.Charter:
    return ck.load_charter(str(TEST_DATA / "dordrecht_excerpt.json"))


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    if not SEED_004.exists():
        pytest.skip(f"seed file not found at {SEED_004} (set CHARTERKIT_SEEDS to the seeds folder)")
    return SEED_004.read_text(encoding="utf-8").split("\n")
