"""The data sets shipped with charterkit.

``krachtwijken()`` loads the 18 charters of 2008 between the Dutch state and 18 cities about the 40
"krachtwijken" (the districts to be lifted within ten years), encoded from seed 004 with every number
traceable to its source line.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import _core

__all__ = ["data_dir", "krachtwijken", "plan_schema_path", "plans", "schema_path"]


def data_dir() -> Path:
    """The folder holding the installed data sets (``$CHARTERKIT_DATA_DIR`` overrides it)."""
    env = os.environ.get("CHARTERKIT_DATA_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent / "data"


def schema_path() -> Path:
    """The JSON Schema of the charter file format."""
    return data_dir() / "schema" / "charter.schema.json"


def krachtwijken() -> _core.Dataset:
    """The krachtwijken data set: 18 charters, their districts, targets, commitments and finance tables."""
    return _core.load_dataset(str(data_dir() / "krachtwijken"))


def plan_schema_path() -> Path:
    """The JSON Schema of the plan file format."""
    return data_dir() / "schema" / "plan.schema.json"


def plans() -> _core.PlanSet:
    """The plans of seeds 000-003: an annual plan (2011), a process plan (2021), a step plan and a regional
    approach (2019), with their goals, phases, deliverables, meetings, staffing, budgets and monitor."""
    return _core.load_plan_set(str(data_dir() / "plans"))
