"""The report of a data set: per city and theme the targets, their status and plots — as one
self-contained HTML file (plots embedded as base64 PNG) and as Markdown (plots as PNG files beside it).

``python -m charterkit report`` calls :func:`build_report`. Without observations the report shows what
the charters promise (baselines, milestone levels, planned trajectories) and every status is
"no observations"; with observations (a CSV in the long format of :mod:`charterkit.observations`, or
the clearly labelled synthetic monitor) each target is assessed by a progress method and the report
adds the status overview, the observations and the projection in every plot.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _core
from ._progressbar import ProgressBar
from .observations import Observations, observation_scope
from .statuses import NO_OBSERVATIONS, STATUS_COLORS, STATUS_GROUPS

__all__ = ["Report", "build_report"]


@dataclass
class Report:
    """What :func:`build_report` wrote."""

    folder: Path
    html: Path | None
    markdown: Path | None
    figures: int
    targets: int
    assessed: int

    def __str__(self) -> str:
        written = [str(p) for p in (self.html, self.markdown) if p is not None]
        return f"report written to {' and '.join(written)}"


@dataclass
class _Row:
    charter: _core.Charter
    theme: str
    target: _core.Target
    status: str
    assessment: Any
    figure: str  # file name under figures/, '' when there is none
    png: bytes
    has_trajectory: bool


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    x = float(value)
    return "—" if math.isnan(x) else f"{x:.4g}"


def _milestones(t: _core.Target) -> str:
    parts = []
    for i in range(len(t.milestones)):
        r = t.resolve(i)
        year = t.milestone_year(i)
        parts.append(f"{year}: {r.level:.4g}" if r.resolved else f"{year}: unresolved")
    return "; ".join(parts)


def _baseline(t: _core.Target) -> str:
    b = t.baseline
    if b is None:
        return "none"
    if b.value is None:
        return f"{b.when}: to be measured"
    return f"{b.value:.4g} ({b.when})"


def _lines(source: Any) -> str:
    return ", ".join(str(n) for n in source.lines) if source is not None else ""


def _span(source: Any) -> str:
    """A charter's line span [first, last] as 'first–last'."""
    if source is None or not source.lines:
        return ""
    return f"{source.lines[0]}–{source.lines[-1]}"


def _select_charters(dataset: _core.Dataset, city: str | None) -> list[_core.Charter]:
    charters = list(dataset)
    if city is None:
        return charters
    wanted = city.strip().lower()
    chosen = [c for c in charters if wanted in (c.id.lower(), c.city.lower())]
    if not chosen:
        known = ", ".join(c.id for c in charters)
        raise _core.NotFoundError(f"city: no charter for {city!r} (known: {known})")
    return chosen


def _figure_name(target_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", target_id) + ".png"


def build_report(
    dataset: _core.Dataset | None = None,
    out: str | Path = "reports/krachtwijken",
    *,
    observations: Observations | None = None,
    method: str = "statcan",
    city: str | None = None,
    theme: str | None = None,
    plots: bool = True,
    formats: Sequence[str] = ("html", "md"),
    progress: bool = True,
    title: str | None = None,
) -> Report:
    """Writes the report of ``dataset`` (the bundled krachtwijken data set by default) into the folder
    ``out``: ``report.html`` (self-contained) and ``report.md`` with ``figures/*.png``.

    ``observations`` are assessed with the progress ``method``; ``city`` (id or name) and ``theme`` (key)
    restrict the report; ``plots=False`` leaves the figures out; ``progress`` shows a progress bar on
    stderr when the work takes longer than a second. Returns a :class:`Report` with the paths written.
    """
    from . import datasets

    unknown = [f for f in formats if f not in ("html", "md")]
    if unknown or not formats:
        raise _core.InvalidInputError(
            f"formats: expected 'html' and/or 'md', got {list(formats)!r}"
        )
    if dataset is None:
        dataset = datasets.krachtwijken()
    if theme is not None:
        theme_key = _core.ThemeKey.__members__.get(theme)
        if theme_key is None:
            known = ", ".join(_core.ThemeKey.__members__)
            raise _core.InvalidInputError(f"theme: unknown theme {theme!r} (known: {known})")
    charters = _select_charters(dataset, city)
    folder = Path(out)
    figures_dir = folder / "figures"
    folder.mkdir(parents=True, exist_ok=True)

    assessed: dict[str, Any] = {}
    if observations is not None:
        for row in _core.assess_dataset(dataset, observations.for_targets(dataset), method):
            assessed[row.target] = row.assessment

    selected: list[tuple[_core.Charter, str, _core.Target]] = []
    for charter in charters:
        for entry in charter.targets(theme=theme):
            selected.append((charter, entry.theme.name, entry.target))

    rows: list[_Row] = []
    figure = None
    if plots:
        try:
            from matplotlib.figure import Figure
        except ImportError as err:
            raise ImportError(
                "the report's plots need matplotlib: pip install 'charterkit[plot]', or leave the plots out "
                "(plots=False, --no-plots)"
            ) from err

        figure = Figure(figsize=(4.8, 3.2), dpi=80)
    with ProgressBar(
        len(selected), "report: plotting targets" if plots else "report", enabled=progress
    ) as bar:
        for charter, theme_name, t in selected:
            a = assessed.get(t.id)
            status = a.status.name if a is not None else NO_OBSERVATIONS
            series = None
            if observations is not None:
                series = observations.get((observation_scope(charter, t), t.indicator.id))
            png = b""
            name = ""
            has_path = _has_trajectory(t)
            if figure is not None and (series is not None or has_path):
                png = _render(figure, t, series)
                name = _figure_name(t.id)
            rows.append(_Row(charter, theme_name, t, status, a, name, png, has_path))
            bar.update()

    overview = b""
    if plots and assessed:
        overview = _render_overview(charters, assessed, theme)

    html_path = md_path = None
    if "html" in formats:
        html_path = folder / "report.html"
        html_path.write_text(
            _html(dataset, charters, rows, observations, method, overview, title), encoding="utf-8"
        )
    if "md" in formats:
        md_path = folder / "report.md"
        if plots:
            figures_dir.mkdir(exist_ok=True)
            for r in rows:
                if r.figure:
                    (figures_dir / r.figure).write_bytes(r.png)
            if overview:
                (figures_dir / "status-overview.png").write_bytes(overview)
        md_path.write_text(
            _markdown(dataset, charters, rows, observations, method, bool(overview), title),
            encoding="utf-8",
        )
    return Report(
        folder,
        html_path,
        md_path,
        sum(1 for r in rows if r.figure) + (1 if overview else 0),
        len(rows),
        sum(1 for r in rows if r.assessment is not None),
    )


def _has_trajectory(t: _core.Target) -> bool:
    try:
        _core.Trajectory.from_target(t)
    except (_core.UnresolvedTargetError, _core.InvalidTargetError):
        return False
    return True


def _render(figure: Any, target: _core.Target, series: _core.Series | None) -> bytes:
    from .plotting import plot_target

    figure.clear()
    ax = figure.add_subplot()
    figure.subplots_adjust(left=0.15, right=0.97, bottom=0.14, top=0.91)
    plot_target(target, ax, observations=series)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _render_overview(
    charters: list[_core.Charter], assessed: dict[str, Any], theme: str | None
) -> bytes:
    from matplotlib.figure import Figure

    from .plotting import plot_status_overview
    from .tidy import assessments_frame

    frame_rows = []
    for charter in charters:
        for entry in charter.targets(theme=theme):
            if entry.target.id in assessed:
                frame_rows.append(_keyed(charter, entry, assessed[entry.target.id]))
    frame = assessments_frame(frame_rows)
    sub = _core.Dataset()
    sub.charters = charters
    if theme is not None:
        frame = frame[frame["theme"] == theme]
    n_rows = len({(c.city, d.id) for c in charters for d in c.districts}) + len(charters)
    fig = Figure(figsize=(10, 1.5 + 0.22 * n_rows), dpi=80, layout="constrained")
    ax = fig.add_subplot()
    plot_status_overview(frame, ax, dataset=sub if theme is None else None)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


class _keyed:
    """An assessment with the keys of its place in the data set (the shape of AssessedTarget)."""

    def __init__(self, charter: _core.Charter, entry: _core.TargetEntry, assessment: Any) -> None:
        self.charter = charter.id
        self.city = charter.city
        self.district = entry.target.district or "(all)"
        self.theme = entry.theme.name
        self.ambition = entry.ambition
        self.target = entry.target.id
        self.indicator = entry.target.indicator.id
        self.assessment = assessment


# ---- HTML -----------------------------------------------------------------------------------------------

_CSS = """
body { font-family: sans-serif; font-size: 14px; max-width: 1200px; margin: 1em auto; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
.status { padding: 0 6px; border-radius: 3px; white-space: nowrap; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; }
figure { margin: 0; }
figcaption { font-size: 11px; color: #666; }
.synthetic { background: #fff3cd; padding: 6px 10px; border: 1px solid #e0c060; }
.muted { color: #666; }
"""


def _status_html(status: str) -> str:
    return (
        f'<span class="status" style="background: {STATUS_COLORS.get(status, "#bdbdbd")}">'
        f"{_e(status.replace('_', ' '))}</span>"
    )


def _png_tag(png: bytes, alt: str, width: int | None = None) -> str:
    data = base64.b64encode(png).decode("ascii")
    size = f' width="{width}"' if width else ""
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{data}"{size}>'


def _observations_note(observations: Observations | None, method: str) -> tuple[str, bool]:
    if observations is None:
        return (
            "No observations were given: every status is 'no observations'. The plots show what the "
            "charters promise: baseline, milestone levels and the planned trajectory."
        ), False
    text = (
        f"Observations: {observations.name} ({len(observations)} series, {observations.count} values); "
        f"assessed with the progress method '{method}' (docs/progress.md)."
    )
    return text, observations.synthetic


def _summary_rows(charters: list[_core.Charter], rows: list[_Row]) -> list[list[str]]:
    out = []
    for c in charters:
        mine = [r for r in rows if r.charter.id == c.id]
        groups = Counter(STATUS_GROUPS[r.status] for r in mine)
        with_path = sum(1 for r in mine if r.has_trajectory)
        out.append(
            [
                c.city,
                str(len(mine)),
                str(with_path),
                str(sum(1 for r in mine if r.assessment)),
                str(groups.get("good", 0)),
                str(groups.get("fair", 0)),
                str(groups.get("poor", 0)),
                str(groups.get("none", 0)),
            ]
        )
    return out


_SUMMARY_HEADER = [
    "city",
    "targets",
    "with a trajectory",
    "assessed",
    "good",
    "fair",
    "poor",
    "no status",
]
_TARGET_HEADER = [
    "target",
    "district",
    "indicator",
    "baseline",
    "milestones",
    "status",
    "score",
    "seed lines",
]


def _target_cells(r: _Row) -> list[str]:
    t = r.target
    score = _fmt(r.assessment.score) if r.assessment is not None else "—"
    district = t.district or "whole charter"
    if t.area:
        district += f" ({t.area})"
    return [
        t.id,
        district,
        t.indicator.name,
        _baseline(t),
        _milestones(t),
        r.status,
        score,
        _lines(t.source),
    ]


def _audit_rows(charters: list[_core.Charter]) -> list[list[str]]:
    out = []
    for c in charters:
        for table in c.finance_tables:
            for f in table.audit(False):
                out.append([c.city, table.id, f.status.name, f.message])
    return out


def _html(
    dataset: _core.Dataset,
    charters: list[_core.Charter],
    rows: list[_Row],
    observations: Observations | None,
    method: str,
    overview: bytes,
    title: str | None,
) -> str:
    heading = title or f"charterkit report: {dataset.name}"
    note, synthetic = _observations_note(observations, method)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(heading)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(heading)}</h1>",
        (
            f"<p>Data set <b>{_e(dataset.name)}</b> version {_e(dataset.version)}: {len(charters)} charter(s), "
            f"{len(rows)} target(s) in this report. Generated by charterkit {_e(_core.__version__)} on "
            f"{_dt.date.today().isoformat()}.</p>"
        ),
    ]
    if synthetic:
        parts.append(
            '<p class="synthetic"><b>SYNTHETIC OBSERVATIONS.</b> The measurements in this report are '
            "made up to demonstrate the tools; the statuses say nothing about the real districts.</p>"
        )
    parts.append(f"<p>{_e(note)}</p>")
    parts.append("<h2>Summary</h2>")
    parts.append(
        _html_table(
            _SUMMARY_HEADER,
            _summary_rows(charters, rows),
            link_first=[f"#{c.id}" for c in charters],
        )
    )
    if overview:
        parts.append("<h2>Status per district and theme</h2>")
        parts.append(_png_tag(overview, "status per district and theme"))
    for c in charters:
        mine = [r for r in rows if r.charter.id == c.id]
        parts.append(f'<h2 id="{_e(c.id)}">{_e(c.city)}</h2>')
        parts.append(
            f'<p class="muted">{_e(c.title)} — seed lines {_e(_span(c.source))}; districts: '
            f"{_e(', '.join(d.name for d in c.districts))}</p>"
        )
        for theme_name in _themes_in_order(mine):
            group = [r for r in mine if r.theme == theme_name]
            parts.append(f"<h3>{_e(theme_name.replace('_', ' '))}</h3>")
            cells = []
            for r in group:
                values = [_e(v) for v in _target_cells(r)]
                values[5] = _status_html(r.status)
                cells.append(values)
            parts.append(_html_table(_TARGET_HEADER, cells, escaped=True))
            figures = [r for r in group if r.figure]
            if figures:
                parts.append('<div class="figures">')
                for r in figures:
                    parts.append(
                        f"<figure>{_png_tag(r.png, r.target.id, 384)}"
                        f"<figcaption>{_e(r.target.id)}</figcaption></figure>"
                    )
                parts.append("</div>")
    audit = _audit_rows(charters)
    parts.append("<h2>Finance audit</h2>")
    if audit:
        parts.append(
            "<p>Printed totals that do not add up within the rounding the printed precision allows, "
            "or cannot be recomputed.</p>"
        )
        parts.append(_html_table(["city", "table", "status", "finding"], audit))
    else:
        parts.append("<p>Every printed total adds up (or there are no finance tables).</p>")
    parts.append(
        '<p class="muted">Levels are resolved from the charter text alone; "unresolved" means the '
        "charter ties the level to a measurement or a reference value it does not print.</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _themes_in_order(rows: list[_Row]) -> list[str]:
    seen: list[str] = []
    for r in rows:
        if r.theme not in seen:
            seen.append(r.theme)
    return seen


def _html_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    escaped: bool = False,
    link_first: Sequence[str] | None = None,
) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = []
    for i, row in enumerate(rows):
        cells = list(row) if escaped else [_e(c) for c in row]
        if link_first is not None:
            cells[0] = f'<a href="{_e(link_first[i])}">{cells[0]}</a>'
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


# ---- Markdown -----------------------------------------------------------------------------------------


def _md_cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
    return lines


def _markdown(
    dataset: _core.Dataset,
    charters: list[_core.Charter],
    rows: list[_Row],
    observations: Observations | None,
    method: str,
    overview: bool,
    title: str | None,
) -> str:
    heading = title or f"charterkit report: {dataset.name}"
    note, synthetic = _observations_note(observations, method)
    lines = [
        f"# {heading}",
        "",
        (
            f"Data set **{dataset.name}** version {dataset.version}: {len(charters)} charter(s), "
            f"{len(rows)} target(s) in this report. Generated by charterkit {_core.__version__} on "
            f"{_dt.date.today().isoformat()}."
        ),
        "",
    ]
    if synthetic:
        lines += [
            (
                "> **SYNTHETIC OBSERVATIONS.** The measurements in this report are made up to demonstrate "
                "the tools; the statuses say nothing about the real districts."
            ),
            "",
        ]
    lines += [note, "", "## Summary", ""]
    lines += _md_table(_SUMMARY_HEADER, _summary_rows(charters, rows)) + [""]
    if overview:
        lines += [
            "## Status per district and theme",
            "",
            "![status per district and theme](figures/status-overview.png)",
            "",
        ]
    for c in charters:
        mine = [r for r in rows if r.charter.id == c.id]
        lines += [f"## {c.city}", "", f"{c.title} — seed lines {_span(c.source)}.", ""]
        for theme_name in _themes_in_order(mine):
            group = [r for r in mine if r.theme == theme_name]
            lines += [f"### {theme_name.replace('_', ' ')}", ""]
            lines += _md_table(_TARGET_HEADER, [_target_cells(r) for r in group]) + [""]
            for r in group:
                if r.figure:
                    lines.append(f"![{r.target.id}](figures/{r.figure})")
            if any(r.figure for r in group):
                lines.append("")
    lines += ["## Finance audit", ""]
    audit = _audit_rows(charters)
    if audit:
        lines += _md_table(["city", "table", "status", "finding"], audit)
    else:
        lines.append("Every printed total adds up (or there are no finance tables).")
    return "\n".join(lines) + "\n"
