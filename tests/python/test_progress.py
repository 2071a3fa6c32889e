"""Progress from Python: assessment, methods, projection, roll-ups and the batch path.

Targets are real (the krachtwijken data set, seed 004); every observation is SYNTHETIC — invented for the
test, the charters print no monitor results. Expected numbers are worked out by hand in the comments.
Most tests use the start-of-year convention (year y at y + 0, observations on 1 January) so that the
arithmetic runs in whole years.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import pickle
import threading
from typing import Any

import charterkit as ck
import numpy as np
import pytest
from charterkit import progress

START = ck.ResolveOptions(anchor="start")


def cagr(v1: float, v0: float, t1: float, t0: float) -> float:
    return float((v1 / v0) ** (1 / (t1 - t0)) - 1)


def synthetic(years: list[int], values: list[float]) -> ck.Series:
    return ck.Series.from_years(years, values, name="synthetic monitor", anchor="start")


def options(method: str = "statcan", **kw: Any) -> ck.AssessOptions:
    return ck.AssessOptions(method=method, resolve=START, **kw)


def target(kw: ck.Dataset, city: str, tid: str) -> ck.Target:
    return kw.charter(city).target(tid)


def simple(base: float, level: float, direction: str = "higher_is_better") -> ck.Target:
    """A hand-made (synthetic) target: base in 2010, one absolute milestone in 2020."""
    return ck.Target(
        "synthetic.simple",
        ck.Indicator("x", "x", "score", direction),
        [ck.Milestone(2020, value=level)],
        baseline=ck.Baseline(2010, base),
    )


# ---- assessment ------------------------------------------------------------------------------------


def test_amersfoort_grade_planned_values_gaps_and_statuses(kw: ck.Dataset) -> None:
    # seed 004: grade 6.2 (2007) -> 6.5 (2012) -> 6.8 (2018); planned 6.26, 6.38, 6.44 in 2008, 2010, 2011
    t = target(kw, "amersfoort", "amersfoort.kruiskamp.rapportcijfer-buurt")
    obs = synthetic([2008, 2010, 2011], [6.3, 6.3, 6.45])
    a = ck.assess(t, obs, options=options())
    np.testing.assert_allclose(a.planned, [6.26, 6.38, 6.44])
    np.testing.assert_allclose(a.gap, [0.04, -0.08, 0.01], atol=1e-12)
    assert a.gap_share[-1] == pytest.approx(0.01 / 0.3)
    assert a.current == 0 and len(a.milestones) == 2
    assert a.share_achieved == pytest.approx(0.25 / 0.3)
    assert a.milestones[1].share_achieved == pytest.approx(0.25 / 0.6)
    assert not a.reached
    p = cagr(6.45, 6.2, 2011, 2007) / abs(cagr(6.5, 6.2, 2012, 2007))
    assert a.progress_value == pytest.approx(p)
    assert a.status == ck.ProgressStatus.substantial_progress
    assert a.score == pytest.approx(7.1429 * p - 4.2857)
    assert (
        ck.assess(t, obs, method="eurostat", options=options()).status.name
        == "significant_progress"
    )
    assert ck.assess(t, obs, method="linear_path", options=options()).status.name == "on_track"
    assert ck.assess(t, obs, options=options("linear_path", tolerance=0.01)).status.name == "ahead"
    assert a.dates[-1] == dt.date(2011, 1, 1)


def test_moving_reference_later_baseline_and_rebase_flow_through(kw: ck.Dataset) -> None:
    # Dordrecht, Crabbehof: 11.6 % (2006) -> 6.4 % (2011) -> halfway to the 2017 city average
    t = target(kw, "dordrecht", "dordrecht.crabbehof.unemployment")
    obs = synthetic([2008, 2010, 2012], [10.0, 8.0, 7.0])
    a = ck.assess(t, obs, options=options())
    assert a.current == 1 and a.status.name == "not_available"
    assert "stedelijk gemiddelde" in a.reason
    city = ck.Series.from_years([2017], [5.0], name="city average (synthetic)", anchor="start")
    m = ck.assess(
        t, obs, options=ck.AssessOptions(resolve=ck.ResolveOptions(anchor="start", reference=city))
    )
    assert m.assessed.level == pytest.approx(8.3)  # 11.6 + 0.5 (5.0 - 11.6)
    assert m.reached and m.status.name == "target_achieved"
    assert m.share_achieved == pytest.approx(4.6 / 3.3)

    # Utrecht: +10 % on a 2006 level still to be measured; measured later as 50 (synthetic)
    u = target(kw, "utrecht", "utrecht.ondiep.infant-entry-level")
    o = ck.AssessOptions(
        method="linear_path", resolve=ck.ResolveOptions(anchor="start", baseline_value=50.0)
    )
    b = ck.assess(u, synthetic([2008, 2010], [51, 53]), options=o)
    assert b.assessed.level == pytest.approx(55)
    assert b.share_achieved == pytest.approx(0.6)
    assert b.status.name == "behind"

    # Utrecht, feeling unsafe 43 -> 33 (2011), re-based by ratio on 40 in 2007 (synthetic)
    f = target(kw, "utrecht", "utrecht.ondiep.feeling-unsafe")
    r = f.rebase(ck.Baseline(2007, 40.0), "ratio")
    ra = ck.assess(r, synthetic([2009], [36]), options=options())
    assert ra.assessed.level == pytest.approx(33 * 40 / 43)
    assert ra.share_achieved == pytest.approx(4 / (40 - 33 * 40 / 43))


def test_forms_without_a_level(kw: ck.Dataset) -> None:
    # The Hague, Schilderswijk nuisance 4.4 (2007), "significantly better" by 2012, lower is better
    t = target(kw, "den-haag", "den-haag.schilderswijk.overlast")
    obs = synthetic([2009, 2011], [4.35, 4.3])
    s = ck.assess(t, obs, options=options())
    p = -1 * cagr(4.3, 4.4, 2011, 2007)  # 0.005731: statcan without a target
    assert s.progress_value == pytest.approx(p)
    assert s.status.name == "moderate_progress"
    e = ck.assess(t, obs, options=options("eurostat"))
    assert e.status.name == "improving" and e.progress_value == pytest.approx(0.1)
    assert math.isnan(e.score)


@pytest.mark.parametrize(
    ("base", "level", "latest", "method", "status", "share"),
    [
        (0, 10, 2, "statcan", "substantial_progress", 0.2),  # zero baseline: 0 replaced by 0.001
        (0, 10, 2, "eurostat", "not_available", 0.2),  # no compound growth from zero
        (-2, 5, 1, "statcan", "not_available", 3 / 7),  # sign change
        (-2, 5, 1, "linear_path", "behind", 3 / 7),  # planned 1.5 in 2015
        (5, 5, 4, "statcan", "deterioration", 0.0),  # target equal to the baseline, missed
        (5, 5, 5, "eurostat", "significant_progress", 1.0),  # ... and kept
        (8, 7, 9, "statcan", "target_achieved", 1.0),  # already met at the baseline
        (8, 7, 6.5, "eurostat", "moving_away", 0.0),  # ... and lost
    ],
)
def test_edge_cases(
    base: float, level: float, latest: float, method: str, status: str, share: float
) -> None:
    a = ck.assess(simple(base, level), synthetic([2015], [latest]), options=options(method))
    assert a.status.name == status, a.reason
    assert a.share_achieved == pytest.approx(share)


def test_a_single_observation_assesses_but_does_not_project() -> None:
    t = simple(10, 20)
    a = ck.assess(t, synthetic([2012], [13]), options=options("linear_path"))
    assert a.expected == pytest.approx(12) and a.status.name == "ahead"
    with pytest.raises(ck.NotAssessableError, match="at least two observations"):
        ck.project(t, synthetic([2012], [13]))


def test_assessment_errors_name_field_and_value(kw: ck.Dataset) -> None:
    t = target(kw, "amersfoort", "amersfoort.kruiskamp.rapportcijfer-buurt")
    with pytest.raises(
        ck.InvalidInputError, match=r"synthetic monitor\[1\]\.value \(2009-01-01\): 12"
    ):
        ck.assess(t, synthetic([2008, 2009], [6.3, 12.0]), options=options())
    with pytest.raises(ck.NotFoundError, match="no progress method 'statkan'"):
        ck.assess(t, synthetic([2008], [6.3]), method="statkan")
    with pytest.raises(KeyError):  # NotFoundError is a KeyError too
        ck.assess(t, synthetic([2008], [6.3]), options=options(milestone=4))
    with pytest.raises(ck.NotAssessableError):
        ck.assess(t, ck.Series([], [], "empty"))


# ---- methods ---------------------------------------------------------------------------------------


def test_scalar_rules_by_hand() -> None:
    rr = cagr(108, 100, 2015, 2010) / cagr(120, 100, 2020, 2010)  # 0.8430
    e = progress.eurostat_progress(2010, 100, 2015, 108, 120, 2020, 1, False)
    assert e.progress_value == pytest.approx(rr) and e.status.name == "moderate_progress"
    lp = progress.linear_path_progress(20, 17, 15, 10, -1)
    assert lp.status.name == "behind" and lp.score == pytest.approx(-2.0)
    assert progress.direction_progress(4.4, 4.5, -1).status.name == "worsening"
    assert progress.meets_level(5, 6, "at_most", "higher_is_better")


def test_a_python_method_plugs_in(kw: ck.Dataset) -> None:
    class HalfWay(progress.ProgressMethod):
        """on_track once half the planned change is made (a user method, for the test)."""

        def name(self) -> str:
            return "test_half_way"

        def version(self) -> int:
            return 2

        def description(self) -> str:
            return "half of the planned change made"

        def evaluate(self, input: progress.MethodInput) -> progress.MethodResult:  # noqa: A002
            assert input.level is not None
            share = (input.latest_value - input.baseline_value) / (
                input.level - input.baseline_value
            )
            return progress.MethodResult("on_track" if share >= 0.5 else "behind", share, 5 * share)

    progress.register_progress_method(HalfWay())
    try:
        assert "test_half_way" in progress.progress_method_names()
        t = target(kw, "amersfoort", "amersfoort.kruiskamp.rapportcijfer-buurt")
        a = ck.assess(t, synthetic([2011], [6.45]), method="test_half_way", options=options())
        assert a.method == "test_half_way" and a.method_version == 2
        assert a.status.name == "on_track" and a.progress_value == pytest.approx(0.25 / 0.3)
        with pytest.raises(ck.InvalidInputError, match="already registered"):
            progress.register_progress_method(HalfWay())
    finally:
        assert progress.unregister_progress_method("test_half_way")
    assert progress.progress_method("statcan").version() == 1


def test_vectorized_statcan_broadcasts_and_names_statuses() -> None:
    # the first published record, then the same read as higher-is-better (10.2 already meets 7.25)
    p, s, sc = progress.statcan(
        2015, 14.5, 2023, [10.2, 10.2, 10.2], 7.25, 2030, [-1, 1, -1], [np.nan, np.nan, np.nan]
    )
    assert p.shape == s.shape == sc.shape == (3,)
    assert s[0] == "substantial_progress" and p[0] == pytest.approx(0.9525901792032172)
    assert s[1] == "target_achieved" and sc[1] == 5.0
    p2, s2, sc2 = progress.statcan(
        [2015, 2015], [np.nan, 90], 2021, [93.2, 93.2], None, 2030, 1, 100
    )
    assert list(s2) == ["not_available", "substantial_progress"]
    assert math.isnan(p2[0]) and math.isnan(sc2[0]) and sc2[1] == pytest.approx(2.815386645395768)
    grid = progress.statcan(
        2010, 10, 2015, np.linspace(8, 12, 6)[:, None], [11, 14], 2020, 1, np.nan
    )
    assert grid[1].shape == (6, 2)
    assert progress.status_labels(np.array([0, 10], dtype=np.int8)).tolist() == [
        "not_available",
        "on_track",
    ]


# ---- projection ------------------------------------------------------------------------------------


def test_projection_by_hand_and_seeded_monte_carlo(kw: ck.Dataset) -> None:
    t = target(kw, "amersfoort", "amersfoort.kruiskamp.rapportcijfer-buurt")
    obs = synthetic([2008, 2010, 2011], [6.3, 6.3, 6.45])
    o = ck.ProjectOptions(draws=50_000, seed=11, resolve=START)
    p = ck.project(t, obs, o)
    assert p.fit.slope == pytest.approx(3 / 70)  # Σ(t - t̄)(y - ȳ) / Σ(t - t̄)² = 0.2 / (14/3)
    m0 = p.milestones[0]
    assert m0.projected == pytest.approx(6.45)
    half = progress.t_quantile(0.95, 1) * math.sqrt(9 / 1400) * math.sqrt(1.5)
    assert (m0.low, m0.high) == (pytest.approx(6.45 - half), pytest.approx(6.45 + half))
    assert m0.reach_time == pytest.approx(2013 + 1 / 6) and m0.reach_date == dt.date(2013, 3, 2)
    # closed form of the same noise model: 1 - Φ(0.05 / (σ sqrt 2.5)) = 0.3466
    exact = 0.5 * math.erfc(0.05 / math.sqrt(9 / 1400 * 2.5) / math.sqrt(2))
    assert abs(m0.probability - exact) < 0.01
    assert ck.project(t, obs, o).milestones[0].probability == m0.probability  # seeded
    down = ck.project(
        t, synthetic([2008, 2010, 2011], [6.3, 6.2, 6.1]), ck.ProjectOptions(resolve=START)
    )
    assert down.milestones[0].reach_time is None  # never at this pace
    fit = progress.fit_trend(
        np.array(["2008-01-01", "2010-01-01"], dtype="datetime64[D]"), np.array([1.0, 2.0])
    )
    assert fit.slope == pytest.approx(0.5)


# ---- roll-ups --------------------------------------------------------------------------------------


def synthetic_observations() -> dict[str, ck.Series]:
    return {
        "amersfoort.kruiskamp.rapportcijfer-buurt": synthetic([2008, 2011], [6.3, 6.45]),
        "utrecht.ondiep.feeling-unsafe": synthetic([2008, 2010], [41, 36]),
        "utrecht.ondiep.youth-nuisance": synthetic([2008, 2010], [34, 35]),
        "utrecht.ondiep.infant-entry-level": synthetic(
            [2008], [51]
        ),  # baseline still to be measured
        "dordrecht.all.low-income-dordrecht-west": synthetic([2005, 2009], [52, 47]),
    }


def test_assess_dataset_and_aggregate_with_and_without_weights(kw: ck.Dataset) -> None:
    rows = ck.assess_dataset(kw, synthetic_observations(), options=options("linear_path"))
    assert [r.city for r in rows] == ["Amersfoort", "Dordrecht", "Utrecht", "Utrecht", "Utrecht"]
    scores = {r.target: r.assessment.score for r in rows}
    shares = {r.target: r.assessment.share_achieved for r in rows}
    by_city = {g.key: g for g in ck.aggregate(rows, "city")}
    u = by_city["Utrecht"]
    assert u.count == 3 and u.scored == 2 and u.by_status["not_available"] == 1
    unsafe, nuisance = (
        scores["utrecht.ondiep.feeling-unsafe"],
        scores["utrecht.ondiep.youth-nuisance"],
    )
    assert u.mean_score == pytest.approx((unsafe + nuisance) / 2)
    assert u.worst[0] == min(
        ("utrecht.ondiep.feeling-unsafe", "utrecht.ondiep.youth-nuisance"), key=lambda k: scores[k]
    )
    # weights by district (population, synthetic): ondiep 15000, kruiskamp 6000, "(all)" 30000
    w = ck.progress.AggregateOptions(weights={"ondiep": 15000, "kruiskamp": 6000, "(all)": 30000})
    theme = {g.key: g for g in ck.aggregate(rows, "theme", w)}
    safety = theme["safety"]
    # safety: Amersfoort grade (6000), Utrecht unsafe and nuisance (15000 each)
    grade = scores["amersfoort.kruiskamp.rapportcijfer-buurt"]
    assert safety.mean_score == pytest.approx((6000 * grade + 15000 * (unsafe + nuisance)) / 36000)
    assert safety.weight == pytest.approx(36000)
    share_mean = 6000 * shares["amersfoort.kruiskamp.rapportcijfer-buurt"] + 15000 * (
        shares["utrecht.ondiep.feeling-unsafe"] + shares["utrecht.ondiep.youth-nuisance"]
    )
    assert safety.mean_share_achieved == pytest.approx(share_mean / 36000)
    with pytest.raises(ck.InvalidInputError, match=r"no weight for '\(all\)', 'kruiskamp'"):
        ck.aggregate(rows, "theme", ck.progress.AggregateOptions(weights={"ondiep": 1.0}))
    with pytest.raises(ck.NotFoundError, match="'no.such.target'"):
        ck.assess_dataset(kw, {"no.such.target": synthetic([2008], [1])})


# ---- batch -----------------------------------------------------------------------------------------


def batch_inputs(kw: ck.Dataset) -> tuple[list[ck.Target], list[ck.Series], dict[str, Any]]:
    """Single-milestone targets with a measured baseline before 2008 and SYNTHETIC observations
    2008-2012 (middle-of-year convention), one year missing in every third row."""
    targets = [
        e.target
        for e in kw.targets()
        if e.target.baseline is not None
        and e.target.baseline.value is not None
        and len(e.target.milestones) == 1
        and e.target.milestones[0].when is not None
        and e.target.milestones[0].comparator == ck.Comparator.reach
        and e.target.resolve(0).resolved
        and e.target.baseline.when.calendar_year < 2008
    ]
    years = list(range(2008, 2013))
    times = np.array([[ck.fractional_year(ck.anchor_date(y)) for y in years]])
    values = np.full((len(targets), len(years)), np.nan)
    series = []
    for i, t in enumerate(targets):
        assert t.baseline is not None and t.baseline.value is not None
        b, level = t.baseline.value, t.level(0)
        pace = -0.3 + 0.17 * (i % 11)
        row = [b + pace * (level - b) * (j + 1) / 6 for j in range(len(years))]
        if t.indicator.range is not None:
            row = [min(max(v, t.indicator.range.low), t.indicator.range.high) for v in row]
        keep = [j for j in range(len(years)) if not (i % 3 == 0 and j == 2)]
        values[i, keep] = [row[j] for j in keep]
        series.append(
            ck.Series.from_years(
                [years[j] for j in keep], [row[j] for j in keep], "synthetic monitor"
            )
        )
    arrays: dict[str, Any] = {
        "times": times,
        "values": values,
        "baseline_time": np.array(
            [t.baseline.when.time() for t in targets if t.baseline is not None]
        ),
        "baseline_value": np.array(
            [t.baseline.value for t in targets if t.baseline is not None], dtype=float
        ),
        "level": np.array([t.level(0) for t in targets]),
        "milestone_time": np.array([t.milestone_time(0) for t in targets]),
        "direction": np.array(
            [
                1.0 if t.indicator.direction == ck.Direction.higher_is_better else -1.0
                for t in targets
            ]
        ),
    }
    return targets, series, arrays


def nan_equal(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


@pytest.mark.parametrize("method", ["statcan", "eurostat", "linear_path"])
def test_batch_equals_one_by_one(kw: ck.Dataset, method: str) -> None:
    targets, series, arrays = batch_inputs(kw)
    assert len(targets) >= 20
    r = ck.assess_batch(**arrays, method=method, draws=300, seed=5)
    for i, (t, s) in enumerate(zip(targets, series)):
        a = ck.assess(t, s, method=method)
        p = ck.project(t, s, ck.ProjectOptions(draws=300, seed=5 + i)).milestones[0]
        m = a.assessed
        got = (
            int(r["status"][i]),
            r["progress_value"][i],
            r["score"][i],
            bool(r["reached"][i]),
            r["share_achieved"][i],
            r["expected"][i],
            r["gap_share"][i],
            r["projected"][i],
            r["low"][i],
            r["high"][i],
            r["reach_time"][i],
            r["probability"][i],
        )
        want = (
            m.status.value,
            m.progress_value,
            m.score,
            m.reached,
            m.share_achieved,
            a.expected,
            a.gap_share[-1],
            p.projected,
            p.low,
            p.high,
            math.nan if p.reach_time is None else p.reach_time,
            p.probability,
        )
        assert all(nan_equal(float(x), float(y)) for x, y in zip(got, want)), (t.id, got, want)


def test_batch_reuses_output_arrays_and_releases_the_gil(kw: ck.Dataset) -> None:
    _, _, arrays = batch_inputs(kw)
    big: dict[str, Any] = {
        k: (np.tile(v, (400, 1)) if k == "values" else v if k == "times" else np.tile(v, 400))
        for k, v in arrays.items()
    }
    first = ck.assess_batch(**big, method="eurostat")
    again = ck.assess_batch(**big, method="eurostat", out=first)
    assert again["score"] is first["score"]  # written in place
    one = ck.assess_batch(**big, method="eurostat", threads=1)
    for key in one:
        np.testing.assert_array_equal(one[key], first[key])
    # two Python threads run batches at once (the GIL is released inside)
    results: list[dict[str, np.ndarray]] = []
    workers = [
        threading.Thread(target=lambda: results.append(ck.assess_batch(**big))) for _ in range(2)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    np.testing.assert_array_equal(results[0]["status"], results[1]["status"])


def test_batch_errors_name_the_row() -> None:
    times = np.array([2008.5, 2009.5])
    values = np.array([[1.0, 2.0], [3.0, 4.0]])
    with pytest.raises(ck.InvalidInputError, match=r"direction\[1\]: 0 is not \+1 or -1"):
        ck.assess_batch(times, values, 2007.5, 1.0, 5.0, 2012.5, np.array([1.0, 0.0]))
    with pytest.raises(ck.InvalidInputError, match="values: expected a 2-D array"):
        ck.assess_batch(times, values[0], 2007.5, 1.0, 5.0, 2012.5, 1.0)
    with pytest.raises(ck.InvalidInputError, match="not a method of the batch path"):
        ck.assess_batch(times, values, 2007.5, 1.0, 5.0, 2012.5, 1.0, method="mine")


def test_aggregate_batch_matches_the_record_roll_up() -> None:
    group = np.array([0, 0, 1, 0])
    status = np.array([10, 11, 9, 0], dtype=np.int8)  # on_track, behind, ahead, not_available
    score = np.array([1.0, -2.0, 4.0, np.nan])
    share = np.array([0.5, 0.2, 1.2, np.nan])
    reached = np.array([False, False, True, False])
    r = progress.aggregate_batch(group, 2, status, score, share, reached)
    assert r["count"].tolist() == [3, 1]
    assert r["mean_score"][0] == pytest.approx(-0.5) and r["counts"][0, 10] == 1
    w = progress.aggregate_batch(
        group, 2, status, score, share, reached, weights=np.array([100, 300, 10, 50.0])
    )
    assert w["mean_score"][0] == pytest.approx(-1.25)  # (100 - 600) / 400
    with pytest.raises(ck.InvalidInputError, match="missing weight"):
        progress.aggregate_batch(
            group, 2, status, score, share, reached, weights=np.array([1, np.nan, 1, 1.0])
        )


# ---- value types -----------------------------------------------------------------------------------


def test_progress_types_pickle_and_copy(kw: ck.Dataset) -> None:
    t = target(kw, "dordrecht", "dordrecht.crabbehof.unemployment")
    obs = synthetic([2008, 2010, 2012], [10.0, 8.0, 7.0])
    a = ck.assess(t, obs, options=options())
    p = ck.project(t, obs, ck.ProjectOptions(draws=10, seed=3, resolve=START))
    rows = ck.assess_dataset(kw, synthetic_observations())
    values: list[Any] = [
        a,
        a.assessed,
        a.assessed.result,
        p,
        p.fit,
        p.milestones[0],
        options("eurostat", limit=100.0),
        ck.ProjectOptions(confidence=0.9, noise_sd=0.5),
        rows[0],
        ck.aggregate(rows, "city")[0],
        progress.AggregateOptions(weights={"a": 1.0}, weight_by="city", top=2),
        progress.MethodInput(),
    ]
    for v in values:
        for clone in (pickle.loads(pickle.dumps(v)), copy.copy(v), copy.deepcopy(v)):
            assert clone == v, type(v).__name__
