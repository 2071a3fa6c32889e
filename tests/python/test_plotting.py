"""Plots (charterkit.plotting): the artists carry the numbers of the charter (seed 004 line numbers in
the comments) and of hand-computed trends; every plot is also rendered to PNG. Observations here are
synthetic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import charterkit as ck
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from charterkit.plotting import projection_band
from charterkit.statuses import STATUS_COLORS
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def _line(ax: plt.Axes, label: str) -> Line2D:
    found = [line for line in ax.get_lines() if str(line.get_label()).startswith(label)]
    assert found, f"no line labelled {label!r} among {[x.get_label() for x in ax.get_lines()]}"
    return found[0]


def _xs(line: Line2D) -> list[float]:
    return [float(x) for x in np.asarray(line.get_xdata(), dtype=float)]


def _ys(line: Line2D) -> list[float]:
    return [float(y) for y in np.asarray(line.get_ydata(), dtype=float)]


def _legend(ax: plt.Axes) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


def _cells(image: AxesImage) -> np.ma.MaskedArray:
    cells = image.get_array()
    assert cells is not None
    return np.ma.asarray(cells)


def _save(ax: plt.Axes, path: Path) -> None:
    figure = ax.get_figure()
    assert isinstance(figure, Figure)
    figure.savefig(path)
    data = path.read_bytes()
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 5000


def _synthetic_unemployment() -> ck.Series:
    # synthetic, on 1 January so the times are whole years: 2009.0, 2010.0, 2011.0
    return ck.Series(
        [dt.date(2009, 1, 1), dt.date(2010, 1, 1), dt.date(2011, 1, 1)],
        [9.0, 8.8, 8.7],
        "synthetic monitor",
    )


def test_plot_target_draws_plan_milestones_reference_and_observations(
    kw: ck.Dataset, tmp_path: Path
) -> None:
    # seed 004 line 189: from 9.2 % in 2007 to the 2007 Alkmaar average of 6.8 % in 2017
    target = kw.charter("alkmaar").target("alkmaar.overdie.werkloosheid")
    _fig, ax = plt.subplots()
    returned = ck.plot_target(target, ax, observations=_synthetic_unemployment())
    assert returned is ax
    planned = _line(ax, "planned")
    assert _xs(planned) == [2007.5, 2017.5]
    assert _ys(planned) == pytest.approx([9.2, 6.8])
    assert _ys(_line(ax, "baseline")) == pytest.approx([9.2])
    milestones = _line(ax, "milestones")
    assert _xs(milestones) == [2017.5] and _ys(milestones) == pytest.approx([6.8])
    reference = _line(ax, "reference")
    assert _xs(reference) == [2007.5] and _ys(reference) == pytest.approx([6.8])
    observed = _line(ax, "observations")
    assert _ys(observed) == [9.0, 8.8, 8.7]
    # least squares through (2009, 9.0), (2010, 8.8), (2011, 8.7): slope = (-1 * 0.1667 + 1 * -0.1333) / 2
    # = -0.15 per year; at the milestone 2017.5: 8.8333 - 0.15 * 7.5 = 7.7083
    projection = _line(ax, "projection")
    assert _xs(projection)[0] == pytest.approx(2011.0)
    assert _ys(projection)[-1] == pytest.approx(8.8 + 1 / 30 - 0.15 * 7.5)
    bands = [
        c
        for c in ax.collections
        if isinstance(c, PolyCollection) and str(c.get_label()).startswith("projection band")
    ]
    assert len(bands) == 1
    legend = _legend(ax)
    assert "planned" in legend and "projection band (95 %)" in legend
    assert "unemployment" in ax.get_title()
    assert "↓ better" in ax.get_ylabel()
    _save(ax, tmp_path / "target.png")


def test_projection_band_is_the_trend_line_interval() -> None:
    band = projection_band(_synthetic_unemployment(), 2017.5, confidence=0.95)
    fit = ck.progress.fit_trend(np.array([2009.0, 2010.0, 2011.0]), np.array([9.0, 8.8, 8.7]))
    last = band.iloc[-1]
    q = ck.progress.t_quantile(0.95, 1)
    assert q == pytest.approx(12.706, abs=1e-3)  # Student t, 1 degree of freedom, two-sided 95 %
    assert last["high"] - last["projected"] == pytest.approx(q * fit.se_at(2017.5))
    assert last["projected"] - last["low"] == pytest.approx(q * fit.se_at(2017.5))
    two = ck.Series([dt.date(2009, 1, 1), dt.date(2010, 1, 1)], [9.0, 8.8])
    assert projection_band(two, 2017.5)["low"].isna().all()  # no residual degrees of freedom


def test_unresolved_milestone_and_moving_reference(kw: ck.Dataset, tmp_path: Path) -> None:
    # Dordrecht, Crabbehof safety (seed 004 lines 3597, 3599): 5.9 in 2007, 6.2 in 2011, then halfway to the
    # 2017 city average, which the charter cannot know
    target = kw.charter("dordrecht").target("dordrecht.crabbehof.veiligheid")
    ax = target.plot()
    unresolved = _line(ax, "unresolved milestone")
    assert _xs(unresolved)[0] == pytest.approx(2017.5)
    _save(ax, tmp_path / "unresolved.png")
    city = ck.Series.from_years([2017], [7.3], "city average (synthetic)")
    ax2 = ck.plot_target(target, options=ck.ResolveOptions(reference=city))
    # 5.9 + 0.5 * (7.3 - 5.9) = 6.6 (the README's example)
    assert _ys(_line(ax2, "milestones"))[-1] == pytest.approx(6.6)
    assert _ys(_line(ax2, "reference series"))[-1] == pytest.approx(7.3)
    # line 3597: "stijgt van een 5,9 in 2007 (stedelijk gemiddelde is 6,9)": the printed reference stays
    assert _ys(_line(ax2, "reference (stedelijk gemiddelde)")) == pytest.approx([6.9])
    assert not [line for line in ax2.get_lines() if line.get_label() == "unresolved milestone"]
    _save(ax2, tmp_path / "moving_reference.png")


def test_target_without_trajectory_says_why(kw: ck.Dataset, tmp_path: Path) -> None:
    target = kw.charter("alkmaar").target("alkmaar.overdie.weinig-aandacht-gemeente")
    ax = ck.plot_target(target)
    notes = [t for t in ax.texts if t.get_gid() == "no trajectory"]
    assert len(notes) == 1 and "baseline has no value" in notes[0].get_text()
    assert not [line for line in ax.get_lines() if line.get_label() == "planned"]
    _save(ax, tmp_path / "no_trajectory.png")


def test_small_multiples_per_theme(kw: ck.Dataset, tmp_path: Path) -> None:
    alkmaar = kw.charter("alkmaar")
    themes = []
    for entry in alkmaar.targets():
        if entry.theme.name not in themes:
            themes.append(entry.theme.name)
    axes = ck.plot_small_multiples(alkmaar, by="theme", ncols=3, drop_empty=False)
    assert len(axes) == len(themes)
    # overarching (line 157: baseline not printed), learning and integration have no trajectory yet
    kept = ck.plot_small_multiples(alkmaar, by="theme")
    assert [ax.get_title().split("\n")[0] for ax in kept] == ["housing", "work", "safety"]
    assert [ax.get_title().split("\n")[0] for ax in axes] == [t.replace("_", " ") for t in themes]
    # only the unemployment target of the four work targets has a trajectory (lines 189-192): one unit
    assert (
        axes[themes.index("work")].get_title().endswith("1 of 4 targets have a trajectory, percent")
    )
    assert (
        axes[themes.index("safety")].get_title().endswith("index (baseline = 100)")
    )  # percent and counts
    work = axes[themes.index("work")]
    drawn = [line.get_label() for line in work.get_lines()]
    assert "alkmaar.overdie.werkloosheid" in drawn
    # every target with a trajectory is drawn once
    with_path = 0
    for entry in alkmaar.targets():
        try:
            ck.Trajectory.from_target(entry.target)
            with_path += 1
        except ck.UnresolvedTargetError:
            pass
    assert sum(len(ax.get_lines()) for ax in axes) == with_path
    _save(axes[0], tmp_path / "small_multiples_theme.png")


def test_small_multiples_per_district_with_observations_and_index_scale(
    kw: ck.Dataset, tmp_path: Path
) -> None:
    obs = ck.Observations(
        {("overdie", "unemployment_rate"): _synthetic_unemployment()}, synthetic=True
    )
    _fig, grid = plt.subplots(1, 2)
    axes = ck.plot_small_multiples(
        kw, by="district", indicator="unemployment_rate", axes=grid, observations=obs, scale="index"
    )
    panels = [ax.get_title().split("\n")[0] for ax in axes]
    assert "Alkmaar: Overdie" in panels
    overdie = axes[panels.index("Alkmaar: Overdie")]
    observed = _line(overdie, "alkmaar.overdie.werkloosheid observed")
    assert _ys(observed)[0] == pytest.approx(100 * 9.0 / 9.2)  # index, baseline = 100
    assert _ys(_line(overdie, "alkmaar.overdie.werkloosheid"))[-1] == pytest.approx(100 * 6.8 / 9.2)
    _save(overdie, tmp_path / "small_multiples_district.png")
    with pytest.raises(ck.InvalidInputError, match="panels needed"):
        ck.plot_small_multiples(kw, by="district", theme="work", axes=grid)
    with pytest.raises(ck.InvalidInputError, match="by:"):
        ck.plot_small_multiples(kw, by="city")


def test_status_overview_colours_each_cell(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "city": ["A", "A", "A", "A", "A", "B", "B"],
            "district": ["d1", "d1", "d1", "d1", "d1", "d2", "(all)"],
            "theme": ["work", "work", "work", "safety", "safety", "work", "housing"],
            "status": [
                "deterioration",
                "on_track",
                "on_track",  # most frequent: on_track
                "moving_away",
                "ahead",  # a tie goes to the worse: moving_away
                "not_available",  # nothing else: not_available
                "limited_progress",
            ],
        }
    )
    ax = ck.plot_status_overview(frame)
    image = ax.images[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert rows == ["A: d1", "B: d2", "B: whole charter"]
    assert cols == ["housing", "work", "safety"]  # the order of the theme keys

    def colour(row: str, col: str) -> tuple[float, ...]:
        value = _cells(image)[rows.index(row), cols.index(col)]
        return tuple(image.cmap(image.norm(value)))

    assert colour("A: d1", "work") == to_rgba(STATUS_COLORS["on_track"])
    assert colour("A: d1", "safety") == to_rgba(STATUS_COLORS["moving_away"])
    assert colour("B: d2", "work") == to_rgba(STATUS_COLORS["not_available"])
    assert colour("B: whole charter", "housing") == to_rgba(STATUS_COLORS["limited_progress"])
    assert np.ma.is_masked(_cells(image)[rows.index("A: d1"), cols.index("housing")])  # no targets
    counts = sorted(t.get_text() for t in ax.texts)
    assert counts == ["1", "1", "2", "3"]
    legend = _legend(ax)
    assert "moving away" in legend and "on track" in legend
    _save(ax, tmp_path / "status_overview.png")


def test_status_overview_of_an_assessed_data_set(kw: ck.Dataset, tmp_path: Path) -> None:
    monitor = ck.synthetic_monitor(kw, seed=11)
    rows = ck.observations.assess_observations(kw, monitor)
    sub = ck.Dataset()
    sub.charters = [kw.charter("alkmaar")]
    ax = ck.plot_status_overview([r for r in rows if r.charter == "alkmaar"], dataset=sub)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alkmaar: overdie"]
    _save(ax, tmp_path / "status_overview_alkmaar.png")
    with pytest.raises(ck.InvalidInputError, match="missing column"):
        ck.plot_status_overview(pd.DataFrame({"city": ["A"]}))
