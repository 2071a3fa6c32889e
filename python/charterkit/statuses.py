"""Progress statuses for display: a colour, a group (good, fair, poor, none) and a rank for each.

The statuses themselves come from the progress methods (``charterkit._core.PROGRESS_STATUS_NAMES``;
docs/progress.md describes them). Plots, the HTML display and the report colour them the same way:
greens for achieved, ahead or clearly progressing, yellow to orange for progress that is too slow,
red for moving away, grey for "cannot say".
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "NO_OBSERVATIONS",
    "STATUS_COLORS",
    "STATUS_GROUPS",
    "STATUS_LABELS",
    "STATUS_RANK",
    "status_color",
    "status_group",
    "worst_status",
]

#: The pseudo-status of a target that has no observations (not a progress status).
NO_OBSERVATIONS = "no_observations"

#: status name -> group: "good", "fair", "poor" or "none" (nothing to judge).
STATUS_GROUPS: dict[str, str] = {
    "target_achieved": "good",
    "substantial_progress": "good",
    "significant_progress": "good",
    "ahead": "good",
    "on_track": "good",
    "improving": "good",
    "moderate_progress": "fair",
    "limited_progress": "fair",
    "insufficient_progress": "fair",
    "behind": "fair",
    "no_change": "fair",
    "deterioration": "poor",
    "moving_away": "poor",
    "worsening": "poor",
    "not_available": "none",
    NO_OBSERVATIONS: "none",
}

#: status name -> rank; lower is worse. Used to pick the worst status of a group of targets.
STATUS_RANK: dict[str, int] = {
    "deterioration": 0,
    "moving_away": 0,
    "worsening": 0,
    "insufficient_progress": 1,
    "limited_progress": 1,
    "behind": 1,
    "no_change": 1,
    "moderate_progress": 2,
    "on_track": 3,
    "improving": 3,
    "substantial_progress": 4,
    "significant_progress": 4,
    "ahead": 4,
    "target_achieved": 5,
    "not_available": 6,
    NO_OBSERVATIONS: 7,
}

#: status name -> colour (hex), a red–yellow–green scale with greys for "cannot say".
STATUS_COLORS: dict[str, str] = {
    "target_achieved": "#1a9850",
    "substantial_progress": "#66bd63",
    "significant_progress": "#66bd63",
    "ahead": "#66bd63",
    "on_track": "#a6d96a",
    "improving": "#a6d96a",
    "moderate_progress": "#fee08b",
    "limited_progress": "#fdae61",
    "insufficient_progress": "#fdae61",
    "behind": "#fdae61",
    "no_change": "#fdae61",
    "deterioration": "#d73027",
    "moving_away": "#d73027",
    "worsening": "#d73027",
    "not_available": "#bdbdbd",
    NO_OBSERVATIONS: "#f0f0f0",
}

#: status name -> words for a legend.
STATUS_LABELS: dict[str, str] = {name: name.replace("_", " ") for name in STATUS_COLORS}


def _name(status: object) -> str:
    name = getattr(status, "name", status)
    if not isinstance(name, str) or name not in STATUS_COLORS:
        from . import _core

        raise _core.InvalidInputError(f"status: unknown progress status {status!r}")
    return name


def status_color(status: object) -> str:
    """The colour of a status (a ProgressStatus member or its name)."""
    return STATUS_COLORS[_name(status)]


def status_group(status: object) -> str:
    """The group of a status: "good", "fair", "poor" or "none"."""
    return STATUS_GROUPS[_name(status)]


def worst_status(statuses: Iterable[object]) -> str:
    """The worst of several statuses (by :data:`STATUS_RANK`); "not_available" counts only when nothing
    else is there, and an empty input gives :data:`NO_OBSERVATIONS`."""
    names = [_name(s) for s in statuses]
    if not names:
        return NO_OBSERVATIONS
    return min(names, key=lambda n: STATUS_RANK[n])
