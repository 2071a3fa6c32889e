"""charterkit: model, check and track the targets of policy charters.

The compiled core (``charterkit._core``) holds the model — indicators, targets in every form the
charters use, trajectories, charters with their commitments and finance tables, data sets — and this
package adds what makes it pleasant in Python: pandas frames, plots, Jupyter display, a command line.

>>> import charterkit as ck
>>> kw = ck.datasets.krachtwijken()
>>> frame = kw.milestones_frame()
"""

from __future__ import annotations

from . import _core, datasets, exceptions, frames
from ._core import (
    Ambition,
    Amendment,
    Amount,
    AmountBasis,
    ArrangementKind,
    AreaKind,
    AuditFinding,
    AuditStatus,
    Baseline,
    Cell,
    Charter,
    Commitment,
    Comparator,
    Dataset,
    DatedValue,
    Direction,
    District,
    FinanceColumn,
    FinanceRow,
    FinanceTable,
    FinanceTerm,
    Frequency,
    Indicator,
    Interpolation,
    ManifestEntry,
    Milestone,
    MoneyByParty,
    Party,
    PartyKind,
    PartyRole,
    ProgressArrangement,
    Rebasing,
    RebaseRule,
    Reference,
    Resolution,
    ResolveOptions,
    Series,
    Side,
    Signatory,
    Signing,
    SigningStatus,
    Source,
    SubArea,
    Target,
    TargetEntry,
    TargetForm,
    Theme,
    ThemeKey,
    Trajectory,
    Unit,
    Validity,
    ValueRange,
    When,
    YearAnchor,
    anchor_date,
    audit,
    date_from_fractional_year,
    dumps_charter,
    fractional_year,
    load_charter,
    load_dataset,
    loads_charter,
    save_charter,
    save_dataset,
    validate_charter_file,
    validate_charter_text,
)
from .exceptions import (
    CharterkitError,
    InvalidInputError,
    InvalidTargetError,
    NotAssessableError,
    NotFoundError,
    ParseError,
    UnresolvedTargetError,
    ValidationError,
)
from .frames import milestones_frame

__version__: str = _core.__version__

frames._attach()

__all__ = [
    "Ambition", "Amendment", "Amount", "AmountBasis", "ArrangementKind", "AreaKind", "AuditFinding",
    "AuditStatus", "Baseline", "Cell", "Charter", "CharterkitError", "Commitment", "Comparator",
    "Dataset", "DatedValue", "Direction", "District", "FinanceColumn", "FinanceRow", "FinanceTable",
    "FinanceTerm", "Frequency", "Indicator", "Interpolation", "InvalidInputError", "InvalidTargetError",
    "ManifestEntry", "Milestone", "MoneyByParty", "NotAssessableError", "NotFoundError", "ParseError",
    "Party", "PartyKind", "PartyRole", "ProgressArrangement", "Rebasing", "RebaseRule", "Reference",
    "Resolution", "ResolveOptions", "Series", "Side", "Signatory", "Signing", "SigningStatus", "Source",
    "SubArea", "Target", "TargetEntry", "TargetForm", "Theme", "ThemeKey", "Trajectory", "Unit",
    "UnresolvedTargetError", "ValidationError", "Validity", "ValueRange", "When", "YearAnchor",
    "__version__", "anchor_date", "audit", "datasets", "date_from_fractional_year", "dumps_charter",
    "exceptions", "fractional_year", "load_charter", "load_dataset", "loads_charter",
    "milestones_frame", "save_charter", "save_dataset", "validate_charter_file",
    "validate_charter_text",
]
