"""pandas views of charterkit objects: tidy long DataFrames with documented columns.

The functions here are also attached as methods (``Dataset.milestones_frame()``,
``Charter.milestones_frame()``) when :mod:`charterkit` is imported.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from . import _core

__all__ = ["milestones_frame"]

#: Columns of the milestones table and what they hold.
MILESTONE_COLUMNS: dict[str, str] = {
    "charter": "charter id",
    "city": "city as printed",
    "district": "district id; empty for a charter-wide target",
    "theme": "canonical theme key",
    "ambition": "ambition id",
    "target": "target id",
    "indicator": "indicator id",
    "indicator_name": "indicator name as printed (Dutch)",
    "unit": "percent, grade, score, count, euro, ratio or other",
    "direction": "higher_is_better or lower_is_better",
    "baseline_year": "year of the baseline (nullable integer)",
    "baseline_value": "baseline value; empty while still to be measured",
    "reference_label": "label of the reference series as printed",
    "reference_year": "the year of the reference the milestone uses",
    "reference_value": "that reference value where the text gives it",
    "milestone_year": "year of the milestone (derived for a horizon)",
    "milestone_date": "ISO date when the milestone is an exact date",
    "form": "target form of the milestone (see docs/format.md)",
    "comparator": "reach, at_least or at_most",
    "value": "the number as stated for the form",
    "level": "the resolved level; empty when unresolved",
    "unresolved_reason": "why the level is not known",
    "source_lines": "seed lines of the target, ';'-separated",
}

_INT_COLUMNS = ("baseline_year", "reference_year", "milestone_year")
_FLOAT_COLUMNS = ("baseline_value", "reference_value", "value", "level")


def milestones_frame(dataset: Any, options: _core.ResolveOptions | None = None) -> pd.DataFrame:
    """One row per target milestone of every charter (columns: :data:`MILESTONE_COLUMNS`).

    ``dataset`` is a :class:`Dataset` or a single :class:`Charter`; ``options`` brings in a year
    convention, a later-measured baseline or a moving reference series.
    """
    if isinstance(dataset, _core.Charter):
        wrapped = _core.Dataset()
        wrapped.charters = [dataset]
        dataset = wrapped
    columns = _core.milestone_table(dataset, options or _core.ResolveOptions())
    frame = pd.DataFrame(columns, columns=list(MILESTONE_COLUMNS))
    for name in _INT_COLUMNS:
        frame[name] = pd.array(frame[name], dtype="Int64")  # type: ignore[call-overload]
    for name in _FLOAT_COLUMNS:
        frame[name] = pd.to_numeric(frame[name], errors="raise").astype("float64")
    return frame


def _attach() -> None:
    _core.Dataset.milestones_frame = milestones_frame  # type: ignore[method-assign]
    _core.Charter.milestones_frame = milestones_frame  # type: ignore[method-assign]
