"""Rich display in Jupyter: ``_repr_html_`` for data sets, charters, ambitions, targets and assessments.

Every text that comes from data goes through :func:`html.escape`. The markup is a plain table with
inline styles, so it reads the same in JupyterLab, VS Code and a static HTML export. The functions are
attached to the compiled classes when :mod:`charterkit` is imported, and can be called directly.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from typing import Any

from . import _core
from .statuses import STATUS_COLORS

__all__ = [
    "ambition_html",
    "assessment_html",
    "charter_html",
    "dataset_html",
    "observations_html",
    "projection_html",
    "status_badge_html",
    "target_html",
]

_BOX = (
    "font-family: sans-serif; font-size: 13px; line-height: 1.35; border-left: 3px solid #4477aa; "
    "padding: 4px 10px; margin: 4px 0"
)
_TABLE = "border-collapse: collapse; margin: 4px 0"
_CELL = "border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top"
_MUTED = "color: #666"
#: Rows shown in a table before the rest is summarised.
MAX_ROWS = 60


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _num(value: Any, digits: int = 4) -> str:
    if value is None:
        return "—"
    try:
        x = float(value)
    except (TypeError, ValueError):
        return _e(value)
    if math.isnan(x):
        return "—"
    return _e(f"{x:.{digits}g}")


def _lines(source: Any) -> str:
    if source is None or not source.lines:
        return ""
    lines = list(source.lines)
    text = f"line {lines[0]}" if len(lines) == 1 else "lines " + ", ".join(str(n) for n in lines)
    return _e(text)


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], *, escaped: bool = True) -> str:
    """A table; the cells of ``rows`` are already escaped HTML (``escaped=True``)."""
    rows = list(rows)
    head = "".join(f'<th style="{_CELL}">{_e(h)}</th>' for h in header)
    body = []
    for row in rows[:MAX_ROWS]:
        cells = row if escaped else [_e(c) for c in row]
        body.append("<tr>" + "".join(f'<td style="{_CELL}">{c}</td>' for c in cells) + "</tr>")
    more = ""
    if len(rows) > MAX_ROWS:
        more = (
            f'<tr><td colspan="{len(header)}" style="{_CELL}; {_MUTED}">… and {len(rows) - MAX_ROWS} '
            "more</td></tr>"
        )
    return f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}{more}</tbody></table>'


def _facts(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label (plain text) and value (escaped HTML)."""
    rows = "".join(
        f'<tr><th style="{_CELL}; {_MUTED}; font-weight: normal">{_e(k)}</th>'
        f'<td style="{_CELL}">{v}</td></tr>'
        for k, v in pairs
        if v
    )
    return f'<table style="{_TABLE}">{rows}</table>'


def _box(kind: str, title: str, body: str) -> str:
    return (
        f'<div class="charterkit-repr" style="{_BOX}"><div><span style="{_MUTED}">{_e(kind)}</span> '
        f"<b>{_e(title)}</b></div>{body}</div>"
    )


def status_badge_html(status: Any) -> str:
    """A status name on its colour (escaped HTML)."""
    name = getattr(status, "name", str(status))
    colour = STATUS_COLORS.get(name, "#bdbdbd")
    return (
        f'<span style="background: {colour}; padding: 0 6px; border-radius: 3px; '
        f'color: #000">{_e(name.replace("_", " "))}</span>'
    )


def _when(when: Any) -> str:
    return _e(str(when)) if when is not None else ""


def _milestone_text(m: Any) -> str:
    parts = [m.form.name.replace("_", " ")]
    if m.comparator is not None and m.comparator.name != "reach":
        parts.append(m.comparator.name.replace("_", " "))
    if m.value is not None:
        parts.append(f"{m.value:g}" + (f"–{m.value_high:g}" if m.value_high is not None else ""))
    if m.reference_at is not None:
        parts.append(f"(reference of {m.reference_at})")
    if m.period:
        parts.append(f"per {m.period}")
    return _e(" ".join(parts))


def _milestone_when(target: Any, i: int, m: Any) -> str:
    if m.when is not None:
        text = str(m.when)
    else:
        text = f"{target.milestone_year(i)} (baseline + {m.horizon_years:g} years)"
    return _e(text + (" (inferred)" if m.inferred else ""))


def _baseline_text(b: Any) -> str:
    if b is None:
        return _e("none")
    if b.value is None:
        return _e(f"{b.when}: still to be measured — {b.pending}")
    return _e(f"{b.value:g} in {b.when}")


# ---- the displays -------------------------------------------------------------------------------------


def target_html(target: _core.Target, options: _core.ResolveOptions | None = None) -> str:
    """HTML of a target: indicator, baseline, reference, and each milestone with its resolved level."""
    opts = options or _core.ResolveOptions()
    ind = target.indicator
    name = ind.name + (f" ({ind.name_en})" if ind.name_en else "")
    facts = [
        ("indicator", _e(f"{name} — {ind.unit.name}, {ind.direction.name.replace('_', ' ')}")),
        (
            "district",
            _e(target.district or "whole charter")
            + (_e(f", area {target.area}") if target.area else ""),
        ),
        ("baseline", _baseline_text(target.baseline)),
    ]
    if target.reference is not None:
        ref = target.reference
        values = ", ".join(f"{v.value:g} in {v.when}" for v in ref.values) or "no values printed"
        facts.append(("reference", _e(f"{ref.label}: {values}")))
    if target.history:
        facts.append(("history", _e(", ".join(f"{v.value:g} in {v.when}" for v in target.history))))
    if target.rebased is not None:
        facts.append(("re-based", _e(f"by {target.rebased.rule.name}")))
    facts.append(("source", _lines(target.source)))
    rows = []
    for i, m in enumerate(target.milestones):
        r = target.resolve(i, opts)
        level = _num(r.level) if r.resolved else f'<span style="{_MUTED}">{_e(r.reason)}</span>'
        rows.append([_milestone_when(target, i, m), _milestone_text(m), level, _lines(m.source)])
    notes = "".join(f'<div style="{_MUTED}">note: {_e(n)}</div>' for n in target.notes)
    return _box(
        "Target",
        target.id,
        _facts(facts) + _table(["milestone", "as stated", "level", "source"], rows) + notes,
    )


def ambition_html(ambition: _core.Ambition) -> str:
    """HTML of an ambition: theme, districts, summary and its targets."""
    facts = [
        (
            "theme",
            _e(
                ambition.theme.name + (f" ({ambition.theme_label})" if ambition.theme_label else "")
            ),
        ),
        ("districts", _e(", ".join(ambition.districts) or "whole charter")),
        ("summary", _e(ambition.summary)),
        ("source", _lines(ambition.source)),
    ]
    rows = []
    for t in ambition.targets:
        years = ", ".join(str(t.milestone_year(i)) for i in range(len(t.milestones)))
        rows.append(
            [
                _e(t.id),
                _e(t.indicator.name),
                _baseline_text(t.baseline),
                _e(years),
                _lines(t.source),
            ]
        )
    body = _facts(facts)
    if rows:
        body += _table(["target", "indicator", "baseline", "milestone years", "source"], rows)
    else:
        body += f'<div style="{_MUTED}">no quantified targets</div>'
    return _box("Ambition", ambition.id, body)


def charter_html(charter: _core.Charter) -> str:
    """HTML of a charter: signing, validity, districts, and its ambitions with their targets."""
    signed = charter.signed
    signing = (
        str(signed.date) if signed.date is not None else f"{signed.status.name} ({signed.note})"
    )
    validity = charter.validity
    period = f"{validity.start or '?'} to {validity.end or '?'}"
    districts = ", ".join(f"{d.name} ({d.id})" for d in charter.districts)
    facts = [
        ("title", _e(charter.title + (f" — {charter.title_en}" if charter.title_en else ""))),
        ("signed", _e(signing + (f", {signed.place}" if signed.place else ""))),
        ("in force", _e(period)),
        ("districts", _e(districts)),
        ("themes", _e(", ".join(t.key.name for t in charter.themes))),
        (
            "counts",
            _e(
                f"{charter.count_targets()} targets, {charter.count_milestones()} milestones, "
                f"{len(charter.commitments)} commitments, {len(charter.finance_tables)} finance tables"
            ),
        ),
        (
            "source",
            _e(f"lines {charter.source.lines[0]}–{charter.source.lines[-1]}")
            if charter.source is not None and charter.source.lines
            else "",
        ),
    ]
    rows = [
        [_e(a.theme.name), _e(", ".join(a.districts) or "all"), _e(a.summary), _e(len(a.targets))]
        for a in charter.ambitions
    ]
    return _box(
        "Charter",
        charter.city,
        _facts(facts) + _table(["theme", "districts", "ambition", "targets"], rows),
    )


def dataset_html(dataset: _core.Dataset) -> str:
    """HTML of a data set: name, version, counts and one row per charter."""
    facts = [
        ("version", _e(dataset.version)),
        ("description", _e(dataset.description)),
        (
            "counts",
            _e(
                f"{len(dataset)} charters, {dataset.count_districts()} districts, "
                f"{dataset.count_targets()} targets, {dataset.count_milestones()} milestones"
            ),
        ),
    ]
    rows = [
        [
            _e(c.city),
            _e(", ".join(d.name for d in c.districts)),
            _e(c.count_targets()),
            _e(c.count_milestones()),
            _e(str(c.signed.date or c.signed.status.name)),
        ]
        for c in dataset
    ]
    return _box(
        "Data set",
        dataset.name,
        _facts(facts) + _table(["city", "districts", "targets", "milestones", "signed"], rows),
    )


def assessment_html(assessment: Any) -> str:
    """HTML of an assessment: status (coloured), score, latest observation against the plan, and the
    verdict for every milestone."""
    a = assessment
    m = a.assessed
    facts = [
        (
            "status",
            status_badge_html(a.status)
            + _e(f"  milestone {m.year} (method {a.method} v{a.method_version})"),
        ),
        ("score", _num(a.score, 3)),
        ("latest", _e(f"{_plain(a.latest_value)} on {a.latest_date}")),
        (
            "planned then",
            _num(a.expected) if not math.isnan(a.expected) else _e(a.trajectory_reason or "—"),
        ),
        ("baseline", _num(a.baseline_value)),
        ("level", _num(m.level) if m.resolved else _e(m.unresolved_reason)),
        ("reached", _e("yes" if a.reached else "no")),
        ("share achieved", _num(a.share_achieved, 3)),
        ("reason", _e(a.reason)),
    ]
    rows = []
    for x in a.milestones:
        rows.append(
            [
                _e(x.year),
                _num(x.level) if x.resolved else _e(x.unresolved_reason),
                status_badge_html(x.result.status),
                _num(x.result.score, 3),
                _e("yes" if x.reached else "no"),
                _e("yes" if x.passed else "no"),
            ]
        )
    return _box(
        "Assessment",
        a.target,
        _facts(facts)
        + _table(["milestone", "level", "status", "score", "reached", "passed"], rows),
    )


def projection_html(projection: Any) -> str:
    """HTML of a projection: the trend and, per milestone, the projected value with its interval and
    when the level is reached at this pace."""
    p = projection
    facts = [
        ("trend", _e(f"{_plain(p.fit.slope)} per year from {p.fit.n} observations")),
        ("interval", _e(f"{100 * p.confidence:g} %")),
    ]
    rows = []
    for x in p.milestones:
        reach = str(x.reach_date) if x.reach_date is not None else "never at this pace"
        rows.append(
            [
                _e(x.year),
                _num(x.level),
                _num(x.projected),
                _e(f"{_plain(x.low)} – {_plain(x.high)}"),
                _e("yes" if x.on_course else "no"),
                _e(reach),
            ]
        )
    return _box(
        "Projection",
        p.target,
        _facts(facts)
        + _table(
            ["milestone", "level", "projected", "interval", "on course", "level reached"], rows
        ),
    )


def observations_html(observations: Any) -> str:
    """HTML of :class:`~charterkit.observations.Observations`: one row per series."""
    rows = []
    for (district, indicator), s in observations.items():
        dates = list(s.dates)
        span = f"{dates[0]} – {dates[-1]}" if dates else ""
        rows.append([_e(district), _e(indicator), _e(len(s)), _e(span)])
    banner = ""
    if observations.synthetic:
        banner = (
            '<div style="background: #fff3cd; padding: 2px 6px">SYNTHETIC data for trying the tools — '
            "not measurements</div>"
        )
    return _box(
        "Observations",
        observations.name,
        banner + _table(["district", "indicator", "values", "dates"], rows),
    )


def _plain(value: Any) -> str:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    return "—" if math.isnan(x) else f"{x:.4g}"


def _attach() -> None:
    """Attaches ``_repr_html_`` to the compiled classes."""
    setattr(_core.Dataset, "_repr_html_", dataset_html)
    setattr(_core.Charter, "_repr_html_", charter_html)
    setattr(_core.Ambition, "_repr_html_", ambition_html)
    setattr(_core.Target, "_repr_html_", target_html)
    setattr(_core.Assessment, "_repr_html_", assessment_html)
    setattr(_core.Projection, "_repr_html_", projection_html)
