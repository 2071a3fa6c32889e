"""Every error path of the core, with its message; all errors are ValueErrors, NotFoundError a KeyError."""

from __future__ import annotations

import datetime as dt
import math

import charterkit as ck
import pytest


def indicator() -> ck.Indicator:
    return ck.Indicator("u", "werkloosheid", "percent", "lower_is_better")


def test_hierarchy() -> None:
    for cls in (
        ck.InvalidInputError,
        ck.InvalidTargetError,
        ck.UnresolvedTargetError,
        ck.NotAssessableError,
        ck.ParseError,
        ck.ValidationError,
        ck.NotFoundError,
    ):
        assert issubclass(cls, ck.CharterkitError)
    assert issubclass(ck.CharterkitError, ValueError)
    assert issubclass(ck.NotFoundError, KeyError)
    assert ck.exceptions.CharterkitError is ck.CharterkitError


def test_milestone_before_baseline() -> None:
    with pytest.raises(
        ck.InvalidTargetError, match=r"milestones\[0\]\.year: 2005 is before the baseline year 2007"
    ):
        ck.Target(
            "t", indicator(), [ck.Milestone(2005, "absolute", 6.0)], baseline=ck.Baseline(2007, 9.2)
        )


def test_unknown_unit() -> None:
    with pytest.raises(
        ck.InvalidInputError, match=r"unit: unknown unit 'procent' \(expected percent"
    ):
        ck.Indicator("u", "werkloosheid", "procent", "lower_is_better")


def test_nan_and_out_of_range_levels() -> None:
    # a target holding a bad number is an invalid target; the message names the field and the value
    with pytest.raises(
        ck.InvalidTargetError, match=r"milestones\[0\]\.value: nan is not a finite number"
    ):
        ck.Target(
            "t",
            indicator(),
            [ck.Milestone(2011, "absolute", math.nan)],
            baseline=ck.Baseline(2007, 9.2),
        )
    with pytest.raises(
        ck.InvalidTargetError, match=r"milestones\[0\]\.value: 120 is outside the range \[0, 100\]"
    ):
        ck.Target(
            "t", indicator(), [ck.Milestone(2011, "absolute", 120)], baseline=ck.Baseline(2007, 9.2)
        )
    with pytest.raises(
        ck.InvalidInputError, match=r"obs\[1\]\.value: nan on 2009-01-01 is not a finite number"
    ):
        ck.Series([dt.date(2008, 1, 1), dt.date(2009, 1, 1)], [1.0, math.nan], "obs")


def test_relative_target_on_a_zero_baseline() -> None:
    t = ck.Target(
        "t",
        ck.Indicator("n", "ondernemers", "count", "higher_is_better"),
        [ck.Milestone(2017, "change_relative", 10)],
        baseline=ck.Baseline(2008, 0.0),
    )
    with pytest.raises(
        ck.InvalidTargetError, match=r"a relative change of 10 % cannot apply to a zero baseline"
    ):
        t.level(0)


def test_unresolvable_target_asked_for_a_level() -> None:
    t = ck.Target(
        "t",
        indicator(),
        [ck.Milestone(2017, "change_points", -15)],
        baseline=ck.Baseline(2004, pending="zero-measurement in 2008"),
    )
    with pytest.raises(
        ck.UnresolvedTargetError,
        match=r"milestones\[0\]: cannot give a level: baseline \(year 2004\) has no value yet: "
        r"zero-measurement in 2008",
    ):
        t.level(0)


def test_series_order_and_duplicates() -> None:
    with pytest.raises(
        ck.InvalidInputError, match=r"s\[1\]\.date: 2007-01-01 comes after 2009-01-01"
    ):
        ck.Series([dt.date(2009, 1, 1), dt.date(2007, 1, 1)], [1.0, 2.0], "s")
    with pytest.raises(ck.InvalidInputError, match=r"s\[1\]\.date: 2009-01-01 occurs twice"):
        ck.Series([dt.date(2009, 1, 1), dt.date(2009, 1, 1)], [1.0, 2.0], "s")


def test_trajectory_before_its_start_and_bad_names() -> None:
    tr = ck.Trajectory([2007.0, 2017.0], [9.2, 6.8])
    with pytest.raises(ck.InvalidInputError, match="before the trajectory starts"):
        tr.value_at(2000.0)
    with pytest.raises(ck.InvalidInputError, match="unknown interpolation 'cubic'"):
        ck.Trajectory([2007.0, 2017.0], [9.2, 6.8], "cubic")
    with pytest.raises(ck.InvalidInputError, match="give when= .* or horizon_years="):
        ck.Milestone(form="absolute", value=1.0)


def test_not_found_is_a_key_error(excerpt: ck.Charter) -> None:
    with pytest.raises(KeyError):
        excerpt.target("nope")
    with pytest.raises(ck.NotFoundError, match="no district 'dubbeldam'"):
        excerpt.district("dubbeldam")
