"""Progress of targets against observations: assessment, projection, roll-ups, and the batch path.

The work happens in the compiled core; this module re-exports it and adds the vectorized
:func:`statcan` over numpy arrays. See ``docs/progress.md`` for the methods and their sources.

>>> import charterkit as ck
>>> from charterkit import progress
>>> p, status, score = progress.statcan(2015, 14.5, 2023, 10.2, 7.25, 2030, -1, float("nan"))
>>> str(status[()])
'substantial_progress'
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from . import _core
from ._core import (
    PROGRESS_STATUS_NAMES,
    AggregateOptions,
    AssessedTarget,
    Assessment,
    AssessOptions,
    GroupBy,
    GroupSummary,
    MethodInput,
    MethodResult,
    MilestoneAssessment,
    MilestoneProjection,
    ProgressMethod,
    ProgressStatus,
    Projection,
    ProjectOptions,
    TrendFit,
    aggregate,
    aggregate_batch,
    assess,
    assess_batch,
    assess_dataset,
    direction_progress,
    eurostat_progress,
    fit_trend,
    linear_path_progress,
    meets_level,
    probability_of_reaching,
    progress_method,
    progress_method_names,
    project,
    register_progress_method,
    statcan_progress,
    t_quantile,
    unregister_progress_method,
)

__all__ = [
    "PROGRESS_STATUS_NAMES",
    "AggregateOptions",
    "AssessedTarget",
    "Assessment",
    "AssessOptions",
    "GroupBy",
    "GroupSummary",
    "MethodInput",
    "MethodResult",
    "MilestoneAssessment",
    "MilestoneProjection",
    "ProgressMethod",
    "ProgressStatus",
    "Projection",
    "ProjectOptions",
    "TrendFit",
    "aggregate",
    "aggregate_batch",
    "assess",
    "assess_batch",
    "assess_dataset",
    "direction_progress",
    "eurostat_progress",
    "fit_trend",
    "linear_path_progress",
    "meets_level",
    "probability_of_reaching",
    "progress_method",
    "progress_method_names",
    "project",
    "register_progress_method",
    "statcan",
    "statcan_progress",
    "status_labels",
    "t_quantile",
    "unregister_progress_method",
]

_NAMES = np.asarray(PROGRESS_STATUS_NAMES)


def status_labels(codes: npt.ArrayLike) -> npt.NDArray[np.str_]:
    """Status names for the int8 status codes the batch functions return (same shape)."""
    return _NAMES[np.asarray(codes, dtype=np.int64)]


def _floats(x: Any) -> npt.NDArray[np.float64]:
    return np.asarray(np.nan if x is None else x, dtype=np.float64)


def statcan(
    base_year: npt.ArrayLike,
    base_value: npt.ArrayLike,
    current_year: npt.ArrayLike,
    current_value: npt.ArrayLike,
    target: npt.ArrayLike | None,
    target_year: npt.ArrayLike,
    direction: npt.ArrayLike,
    limit: npt.ArrayLike | None,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.str_], npt.NDArray[np.float64]]:
    """The Statistics Canada progress measure (Open SDG progress methodology) over arrays.

    Arguments broadcast against each other like numpy operands. ``direction`` is +1 (higher is
    better) or -1 (lower is better); NaN (or None) in ``target`` means "no quantitative target", in
    ``limit`` "no natural limit", in the values "no data". Returns ``(progress_value, status,
    score)``: float arrays with NaN where there is none, and an array of status names
    (``target_achieved``, ``substantial_progress``, ``moderate_progress``, ``limited_progress``,
    ``deterioration``, ``not_available``).
    """
    args = np.broadcast_arrays(
        *(
            _floats(a)
            for a in (
                base_year,
                base_value,
                current_year,
                current_value,
                target,
                target_year,
                direction,
                limit,
            )
        )
    )
    shape = args[0].shape
    flat = [np.ascontiguousarray(a.reshape(-1)) for a in args]
    value, codes, score = _core.statcan_batch(*flat)
    return value.reshape(shape), status_labels(codes).reshape(shape), score.reshape(shape)
