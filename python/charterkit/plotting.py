"""Plots with matplotlib (the optional ``plot`` extra), drawn on a given Axes like pandas' ``.plot``.

- :func:`plot_target` — a target's planned trajectory with its baseline, milestones, printed reference
  values and a moving reference series, observations and a projection band; also ``Target.plot()``.
- :func:`plot_small_multiples` — one panel per district or theme with the trajectories of its targets.
- :func:`plot_status_overview` — districts × themes, each cell coloured by the status of its targets.

The x axis is the fractional-year axis of the trajectories (2011.0 is 1 January 2011; a bare year sits at
its anchor, the middle of the year by default). Every function returns what it drew on, so calls chain
like pandas'. matplotlib is imported only when a function is called.

Artists carry labels a test (or a user) can find them by: ``planned``, ``baseline``, ``milestones``,
``unresolved milestone``, ``reference``, ``observations``, ``projection`` and ``projection band``.
"""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import _core
from .observations import observation_scope
from .statuses import NO_OBSERVATIONS, STATUS_COLORS, STATUS_LABELS, STATUS_RANK

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_small_multiples", "plot_status_overview", "plot_target", "projection_band"]

PLANNED_COLOR = "#4477aa"
OBSERVED_COLOR = "#222222"
REFERENCE_COLOR = "#aa7744"
PROJECTION_COLOR = "#cc6677"


def _new_axes(figsize: tuple[float, float] = (6.4, 4.0)) -> Axes:
    import matplotlib.pyplot as plt

    _fig, ax = plt.subplots(figsize=figsize)
    return ax


def projection_band(
    observations: _core.Series, until: float, *, confidence: float = 0.95, points: int = 50
) -> pd.DataFrame:
    """The least-squares trend through ``observations`` from the last observation to time ``until``,
    with its ``confidence`` interval: columns ``time``, ``projected``, ``low``, ``high``.

    The interval is that of the trend line (``project`` in the progress API uses the same):
    ``t(confidence, n - 2) * se(t)``; with two observations it is unbounded and ``low``/``high`` are NaN.
    Raises NotAssessableError with fewer than two observations.
    """
    times = np.asarray(observations.times, dtype="float64")
    values = np.asarray(observations.values, dtype="float64")
    fit = _core.fit_trend(times, values)
    start = float(times[-1])
    grid = np.linspace(start, max(until, start), points)
    projected = np.array([fit.value_at(t) for t in grid])
    if fit.n > 2:
        q = _core.t_quantile(confidence, fit.n - 2)
        half = q * np.array([fit.se_at(t) for t in grid])
        low, high = projected - half, projected + half
    else:
        low = high = np.full(grid.shape, np.nan)
    return pd.DataFrame({"time": grid, "projected": projected, "low": low, "high": high})


def plot_target(
    target: _core.Target,
    ax: Axes | None = None,
    *,
    observations: _core.Series | None = None,
    options: _core.ResolveOptions | None = None,
    interpolation: str = "linear",
    projection: bool = True,
    confidence: float = 0.95,
    until: float | None = None,
    title: str | None = None,
    legend: bool = True,
) -> Axes:
    """Draws a target on ``ax`` (a new figure when None) and returns the Axes.

    Shows the planned trajectory (when the target has one), the baseline, each milestone's resolved level
    (a milestone that does not resolve is a dotted vertical line), the printed reference values and the
    moving reference series of ``options`` (when given), the printed history, the ``observations`` (a
    :class:`Series`) and, with ``projection`` and at least two observations, the linear trend from the
    last observation to the final milestone (or ``until``) with its ``confidence`` band.
    """
    from matplotlib.ticker import MaxNLocator

    if ax is None:
        ax = _new_axes()
    opts = options or _core.ResolveOptions()
    ind = target.indicator
    unresolved: list[str] = []
    final_time = None
    try:
        path = _core.Trajectory.from_target(target, opts, interpolation)
    except (_core.UnresolvedTargetError, _core.InvalidTargetError) as err:
        path = None
        reason = str(err).split("no trajectory: ", 1)[-1]
        ax.text(
            0.5,
            0.5,
            "no trajectory: " + reason,
            transform=ax.transAxes,
            ha="center",
            va="center",
            wrap=True,
            fontsize=8,
            color="#666666",
            gid="no trajectory",
        )
    if path is not None:
        times = np.asarray(path.times)
        if path.interpolation.name == "linear" or len(times) < 2:
            xs, ys = times, np.asarray(path.values)
        else:
            xs = np.linspace(times[0], times[-1], 100)
            ys = path.values_at(xs)
        ax.plot(xs, ys, color=PLANNED_COLOR, lw=2, label="planned", zorder=2)
        final_time = float(times[-1])
    base = target.baseline
    if base is not None:
        value = opts.baseline_value if base.value is None else base.value
        if value is not None:
            ax.plot(
                [base.when.time(opts.anchor)],
                [value],
                "o",
                color=PLANNED_COLOR,
                ms=7,
                label="baseline",
                zorder=3,
            )
    levels_t: list[float] = []
    levels_y: list[float] = []
    for i in range(len(target.milestones)):
        r = target.resolve(i, opts)
        t = target.milestone_time(i, opts.anchor)
        final_time = t if final_time is None else max(final_time, t)
        if r.resolved and r.level is not None:
            levels_t.append(t)
            levels_y.append(r.level)
        else:
            unresolved.append(r.reason)
            ax.axvline(
                t,
                color=PLANNED_COLOR,
                ls=":",
                lw=1,
                label="unresolved milestone" if len(unresolved) == 1 else "_nolegend_",
            )
    if levels_t:
        ax.plot(
            levels_t,
            levels_y,
            "D",
            color=PLANNED_COLOR,
            mfc="white",
            mew=2,
            ms=8,
            ls="none",
            label="milestones",
            zorder=4,
        )
    if opts.reference is not None and len(opts.reference):
        ref = opts.reference
        ax.plot(
            ref.times,
            ref.values,
            "--",
            color=REFERENCE_COLOR,
            marker="s",
            ms=4,
            label=f"reference series: {ref.name}",
        )
    if target.reference is not None and target.reference.values:
        pts = [(v.when.time(opts.anchor), v.value) for v in target.reference.values]
        ax.plot(
            [p[0] for p in pts],
            [p[1] for p in pts],
            "s",
            color=REFERENCE_COLOR,
            ms=6,
            ls="none",
            label=f"reference ({target.reference.label})",
        )
    if target.history:
        ax.plot(
            [v.when.time(opts.anchor) for v in target.history],
            [v.value for v in target.history],
            "o",
            color="#999999",
            ms=5,
            ls="none",
            label="printed history",
        )
    if observations is not None and len(observations):
        ax.plot(
            observations.times,
            observations.values,
            "-o",
            color=OBSERVED_COLOR,
            lw=1,
            ms=4,
            label=f"observations ({observations.name})",
            zorder=5,
        )
        if projection and len(observations) >= 2:
            horizon = until if until is not None else final_time
            last = float(observations.times[-1])
            if horizon is not None and horizon > last:
                try:
                    band = projection_band(observations, horizon, confidence=confidence)
                except _core.NotAssessableError:
                    band = None
                if band is not None:
                    ax.plot(
                        band["time"],
                        band["projected"],
                        "--",
                        color=PROJECTION_COLOR,
                        lw=1.5,
                        label="projection",
                    )
                    if band["low"].notna().all():
                        ax.fill_between(
                            band["time"],
                            band["low"],
                            band["high"],
                            color=PROJECTION_COLOR,
                            alpha=0.18,
                            lw=0,
                            label=f"projection band ({100 * confidence:g} %)",
                        )
    ax.set_xlabel("year")
    arrow = "↓ better" if ind.direction.name == "lower_is_better" else "↑ better"
    ax.set_ylabel(f"{ind.unit.name}, {arrow}", fontsize=9)
    if title is None:
        name = textwrap.shorten(ind.name_en or ind.name, width=60, placeholder="…")
        title = f"{target.id}\n{name}"
    ax.set_title(title, fontsize=9)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(True, color="#eeeeee", lw=0.8)
    if legend and ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7, loc="best", frameon=False)
    return ax


def _target_entries(
    source: Any, theme: Any, district: str | None, indicator: str | None
) -> list[tuple[_core.Charter, _core.TargetEntry]]:
    from .tidy import _iter_targets

    return list(_iter_targets(source, theme, district, indicator, None))


def plot_small_multiples(
    source: Any,
    *,
    by: str = "district",
    observations: Mapping[Any, Any] | None = None,
    theme: Any = None,
    district: str | None = None,
    indicator: str | None = None,
    axes: Any = None,
    ncols: int = 4,
    scale: str = "auto",
    options: _core.ResolveOptions | None = None,
    panel_size: tuple[float, float] = (3.2, 2.4),
    legend_max: int = 5,
    drop_empty: bool = True,
) -> np.ndarray:
    """Small multiples: one panel per district (``by="district"``) or theme (``by="theme"``) with the
    planned trajectories of its targets and, from ``observations`` (an
    :class:`~charterkit.observations.Observations`), their measurements.

    ``source`` is a Dataset or a Charter; ``theme``, ``district`` and ``indicator`` filter the targets.
    ``scale``: ``"level"`` draws values in the indicator's unit, ``"index"`` as an index with the
    baseline at 100 (a target with a zero baseline is then left out), ``"auto"`` uses levels when the
    drawn targets of a panel share a unit and the index otherwise. ``axes`` is a sequence of at least
    as many Axes as there are panels; without it a new figure is made with ``ncols`` panels a row.
    Groups none of whose targets has a trajectory (yet) are
    left out unless ``drop_empty=False``. A panel with at most ``legend_max`` trajectories gets a
    legend (the last part of each target id). Returns the panels' Axes (a 1-D array), in group order.
    """
    if by not in ("district", "theme"):
        raise _core.InvalidInputError(f"by: expected 'district' or 'theme', got {by!r}")
    if scale not in ("auto", "level", "index"):
        raise _core.InvalidInputError(f"scale: expected 'auto', 'level' or 'index', got {scale!r}")
    from matplotlib.ticker import MaxNLocator

    opts = options or _core.ResolveOptions()
    groups: dict[str, list[tuple[_core.Charter, _core.TargetEntry]]] = {}
    titles: dict[str, str] = {}
    for charter, entry in _target_entries(source, theme, district, indicator):
        t = entry.target
        if by == "district":
            key = f"{charter.id}/{t.district or ''}"
            name = next((d.name for d in charter.districts if d.id == t.district), "whole charter")
            titles[key] = f"{charter.city}: {name}"
        else:
            key = entry.theme.name
            titles[key] = key.replace("_", " ")
        groups.setdefault(key, []).append((charter, entry))
    if not groups:
        raise _core.InvalidInputError("plot_small_multiples: no targets match the filters")
    group_paths: dict[str, list[tuple[_core.Charter, _core.Target, _core.Trajectory]]] = {}
    for key, members in groups.items():
        group_paths[key] = []
        for charter, entry in members:
            try:
                path = _core.Trajectory.from_target(entry.target, opts)
            except (_core.UnresolvedTargetError, _core.InvalidTargetError):
                continue
            group_paths[key].append((charter, entry.target, path))
    if drop_empty:
        groups = {k: v for k, v in groups.items() if group_paths[k]}
        if not groups:
            raise _core.InvalidInputError(
                "plot_small_multiples: none of the matching targets has a "
                "trajectory (pass drop_empty=False to draw empty panels)"
            )
    n = len(groups)
    if axes is None:
        import matplotlib.pyplot as plt

        rows = math.ceil(n / ncols)
        cols = min(ncols, n)
        _fig, grid = plt.subplots(
            rows,
            cols,
            figsize=(panel_size[0] * cols, panel_size[1] * rows),
            squeeze=False,
            sharex=True,
            layout="constrained",
        )
        flat = list(grid.ravel())
        for extra in flat[n:]:
            extra.set_visible(False)
        panels = flat[:n]
    else:
        flat = list(np.asarray(axes, dtype=object).ravel())
        if len(flat) < n:
            raise _core.InvalidInputError(f"axes: {n} panels needed, {len(flat)} Axes given")
        panels = flat[:n]
    for ax, (key, members) in zip(panels, groups.items()):
        paths = group_paths[key]
        units = {t.indicator.unit.name for _c, t, _p in paths}
        use_index = scale == "index" or (scale == "auto" and len(units) > 1)
        drawn = 0
        for charter, t, path in paths:
            xs = np.asarray(path.times)
            ys = np.asarray(path.values)
            base = float(ys[0])
            if use_index:
                if base == 0.0:
                    continue
                ys = 100.0 * ys / base
            (line,) = ax.plot(xs, ys, "-", marker="D", ms=3, lw=1.2, label=t.id)
            drawn += 1
            if observations is not None:
                s = observations.get((observation_scope(charter, t), t.indicator.id))
                if s is not None and len(s):
                    vals = np.asarray(s.values)
                    if use_index:
                        vals = 100.0 * vals / base
                    ax.plot(
                        s.times,
                        vals,
                        "o",
                        color=line.get_color(),
                        ms=3,
                        mfc="none",
                        label=f"{t.id} observed",
                    )
        if drawn == len(members):
            note = f"{drawn} target{'s' if drawn != 1 else ''}"
        else:
            note = f"{drawn} of {len(members)} targets have a trajectory"
        if drawn:
            note += ", index (baseline = 100)" if use_index else f", {next(iter(units))}"
        ax.set_title(f"{titles[key]}\n{note}", fontsize=8)
        ax.grid(True, color="#eeeeee", lw=0.8)
        ax.tick_params(labelsize=7)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        if 0 < drawn <= legend_max:
            handles = [h for h in ax.get_lines() if not h.get_label().endswith(" observed")]
            ax.legend(
                handles,
                [h.get_label().rsplit(".", 1)[-1] for h in handles],
                fontsize=6,
                frameon=False,
                loc="best",
            )
    return np.array(panels, dtype=object)


def _status_frame(assessments: Any) -> pd.DataFrame:
    if isinstance(assessments, pd.DataFrame):
        frame = assessments
    else:
        from .tidy import assessments_frame

        frame = assessments_frame(list(assessments))
    missing = [c for c in ("city", "district", "theme", "status") if c not in frame.columns]
    if missing:
        raise _core.InvalidInputError(f"assessments: missing column(s) {', '.join(missing)}")
    if "assessed" in frame.columns:
        frame = frame[frame["assessed"]]
    return frame


def _modal_status(statuses: Sequence[str]) -> str:
    """The most frequent status, ignoring not_available unless it is all there is; ties go to the worse."""
    judged = [s for s in statuses if s != "not_available"] or list(statuses)
    if not judged:
        return NO_OBSERVATIONS
    counts = Counter(judged)
    top = max(counts.values())
    return min((s for s, c in counts.items() if c == top), key=lambda s: STATUS_RANK.get(s, 99))


def plot_status_overview(
    assessments: Any,
    ax: Axes | None = None,
    *,
    dataset: _core.Dataset | None = None,
    legend: bool = True,
    annotate: bool = True,
) -> Axes:
    """Districts (rows) × themes (columns), each cell coloured by the status of its targets.

    ``assessments`` is an assessments frame (``assessments_frame``) or the rows of ``assess_dataset``.
    A cell shows the most frequent status of its targets (``not_available`` only when nothing else is
    there; a tie goes to the worse status) and, with ``annotate``, the number of assessed targets. With
    ``dataset``, cells that have targets but no assessment are drawn as "no observations", so the grid
    covers the whole data set. Returns the Axes.
    """
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    frame = _status_frame(assessments)
    cells: dict[tuple[str, str], list[str]] = {}
    row_names: dict[str, str] = {}
    for city, district, theme, status in zip(
        frame["city"], frame["district"], frame["theme"], frame["status"]
    ):
        label = f"{city}: {'whole charter' if district in ('', '(all)') else district}"
        row_names.setdefault(label, label)
        cells.setdefault((label, theme), []).append(str(status))
    if dataset is not None:
        for charter in dataset:
            for entry in charter.targets():
                d = entry.target.district
                label = f"{charter.city}: {'whole charter' if not d else d}"
                row_names.setdefault(label, label)
                cells.setdefault((label, entry.theme.name), [])
    if not cells:
        raise _core.InvalidInputError("assessments: nothing to draw (no rows)")
    row_labels = sorted(row_names)
    theme_order = [k.name for k in _core.ThemeKey]
    present = {theme for _r, theme in cells}
    col_labels = [t for t in theme_order if t in present] + sorted(present - set(theme_order))
    statuses = list(STATUS_COLORS)
    codes = np.full((len(row_labels), len(col_labels)), np.nan)
    counts = np.zeros(codes.shape, dtype=int)
    for (row, theme), values in cells.items():
        i, j = row_labels.index(row), col_labels.index(theme)
        codes[i, j] = statuses.index(_modal_status(values))
        counts[i, j] = len(values)
    if ax is None:
        ax = _new_axes((1.2 + 0.9 * len(col_labels) + 2.5, 1.0 + 0.28 * len(row_labels)))
    cmap = ListedColormap([STATUS_COLORS[s] for s in statuses]).with_extremes(bad="white")
    ax.imshow(
        np.ma.masked_invalid(codes),
        cmap=cmap,
        vmin=-0.5,
        vmax=len(statuses) - 0.5,
        aspect="auto",
        interpolation="nearest",
    )
    ax.set_xticks(
        range(len(col_labels)),
        [c.replace("_", " ") for c in col_labels],
        rotation=30,
        ha="right",
        fontsize=8,
    )
    ax.set_yticks(range(len(row_labels)), row_labels, fontsize=7)
    ax.set_xticks(np.arange(-0.5, len(col_labels)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(row_labels)), minor=True)
    ax.grid(which="minor", color="white", lw=1.5)
    ax.tick_params(which="minor", length=0)
    if annotate:
        for i in range(len(row_labels)):
            for j in range(len(col_labels)):
                if not np.isnan(codes[i, j]) and counts[i, j]:
                    ax.text(j, i, str(counts[i, j]), ha="center", va="center", fontsize=7)
    if legend:
        shown = [statuses[int(c)] for c in sorted({int(c) for c in codes[~np.isnan(codes)]})]
        handles = [
            Patch(facecolor=STATUS_COLORS[s], edgecolor="#999999", label=STATUS_LABELS[s])
            for s in shown
        ]
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=7,
            frameon=False,
            title="status (most frequent)",
            title_fontsize=7,
        )
    ax.set_title("status per district and theme", fontsize=10)
    return ax


def _attach() -> None:
    """Attaches ``Target.plot``."""
    setattr(_core.Target, "plot", plot_target)
