"""Conformance of ``charterkit.progress.statcan`` with the 243 records Statistics Canada published.

The file ``statcan_published_records.csv`` (see its README) lives in ``../shared/conformance`` next to the
repository, or where ``CHARTERKIT_CONFORMANCE`` points (the folder or the file); the test is skipped with
a message when it is absent. Every record must give the published status, and the published progress
value and score to the last bit (NaN where the record has none).
"""

from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import numpy as np
import pytest
from charterkit import progress

REPO = Path(__file__).resolve().parents[2]
FILE_NAME = "statcan_published_records.csv"


def conformance_file() -> Path:
    env = os.environ.get("CHARTERKIT_CONFORMANCE")
    if env:
        p = Path(env)
        return p if p.suffix == ".csv" else p / FILE_NAME
    return REPO.parent / "shared" / "conformance" / FILE_NAME


@pytest.fixture(scope="module")
def records() -> list[dict[str, str]]:
    path = conformance_file()
    if not path.exists():
        pytest.skip(
            f"conformance data not found at {path} (set CHARTERKIT_CONFORMANCE to the folder or file)"
        )
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def column(rows: list[dict[str, str]], name: str) -> np.ndarray:
    return np.array([float(r[name]) if r[name] else np.nan for r in rows])


def same(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def test_there_are_243_records(records: list[dict[str, str]]) -> None:
    assert len(records) == 243


def test_every_published_record_is_reproduced(records: list[dict[str, str]]) -> None:
    value, status, score = progress.statcan(
        *(
            column(records, k)
            for k in (
                "base_year",
                "base_value",
                "current_year",
                "current_value",
                "target",
                "target_year",
                "direction",
                "limit",
            )
        )
    )
    wrong = []
    for i, r in enumerate(records):
        published = (
            float(r["progress_value"]) if r["progress_value"] else math.nan,
            r["status"],
            float(r["score"]) if r["score"] else math.nan,
        )
        got = (float(value[i]), str(status[i]), float(score[i]))
        if not (
            same(got[0], published[0]) and got[1] == published[1] and same(got[2], published[2])
        ):
            wrong.append(f"row {i + 2} ({r['series_tag'][:40]}): got {got}, published {published}")
    assert not wrong, "\n".join(wrong)


def test_each_record_also_one_by_one(records: list[dict[str, str]]) -> None:
    # the scalar function of the core gives the same as the array form
    for r in records[:40]:
        f = {
            k: float(r[k]) if r[k] else math.nan
            for k in (
                "base_year",
                "base_value",
                "current_year",
                "current_value",
                "target",
                "target_year",
                "direction",
                "limit",
            )
        }
        res = progress.statcan_progress(**f)
        assert res.status.name == r["status"]
        assert same(res.score, float(r["score"]) if r["score"] else math.nan)


def test_every_status_occurs(records: list[dict[str, str]]) -> None:
    # the published file exercises every statcan status, so the test above covers each branch
    assert {r["status"] for r in records} == {
        "target_achieved",
        "substantial_progress",
        "moderate_progress",
        "limited_progress",
        "deterioration",
        "not_available",
    }
