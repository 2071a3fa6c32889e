"""Tidy frames (charterkit.tidy): columns as documented, numbers as the charters print them (seed 004
line numbers in the comments), trajectories on a date grid, assessments, finance tables and plans."""

from __future__ import annotations

import datetime as dt

import charterkit as ck
import numpy as np
import pandas as pd
import pytest
from charterkit import tidy
from conftest import REPO


def test_targets_frame_has_the_documented_columns_and_one_row_per_target(kw: ck.Dataset) -> None:
    frame = kw.targets_frame()
    assert list(frame.columns) == list(tidy.TARGET_COLUMNS)
    assert len(frame) == sum(entry.targets for entry in kw.manifest)  # manifest.json: 496
    assert frame["target"].is_unique
    assert str(frame["baseline_year"].dtype) == "Int64"
    assert frame["intermediate"].dtype == bool


def test_targets_frame_alkmaar_unemployment(kw: ck.Dataset) -> None:
    # seed 004 line 189: "werkloosheidspercentage is in 2017 gelijk aan het Alkmaars gemiddelde
    # percentage (6.8%) in 2007. Het huidige % in Overdie bedraagt 9.2%."
    frame = kw.targets_frame().set_index("target")
    row = frame.loc["alkmaar.overdie.werkloosheid"]
    assert row["city"] == "Alkmaar"
    assert row["district"] == "overdie"
    assert row["theme"] == "work"
    assert row["unit"] == "percent"
    assert row["direction"] == "lower_is_better"
    assert row["baseline_year"] == 2007
    assert row["baseline_value"] == pytest.approx(9.2)
    assert row["final_year"] == 2017
    assert row["final_form"] == "reach_reference"
    assert row["final_level"] == pytest.approx(6.8)
    assert row["milestones"] == 1
    assert not row["intermediate"]
    assert "189" in row["source_lines"].split(";")


def test_targets_frame_pending_baseline_and_intermediate_milestone(kw: ck.Dataset) -> None:
    # seed 004 line 157: "15% punten lager in 2017 t.o.v. 2004 (zo'n 8% punten lager in 2011)"; the 2004
    # Overdie score itself is not printed, so the level waits for it.
    row = kw.targets_frame().set_index("target").loc["alkmaar.overdie.weinig-aandacht-gemeente"]
    assert row["milestones"] == 2
    assert row["intermediate"]
    assert (row["first_year"], row["final_year"]) == (2011, 2017)
    assert row["forms"] == "change_points;change_points"
    assert np.isnan(row["baseline_value"])
    assert row["baseline_pending"] != ""
    assert np.isnan(row["final_level"])


def test_targets_frame_filters_and_a_single_charter(kw: ck.Dataset) -> None:
    alkmaar = kw.charter("alkmaar")
    # seed 004 lines 157, 158, 296, 323, 324 (two targets) and 325 carry a 2011 milestone for Alkmaar
    in_2011 = alkmaar.targets_frame(milestone_year=2011)
    assert len(in_2011) == 7
    assert set(in_2011["charter"]) == {"alkmaar"}
    work = kw.targets_frame(theme="work")
    assert set(work["theme"]) == {"work"}
    assert len(work) == len(kw.targets(theme="work"))


def test_trajectory_frame_on_a_date_grid(kw: ck.Dataset) -> None:
    path = ck.Trajectory.from_target(kw.charter("alkmaar").target("alkmaar.overdie.werkloosheid"))
    frame = path.to_frame(["2007-01-01", "2011-07-02", "2020-01-01"])
    assert list(frame.columns) == ["date", "time", "value"]
    # the path runs from 9.2 at 2007.5 to 6.8 at 2017.5 (bare years sit at mid-year);
    # 2011-07-02 is day 183 of 365: 2011 + 182/365 = 2011.498630...
    t = 2011 + 182 / 365
    assert frame["time"][1] == pytest.approx(t)
    assert frame["value"][1] == pytest.approx(9.2 + (6.8 - 9.2) * (t - 2007.5) / 10)
    assert np.isnan(frame["value"][0])  # before the baseline
    assert frame["value"][2] == pytest.approx(6.8)  # after the end the path holds its final level
    assert frame["date"][1] == pd.Timestamp("2011-07-02")


def test_fractional_years_agree_with_the_core() -> None:
    days = [dt.date(2008, 2, 29), dt.date(2008, 12, 31), dt.date(2011, 1, 1), dt.date(2011, 7, 2)]
    got = tidy.fractional_years([d.isoformat() for d in days])
    assert got == pytest.approx([ck.fractional_year(d) for d in days], abs=1e-12)
    assert got[2] == 2011.0
    assert got[0] == pytest.approx(2008 + 59 / 366)  # 29 February is day 60 of a leap year


def test_trajectories_frame_is_long(kw: ck.Dataset) -> None:
    grid = pd.date_range("2008-01-01", "2017-01-01", freq="YS")
    frame = kw.charter("alkmaar").trajectories_frame(grid)
    assert list(frame.columns) == list(tidy.TRAJECTORY_COLUMNS)
    with_path = 0
    for entry in kw.charter("alkmaar").targets():
        try:
            ck.Trajectory.from_target(entry.target)
            with_path += 1
        except ck.UnresolvedTargetError:
            pass
    assert len(frame) == with_path * len(grid)
    row = frame[
        (frame["target"] == "alkmaar.overdie.werkloosheid") & (frame["date"] == "2012-01-01")
    ]
    assert row["value"].iloc[0] == pytest.approx(9.2 - 0.24 * (2012.0 - 2007.5))


def test_commitments_frame(kw: ck.Dataset) -> None:
    frame = kw.commitments_frame()
    assert list(frame.columns) == list(tidy.COMMITMENT_COLUMNS)
    # seed 004 line 145: "Circa €150.000 wordt jaarlijks op initiatief van de bewoners weggezet"
    row = frame.set_index("commitment").loc["alkmaar.c1"]
    assert row["amount"] == 150000
    assert row["basis"] == "per_year"
    assert bool(row["approximate"]) is True
    assert row["side"] == "city"
    without = frame[frame["amount"].isna()]
    assert without["approximate"].isna().all()
    assert len(frame) == sum(len(c.commitments) for c in kw)


def test_finance_table_frame_dordrecht_wielwijk(kw: ck.Dataset) -> None:
    table = kw.charter("dordrecht").finance_table("dordrecht.wielwijk")
    frame = table.to_frame()
    assert list(frame.columns) == list(tidy.FINANCE_COLUMNS)
    assert len(frame) == len(table.rows) * len(table.columns)
    # seed 004 line 3763: "Fysiek Wonen/tijdelijk beheer 1,4 25,6 27,0" (x miljoen)
    first = frame[frame["row_position"] == 0].set_index("column_position")
    assert list(first["printed"]) == pytest.approx([1.4, 25.6, 27.0])
    assert first["euros"][0] == pytest.approx(1.4e6)
    assert bool(first["column_is_total"][2])
    # line 3764: "Fysiek Admiraalsplein * 5,5 5,5": the municipality's cell holds only a footnote mark
    second = frame[frame["row_position"] == 1].set_index("column_position")
    assert np.isnan(second["printed"][0]) and second["mark"][0] == "*"


def test_finance_frame_over_the_data_set(kw: ck.Dataset) -> None:
    frame = kw.finance_frame()
    assert list(frame.columns) == ["charter", "city", *tidy.FINANCE_COLUMNS]
    expected = sum(len(t.rows) * len(t.columns) for c in kw for t in c.finance_tables)
    assert len(frame) == expected


def test_audit_frame_lists_the_totals_that_do_not_add_up(kw: ck.Dataset) -> None:
    frame = kw.charter("dordrecht").audit_frame()
    mismatches = frame[(frame["status"] == "mismatch") & (frame["table"] == "dordrecht.wielwijk")]
    # seed 004 lines 3769-3771: Totale kosten 76,1 - Opbrengsten 25,2 = 50,9, printed total 46,0;
    # Opbrengsten 11,2 + 19,0 = 30,2, printed 25,2
    by_row = mismatches.set_index("row")
    assert by_row.loc["totaal", "printed"] == pytest.approx(46.0)
    assert by_row.loc["totaal", "computed"] == pytest.approx(50.9)
    assert by_row.loc["opbrengsten", "computed"] == pytest.approx(30.2)
    everything = kw.charter("dordrecht").audit_frame(include_ok=True)
    assert len(everything) > len(frame)
    assert set(everything["status"]) >= {"ok", "mismatch"}


def test_charters_and_districts_frames(kw: ck.Dataset) -> None:
    charters = kw.charters_frame()
    assert list(charters.columns) == list(tidy.CHARTER_COLUMNS)
    assert len(charters) == 18
    alkmaar = charters.set_index("charter").loc["alkmaar"]
    # seed 004 line 481: "ondertekend op 11 februari 2008 te Alkmaar"
    assert alkmaar["signed"] == pd.Timestamp("2008-02-11")
    districts = kw.districts_frame()
    assert len(districts) == kw.count_districts()
    assert districts["district"].is_unique


def test_assessment_frames(kw: ck.Dataset) -> None:
    target = kw.charter("alkmaar").target("alkmaar.overdie.werkloosheid")
    observed = ck.Series(
        [dt.date(2009, 1, 1), dt.date(2010, 1, 1), dt.date(2011, 1, 1)],
        [9.0, 8.8, 8.7],
        "synthetic",
    )
    a = ck.assess(target, observed)
    per_observation = a.to_frame()
    assert list(per_observation.columns) == list(tidy.OBSERVATION_FRAME_COLUMNS)
    # planned on 1 January 2010: 9.2 - 0.24 * (2010.0 - 2007.5) = 8.6; gap 8.8 - 8.6 = 0.2
    assert per_observation["planned"][1] == pytest.approx(8.6)
    assert per_observation["gap"][1] == pytest.approx(0.2)
    table = ck.assessments_frame([a])
    assert list(table.columns) == list(tidy.ASSESSMENT_COLUMNS)
    assert table["status"][0] == a.status.name
    assert table["latest_value"][0] == 8.7
    assert table["level"][0] == pytest.approx(6.8)
    rows = ck.assess_dataset(kw, {target.id: observed})
    keyed = ck.assessments_frame(rows)
    assert (keyed["city"][0], keyed["district"][0], keyed["theme"][0]) == (
        "Alkmaar",
        "overdie",
        "work",
    )
    per_milestone = a.milestones_frame()
    assert len(per_milestone) == len(target.milestones)
    assert per_milestone["assessed"].sum() == 1


def test_plan_frames() -> None:
    plans = ck.load_plan_set(str(REPO / "data" / "plans"))
    events = plans.events_frame()
    assert list(events.columns) == list(tidy.PLAN_EVENT_COLUMNS)
    assert len(events) == sum(len(p.events()) for p in plans)
    budget = plans.plan("lokaal-akkoord-jeugd").budget_frame()
    assert list(budget.columns) == list(tidy.PLAN_BUDGET_COLUMNS)
    # seed 001 lines 263-270: 3330 + 10000 + 13552 + 1000 + 680 + 2000 + 160223 = 190785
    assert budget["amount"].sum() == pytest.approx(190785)


def test_a_bad_source_is_rejected() -> None:
    with pytest.raises(ck.InvalidInputError, match=r"source\[0\]"):
        tidy.targets_frame(["not a charter"])  # type: ignore[list-item]
