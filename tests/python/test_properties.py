"""Property tests (hypothesis): trajectories pass through their anchors, linear interpolation stays
between neighbouring anchors, re-basing by ratio keeps target/baseline."""

from __future__ import annotations

import charterkit as ck
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

values = st.floats(min_value=1.0, max_value=99.0, allow_nan=False)


@st.composite
def anchors(draw: st.DrawFn) -> tuple[list[float], list[float]]:
    n = draw(st.integers(min_value=2, max_value=6))
    steps = draw(st.lists(st.integers(min_value=1, max_value=5), min_size=n - 1, max_size=n - 1))
    start = draw(st.integers(min_value=2000, max_value=2010))
    times = [float(start)]
    for s in steps:
        times.append(times[-1] + s)
    return times, draw(st.lists(values, min_size=n, max_size=n))


@settings(max_examples=200, deadline=None)
@given(anchors(), st.sampled_from(["linear", "compound", "step"]))
def test_passes_through_its_anchors(a: tuple[list[float], list[float]], how: str) -> None:
    times, vals = a
    tr = ck.Trajectory(times, vals, how)
    assert np.allclose(tr.values_at(np.array(times)), vals, rtol=1e-12)


@settings(max_examples=200, deadline=None)
@given(anchors(), st.floats(min_value=0.0, max_value=1.0))
def test_linear_stays_between_neighbours(a: tuple[list[float], list[float]], s: float) -> None:
    times, vals = a
    tr = ck.Trajectory(times, vals, "linear")
    for k in range(len(times) - 1):
        t = times[k] + s * (times[k + 1] - times[k])
        lo, hi = sorted((vals[k], vals[k + 1]))
        assert lo - 1e-9 <= tr.value_at(t) <= hi + 1e-9


@settings(max_examples=200, deadline=None)
@given(values, st.lists(values, min_size=1, max_size=3), values)
def test_rebasing_by_ratio_keeps_target_over_baseline(
    base: float, levels: list[float], new_base: float
) -> None:
    milestones = [ck.Milestone(2010 + 2 * i, "absolute", v) for i, v in enumerate(levels)]
    t = ck.Target(
        "t",
        ck.Indicator("x", "x", "score", "higher_is_better"),
        milestones,
        baseline=ck.Baseline(2006, base),
    )
    r = t.rebase(ck.Baseline(2007, new_base), "ratio")
    for i in range(len(levels)):
        assert r.level(i) / new_base == pytest.approx(t.level(i) / base, rel=1e-12)
    d = t.rebase(ck.Baseline(2007, new_base), "difference")
    for i in range(len(levels)):
        assert d.level(i) - new_base == pytest.approx(t.level(i) - base, abs=1e-9)
