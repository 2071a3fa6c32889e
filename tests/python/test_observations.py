"""Observations in long format (charterkit.observations): validation that names the row, the lossless
round trip DataFrame -> Observations -> DataFrame, matching to targets, and the synthetic monitor.

All measurement values here are synthetic (made up for the tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import charterkit as ck
import numpy as np
import pandas as pd
import pytest
from charterkit.observations import OBSERVATION_COLUMNS, observation_scope


def _frame() -> pd.DataFrame:
    # synthetic values; grouped by pair in first-appearance order, dates ascending (the canonical order)
    return pd.DataFrame(
        {
            "district": ["overdie", "overdie", "overdie", "oud-overdie", "oud-overdie"],
            "indicator": ["unemployment_rate"] * 3 + ["aandeel_koop"] * 2,
            "date": pd.to_datetime(
                ["2008-07-01", "2009-07-01", "2010-07-01", "2008-01-01", "2010-01-01"]
            ),
            "value": [9.1, 8.9, 8.6, 22.0, 26.5],
        }
    )


def test_round_trip_frame_objects_frame_is_lossless() -> None:
    frame = _frame()
    obs = ck.Observations.from_frame(frame)
    assert len(obs) == 2
    assert obs.count == 5
    back = obs.to_frame()
    assert list(back.columns) == list(OBSERVATION_COLUMNS)
    pd.testing.assert_frame_equal(back, frame)
    assert ck.Observations.from_frame(back) == obs


def test_rows_in_any_order_are_grouped_and_sorted() -> None:
    frame = _frame().iloc[[4, 2, 0, 3, 1]].reset_index(drop=True)
    obs = ck.read_observations(frame)
    assert list(obs) == [("oud-overdie", "aandeel_koop"), ("overdie", "unemployment_rate")]
    s = obs.series("overdie", "unemployment_rate")
    assert s.dates == [dt.date(2008, 7, 1), dt.date(2009, 7, 1), dt.date(2010, 7, 1)]
    assert list(s.values) == [9.1, 8.9, 8.6]


def test_csv_round_trip(tmp_path: Path) -> None:
    obs = ck.Observations.from_frame(_frame())
    path = obs.to_csv(tmp_path / "monitor.csv")
    assert path.read_text().splitlines()[0] == "district,indicator,date,value"
    assert path.read_text().splitlines()[1] == "overdie,unemployment_rate,2008-07-01,9.1"
    assert ck.Observations.read_csv(path) == obs


def test_csv_errors_name_every_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "district,indicator,date,value\n"  # line 1
        "overdie,unemployment_rate,2009-01-01,8.9\n"  # line 2: fine
        'overdie,unemployment_rate,2010-01-01,"8,7"\n'  # line 3: decimal comma
        "overdie,unemployment_rate,2009-13-01,8.5\n"  # line 4: no 13th month
        ",unemployment_rate,2011-01-01,8.4\n"  # line 5: no district
        "overdie,unemployment_rate,2009-01-01,8.8\n"  # line 6: 2009-01-01 again (line 2)
        "overdie,unemployment_rate,01-01-2012,inf\n",  # line 7: day-first date, infinite value
        encoding="utf-8",
    )
    with pytest.raises(ck.InvalidInputError) as info:
        ck.Observations.read_csv(path)
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert "line 3: value '8,7' is not a number (use a decimal point)" in message
    assert "line 4: date '2009-13-01' is not a calendar date written YYYY-MM-DD" in message
    assert "line 5: district is empty" in message
    assert (
        "line 6: district 'overdie', indicator 'unemployment_rate' has date 2009-01-01 already on line 2"
        in message
    )
    assert "line 7: date '01-01-2012' is not a calendar date" in message
    assert "line 7: value inf is not finite" in message
    assert "6 problem(s)" in message


def test_missing_columns_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ck.InvalidInputError, match="missing column.*date"):
        ck.Observations.from_frame(
            pd.DataFrame({"district": ["x"], "indicator": ["y"], "value": [1.0]})
        )
    with pytest.raises(ck.ParseError, match="no such file"):
        ck.Observations.read_csv(tmp_path / "absent.csv")
    with pytest.raises(ck.InvalidInputError, match="expected a pandas DataFrame"):
        ck.Observations.from_frame([1, 2])  # type: ignore[arg-type]


def test_frame_errors_name_the_index_label() -> None:
    frame = _frame()
    frame.index = ["a", "b", "c", "d", "e"]
    frame.loc["c", "value"] = np.nan
    frame.loc["e", "date"] = pd.Timestamp("2010-01-01 12:30")
    with pytest.raises(ck.InvalidInputError) as info:
        ck.Observations.from_frame(frame)
    message = str(info.value)
    assert "row 'c': value is missing" in message
    assert "row 'e': date '2010-01-01T12:30:00' has a time of day" in message


def test_with_a_data_set_pairs_and_ranges_are_checked(kw: ck.Dataset) -> None:
    frame = pd.DataFrame(
        {
            "district": ["overdie", "overdie", "nowhere"],
            "indicator": ["unemployment_rate", "unemployment_rate", "unemployment_rate"],
            "date": ["2009-01-01", "2010-01-01", "2010-01-01"],
            "value": [8.9, 120.0, 5.0],  # a percentage of 120 is out of the indicator's [0, 100]
        }
    )
    with pytest.raises(ck.InvalidInputError) as info:
        ck.Observations.from_frame(frame, dataset=kw)
    message = str(info.value)
    assert (
        "row 1: value 120 is outside the range [0, 100] of indicator 'unemployment_rate'" in message
    )
    assert "row 2: no target of data set 'krachtwijken' has district 'nowhere'" in message
    assert "row 0" not in message
    # without the data set only the rows themselves are checked
    assert len(ck.Observations.from_frame(frame)) == 2


def test_observations_map_to_targets_by_place_and_indicator(kw: ck.Dataset) -> None:
    obs = ck.Observations.from_frame(_frame(), dataset=kw)
    by_target = obs.for_targets(kw)
    # seed 004 line 189 (unemployment in Overdie) and line 169 (koop-huur 21 % - 79 % in Oud-Overdie):
    # the Oud-Overdie pair serves the Oud-Overdie target only, not the Nieuw-Overdie one
    assert set(by_target) == {
        "alkmaar.overdie.werkloosheid",
        "alkmaar.overdie.koop-huur-oud-overdie",
    }
    charter = kw.charter("alkmaar")
    assert (
        observation_scope(charter, charter.target("alkmaar.overdie.koop-huur-oud-overdie"))
        == "oud-overdie"
    )
    wide = next(e for e in kw.targets() if e.target.district is None)  # a charter-wide target
    assert observation_scope(kw.charter(wide.charter), wide.target) == wide.charter
    with pytest.raises(ck.NotFoundError):
        obs.series("overdie", "no_such_indicator")


def test_observation_keys_list_what_the_targets_expect(kw: ck.Dataset) -> None:
    keys = ck.observation_keys(kw)
    row = keys[(keys["district"] == "overdie") & (keys["indicator"] == "unemployment_rate")].iloc[0]
    assert row["unit"] == "percent"
    assert row["direction"] == "lower_is_better"
    assert "alkmaar.overdie.werkloosheid" in row["targets"].split(";")
    assert not keys.duplicated(["district", "indicator"]).any()


def test_synthetic_monitor_is_labelled_reproducible_and_in_range(kw: ck.Dataset) -> None:
    a = ck.synthetic_monitor(kw, seed=3)
    b = ck.synthetic_monitor(kw, seed=3)
    c = ck.synthetic_monitor(kw, seed=4)
    assert a.synthetic and "synthetic" in a.name and "not real data" in a.name
    assert a == b
    assert a != c
    frame = a.to_frame()
    assert set(frame["date"].dt.year) == {2008, 2009, 2010, 2011, 2012}
    keys = ck.observation_keys(kw).set_index(["district", "indicator"])
    joined = frame.join(keys[["range_low", "range_high"]], on=["district", "indicator"])
    assert ((joined["value"] >= joined["range_low"]) | joined["range_low"].isna()).all()
    assert ((joined["value"] <= joined["range_high"]) | joined["range_high"].isna()).all()
    # a synthetic monitor goes through the validation of real data, too
    assert ck.Observations.from_frame(frame, dataset=kw).count == a.count


def test_assess_observations(kw: ck.Dataset) -> None:
    obs = ck.Observations.from_frame(_frame(), dataset=kw)
    rows = ck.observations.assess_observations(kw, obs)
    assert [r.target for r in rows] == [
        "alkmaar.overdie.koop-huur-oud-overdie",
        "alkmaar.overdie.werkloosheid",
    ]
