"""The quantitative core from Python: indicators, series, targets in their forms, trajectories.

Targets are the real ones of seed 004 (line numbers given); values the seed does not give (later
measurements, a moving city average) are synthetic and say so.
"""

from __future__ import annotations

import datetime as dt

import charterkit as ck
import numpy as np
import pytest


def alkmaar_unemployment() -> ck.Target:
    # line 189: 9.2 % now (2007), in 2017 equal to the Alkmaar average of 2007, 6.8 %
    return ck.Target(
        "alkmaar.overdie.unemployment",
        ck.Indicator("unemployment_rate", "werkloosheidspercentage", "percent", "lower_is_better"),
        [ck.Milestone(2017, "reach_reference", reference_at=2007)],
        baseline=ck.Baseline(2007, 9.2),
        reference=ck.Reference("Alkmaars gemiddelde", [ck.DatedValue(2007, 6.8)]),
        district="overdie",
        source=ck.Source([189]),
    )


def test_alkmaar_linear_value_for_2011() -> None:
    t = alkmaar_unemployment()
    assert t.level(0) == 6.8
    tr = ck.Trajectory.from_target(t)
    # 9.2 + (6.8 - 9.2) * 4 / 10 = 8.24
    assert tr.value_at(ck.When(2011).time()) == pytest.approx(8.24)
    for anchor in ("start", "middle", "end"):
        o = ck.ResolveOptions(anchor=anchor)
        assert ck.Trajectory.from_target(t, o).value_at(
            ck.When(2011).time(anchor)
        ) == pytest.approx(8.24)


def test_values_at_arrays_of_years_and_datetime64() -> None:
    tr = ck.Trajectory.from_target(alkmaar_unemployment())
    years = np.arange(2007.5, 2018.5)
    values = tr.values_at(years)
    assert values.shape == (11,)
    # one step of (9.2 - 6.8) / 10 = 0.24 per year
    assert np.allclose(np.diff(values), -0.24)
    days = np.array(["2008-07-02", "2012-07-02"], dtype="datetime64[D]")
    by_date = tr.values_at(days)
    assert by_date[0] == pytest.approx(tr.value_at(dt.date(2008, 7, 2)))
    assert by_date[1] == pytest.approx(tr.value_at(ck.fractional_year(dt.date(2012, 7, 2))))


def test_crabbehof_halfway_to_a_moving_city_average() -> None:
    # lines 3597-3599: safety grade 5.9 (2007) -> 6.2 (2011) -> halfway to the city average of 2017
    t = ck.Target(
        "dordrecht.crabbehof.veiligheid",
        ck.Indicator(
            "veiligheid", "rapportcijfer veiligheid in de buurt", "grade", "higher_is_better"
        ),
        [
            ck.Milestone(2011, "absolute", 6.2),
            ck.Milestone(2017, "gap_fraction", 0.5, reference_at=2017),
        ],
        baseline=ck.Baseline(2007, 5.9),
        reference=ck.Reference("stedelijk gemiddelde", [ck.DatedValue(2007, 6.9)]),
    )
    r = t.resolve(1)
    assert not r.resolved and r.level is None
    assert "no value for 2017" in r.reason
    # synthetic: the city average turns out 7.3 in 2017 -> 5.9 + 0.5 * (7.3 - 5.9) = 6.6
    city = ck.Series.from_years([2007, 2017], [6.9, 7.3], "city average")
    assert t.level(1, ck.ResolveOptions(reference=city)) == pytest.approx(6.6)
    with pytest.raises(ck.UnresolvedTargetError, match="no value for 2017"):
        t.level(1)


def test_wielwijk_absolute_then_at_least_the_city_average() -> None:
    # line 3586: 6.2 in 2005 -> 6.5 in 2011; line 3537: in 2017 at least the city average
    t = ck.Target(
        "dordrecht.wielwijk.oordeel",
        ck.Indicator(
            "oordeel", "oordeel over de buurt", ck.Unit.grade, ck.Direction.higher_is_better
        ),
        [
            ck.Milestone(2011, "absolute", 6.5),
            ck.Milestone(2017, "at_least_reference", reference_at=2017, comparator="at_least"),
        ],
        baseline=ck.Baseline(2005, 6.2),
        reference=ck.Reference("stedelijk gemiddelde", [ck.DatedValue(2005, 7.6)]),
    )
    tr = ck.Trajectory.from_target(t)
    # 2008.5 is half-way between 2005.5 and 2011.5: 6.2 + 0.3 / 2
    assert tr.value_at(2008.5) == pytest.approx(6.35)
    assert tr.skipped == [1]


def test_deferred_baseline_stays_unresolved_then_resolves() -> None:
    # lines 156-157: 15 points lower in 2017 than in 2004 (about 8 in 2011); Overdie's 2004 score not printed
    t = ck.Target(
        "alkmaar.overdie.aandacht",
        ck.Indicator(
            "weinig_aandacht",
            "gemeente heeft weinig aandacht voor de wijk",
            "percent",
            "lower_is_better",
        ),
        [ck.Milestone(2011, "change_points", -8), ck.Milestone(2017, "change_points", -15)],
        baseline=ck.Baseline(2004, pending="Overdie's 2004 score is not printed"),
    )
    assert [r.resolved for r in t.resolve_all()] == [False, False]
    with pytest.raises(ck.UnresolvedTargetError, match="not printed"):
        ck.Trajectory.from_target(t)
    # synthetic later measurement: 31 % -> 23 % in 2011, 16 % in 2017
    o = ck.ResolveOptions(baseline_value=31.0)
    assert [t.level(i, o) for i in range(2)] == [23.0, 16.0]


def test_utrecht_rebasing_keeps_the_ambition() -> None:
    # line 8255 (Ondiep): 20 % (2006) -> 18 % (2011) -> 10 % (2017); line 8224: re-based on a zero-measurement
    t = ck.Target(
        "utrecht.ondiep.gezondheid",
        ck.Indicator("gezondheid", "gezondheid matig/slecht", "percent", "lower_is_better"),
        [ck.Milestone(2011, "absolute", 18), ck.Milestone(2017, "absolute", 10)],
        baseline=ck.Baseline(2006, 20.0),
    )
    zero = ck.Baseline(2007, 25.0)  # synthetic zero-measurement
    by_ratio = t.rebase(zero, "ratio")
    assert by_ratio.level(0) == pytest.approx(22.5)  # 18 * 25 / 20
    assert by_ratio.baseline is not None and by_ratio.baseline.value is not None
    assert by_ratio.level(1) / by_ratio.baseline.value == pytest.approx(10 / 20)
    by_difference = t.rebase(zero, ck.RebaseRule.difference)
    assert by_difference.level(1) == pytest.approx(15.0)  # 10 + 5
    assert by_ratio.rebased is not None
    assert by_ratio.rebased.previous_baseline.value == 20.0


def test_series_rules() -> None:
    s = ck.Series(
        [dt.date(2007, 1, 1), dt.date(2009, 1, 1)],
        [9.2, 8.7],
        "observations",
        ck.ValueRange(0, 100),
    )
    assert len(s) == 2 and s.latest() == (dt.date(2009, 1, 1), 8.7)
    assert s.value_in_year(2009) == 8.7
    assert list(s.times) == [2007.0, 2009.0]
