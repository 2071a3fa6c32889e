"""Tidy long pandas DataFrames of every charterkit collection, with documented columns.

Each ``*_COLUMNS`` dict names the columns of one table, in order, with what they hold. The functions take a
:class:`~charterkit.Dataset` or a single :class:`~charterkit.Charter` (and filters where it makes sense);
when :mod:`charterkit` is imported they are also attached as methods, e.g. ``Dataset.targets_frame()``,
``Charter.commitments_frame()``, ``FinanceTable.to_frame()``, ``Trajectory.to_frame(dates)``,
``Assessment.to_frame()`` and ``Plan.events_frame()``.

Conventions: a missing number is NaN (float columns) or ``<NA>`` (nullable ``Int64``/``boolean`` columns);
a missing text is the empty string; lists of seed line numbers are ``';'``-separated strings; dates are
``datetime64`` columns (the resolution pandas gives ``pd.to_datetime``) where they are calendar days.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Union

import numpy as np
import pandas as pd

from . import _core

__all__ = [
    "ASSESSMENT_COLUMNS",
    "AUDIT_COLUMNS",
    "CHARTER_COLUMNS",
    "COMMITMENT_COLUMNS",
    "DISTRICT_COLUMNS",
    "FINANCE_COLUMNS",
    "OBSERVATION_FRAME_COLUMNS",
    "PLAN_BUDGET_COLUMNS",
    "PLAN_EVENT_COLUMNS",
    "TARGET_COLUMNS",
    "TRAJECTORY_COLUMNS",
    "assessment_frame",
    "assessments_frame",
    "audit_frame",
    "charters_frame",
    "commitments_frame",
    "districts_frame",
    "finance_frame",
    "finance_table_frame",
    "fractional_years",
    "plan_budget_frame",
    "plan_events_frame",
    "targets_frame",
    "trajectories_frame",
    "trajectory_frame",
]

#: A data set, one charter, or several charters.
CharterSource = Union[_core.Dataset, _core.Charter, Iterable[_core.Charter]]

#: Columns of :func:`targets_frame` (one row per target).
TARGET_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "city": "city as printed",
    "district": "district id; empty for a charter-wide target",
    "theme": "canonical theme key (housing, work, ...)",
    "ambition": "ambition id",
    "target": "target id",
    "indicator": "indicator id",
    "indicator_name": "indicator name as printed (Dutch)",
    "indicator_name_en": "English gloss of the indicator name (may be empty)",
    "unit": "percent, grade, score, count, euro, ratio or other",
    "direction": "higher_is_better or lower_is_better",
    "range_low": "lower end of the valid range (NaN: unbounded)",
    "range_high": "upper end of the valid range (NaN: unbounded)",
    "area": "sub-area id when the target concerns only part of the district",
    "group": "id tying targets that the source states together",
    "baseline_year": "calendar year of the baseline (Int64; <NA> without baseline)",
    "baseline_date": "the baseline as an exact date, when the text gives one (NaT otherwise)",
    "baseline_value": "baseline value; NaN while still to be measured",
    "baseline_pending": "why the baseline value is not known yet",
    "reference_label": "label of the reference series as printed (the city average)",
    "reference_values": "number of printed reference values (Int64)",
    "milestones": "number of milestones",
    "intermediate": "True when the target has a milestone before its final one",
    "first_year": "year of the first milestone (Int64)",
    "final_year": "year of the final milestone (Int64)",
    "final_form": "target form of the final milestone",
    "final_level": "resolved level of the final milestone; NaN when unresolved",
    "forms": "target forms of the milestones, in order, ';'-separated",
    "rebased": "True when the target was re-based on a new zero-measurement",
    "source_lines": "seed lines of the target, ';'-separated",
}

#: Columns of :func:`trajectories_frame` (one row per target and grid date; ``trajectory_frame`` has
#: ``date``, ``time`` and ``value`` only).
TRAJECTORY_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "district": "district id; empty for a charter-wide target",
    "theme": "canonical theme key",
    "target": "target id",
    "indicator": "indicator id",
    "unit": "unit of the indicator",
    "date": "the grid date (datetime64)",
    "time": "the date on the fractional-year axis: year + (day_of_year - 1) / days_in_year",
    "value": "the planned value; NaN before the trajectory starts (after its end it holds the final level)",
}

#: Columns of :func:`commitments_frame` (one row per commitment).
COMMITMENT_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "city": "city as printed",
    "commitment": "commitment id",
    "party": "party id",
    "party_name": "party name as printed (empty when the party is not listed)",
    "side": "city, state, corporations or other",
    "theme": "canonical theme key; empty when the commitment has no theme",
    "districts": "district ids, ';'-separated; empty: the whole charter",
    "summary": "what is committed, in English",
    "amount": "amount in euros; NaN without an amount",
    "currency": "currency of the amount; empty without an amount",
    "basis": "once, per_year, max_per_year, total_through or total; empty without an amount",
    "from_year": "first year of the amount (Int64)",
    "to_year": "last year of the amount (Int64)",
    "approximate": "True for 'circa' amounts (boolean; <NA> without an amount)",
    "source_lines": "seed lines, ';'-separated",
}

#: Columns of :func:`finance_frame` / ``FinanceTable.to_frame()`` (one row per printed cell). The
#: data-set version starts with ``charter`` and ``city``.
FINANCE_COLUMNS: dict[str, str] = {
    "table": "finance table id",
    "title": "table title as printed",
    "row": "row key",
    "row_label": "row label as printed",
    "row_position": "0-based position of the row in the printed table",
    "row_is_total": "True for a printed total row",
    "column": "column key",
    "column_label": "column label as printed",
    "column_position": "0-based position of the column",
    "column_is_total": "True for a printed total column",
    "party": "party id of the column's funder (may be empty)",
    "printed": "the number as printed, in the table's unit; NaN when the cell holds none",
    "euros": "printed * scale: the amount in euros; NaN when the cell holds none",
    "pm": "True for 'PM' (pro memorie: not yet quantified)",
    "mark": "footnote mark printed in or instead of the number",
    "decimals": "printed precision of the number (Int64)",
}

#: Columns of :func:`audit_frame` (one row per recomputed printed total).
AUDIT_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "city": "city as printed",
    "table": "finance table id",
    "status": "ok, mismatch or unverifiable",
    "axis": "which kind of total (row total, column total)",
    "row": "row key of the printed total",
    "column": "column key of the printed total",
    "printed": "the printed total (in the table's unit)",
    "computed": "the recomputed total (unverifiable: the sum of the numbers present)",
    "difference": "printed - computed",
    "tolerance": "the largest difference the printed precision explains",
    "message": "the finding in words",
}

#: Columns of :func:`districts_frame`.
DISTRICT_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "city": "city as printed",
    "district": "district id",
    "name": "district name as printed",
    "sub_areas": "number of sub-areas at every depth",
    "targets": "targets of the district itself (charter-wide targets not counted)",
    "source_lines": "seed lines, ';'-separated",
}

#: Columns of :func:`charters_frame`.
CHARTER_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "city": "city as printed",
    "title": "title as printed",
    "signed": "signing date (NaT when not legible)",
    "signing_status": "known, unknown or partial",
    "valid_from": "first day in force (NaT when the text gives none)",
    "valid_to": "last day in force (NaT when the text gives none)",
    "districts": "number of districts",
    "themes": "number of themes",
    "targets": "number of targets",
    "milestones": "number of milestones",
    "commitments": "number of commitments",
    "finance_tables": "number of finance tables",
    "first_line": "first seed line of the charter",
    "last_line": "last seed line of the charter",
}

#: Columns of :func:`assessments_frame` (one row per assessed target; with ``milestones=True`` one row
#: per target milestone, and ``assessed`` says which one the target's status belongs to).
ASSESSMENT_COLUMNS: dict[str, str] = {
    "charter": "charter id (empty for a bare Assessment)",
    "city": "city as printed",
    "district": "district id; '(all)' for a charter-wide target",
    "theme": "canonical theme key",
    "ambition": "ambition id",
    "target": "target id",
    "indicator": "indicator id",
    "method": "progress method (statcan, eurostat, linear_path, ...)",
    "method_version": "version of the method's rule",
    "milestone": "0-based index of the milestone",
    "assessed": "True for the milestone the target's status is taken from",
    "milestone_year": "year of the milestone",
    "level": "resolved level of the milestone; NaN when unresolved",
    "status": "progress status name (see charterkit.statuses)",
    "score": "score in [-5, 5]; NaN when the status carries none",
    "progress_value": "the method's progress value; NaN when there is none",
    "reached": "the latest observation meets the level",
    "passed": "the latest observation lies at or after the milestone",
    "share_achieved": "(latest - baseline) / (level - baseline); NaN without a level",
    "baseline_value": "baseline value used",
    "latest_date": "date of the latest observation",
    "latest_value": "the latest observation",
    "expected": "the planned value at the latest observation (NaN: no trajectory yet)",
    "reason": "why the status is not_available, or a remark",
}

#: Columns of :func:`assessment_frame` / ``Assessment.to_frame()`` (one row per observation).
OBSERVATION_FRAME_COLUMNS: dict[str, str] = {
    "date": "observation date",
    "time": "fractional year of the date",
    "actual": "observed value",
    "planned": "planned value at that date (NaN before the trajectory starts)",
    "gap": "actual - planned, in indicator units",
    "gap_share": "direction * gap / |level - baseline| of the assessed milestone; > 0 is ahead",
}

#: Columns of :func:`plan_events_frame` (one row per dated event of a plan).
PLAN_EVENT_COLUMNS: dict[str, str] = {
    "plan": "plan id",
    "kind": "kind of event (deliverable, meeting, action, ...)",
    "id": "event id",
    "item": "id of the item the event belongs to",
    "path": "path of the item in the plan file",
    "title": "title as printed",
    "title_en": "English gloss",
    "label": "label of the dated moment as printed",
    "first": "first day of the event's interval (NaT: open)",
    "last": "last day of the event's interval (NaT: open)",
    "due": "True when the event is a deadline",
    "source_lines": "seed lines, ';'-separated",
}

#: Columns of :func:`plan_budget_frame` (one row per budget line of a plan).
PLAN_BUDGET_COLUMNS: dict[str, str] = {
    "plan": "plan id",
    "budget": "budget id",
    "line": "line key",
    "label": "label as printed",
    "label_en": "English gloss",
    "amount": "amount in the budget's currency; NaN for PM or in kind",
    "pm": "True for 'PM'",
    "in_kind": "True for a contribution in kind",
    "funders": "funder party ids, ';'-separated",
    "source_lines": "seed lines, ';'-separated",
}


# ---- helpers ------------------------------------------------------------------------------------------


def _lines(source: Any) -> str:
    return ";".join(str(n) for n in source.lines) if source is not None else ""


def _name(value: Any) -> str:
    """The name of an enum member ('' for None)."""
    return "" if value is None else str(value.name)


def _charters(source: Any) -> list[_core.Charter]:
    if isinstance(source, _core.Charter):
        return [source]
    if isinstance(source, _core.Dataset):
        return list(source)
    charters = list(source)
    for i, c in enumerate(charters):
        if not isinstance(c, _core.Charter):
            raise _core.InvalidInputError(
                f"source[{i}]: expected a Dataset, a Charter or Charters, got {type(c).__name__}"
            )
    return charters


def _frame(
    rows: dict[str, list[Any]],
    columns: dict[str, str],
    *,
    ints: Sequence[str] = (),
    floats: Sequence[str] = (),
    bools: Sequence[str] = (),
    nullable_bools: Sequence[str] = (),
    dates: Sequence[str] = (),
) -> pd.DataFrame:
    frame = pd.DataFrame({name: rows[name] for name in columns}, columns=list(columns))
    for name in ints:
        frame[name] = pd.array(rows[name], dtype="Int64")
    for name in floats:
        frame[name] = pd.array(
            [np.nan if v is None else float(v) for v in rows[name]], dtype="float64"
        )
    for name in bools:
        frame[name] = frame[name].astype(bool)
    for name in nullable_bools:
        frame[name] = pd.array(rows[name], dtype="boolean")
    for name in dates:
        frame[name] = _to_datetime(rows[name])
    return frame


def _to_datetime(values: Sequence[Any]) -> pd.Series:
    """Dates (or None) to a datetime64 column, through ISO strings so pandas picks its usual resolution."""
    iso = [v.isoformat() if isinstance(v, _dt.date) else None for v in values]
    return pd.Series(pd.to_datetime(pd.Series(iso, dtype="object")), name=None)


def _empty(columns: Iterable[str]) -> dict[str, list[Any]]:
    return {name: [] for name in columns}


def fractional_years(dates: Any) -> np.ndarray:
    """Dates (anything :func:`pandas.to_datetime` reads) on the fractional-year axis.

    A day is placed at its start: ``year + (day_of_year - 1) / days_in_year``, as
    :func:`charterkit.fractional_year` does for one date.
    """
    index = pd.DatetimeIndex(pd.to_datetime(dates))
    if index.hasnans:
        raise _core.InvalidInputError("dates: contains a missing date (NaT)")
    days_in_year = np.where(index.is_leap_year, 366.0, 365.0)
    return np.asarray(index.year + (index.day_of_year - 1) / days_in_year, dtype="float64")


# ---- targets and trajectories ---------------------------------------------------------------------------


def _iter_targets(
    source: Any, theme: Any, district: str | None, indicator: str | None, milestone_year: int | None
) -> Iterator[tuple[_core.Charter, _core.TargetEntry]]:
    for charter in _charters(source):
        for entry in charter.targets(
            theme=theme, district=district, indicator=indicator, milestone_year=milestone_year
        ):
            yield charter, entry


def targets_frame(
    source: CharterSource,
    *,
    theme: Any = None,
    district: str | None = None,
    indicator: str | None = None,
    milestone_year: int | None = None,
    options: _core.ResolveOptions | None = None,
) -> pd.DataFrame:
    """One row per target (columns: :data:`TARGET_COLUMNS`), in document order.

    ``source`` is a :class:`Dataset`, a :class:`Charter` or a list of charters. The filters are those of
    ``Dataset.targets``: a theme key or name, a district id (charter-wide targets match every district), an
    indicator id, a milestone year. ``options`` (a :class:`ResolveOptions`) is used to resolve
    ``final_level``.
    """
    opts = options or _core.ResolveOptions()
    rows = _empty(TARGET_COLUMNS)
    for charter, entry in _iter_targets(source, theme, district, indicator, milestone_year):
        t = entry.target
        ind = t.indicator
        base = t.baseline
        n = len(t.milestones)
        years = [t.milestone_year(i, opts.anchor) for i in range(n)]
        final = t.resolve(n - 1, opts) if n else None
        base_date = None
        if base is not None and not base.when.is_year:
            base_date = base.when.exact_date()
        rows["charter"].append(entry.charter)
        rows["city"].append(charter.city)
        rows["district"].append(t.district or "")
        rows["theme"].append(_name(entry.theme))
        rows["ambition"].append(entry.ambition)
        rows["target"].append(t.id)
        rows["indicator"].append(ind.id)
        rows["indicator_name"].append(ind.name)
        rows["indicator_name_en"].append(ind.name_en)
        rows["unit"].append(_name(ind.unit))
        rows["direction"].append(_name(ind.direction))
        rows["range_low"].append(ind.range.low if ind.range is not None else None)
        rows["range_high"].append(ind.range.high if ind.range is not None else None)
        rows["area"].append(t.area)
        rows["group"].append(t.group)
        rows["baseline_year"].append(base.when.calendar_year if base is not None else None)
        rows["baseline_date"].append(base_date)
        rows["baseline_value"].append(base.value if base is not None else None)
        rows["baseline_pending"].append(base.pending if base is not None else "")
        rows["reference_label"].append(t.reference.label if t.reference is not None else "")
        rows["reference_values"].append(
            len(t.reference.values) if t.reference is not None else None
        )
        rows["milestones"].append(n)
        rows["intermediate"].append(n > 1)
        rows["first_year"].append(years[0] if n else None)
        rows["final_year"].append(years[-1] if n else None)
        rows["final_form"].append(_name(t.milestones[-1].form) if n else "")
        rows["final_level"].append(final.level if final is not None and final.resolved else None)
        rows["forms"].append(";".join(_name(m.form) for m in t.milestones))
        rows["rebased"].append(t.rebased is not None)
        rows["source_lines"].append(_lines(t.source))
    return _frame(
        rows,
        TARGET_COLUMNS,
        ints=("baseline_year", "reference_values", "first_year", "final_year"),
        floats=("range_low", "range_high", "baseline_value", "final_level"),
        bools=("intermediate", "rebased"),
        dates=("baseline_date",),
    )


def trajectory_frame(trajectory: _core.Trajectory, dates: Any) -> pd.DataFrame:
    """The planned values of a trajectory on a grid of dates: columns ``date``, ``time``, ``value``.

    ``dates`` is anything :func:`pandas.to_datetime` reads (a ``pd.date_range``, ISO strings,
    ``datetime64`` values). Before the trajectory starts the value is NaN; after its end the trajectory
    holds its final level.
    """
    index = pd.DatetimeIndex(pd.to_datetime(dates))
    times = fractional_years(index)
    values = np.full(times.shape, np.nan)
    inside = times >= trajectory.start
    if inside.any():
        values[inside] = trajectory.values_at(np.ascontiguousarray(times[inside]))
    return pd.DataFrame({"date": index.to_numpy(), "time": times, "value": values})


def trajectories_frame(
    source: CharterSource,
    dates: Any,
    *,
    theme: Any = None,
    district: str | None = None,
    indicator: str | None = None,
    milestone_year: int | None = None,
    options: _core.ResolveOptions | None = None,
    interpolation: str = "linear",
) -> pd.DataFrame:
    """Planned values of every target with a trajectory on a grid of dates (columns:
    :data:`TRAJECTORY_COLUMNS`), long format: one row per target and date.

    Targets without a trajectory (no baseline value yet, no milestone that resolves) are left out; the
    targets frame's ``baseline_pending`` and the milestones frame's ``unresolved_reason`` say why.
    """
    opts = options or _core.ResolveOptions()
    index = pd.DatetimeIndex(pd.to_datetime(dates))
    parts: list[pd.DataFrame] = []
    for _charter, entry in _iter_targets(source, theme, district, indicator, milestone_year):
        t = entry.target
        try:
            path = _core.Trajectory.from_target(t, opts, interpolation)
        except (_core.UnresolvedTargetError, _core.InvalidTargetError):
            continue
        part = trajectory_frame(path, index)
        part.insert(0, "unit", _name(t.indicator.unit))
        part.insert(0, "indicator", t.indicator.id)
        part.insert(0, "target", t.id)
        part.insert(0, "theme", _name(entry.theme))
        part.insert(0, "district", t.district or "")
        part.insert(0, "charter", entry.charter)
        parts.append(part)
    if not parts:
        empty = pd.DataFrame({name: pd.Series(dtype="str") for name in TRAJECTORY_COLUMNS})
        empty["date"] = pd.Series(dtype="datetime64[ns]")
        empty["time"] = pd.Series(dtype="float64")
        empty["value"] = pd.Series(dtype="float64")
        return empty
    return pd.concat(parts, ignore_index=True)[list(TRAJECTORY_COLUMNS)]


# ---- charters, districts, commitments, money ------------------------------------------------------------


def charters_frame(source: CharterSource) -> pd.DataFrame:
    """One row per charter (columns: :data:`CHARTER_COLUMNS`)."""
    rows = _empty(CHARTER_COLUMNS)
    for c in _charters(source):
        lines = list(c.source.lines) if c.source is not None else []
        rows["charter"].append(c.id)
        rows["city"].append(c.city)
        rows["title"].append(c.title)
        rows["signed"].append(c.signed.date)
        rows["signing_status"].append(_name(c.signed.status))
        rows["valid_from"].append(c.validity.start)
        rows["valid_to"].append(c.validity.end)
        rows["districts"].append(len(c.districts))
        rows["themes"].append(len(c.themes))
        rows["targets"].append(c.count_targets())
        rows["milestones"].append(c.count_milestones())
        rows["commitments"].append(len(c.commitments))
        rows["finance_tables"].append(len(c.finance_tables))
        rows["first_line"].append(lines[0] if lines else None)
        rows["last_line"].append(lines[-1] if lines else None)
    return _frame(
        rows,
        CHARTER_COLUMNS,
        ints=("first_line", "last_line"),
        dates=("signed", "valid_from", "valid_to"),
    )


def districts_frame(source: CharterSource) -> pd.DataFrame:
    """One row per district (columns: :data:`DISTRICT_COLUMNS`)."""
    rows = _empty(DISTRICT_COLUMNS)
    for c in _charters(source):
        per_district: dict[str, int] = {}
        for a in c.ambitions:
            for t in a.targets:
                if t.district:
                    per_district[t.district] = per_district.get(t.district, 0) + 1
        for d in c.districts:
            rows["charter"].append(c.id)
            rows["city"].append(c.city)
            rows["district"].append(d.id)
            rows["name"].append(d.name)
            rows["sub_areas"].append(d.count_sub_areas())
            rows["targets"].append(per_district.get(d.id, 0))
            rows["source_lines"].append(_lines(d.source))
    return _frame(rows, DISTRICT_COLUMNS)


def commitments_frame(source: CharterSource) -> pd.DataFrame:
    """One row per commitment ("inzet stad", "inzet rijk", ...; columns: :data:`COMMITMENT_COLUMNS`)."""
    rows = _empty(COMMITMENT_COLUMNS)
    for c in _charters(source):
        names = {p.id: p.name for p in c.parties}
        for m in c.commitments:
            a = m.amount
            rows["charter"].append(c.id)
            rows["city"].append(c.city)
            rows["commitment"].append(m.id)
            rows["party"].append(m.party)
            rows["party_name"].append(names.get(m.party, ""))
            rows["side"].append(_name(m.side))
            rows["theme"].append(_name(m.theme))
            rows["districts"].append(";".join(m.districts))
            rows["summary"].append(m.summary)
            rows["amount"].append(a.value if a is not None else None)
            rows["currency"].append(a.currency if a is not None else "")
            rows["basis"].append(_name(a.basis) if a is not None else "")
            rows["from_year"].append(a.from_year if a is not None else None)
            rows["to_year"].append(a.to_year if a is not None else None)
            rows["approximate"].append(a.approximate if a is not None else None)
            rows["source_lines"].append(_lines(m.source))
    return _frame(
        rows,
        COMMITMENT_COLUMNS,
        ints=("from_year", "to_year"),
        floats=("amount",),
        nullable_bools=("approximate",),
    )


def _table_rows(
    table: _core.FinanceTable, rows: dict[str, list[Any]], prefix: dict[str, str] | None = None
) -> None:
    columns = table.columns
    for r_pos, row in enumerate(table.rows):
        cells = row.cells
        for c_pos, col in enumerate(columns):
            cell = cells[c_pos] if c_pos < len(cells) else _core.Cell()
            decimals = cell.decimals if cell.decimals is not None else table.decimals
            if prefix:
                for key, value in prefix.items():
                    rows[key].append(value)
            rows["table"].append(table.id)
            rows["title"].append(table.title)
            rows["row"].append(row.key)
            rows["row_label"].append(row.label)
            rows["row_position"].append(r_pos)
            rows["row_is_total"].append(bool(row.total))
            rows["column"].append(col.key)
            rows["column_label"].append(col.label)
            rows["column_position"].append(c_pos)
            rows["column_is_total"].append(bool(col.total))
            rows["party"].append(col.party or "")
            rows["printed"].append(cell.value)
            rows["euros"].append(cell.value * table.scale if cell.value is not None else None)
            rows["pm"].append(bool(cell.pm))
            rows["mark"].append(cell.mark)
            rows["decimals"].append(decimals)


def finance_table_frame(table: _core.FinanceTable) -> pd.DataFrame:
    """One row per printed cell of a finance table (columns: :data:`FINANCE_COLUMNS`), row by row."""
    rows = _empty(FINANCE_COLUMNS)
    _table_rows(table, rows)
    return _frame(
        rows,
        FINANCE_COLUMNS,
        ints=("row_position", "column_position", "decimals"),
        floats=("printed", "euros"),
        bools=("row_is_total", "column_is_total", "pm"),
    )


def finance_frame(source: CharterSource) -> pd.DataFrame:
    """Every printed cell of every finance table: ``charter``, ``city``, then :data:`FINANCE_COLUMNS`."""
    columns = {"charter": "charter id", "city": "city as printed", **FINANCE_COLUMNS}
    rows = _empty(columns)
    for c in _charters(source):
        for table in c.finance_tables:
            _table_rows(table, rows, {"charter": c.id, "city": c.city})
    return _frame(
        rows,
        columns,
        ints=("row_position", "column_position", "decimals"),
        floats=("printed", "euros"),
        bools=("row_is_total", "column_is_total", "pm"),
    )


def audit_frame(
    source: CharterSource | _core.FinanceTable, *, include_ok: bool = False
) -> pd.DataFrame:
    """The audit of every printed total (columns: :data:`AUDIT_COLUMNS`).

    By default only the totals that do not add up (``mismatch``) or cannot be recomputed
    (``unverifiable``) are listed; ``include_ok=True`` lists every checked total.
    """
    rows = _empty(AUDIT_COLUMNS)
    pairs: list[tuple[str, str, _core.FinanceTable]] = []
    if isinstance(source, _core.FinanceTable):
        pairs.append(("", "", source))
    else:
        for c in _charters(source):
            pairs.extend((c.id, c.city, table) for table in c.finance_tables)
    for charter, city, table in pairs:
        for f in table.audit(include_ok):
            rows["charter"].append(charter)
            rows["city"].append(city)
            rows["table"].append(f.table)
            rows["status"].append(_name(f.status))
            rows["axis"].append(f.axis)
            rows["row"].append(f.row)
            rows["column"].append(f.column)
            rows["printed"].append(f.printed)
            rows["computed"].append(f.computed)
            rows["difference"].append(f.difference)
            rows["tolerance"].append(f.tolerance)
            rows["message"].append(f.message)
    return _frame(rows, AUDIT_COLUMNS, floats=("printed", "computed", "difference", "tolerance"))


# ---- assessments ------------------------------------------------------------------------------------------


def assessment_frame(assessment: Any) -> pd.DataFrame:
    """One row per observation of an :class:`Assessment` (columns: :data:`OBSERVATION_FRAME_COLUMNS`)."""
    return pd.DataFrame(
        {
            "date": _to_datetime(list(assessment.dates)),
            "time": np.asarray(assessment.times, dtype="float64"),
            "actual": np.asarray(assessment.actual, dtype="float64"),
            "planned": np.asarray(assessment.planned, dtype="float64"),
            "gap": np.asarray(assessment.gap, dtype="float64"),
            "gap_share": np.asarray(assessment.gap_share, dtype="float64"),
        }
    )


def assessments_frame(rows: Any, *, milestones: bool = False) -> pd.DataFrame:
    """Assessments as a table (columns: :data:`ASSESSMENT_COLUMNS`).

    ``rows`` is what ``assess_dataset`` returns (a list of ``AssessedTarget``), a list of
    :class:`Assessment`, or a dict of them keyed by anything. One row per target, describing the assessed
    milestone (the next one not yet passed); ``milestones=True`` gives one row per target milestone.
    """
    items = list(rows.values()) if isinstance(rows, dict) else list(rows)
    out = _empty(ASSESSMENT_COLUMNS)
    for item in items:
        if hasattr(item, "assessment"):
            a = item.assessment
            keys = {
                "charter": item.charter,
                "city": item.city,
                "district": item.district,
                "theme": item.theme,
                "ambition": item.ambition,
                "target": item.target,
                "indicator": item.indicator,
            }
        else:
            a = item
            keys = {
                "charter": "",
                "city": "",
                "district": "",
                "theme": "",
                "ambition": "",
                "target": a.target,
                "indicator": "",
            }
        chosen = range(len(a.milestones)) if milestones else [a.current]
        for i in chosen:
            m = a.milestones[i]
            for key, value in keys.items():
                out[key].append(value)
            out["method"].append(a.method)
            out["method_version"].append(a.method_version)
            out["milestone"].append(m.milestone)
            out["assessed"].append(i == a.current)
            out["milestone_year"].append(m.year)
            out["level"].append(m.level)
            out["status"].append(_name(m.result.status))
            out["score"].append(m.result.score)
            out["progress_value"].append(m.result.progress_value)
            out["reached"].append(m.reached)
            out["passed"].append(m.passed)
            out["share_achieved"].append(m.share_achieved)
            out["baseline_value"].append(a.baseline_value)
            out["latest_date"].append(a.latest_date)
            out["latest_value"].append(a.latest_value)
            out["expected"].append(a.expected)
            reason = m.result.reason or m.unresolved_reason
            out["reason"].append(reason)
    return _frame(
        out,
        ASSESSMENT_COLUMNS,
        ints=("method_version", "milestone", "milestone_year"),
        floats=(
            "level",
            "score",
            "progress_value",
            "share_achieved",
            "baseline_value",
            "latest_value",
            "expected",
        ),
        bools=("assessed", "reached", "passed"),
        dates=("latest_date",),
    )


def _assessment_milestones_frame(assessment: Any) -> pd.DataFrame:
    """One row per milestone of this assessment (columns: :data:`ASSESSMENT_COLUMNS`)."""
    return assessments_frame([assessment], milestones=True)


# ---- plans ------------------------------------------------------------------------------------------------


def _plans(source: Any) -> list[Any]:
    if hasattr(source, "plans") and not hasattr(source, "events"):
        return list(source.plans)
    if hasattr(source, "events"):
        return [source]
    return list(source)


def plan_events_frame(source: Any) -> pd.DataFrame:
    """Every dated event of a plan or a set of plans (columns: :data:`PLAN_EVENT_COLUMNS`)."""
    rows = _empty(PLAN_EVENT_COLUMNS)
    for plan in _plans(source):
        for e in plan.events():
            rows["plan"].append(plan.id)
            rows["kind"].append(_name(e.kind))
            rows["id"].append(e.id)
            rows["item"].append(e.item)
            rows["path"].append(e.path)
            rows["title"].append(e.title)
            rows["title_en"].append(e.title_en)
            rows["label"].append(e.label)
            rows["first"].append(e.interval.first)
            rows["last"].append(e.interval.last)
            rows["due"].append(bool(e.due))
            rows["source_lines"].append(_lines(e.source))
    return _frame(rows, PLAN_EVENT_COLUMNS, bools=("due",), dates=("first", "last"))


def plan_budget_frame(source: Any) -> pd.DataFrame:
    """Every budget line of a plan or a set of plans (columns: :data:`PLAN_BUDGET_COLUMNS`)."""
    rows = _empty(PLAN_BUDGET_COLUMNS)
    for plan in _plans(source):
        budget = plan.budget
        if budget is None:
            continue
        for line in budget.lines:
            rows["plan"].append(plan.id)
            rows["budget"].append(budget.id)
            rows["line"].append(line.key)
            rows["label"].append(line.label)
            rows["label_en"].append(line.label_en)
            rows["amount"].append(line.amount)
            rows["pm"].append(bool(line.pm))
            rows["in_kind"].append(bool(line.in_kind))
            rows["funders"].append(";".join(line.funders))
            rows["source_lines"].append(_lines(line.source))
    return _frame(rows, PLAN_BUDGET_COLUMNS, floats=("amount",), bools=("pm", "in_kind"))


# ---- methods on the core classes -----------------------------------------------------------------------


def _attach() -> None:
    """Attaches the frame functions as methods of the compiled classes (declared in ``_core.pyi``)."""
    for cls in (_core.Dataset, _core.Charter):
        for name, function in (
            ("targets_frame", targets_frame),
            ("trajectories_frame", trajectories_frame),
            ("charters_frame", charters_frame),
            ("districts_frame", districts_frame),
            ("commitments_frame", commitments_frame),
            ("finance_frame", finance_frame),
            ("audit_frame", audit_frame),
        ):
            setattr(cls, name, function)
    setattr(_core.FinanceTable, "to_frame", finance_table_frame)
    setattr(_core.FinanceTable, "audit_frame", audit_frame)
    setattr(_core.Trajectory, "to_frame", trajectory_frame)
    setattr(_core.Assessment, "to_frame", assessment_frame)
    setattr(_core.Assessment, "milestones_frame", _assessment_milestones_frame)
    for plans in (_core.Plan, _core.PlanSet):
        setattr(plans, "events_frame", plan_events_frame)
        setattr(plans, "budget_frame", plan_budget_frame)
