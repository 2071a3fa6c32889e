"""Monitor observations in long format: read from a DataFrame or a CSV, validated row by row.

The long format has one row per measurement and four columns (:data:`OBSERVATION_COLUMNS`)::

    district,indicator,date,value
    overdie,werkloosheid,2009-01-01,8.9

``district`` is the place measured: a district id, the sub-area id for a target about part of a district
(``oud-overdie``), or the charter id for a charter-wide target (:func:`observation_scope`); ``indicator`` is the
indicator id the targets use (``observation_keys(dataset)`` lists every pair the data set's targets
expect); ``date`` is a calendar date written ``YYYY-MM-DD``; ``value`` a number with a decimal point.
Other columns are ignored.

Every problem is collected in one pass and reported in one :class:`~charterkit.InvalidInputError` whose
message names each row: the CSV line (the header is line 1) or the DataFrame's index label. With a
data set given, each (district, indicator) pair must belong to a target, and each value must lie in the
indicator's valid range.

:class:`Observations` maps ``(district, indicator)`` to a :class:`~charterkit.Series`; ``to_frame()``
gives the long frame back — grouped by pair in first-appearance order, dates ascending — so a frame in
that order survives the round trip DataFrame → Observations → DataFrame unchanged.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Union

import numpy as np
import pandas as pd

from . import _core

__all__ = [
    "OBSERVATION_COLUMNS",
    "Observations",
    "assess_observations",
    "observation_keys",
    "observation_scope",
    "read_observations",
    "synthetic_monitor",
]

#: The columns of the long format and what they hold.
OBSERVATION_COLUMNS: dict[str, str] = {
    "district": "district id; sub-area id for a target about part of a district; charter id for a "
    "charter-wide target",
    "indicator": "indicator id (as the targets use it)",
    "date": "measurement date, YYYY-MM-DD",
    "value": "the measured value, in the indicator's unit",
}

Key = tuple[str, str]
PathLike = Union[str, "os.PathLike[str]"]

#: How many problems an error message lists before it says how many more there are.
MAX_LISTED_PROBLEMS = 25


def observation_scope(charter: _core.Charter, target: _core.Target) -> str:
    """The ``district`` value under which a target's observations are filed: the target's sub-area when
    it concerns part of a district, else its district, else (a charter-wide target) the charter id."""
    return target.area or target.district or charter.id


class Observations(Mapping[Key, _core.Series]):
    """Observed series keyed by ``(district, indicator)``.

    Build one with :meth:`from_frame` or :meth:`read_csv` (validated), or from a mapping of
    :class:`~charterkit.Series`. ``synthetic=True`` marks made-up data; reports and displays then say so.
    """

    def __init__(
        self,
        series: Mapping[Key, _core.Series] | None = None,
        *,
        name: str = "observations",
        synthetic: bool = False,
    ) -> None:
        self._series: dict[Key, _core.Series] = {}
        for key, s in (series or {}).items():
            if not (
                isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, str) for k in key)
            ):
                raise _core.InvalidInputError(
                    f"{name}: key {key!r} is not a (district, indicator) pair"
                )
            if not isinstance(s, _core.Series):
                raise _core.InvalidInputError(
                    f"{name}[{key!r}]: expected a Series, got {type(s).__name__}"
                )
            self._series[key] = s
        self.name = name
        self.synthetic = synthetic

    # -- Mapping ------------------------------------------------------------------------------------------
    def __getitem__(self, key: Key) -> _core.Series:
        try:
            return self._series[key]
        except KeyError:
            raise _core.NotFoundError(
                f"{self.name}: no observations for district {key[0]!r} and indicator {key[1]!r}"
            ) from None

    def __iter__(self) -> Iterator[Key]:
        return iter(self._series)

    def __len__(self) -> int:
        return len(self._series)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Observations):
            return NotImplemented
        return list(self._series) == list(other._series) and all(
            self._series[k] == other._series[k] for k in self._series
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        points = sum(len(s) for s in self._series.values())
        label = ", synthetic" if self.synthetic else ""
        return f"Observations('{self.name}', {len(self)} series, {points} values{label})"

    @property
    def count(self) -> int:
        """The number of measurements over every series."""
        return sum(len(s) for s in self._series.values())

    def series(self, district: str, indicator: str) -> _core.Series:
        """The series of one district (or charter) and indicator; NotFoundError when absent."""
        return self[(district, indicator)]

    # -- in and out ---------------------------------------------------------------------------------------
    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        *,
        dataset: _core.Dataset | None = None,
        name: str = "observations",
        synthetic: bool = False,
    ) -> Observations:
        """Observations from a long DataFrame (columns :data:`OBSERVATION_COLUMNS`).

        Raises :class:`~charterkit.InvalidInputError` listing every bad row by its index label: a missing
        column, an empty district or indicator, a date that is not a calendar date, a value that is
        missing, not a number or not finite, the same date twice for one pair; with ``dataset``, also a
        pair no target has and a value outside the indicator's range.
        """
        if not isinstance(frame, pd.DataFrame):
            raise _core.InvalidInputError(
                f"{name}: expected a pandas DataFrame, got {type(frame).__name__}"
            )
        return _parse(frame, [f"row {label!r}" for label in frame.index], dataset, name, synthetic)

    @classmethod
    def read_csv(
        cls, path: PathLike, *, dataset: _core.Dataset | None = None, synthetic: bool = False
    ) -> Observations:
        """Observations from a CSV file in the long format; errors name the file and its line numbers."""
        p = Path(path)
        try:
            frame = pd.read_csv(p, dtype=str, keep_default_na=False, skip_blank_lines=False)
        except FileNotFoundError:
            raise _core.ParseError(f"{p}: no such file") from None
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
            raise _core.ParseError(f"{p}: not a readable CSV file: {err}") from None
        frame = frame.loc[~(frame == "").all(axis=1)] if len(frame.columns) else frame
        labels = [f"line {int(i) + 2}" for i in frame.index]
        return _parse(frame, labels, dataset, str(p), synthetic)

    def to_frame(self) -> pd.DataFrame:
        """The long frame: one row per measurement, grouped by pair (first-appearance order), dates
        ascending; ``date`` is a datetime64 column, ``value`` float64."""
        districts: list[str] = []
        indicators: list[str] = []
        dates: list[str] = []
        values: list[float] = []
        for (district, indicator), s in self._series.items():
            n = len(s)
            districts.extend([district] * n)
            indicators.extend([indicator] * n)
            dates.extend(d.isoformat() for d in s.dates)
            values.extend(float(v) for v in s.values)
        return pd.DataFrame(
            {
                "district": pd.Series(districts, dtype="str" if districts else "object"),
                "indicator": pd.Series(indicators, dtype="str" if indicators else "object"),
                "date": pd.to_datetime(pd.Series(dates, dtype="object")),
                "value": pd.Series(values, dtype="float64"),
            }
        )

    def to_csv(self, path: PathLike) -> Path:
        """Writes the long format as CSV (dates as YYYY-MM-DD); returns the path."""
        p = Path(path)
        frame = self.to_frame()
        frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
        frame.to_csv(p, index=False)  # shortest repr of each float: read back exactly
        return p

    # -- with a data set ------------------------------------------------------------------------------------
    def for_targets(self, dataset: _core.Dataset) -> dict[str, _core.Series]:
        """The series of each target of ``dataset`` that has observations, keyed by target id (what
        ``assess_dataset`` takes). A pair serves every target with that place (:func:`observation_scope`)
        and indicator."""
        out: dict[str, _core.Series] = {}
        for charter in dataset:
            for ambition in charter.ambitions:
                for t in ambition.targets:
                    key = (observation_scope(charter, t), t.indicator.id)
                    if key in self._series:
                        out[t.id] = self._series[key]
        return out

    def _repr_html_(self) -> str:
        from .display import observations_html

        return observations_html(self)


def _parse(
    frame: pd.DataFrame,
    labels: list[str],
    dataset: _core.Dataset | None,
    name: str,
    synthetic: bool,
) -> Observations:
    missing = [c for c in OBSERVATION_COLUMNS if c not in frame.columns]
    if missing:
        found = ", ".join(str(c) for c in frame.columns) or "none"
        raise _core.InvalidInputError(
            f"{name}: missing column(s) {', '.join(missing)} (expected district, indicator, date, value; "
            f"found {found})"
        )
    index = _target_index(dataset) if dataset is not None else None
    problems: list[str] = []
    grouped: dict[Key, list[tuple[_dt.date, float, str]]] = {}
    columns = [frame[c].tolist() for c in OBSERVATION_COLUMNS]
    for label, district, indicator, date, value in zip(labels, *columns):
        row_problems: list[str] = []
        d_text = _text(district)
        i_text = _text(indicator)
        if not d_text:
            row_problems.append("district is empty")
        if not i_text:
            row_problems.append("indicator is empty")
        day, why = _date(date)
        if why:
            row_problems.append(why)
        number, why = _number(value)
        if why:
            row_problems.append(why)
        if not row_problems and index is not None:
            indicators = index.get((d_text, i_text))
            if indicators is None:
                row_problems.append(
                    f"no target of data set '{dataset.name if dataset else ''}' has "
                    f"district {d_text!r} and indicator {i_text!r}"
                )
            else:
                for ind in indicators:
                    if ind.range is not None and not ind.range.contains(number):
                        row_problems.append(
                            f"value {number:g} is outside the range [{ind.range.low:g}, "
                            f"{ind.range.high:g}] of indicator {i_text!r}"
                        )
                        break
        if row_problems:
            problems.extend(f"{label}: {p}" for p in row_problems)
            continue
        assert day is not None
        grouped.setdefault((d_text, i_text), []).append((day, number, label))
    series: dict[Key, _core.Series] = {}
    for (district, indicator), points in grouped.items():
        points.sort(key=lambda p: p[0])
        for a, b in zip(points, points[1:]):
            if a[0] == b[0]:
                problems.append(
                    f"{b[2]}: district {district!r}, indicator {indicator!r} has date "
                    f"{b[0].isoformat()} already on {a[2]}"
                )
        if not problems:
            series[(district, indicator)] = _core.Series(
                [p[0] for p in points], [p[1] for p in points], f"{district}/{indicator}"
            )
    if problems:
        listed = problems[:MAX_LISTED_PROBLEMS]
        more = len(problems) - len(listed)
        tail = f"\n  ... and {more} more" if more else ""
        raise _core.InvalidInputError(
            f"{name}: {len(problems)} problem(s) in the observations; {listed[0]}\n  "
            + "\n  ".join(listed)
            + tail
        )
    return Observations(series, name=name, synthetic=synthetic)


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _date(value: Any) -> tuple[_dt.date | None, str]:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None, "date is missing"
    if isinstance(value, (pd.Timestamp, _dt.datetime, np.datetime64)):
        ts = pd.Timestamp(value)
        if ts is pd.NaT:
            return None, "date is missing"
        if ts != ts.normalize():
            return None, f"date {ts.isoformat()!r} has a time of day; give a calendar date"
        return ts.date(), ""
    if isinstance(value, _dt.date):
        return value, ""
    text = str(value).strip()
    if not text:
        return None, "date is missing"
    try:
        if len(text) != 10:
            raise ValueError(text)
        return _dt.date.fromisoformat(text), ""
    except ValueError:
        return None, f"date {text!r} is not a calendar date written YYYY-MM-DD"


def _number(value: Any) -> tuple[float, str]:
    if isinstance(value, (bool, np.bool_)):
        return math.nan, f"value {value!r} is not a number"
    if isinstance(value, (int, float, np.integer, np.floating)):
        x = float(value)
    else:
        text = _text(value)
        if not text:
            return math.nan, "value is missing"
        try:
            x = float(text)
        except ValueError:
            hint = " (use a decimal point)" if "," in text else ""
            return math.nan, f"value {text!r} is not a number{hint}"
    if math.isnan(x):
        return x, "value is missing"
    if not math.isfinite(x):
        return x, f"value {x!r} is not finite"
    return x, ""


def _target_index(dataset: _core.Dataset) -> dict[Key, list[_core.Indicator]]:
    index: dict[Key, list[_core.Indicator]] = {}
    for charter in dataset:
        for ambition in charter.ambitions:
            for t in ambition.targets:
                index.setdefault((observation_scope(charter, t), t.indicator.id), []).append(
                    t.indicator
                )
    return index


def read_observations(
    source: pd.DataFrame | PathLike,
    *,
    dataset: _core.Dataset | None = None,
    synthetic: bool = False,
) -> Observations:
    """Observations from a long DataFrame or the path of a CSV file (see :class:`Observations`)."""
    if isinstance(source, pd.DataFrame):
        return Observations.from_frame(source, dataset=dataset, synthetic=synthetic)
    return Observations.read_csv(source, dataset=dataset, synthetic=synthetic)


def observation_keys(dataset: _core.Dataset) -> pd.DataFrame:
    """Every (district, indicator) pair the data set's targets can be assessed on, with the indicator's
    unit, direction and range, and the ids of the targets it serves (``';'``-separated)."""
    rows: dict[Key, dict[str, Any]] = {}
    for charter in dataset:
        for ambition in charter.ambitions:
            for t in ambition.targets:
                key = (observation_scope(charter, t), t.indicator.id)
                ind = t.indicator
                row = rows.setdefault(
                    key,
                    {
                        "charter": charter.id,
                        "district": key[0],
                        "indicator": key[1],
                        "indicator_name": ind.name,
                        "unit": ind.unit.name,
                        "direction": ind.direction.name,
                        "range_low": ind.range.low if ind.range is not None else np.nan,
                        "range_high": ind.range.high if ind.range is not None else np.nan,
                        "targets": [],
                    },
                )
                row["targets"].append(t.id)
    frame = pd.DataFrame(
        list(rows.values()),
        columns=[
            "charter",
            "district",
            "indicator",
            "indicator_name",
            "unit",
            "direction",
            "range_low",
            "range_high",
            "targets",
        ],
    )
    frame["targets"] = frame["targets"].map(";".join)
    return frame


def synthetic_monitor(
    dataset: _core.Dataset,
    *,
    seed: int = 2008,
    years: range = range(2008, 2013),
    options: _core.ResolveOptions | None = None,
) -> Observations:
    """A made-up monitor for trying the progress tools: **synthetic data, not measurements**.

    For each (district, indicator) pair of a target with a trajectory, one value per year (on 1 July of
    each year in ``years``) follows the planned path at a random pace — drawn per pair from
    ``uniform(-0.5, 1.5)`` times the planned change, so some pairs move away, some lag and some run ahead
    — plus normal noise of 10 % of the planned change per year, clipped to the indicator's range. The
    same seed gives the same monitor. The result is marked ``synthetic=True``.
    """
    rng = np.random.default_rng(seed)
    opts = options or _core.ResolveOptions()
    series: dict[Key, _core.Series] = {}
    for charter in dataset:
        for ambition in charter.ambitions:
            for t in ambition.targets:
                key = (observation_scope(charter, t), t.indicator.id)
                if key in series:
                    continue
                try:
                    path = _core.Trajectory.from_target(t, opts)
                except (_core.UnresolvedTargetError, _core.InvalidTargetError):
                    continue
                start, end = path.start, path.end
                base = float(path.values[0])
                change_per_year = (float(path.values[-1]) - base) / max(end - start, 1.0)
                if change_per_year == 0.0:
                    continue
                pace = rng.uniform(-0.5, 1.5)
                noise = 0.1 * abs(change_per_year)
                dates = [_dt.date(y, 7, 1) for y in years]
                times = np.array([_core.fractional_year(d) for d in dates])
                values = (
                    base
                    + pace * change_per_year * (times - start)
                    + rng.normal(0.0, noise, len(dates))
                )
                rng_ = t.indicator.range
                if rng_ is not None:
                    values = np.clip(values, rng_.low, rng_.high)
                series[key] = _core.Series(dates, [float(v) for v in values], f"{key[0]}/{key[1]}")
    return Observations(
        series, name=f"synthetic monitor (seed {seed}; not real data)", synthetic=True
    )


def assess_observations(
    dataset: _core.Dataset,
    observations: Observations,
    *,
    method: str | None = None,
    options: Any = None,
) -> list[Any]:
    """Assesses every target of ``dataset`` that has observations (``assess_dataset`` over
    :meth:`Observations.for_targets`); returns the ``AssessedTarget`` rows, in document order."""
    return list(_core.assess_dataset(dataset, observations.for_targets(dataset), method, options))
