"""Every Python-visible value type round-trips through pickle, copy and deepcopy."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import charterkit as ck
import pytest


def samples(kw: ck.Dataset) -> list[object]:
    c = kw.charter("dordrecht")
    t = c.ambitions[0].targets[0] if c.ambitions[0].targets else c.targets()[0].target
    table = c.finance_tables[0]
    return [
        ck.When(2011),
        ck.When(dt.date(2007, 1, 1)),
        ck.ValueRange(0, 100),
        ck.Indicator("u", "werkloosheid", "percent", "lower_is_better", name_en="unemployment"),
        ck.Series(
            [dt.date(2007, 1, 1), dt.date(2009, 1, 1)], [9.2, 8.7], "obs", ck.ValueRange(0, 100)
        ),
        ck.Source([189], "004_69aa542451feb2d1.txt"),
        ck.DatedValue(2007, 6.8),
        ck.Baseline(2004, pending="not printed"),
        ck.Reference("stedelijk gemiddelde", [ck.DatedValue(2005, 7.6)]),
        ck.Milestone(
            horizon_years=4, form="convergence", reference_at=2011, horizon_from=2008, inferred=True
        ),
        ck.ResolveOptions(anchor="end", baseline_value=3.0),
        t,
        t.resolve(0),
        ck.Trajectory([2007.0, 2017.0], [9.2, 6.8]),
        c,
        c.ambitions[0],
        c.commitments[0],
        c.districts[0],
        c.parties[0],
        c.signatories[0],
        c.themes[0],
        c.signed,
        c.validity,
        c.progress[0],
        table,
        table.rows[0],
        table.columns[0],
        table.rows[0].cells[0],
        ck.Amount(2.9e6, "max_per_year", 2008, 2011),
        ck.FinanceTerm("kosten", -1),
        table.audit(True)[0],
        ck.Amendment(dt.date(2012, 1, 1), "synthetic", "[]"),
        kw.manifest[0],
    ]


def test_every_type_pickles(kw: ck.Dataset) -> None:
    for obj in samples(kw):
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            back = pickle.loads(pickle.dumps(obj, protocol=protocol))
            assert type(back) is type(obj)
            assert back == obj, type(obj).__name__
        assert copy.copy(obj) == obj
        assert copy.deepcopy(obj) == obj


def test_the_whole_data_set_pickles(kw: ck.Dataset) -> None:
    back = pickle.loads(pickle.dumps(kw))
    assert back == kw
    assert back.count_targets() == kw.count_targets()


def test_enums_pickle() -> None:
    for e in (
        ck.Unit.grade,
        ck.Direction.lower_is_better,
        ck.TargetForm.gap_fraction,
        ck.YearAnchor.end,
    ):
        assert pickle.loads(pickle.dumps(e)) is e


def test_foreign_state_is_refused() -> None:
    with pytest.raises(ck.InvalidInputError, match="another version"):
        ck.Target.__new__(ck.Target).__setstate__((99, "{}"))
