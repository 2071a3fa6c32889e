"""Type stubs of ``charterkit._core``, the compiled module (pybind11): what editors complete and mypy checks.

First generated with pybind11-stubgen 3.0 from the built module, then curated by hand: numbers as ``int`` /
``float``, enum members with their values, read-write fields as plain attributes, parameters that take an
enum member or its name typed ``Enum | str``, ``__eq__`` taking ``object``, and the methods the Python
package attaches to these classes (frames, plots, ``_repr_html_``) declared on them. ``mypy.stubtest
charterkit._core`` checks this file against the module (CTest "python:stubtest"; the allowlist
``tests/python/stubtest-allowlist.txt`` says why each entry is there).

When a binding changes, change its declaration here in the same commit.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import typing

import matplotlib.axes
import numpy
import numpy.typing
import pandas

@typing.type_check_only
class _Pybind11Type(type):
    """The metaclass of every class pybind11 makes (pybind11_builtins.pybind11_type)."""

class CharterkitError(ValueError):
    """
    Root of every charterkit error (a ValueError).
    """

class InvalidInputError(CharterkitError):
    """
    A value is not acceptable: NaN, out of range, unknown name, unsorted dates.
    """

class InvalidTargetError(CharterkitError):
    """
    A target is inconsistent (milestone before baseline, relative change on a zero baseline).
    """

class UnresolvedTargetError(CharterkitError):
    """
    A level was asked for that the target cannot give yet.
    """

class NotAssessableError(CharterkitError):
    """
    A milestone cannot be assessed against the observations.
    """

class ParseError(CharterkitError):
    """
    A file is missing, unreadable or not well-formed JSON (with line and column).
    """

    file: str
    line: int
    column: int

class ValidationError(CharterkitError):
    """
    A document breaks the format's rules; .problems lists every problem.
    """

    problems: list[str]

class NotFoundError(CharterkitError, KeyError):
    """
    Nothing with that key (id, district, theme); also a KeyError.
    """

class YearAnchor(enum.Enum):
    """
    What a bare year means on the time axis.
    """

    start = 0
    middle = 1
    end = 2

class Unit(enum.Enum):
    """
    Unit of an indicator.
    """

    percent = 0
    grade = 1
    score = 2
    count = 3
    euro = 4
    ratio = 5
    other = 6

class Direction(enum.Enum):
    """
    Which way is better.
    """

    higher_is_better = 0
    lower_is_better = 1

class TargetForm(enum.Enum):
    """
    How a milestone states its level.
    """

    absolute = 0
    change_points = 1
    change_relative = 2
    reach_reference = 3
    at_least_reference = 4
    gap_fraction = 5
    convergence = 6
    share = 7
    count_per_period = 8
    improvement = 9
    annual_rate = 10
    reference_offset = 11
    comparative = 12

class Comparator(enum.Enum):
    """
    How a stated level binds.
    """

    reach = 0
    at_least = 1
    at_most = 2

class RebaseRule(enum.Enum):
    """
    How a re-based target keeps its ambition.
    """

    ratio = 0
    difference = 1

class Interpolation(enum.Enum):
    """
    How a trajectory runs between anchors.
    """

    linear = 0
    compound = 1
    step = 2

class When(metaclass=_Pybind11Type):
    """
    A year ('in 2011') or an exact date.
    """
    @staticmethod
    def date(date: datetime.date) -> When:
        """
        An exact date.
        """
    @staticmethod
    def year(year: int) -> When:
        """
        A bare year.
        """
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple: ...
    def __hash__(self) -> int: ...
    @typing.overload
    def __init__(self, year: int) -> None: ...
    @typing.overload
    def __init__(self, date: datetime.date) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def __str__(self) -> str: ...
    def exact_date(self) -> datetime.date:
        """
        The date. Raises InvalidInputError for a bare year.
        """
    def time(self, anchor: YearAnchor | str = "middle") -> float:
        """
        The instant on the fractional-year axis under a year convention.
        """
    def to_date(self, anchor: YearAnchor | str = "middle") -> datetime.date:
        """
        The calendar day this stands for under a year convention.
        """
    @property
    def calendar_year(self) -> int: ...
    @property
    def is_year(self) -> bool: ...

class ValueRange(metaclass=_Pybind11Type):
    """
    A closed interval [low, high] of valid values.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, float, float]: ...
    def __init__(self, low: float, high: float) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def contains(self, value: float) -> bool: ...
    high: float
    low: float

class Indicator(metaclass=_Pybind11Type):
    """
    What a target measures: unit, direction and valid range.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    direction: Direction
    id: str
    name: str
    name_en: str
    range: ValueRange | None
    unit: Unit
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str, str, str, Unit, Direction, ValueRange | None]: ...
    def __init__(
        self,
        id: str,
        name: str,
        unit: Unit | str,
        direction: Direction | str,
        range: ValueRange | None = None,
        name_en: str = "",
    ) -> None:
        """
        Unit and direction are enum members or their names ('percent', 'lower_is_better'); the range
        defaults to the unit's ([0, 100] for percent, [1, 10] for grade).
        """
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def at_least_as_good(self, a: float, b: float) -> bool:
        """
        True when a is at least as good as b in this indicator's direction.
        """
    def check(self, value: float, field: str = "value") -> None:
        """
        Raises InvalidInputError when the value is not finite or outside the range.
        """

class Series(metaclass=_Pybind11Type):
    """
    Dated observations: increasing dates, finite values.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    @staticmethod
    def from_years(
        years: collections.abc.Sequence[int],
        values: collections.abc.Sequence[float],
        name: str = "series",
        range: ValueRange | None = None,
        anchor: YearAnchor | str = "middle",
    ) -> Series:
        """
        A series from yearly values, each year placed on its anchor day.
        """
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(
        self,
    ) -> tuple[int, list[datetime.date], list[float], str, ValueRange | None]: ...
    def __init__(
        self,
        dates: collections.abc.Sequence[datetime.date],
        values: collections.abc.Sequence[float],
        name: str = "series",
        range: ValueRange | None = None,
    ) -> None:
        """
        Raises InvalidInputError naming the index, date and value of an unsorted, duplicate, non-
        finite or out-of-range entry.
        """
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def latest(self) -> tuple[datetime.date, float]:
        """
        The last observation as (date, value).
        """
    def value_for(self, when: When | int | datetime.date) -> float | None: ...
    def value_in_year(self, year: int) -> float | None: ...
    def value_on(self, date: datetime.date) -> float | None: ...
    @property
    def dates(self) -> list[datetime.date]: ...
    @property
    def name(self) -> str: ...
    @property
    def range(self) -> ValueRange | None: ...
    @property
    def times(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        The dates as fractional years.
        """
    @property
    def values(self) -> numpy.typing.NDArray[numpy.float64]: ...

class Source(metaclass=_Pybind11Type):
    """
    Where a statement stands: document and 1-based line numbers.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    document: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str, list[int]]: ...
    def __init__(self, lines: collections.abc.Sequence[int], document: str = "") -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    lines: list[int]

class DatedValue(metaclass=_Pybind11Type):
    """
    A value at a year or date (a point of a reference series).
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    note: str
    source: Source | None
    when: When
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, When, float, Source | None, str]: ...
    def __init__(
        self,
        when: When | int | datetime.date,
        value: float,
        source: Source | None = None,
        note: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    value: float

class Baseline(metaclass=_Pybind11Type):
    """
    The starting point of a target; value None while still to be measured.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    inferred: bool
    pending: str
    source: Source | None
    when: When
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(
        self,
    ) -> tuple[int, When, float | None, str, list[float], Source | None, bool]: ...
    def __init__(
        self,
        when: When | int | datetime.date,
        value: float | None = None,
        pending: str = "",
        parts: collections.abc.Sequence[float] = [],
        source: Source | None = None,
        inferred: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    parts: list[float]
    value: float | None

class Reference(metaclass=_Pybind11Type):
    """
    A reference (the city average) with the values the text gives.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    label: str
    label_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str, str, list[DatedValue]]: ...
    def __init__(
        self, label: str, values: collections.abc.Sequence[DatedValue] = [], label_en: str = ""
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    values: list[DatedValue]

class Milestone(metaclass=_Pybind11Type):
    """
    One dated milestone of a target, in one of the target forms.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    comparator: Comparator
    form: TargetForm
    horizon_from: When | None
    inferred: bool
    note: str
    period: str
    reference_at: When | None
    source: Source | None
    when: When | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(
        self,
    ) -> tuple[
        int,
        When | None,
        float | None,
        When | None,
        bool,
        TargetForm,
        float | None,
        float | None,
        When | None,
        Comparator,
        str,
        list[float],
        str,
        Source | None,
    ]: ...
    def __init__(
        self,
        when: When | int | datetime.date | None = None,
        form: TargetForm | str = "absolute",
        value: float | None = None,
        reference_at: When | int | datetime.date | None = None,
        comparator: Comparator | str = "reach",
        horizon_years: float | None = None,
        period: str = "",
        value_high: float | None = None,
        horizon_from: When | int | datetime.date | None = None,
        inferred: bool = False,
        note: str = "",
        source: Source | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    horizon_years: float | None
    parts: list[float]
    value: float | None
    value_high: float | None

class ResolveOptions(metaclass=_Pybind11Type):
    """
    What resolving brings in: year convention, a later-measured baseline, a (moving) reference series.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    anchor: YearAnchor
    reference: Series | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, YearAnchor, float | None, Series | None]: ...
    def __init__(
        self,
        anchor: YearAnchor | str = "middle",
        baseline_value: float | None = None,
        reference: Series | None = None,
    ) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    baseline_value: float | None

class Resolution(metaclass=_Pybind11Type):
    """
    The outcome of resolving one milestone.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, int, bool, float, float, str]: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    @property
    def level(self) -> float | None: ...
    @property
    def milestone(self) -> int: ...
    @property
    def reason(self) -> str: ...
    @property
    def resolved(self) -> bool: ...
    @property
    def time(self) -> float: ...

class Rebasing(metaclass=_Pybind11Type):
    """
    What a re-based target was before.
    """
    @property
    def previous_baseline(self) -> Baseline: ...
    @property
    def previous_milestones(self) -> list[Milestone]: ...
    @property
    def rule(self) -> RebaseRule: ...
    @property
    def source(self) -> Source | None: ...

class Target(metaclass=_Pybind11Type):
    """
    An indicator with a baseline, an optional reference and dated milestones.
    """
    # Attached by the Python package (charterkit.plotting, charterkit.display).
    def plot(
        target,
        ax: matplotlib.axes.Axes | None = None,
        *,
        observations: Series | None = None,
        options: ResolveOptions | None = None,
        interpolation: str = "linear",
        projection: bool = True,
        confidence: float = 0.95,
        until: float | None = None,
        title: str | None = None,
        legend: bool = True,
    ) -> matplotlib.axes.Axes:
        """Draws the target (charterkit.plotting.plot_target) and returns the Axes."""
    def _repr_html_(target, options: ResolveOptions | None = None) -> str: ...
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    area: str
    baseline: Baseline | None
    district: str | None
    group: str
    id: str
    indicator: Indicator
    reference: Reference | None
    source: Source | None
    @staticmethod
    def from_json(text: str) -> Target: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str]: ...
    def __init__(
        self,
        id: str,
        indicator: Indicator,
        milestones: collections.abc.Sequence[Milestone],
        baseline: Baseline | None = None,
        reference: Reference | None = None,
        district: str | None = None,
        history: collections.abc.Sequence[DatedValue] = [],
        group: str = "",
        area: str = "",
        source: Source | None = None,
        notes: collections.abc.Sequence[str] = [],
    ) -> None:
        """
        Raises InvalidTargetError with the first problem, e.g. a milestone before the baseline or a NaN value.
        """
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def baseline_value(self, options: ResolveOptions = ...) -> float | None: ...
    def level(self, index: int, options: ResolveOptions = ...) -> float:
        """
        The level of milestone `index`. Raises UnresolvedTargetError with the reason when it cannot resolve.
        """
    def milestone_time(self, index: int, anchor: YearAnchor | str = "middle") -> float: ...
    def milestone_year(self, index: int, anchor: YearAnchor | str = "middle") -> int: ...
    def problems(self, path: str = "") -> list[str]:
        """
        Every problem, each as 'path: message'.
        """
    def rebase(self, new_baseline: Baseline, rule: RebaseRule | str) -> Target:
        """
        The same ambition on a new baseline, kept by 'ratio' or 'difference'.
        """
    def resolve(self, index: int, options: ResolveOptions = ...) -> Resolution:
        """
        Resolves milestone `index`; an unresolvable one comes back with resolved=False and a reason.
        """
    def resolve_all(self, options: ResolveOptions = ...) -> list[Resolution]: ...
    def to_json(self, indent: int = -1) -> str: ...
    def validate(self) -> None:
        """
        Raises with the first problem.
        """
    history: list[DatedValue]
    milestones: list[Milestone]
    notes: list[str]
    @property
    def rebased(self) -> Rebasing | None: ...

class Trajectory(metaclass=_Pybind11Type):
    """
    The planned path of a target through its anchors.
    """
    # Attached by the Python package (charterkit.tidy).
    def to_frame(trajectory, dates: typing.Any) -> pandas.DataFrame:
        """Planned values on a grid of dates: columns date, time, value (NaN before the start)."""
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    @staticmethod
    def from_target(
        target: Target, options: ResolveOptions = ..., interpolation: Interpolation | str = "linear"
    ) -> Trajectory:
        """
        The trajectory through the baseline and every milestone that resolves.
        """
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, list[float], list[float], Interpolation, list[int]]: ...
    def __init__(
        self,
        times: collections.abc.Sequence[float],
        values: collections.abc.Sequence[float],
        interpolation: Interpolation | str = "linear",
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def value_at(self, when: float | datetime.date) -> float:
        """
        The planned value at a fractional year (float) or on a date.
        """
    def values_at(self, times: numpy.typing.ArrayLike) -> numpy.typing.NDArray[numpy.float64]:
        """
        Values at many times at once: a float array of fractional years or a datetime64 array.
        """
    @property
    def end(self) -> float: ...
    @property
    def interpolation(self) -> Interpolation: ...
    @property
    def skipped(self) -> list[int]:
        """
        Milestones left out because they did not resolve.
        """
    @property
    def start(self) -> float: ...
    @property
    def times(self) -> list[float]: ...
    @property
    def values(self) -> list[float]: ...

class PartyKind(enum.Enum):
    """
    What kind of organisation a party is.
    """

    state = 0
    ministry = 1
    municipality = 2
    housing_corporation = 3
    police_region = 4
    other = 5

class PartyRole(enum.Enum):
    """
    The part a party plays.
    """

    signatory = 0
    co_signatory = 1
    funder = 2
    partner = 3
    client = 4
    contractor = 5
    lead = 6
    participant = 7
    co_involved = 8
    other = 9

class AreaKind(enum.Enum):
    """
    What a sub-area is.
    """

    area = 0
    neighbourhood = 1
    postcode_area = 2
    other = 3

class ThemeKey(enum.Enum):
    """
    Canonical theme keys.
    """

    housing = 0
    work = 1
    learning_and_growing_up = 2
    integration = 3
    safety = 4
    resident_participation = 5
    health = 6
    overarching = 7
    other = 8

class Side(enum.Enum):
    """
    Which side commits.
    """

    city = 0
    state = 1
    corporations = 2
    other = 3

class AmountBasis(enum.Enum):
    """
    How an amount is meant.
    """

    once = 0
    per_year = 1
    max_per_year = 2
    total_through = 3
    total = 4

class ArrangementKind(enum.Enum):
    """
    What kind of progress arrangement.
    """

    administrative_talk = 0
    visitation = 1
    monitor = 2
    report = 3
    other = 4

class Frequency(enum.Enum):
    """
    How often an arrangement happens.
    """

    annual = 0
    biannual = 1
    once = 2
    per_term = 3
    continuous = 4

class SigningStatus(enum.Enum):
    """
    Whether the signing date is known.
    """

    known = 0
    unknown = 1
    partial = 2

class AuditStatus(enum.Enum):
    """
    What the audit found for a printed total.
    """

    ok = 0
    mismatch = 1
    unverifiable = 2

class Party(metaclass=_Pybind11Type):
    """
    A party with its role.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    kind: PartyKind
    name: str
    name_en: str
    role: PartyRole | None
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self,
        id: str = "",
        name: str = "",
        kind: PartyKind | str = "other",
        role: PartyRole | str | None = None,
        name_en: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class Signatory(metaclass=_Pybind11Type):
    """
    A person who signed, for a party.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: datetime.date | None
    office: str
    party: str
    person: str
    place: str | None
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class SubArea(metaclass=_Pybind11Type):
    """
    A part of a district; sub-areas nest.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    kind: AreaKind | None
    name: str
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    sub_areas: list[SubArea]

class District(metaclass=_Pybind11Type):
    """
    A district covered by a charter.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    name: str
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def count_sub_areas(self) -> int:
        """
        Sub-areas at every depth.
        """
    notes: list[str]
    sub_areas: list[SubArea]

class Theme(metaclass=_Pybind11Type):
    """
    A theme: canonical key and the heading as printed.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    key: ThemeKey
    label: str
    label_en: str
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class Ambition(metaclass=_Pybind11Type):
    """
    A shared ambition: theme, district scope, summary, targets.
    """
    # Attached by the Python package (charterkit.display).
    def _repr_html_(ambition) -> str: ...
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    source: Source | None
    summary: str
    theme: ThemeKey
    theme_label: str
    @staticmethod
    def from_json(text: str) -> Ambition: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def covers(self, district: str) -> bool:
        """
        True when the ambition covers the district.
        """
    def to_json(self, indent: int = -1) -> str:
        """
        The JSON form of the file format.
        """
    districts: list[str]
    notes: list[str]
    targets: list[Target]

class Amount(metaclass=_Pybind11Type):
    """
    An amount of money (euros) with its basis and period.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    approximate: bool
    basis: AmountBasis
    currency: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self,
        value: float = 0.0,
        basis: AmountBasis | str = "once",
        from_year: int | None = None,
        to_year: int | None = None,
        approximate: bool = False,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def within(
        self, start: int, stop: int, default_from: int | None = None, default_to: int | None = None
    ) -> float | None:
        """
        The part of the amount in years [start, stop]; None when it cannot be placed in time.
        """
    from_year: int | None
    to_year: int | None
    value: float

class Commitment(metaclass=_Pybind11Type):
    """
    A commitment by one party, optionally with an amount.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    amount: Amount | None
    id: str
    party: str
    side: Side
    source: Source | None
    summary: str
    theme: ThemeKey | None
    @staticmethod
    def from_json(text: str) -> Commitment: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def to_json(self, indent: int = -1) -> str:
        """
        The JSON form of the file format.
        """
    districts: list[str]
    notes: list[str]

class Cell(metaclass=_Pybind11Type):
    """
    One printed cell: a number, PM, blank or a footnote mark.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    mark: str
    pm: bool
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    @property
    def blank(self) -> bool: ...
    decimals: int | None
    value: float | None

class FinanceColumn(metaclass=_Pybind11Type):
    """
    A funder column, or a total column over other columns.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    key: str
    label: str
    party: str
    total: bool
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    sum_of: list[str]

class FinanceTerm(metaclass=_Pybind11Type):
    """
    One addend of a total row.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    row: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self, row: str = "", sign: int = 1) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    sign: int

class FinanceRow(metaclass=_Pybind11Type):
    """
    An item row, or a total row over other rows.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    key: str
    label: str
    source: Source | None
    total: bool
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    cells: list[Cell]
    terms: list[FinanceTerm]

class AuditFinding(metaclass=_Pybind11Type):
    """
    What the audit found for one printed total.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    axis: str
    column: str
    message: str
    row: str
    status: AuditStatus
    table: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    computed: float
    difference: float
    printed: float
    tolerance: float

class FinanceTable(metaclass=_Pybind11Type):
    """
    A printed table of money, items by funders.
    """
    # Attached by the Python package (charterkit.tidy).
    def to_frame(table) -> pandas.DataFrame:
        """One row per printed cell (charterkit.tidy.FINANCE_COLUMNS)."""
    def audit_frame(source, *, include_ok: bool = False) -> pandas.DataFrame:
        """The audit of every printed total (charterkit.tidy.AUDIT_COLUMNS)."""
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    currency: str
    district: str | None
    id: str
    source: Source | None
    title: str
    title_en: str
    @staticmethod
    def from_json(text: str) -> FinanceTable: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def audit(self, include_ok: bool = False) -> list[AuditFinding]:
        """
        Recomputes every printed total; returns the findings (mismatches and unverifiable ones, or all).
        """
    def mask(self) -> numpy.typing.NDArray[numpy.bool]:
        """
        True where a cell holds a printed number.
        """
    def matrix(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Printed numbers, rows x columns (NaN where a cell holds no number; see mask()).
        """
    def problems(self, path: str = "") -> list[str]: ...
    def to_json(self, indent: int = -1) -> str:
        """
        The JSON form of the file format.
        """
    columns: list[FinanceColumn]
    decimals: int
    notes: list[str]
    rows: list[FinanceRow]
    scale: float

class ProgressArrangement(metaclass=_Pybind11Type):
    """
    A progress arrangement of a charter.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    frequency: Frequency | None
    kind: ArrangementKind
    source: Source | None
    summary: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    parties: list[str]
    year: int | None

class Amendment(metaclass=_Pybind11Type):
    """
    A dated change: an RFC 6902 JSON Patch on the charter's file form.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: datetime.date
    patch_json: str
    source: Source | None
    summary: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self, date: datetime.date = ..., summary: str = "", patch_json: str = "[]"
    ) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class Signing(metaclass=_Pybind11Type):
    """
    When and where a charter was signed.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: datetime.date | None
    note: str
    place: str | None
    source: Source | None
    status: SigningStatus
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class Validity(metaclass=_Pybind11Type):
    """
    The period a charter is in force (inclusive).
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    end: datetime.date | None
    source: Source | None
    start: datetime.date | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def contains(self, date: datetime.date) -> bool: ...
    notes: list[str]

class TargetEntry(metaclass=_Pybind11Type):
    """
    A target with the charter and ambition it belongs to.
    """
    def __repr__(self) -> str: ...
    @property
    def ambition(self) -> str: ...
    @property
    def charter(self) -> str: ...
    @property
    def target(self) -> Target: ...
    @property
    def theme(self) -> ThemeKey: ...

class MoneyByParty(metaclass=_Pybind11Type):
    """
    Money committed by one party within a window of years.
    """
    def __repr__(self) -> str: ...
    @property
    def amount(self) -> float: ...
    @property
    def commitments(self) -> int: ...
    @property
    def open(self) -> list[str]: ...
    @property
    def party(self) -> str: ...

class Charter(metaclass=_Pybind11Type):
    """
    A charter between the state and a city about its districts.
    """
    # Attached by the Python package (charterkit.frames, charterkit.tidy, charterkit.display).
    def milestones_frame(dataset, options: ResolveOptions | None = None) -> pandas.DataFrame:
        """One row per target milestone (charterkit.frames.MILESTONE_COLUMNS)."""
    def targets_frame(
        source,
        *,
        theme: ThemeKey | str | None = None,
        district: str | None = None,
        indicator: str | None = None,
        milestone_year: int | None = None,
        options: ResolveOptions | None = None,
    ) -> pandas.DataFrame:
        """One row per target (charterkit.tidy.TARGET_COLUMNS)."""
    def trajectories_frame(
        source,
        dates: typing.Any,
        *,
        theme: ThemeKey | str | None = None,
        district: str | None = None,
        indicator: str | None = None,
        milestone_year: int | None = None,
        options: ResolveOptions | None = None,
        interpolation: str = "linear",
    ) -> pandas.DataFrame:
        """Planned values of every target with a trajectory on a grid of dates (charterkit.tidy.TRAJECTORY_COLUMNS)."""
    def charters_frame(source) -> pandas.DataFrame:
        """One row per charter (charterkit.tidy.CHARTER_COLUMNS)."""
    def districts_frame(source) -> pandas.DataFrame:
        """One row per district (charterkit.tidy.DISTRICT_COLUMNS)."""
    def commitments_frame(source) -> pandas.DataFrame:
        """One row per commitment (charterkit.tidy.COMMITMENT_COLUMNS)."""
    def finance_frame(source) -> pandas.DataFrame:
        """Every printed cell of every finance table (charterkit.tidy.FINANCE_COLUMNS)."""
    def audit_frame(source, *, include_ok: bool = False) -> pandas.DataFrame:
        """The audit of every printed total (charterkit.tidy.AUDIT_COLUMNS)."""
    def _repr_html_(charter) -> str: ...
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    city: str
    id: str
    signed: Signing
    source: Source | None
    title: str
    title_en: str
    validity: Validity
    @staticmethod
    def from_json(text: str, name: str = "<string>") -> Charter: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def as_of(self, date: datetime.date) -> Charter:
        """
        The charter in force on a date (amendments applied).
        """
    def commitments_by(
        self, party: str | None = None, side: Side | str | None = None
    ) -> list[Commitment]: ...
    def count_milestones(self) -> int: ...
    def count_targets(self) -> int: ...
    def district(self, id: str) -> District:
        """
        Raises NotFoundError (a KeyError) when absent.
        """
    def finance_table(self, id: str) -> FinanceTable: ...
    def money_by_party(self, start: int, stop: int) -> list[MoneyByParty]:
        """
        Euros per party within years [start, stop]; open years default to the validity period.
        """
    def party(self, id: str) -> Party: ...
    def problems(self) -> list[str]:
        """
        Every cross-reference and consistency problem.
        """
    def target(self, id: str) -> Target: ...
    def targets(
        self,
        theme: ThemeKey | str | None = None,
        district: str | None = None,
        indicator: str | None = None,
        milestone_year: int | None = None,
    ) -> list[TargetEntry]:
        """
        Targets matching every given filter (theme key or name, district id, indicator id, a milestone year).
        """
    def to_json(self, indent: int = -1) -> str:
        """
        The JSON form of the file format.
        """
    ambitions: list[Ambition]
    amendments: list[Amendment]
    commitments: list[Commitment]
    districts: list[District]
    finance_tables: list[FinanceTable]
    notes: list[str]
    parties: list[Party]
    progress: list[ProgressArrangement]
    signatories: list[Signatory]
    themes: list[Theme]

class ManifestEntry(metaclass=_Pybind11Type):
    """
    What the manifest says of one charter file.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    file: str
    id: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    districts: int
    milestones: int
    targets: int

class Dataset(metaclass=_Pybind11Type):
    """
    Several charters with their manifest.
    """
    # Attached by the Python package (charterkit.frames, charterkit.tidy, charterkit.display).
    def milestones_frame(dataset, options: ResolveOptions | None = None) -> pandas.DataFrame:
        """One row per target milestone (charterkit.frames.MILESTONE_COLUMNS)."""
    def targets_frame(
        source,
        *,
        theme: ThemeKey | str | None = None,
        district: str | None = None,
        indicator: str | None = None,
        milestone_year: int | None = None,
        options: ResolveOptions | None = None,
    ) -> pandas.DataFrame:
        """One row per target (charterkit.tidy.TARGET_COLUMNS)."""
    def trajectories_frame(
        source,
        dates: typing.Any,
        *,
        theme: ThemeKey | str | None = None,
        district: str | None = None,
        indicator: str | None = None,
        milestone_year: int | None = None,
        options: ResolveOptions | None = None,
        interpolation: str = "linear",
    ) -> pandas.DataFrame:
        """Planned values of every target with a trajectory on a grid of dates (charterkit.tidy.TRAJECTORY_COLUMNS)."""
    def charters_frame(source) -> pandas.DataFrame:
        """One row per charter (charterkit.tidy.CHARTER_COLUMNS)."""
    def districts_frame(source) -> pandas.DataFrame:
        """One row per district (charterkit.tidy.DISTRICT_COLUMNS)."""
    def commitments_frame(source) -> pandas.DataFrame:
        """One row per commitment (charterkit.tidy.COMMITMENT_COLUMNS)."""
    def finance_frame(source) -> pandas.DataFrame:
        """Every printed cell of every finance table (charterkit.tidy.FINANCE_COLUMNS)."""
    def audit_frame(source, *, include_ok: bool = False) -> pandas.DataFrame:
        """The audit of every printed total (charterkit.tidy.AUDIT_COLUMNS)."""
    def _repr_html_(dataset) -> str: ...
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    description: str
    name: str
    source: Source | None
    version: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[Charter]: ...
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def charter(self, id: str) -> Charter:
        """
        Raises NotFoundError (a KeyError) when absent.
        """
    def count_districts(self) -> int: ...
    def count_milestones(self) -> int: ...
    def count_targets(self) -> int: ...
    def targets(
        self,
        theme: ThemeKey | str | None = None,
        district: str | None = None,
        indicator: str | None = None,
        milestone_year: int | None = None,
    ) -> list[TargetEntry]: ...
    charters: list[Charter]
    manifest: list[ManifestEntry]

class ProgressStatus(enum.Enum):
    """
    Statuses of the progress methods (docs/progress.md).
    """

    not_available = 0
    target_achieved = 1
    substantial_progress = 2
    moderate_progress = 3
    limited_progress = 4
    deterioration = 5
    significant_progress = 6
    insufficient_progress = 7
    moving_away = 8
    ahead = 9
    on_track = 10
    behind = 11
    improving = 12
    no_change = 13
    worsening = 14

class MethodResult(metaclass=_Pybind11Type):
    """
    The outcome of a progress rule.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    reason: str
    status: ProgressStatus
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self,
        status: ProgressStatus | str = "not_available",
        progress_value: float = ...,
        score: float = ...,
        reason: str = "",
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    #: NaN when there is none.
    progress_value: float
    #: In [-5, 5]; NaN when the status carries no score.
    score: float

class MethodInput(metaclass=_Pybind11Type):
    """
    What a progress method sees of one target milestone.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    comparator: Comparator
    direction: Direction
    reached: bool
    target: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    baseline_time: float
    baseline_value: float
    baseline_year: int
    expected: float
    latest_time: float
    latest_value: float
    latest_year: int
    #: The milestone level; None for a form without one.
    level: float | None
    limit: float | None
    milestone_time: float
    milestone_year: int
    tolerance: float
    tolerance_units: float

class ProgressMethod(metaclass=_Pybind11Type):
    """
    A named, versioned progress rule. Subclass it (name, version, description, evaluate) and pass an
    instance to register_progress_method to use it in assess().
    """
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def description(self) -> str: ...
    def evaluate(self, input: MethodInput) -> MethodResult: ...
    def name(self) -> str: ...
    def version(self) -> int: ...

class AssessOptions(metaclass=_Pybind11Type):
    """
    How to assess a target.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    interpolation: Interpolation
    method: str
    resolve: ResolveOptions
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self,
        method: str = "statcan",
        resolve: ResolveOptions | None = None,
        interpolation: Interpolation | str = "linear",
        milestone: int | None = None,
        tolerance: float = 0.05,
        tolerance_units: float = 0.0,
        limit: float | None = None,
    ) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    limit: float | None
    milestone: int | None
    tolerance: float
    tolerance_units: float

class MilestoneAssessment(metaclass=_Pybind11Type):
    """
    The assessment of one milestone.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    form: TargetForm
    passed: bool
    reached: bool
    resolved: bool
    result: MethodResult
    unresolved_reason: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    #: NaN when unresolved.
    level: float
    milestone: int
    @property
    def progress_value(self) -> float: ...
    @property
    def reason(self) -> str: ...
    @property
    def score(self) -> float: ...
    share_achieved: float
    @property
    def status(self) -> ProgressStatus: ...
    time: float
    year: int

class Assessment(metaclass=_Pybind11Type):
    """
    The assessment of a target against its observations.
    """
    # Attached by the Python package (charterkit.tidy, charterkit.display).
    def to_frame(assessment) -> pandas.DataFrame:
        """One row per observation (charterkit.tidy.OBSERVATION_FRAME_COLUMNS)."""
    def milestones_frame(assessment) -> pandas.DataFrame:
        """One row per milestone (charterkit.tidy.ASSESSMENT_COLUMNS)."""
    def _repr_html_(assessment) -> str: ...
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    direction: Direction
    latest_date: datetime.date
    method: str
    target: str
    trajectory_reason: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    @property
    def actual(self) -> numpy.typing.NDArray[numpy.float64]: ...
    @actual.setter
    def actual(self, arg0: numpy.typing.ArrayLike) -> None: ...
    @property
    def assessed(self) -> MilestoneAssessment:
        """
        The assessed milestone.
        """
    baseline_time: float
    baseline_value: float
    #: Index of the assessed milestone.
    current: int
    dates: list[datetime.date]
    #: The planned value at the latest observation.
    expected: float
    @property
    def gap(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        actual - planned, per observation (indicator units).
        """
    @gap.setter
    def gap(self, arg0: numpy.typing.ArrayLike) -> None: ...
    @property
    def gap_share(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        direction * gap / |level - baseline| of the assessed milestone; > 0 is ahead.
        """
    @gap_share.setter
    def gap_share(self, arg0: numpy.typing.ArrayLike) -> None: ...
    latest_time: float
    latest_value: float
    method_version: int
    #: Every milestone, in target order.
    milestones: list[MilestoneAssessment]
    @property
    def planned(self) -> numpy.typing.NDArray[numpy.float64]:
        """
        Planned value per observation (NaN before the trajectory).
        """
    @planned.setter
    def planned(self, arg0: numpy.typing.ArrayLike) -> None: ...
    @property
    def progress_value(self) -> float: ...
    @property
    def reached(self) -> bool: ...
    @property
    def reason(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def share_achieved(self) -> float: ...
    @property
    def status(self) -> ProgressStatus: ...
    @property
    def times(self) -> numpy.typing.NDArray[numpy.float64]: ...
    @times.setter
    def times(self, arg0: numpy.typing.ArrayLike) -> None: ...

class TrendFit(metaclass=_Pybind11Type):
    """
    A least-squares line: value(t) = mean_value + slope * (t - mean_time).
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def se_at(self, time: float) -> float: ...
    def value_at(self, time: float) -> float: ...
    mean_time: float
    mean_value: float
    n: int
    residual_sd: float
    slope: float
    slope_se: float
    sxx: float

class ProjectOptions(metaclass=_Pybind11Type):
    """
    Settings of a projection.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    resolve: ResolveOptions
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self,
        confidence: float = 0.95,
        draws: int = 0,
        seed: int = 1,
        noise_sd: float | None = None,
        resolve: ResolveOptions | None = None,
    ) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    confidence: float
    draws: int
    noise_sd: float | None
    seed: int

class MilestoneProjection(metaclass=_Pybind11Type):
    """
    The projection to one milestone.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    on_course: bool
    reach_date: datetime.date | None
    resolved: bool
    unresolved_reason: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    high: float
    level: float
    low: float
    milestone: int
    probability: float
    projected: float
    #: None: never at this pace.
    reach_time: float | None
    time: float
    year: int

class Projection(metaclass=_Pybind11Type):
    """
    The projection of a target at the current pace.
    """
    # Attached by the Python package (charterkit.display).
    def _repr_html_(projection) -> str: ...
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    fit: TrendFit
    target: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    confidence: float
    draws: int
    milestones: list[MilestoneProjection]
    noise_sd: float
    seed: int

class GroupBy(enum.Enum):
    """
    What a roll-up groups by.
    """

    ambition = 0
    theme = 1
    district = 2
    city = 3
    dataset = 4

class AssessedTarget(metaclass=_Pybind11Type):
    """
    An assessed target with the keys it is grouped by.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    ambition: str
    assessment: Assessment
    charter: str
    city: str
    dataset: str
    district: str
    indicator: str
    target: str
    theme: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def key(self, by: GroupBy | str) -> str: ...

class AggregateOptions(metaclass=_Pybind11Type):
    """
    Settings of a roll-up.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    weight_by: GroupBy
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self,
        weights: collections.abc.Mapping[str, float] = {},
        weight_by: GroupBy | str = "district",
        top: int = 3,
    ) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    top: int
    weights: dict[str, float]

class GroupSummary(metaclass=_Pybind11Type):
    """
    The roll-up of one group.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    key: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    best: list[str]
    by_status: dict[str, int]
    count: int
    mean_score: float
    mean_share_achieved: float
    reached: int
    scored: int
    weight: float
    with_share: int
    worst: list[str]

class DatePrecision(enum.Enum):
    """
    How precise a printed date is.
    """

    day = 0
    month = 1
    quarter = 2
    half_year = 3
    year = 4

class DateQualifier(enum.Enum):
    """
    Which third of a period ('begin', 'medio', 'eind').
    """

    none = 0
    early = 1
    mid = 2
    late = 3

class RelativeRelation(enum.Enum):
    """
    How a relative date derives from its anchor.
    """

    shifted = 0
    before = 1
    after = 2

class DateInterval(metaclass=_Pybind11Type):
    """
    Days [first, last]; a side is None when open.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    first: datetime.date | None
    last: datetime.date | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self, first: datetime.date | None = None, last: datetime.date | None = None
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def __str__(self) -> str: ...
    def contains(self, date: datetime.date) -> bool:
        """
        first <= date <= last (an open side counts as satisfied).
        """
    def days(self) -> int | None:
        """
        Number of days, None when open.
        """
    def ends_before(self, date: datetime.date) -> bool:
        """
        Overdue as of date: last < date (False when open).
        """
    def overlaps(self, start: datetime.date, stop: datetime.date) -> bool:
        """
        Shares a day with [start, stop].
        """
    def starts_after(self, date: datetime.date) -> bool:
        """
        Upcoming after date: first > date (False when open).
        """
    @property
    def closed(self) -> bool: ...
    @property
    def single_day(self) -> bool: ...

class DateSpec(metaclass=_Pybind11Type):
    """
    One printed period: a day, month, quarter, half-year or year, with a qualifier.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    precision: DatePrecision
    qualifier: DateQualifier
    year_inferred: bool
    @staticmethod
    def of_day(date: datetime.date) -> DateSpec: ...
    @staticmethod
    def of_half(year: int, half: int, qualifier: DateQualifier | str = "none") -> DateSpec: ...
    @staticmethod
    def of_month(year: int, month: int, qualifier: DateQualifier | str = "none") -> DateSpec: ...
    @staticmethod
    def of_quarter(
        year: int, quarter: int, qualifier: DateQualifier | str = "none"
    ) -> DateSpec: ...
    @staticmethod
    def of_year(year: int, qualifier: DateQualifier | str = "none") -> DateSpec: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def __str__(self) -> str: ...
    def interval(self) -> DateInterval:
        """
        The days this period covers (see plan_date.hpp for the rules).
        """
    def problems(self, path: str = "date") -> list[str]: ...
    day: int
    month: int
    part: int
    year: int

class RelativeDate(metaclass=_Pybind11Type):
    """
    A date relative to another event of the plan.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    relation: RelativeRelation
    to: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self, to: str = "", offset_days: int = 0, relation: RelativeRelation | str = "shifted"
    ) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    offset_days: int

class PlanDate(metaclass=_Pybind11Type):
    """
    A date as a plan prints it, resolving to an interval of days.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    by: bool
    relative: RelativeDate | None
    start: DateSpec | None
    text: str
    until: DateSpec | None
    @staticmethod
    def from_json(text: str) -> PlanDate: ...
    @staticmethod
    def of(spec: DateSpec, text: str = "") -> PlanDate: ...
    @staticmethod
    def open(text: str) -> PlanDate: ...
    @staticmethod
    def range(start: DateSpec, until: DateSpec, text: str = "") -> PlanDate: ...
    @staticmethod
    def relative_to(
        to: str, offset_days: int = 0, relation: RelativeRelation | str = "shifted", text: str = ""
    ) -> PlanDate: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def __str__(self) -> str: ...
    def interval(self) -> DateInterval:
        """
        The interval of an absolute date (a relative one needs Plan.resolve).
        """
    def problems(self, path: str = "date") -> list[str]: ...
    def to_json(self, indent: int = -1) -> str: ...
    @property
    def is_absolute(self) -> bool: ...
    @property
    def is_open(self) -> bool: ...
    @property
    def is_relative(self) -> bool: ...
    @property
    def year_inferred(self) -> bool: ...

class CountKind(enum.Enum):
    """
    How a stated count binds.
    """

    exact = 0
    at_least = 1
    at_most = 2
    provisional = 3

class CouncilRole(enum.Enum):
    """
    What the council does at a step.
    """

    none = 0
    input = 1
    work_session = 2
    information = 3
    consent = 4
    adopt = 5
    other = 6

class TimeUnit(enum.Enum):
    """
    Unit of a time investment.
    """

    hour = 0
    day = 1
    occasion = 2

class TimePeriod(enum.Enum):
    """
    Period a time investment recurs over.
    """

    none = 0
    week = 1
    month = 2
    year = 3

class EventKind(enum.Enum):
    """
    What kind of dated event.
    """

    meeting = 0
    deliverable = 1
    action = 2
    council = 3
    goal = 4
    monitor = 5
    phase_result = 6

class PartyRef(metaclass=_Pybind11Type):
    """
    A party named at an item, with the words printed there.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    party: str
    purpose: str
    text: str
    text_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(
        self, party: str = "", text: str = "", text_en: str = "", purpose: str = ""
    ) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class ScheduleEntry(metaclass=_Pybind11Type):
    """
    One dated entry of a schedule.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: PlanDate
    deadline: bool
    label: str
    label_en: str
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class StatedCount(metaclass=_Pybind11Type):
    """
    A number of things the text states.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    kind: CountKind
    of: str
    source: Source | None
    text: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    value: int

class Goal(metaclass=_Pybind11Type):
    """
    A goal: what the plan wants to reach, by when, and its targets.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    deadline: PlanDate | None
    id: str
    source: Source | None
    summary: str
    title: str
    title_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    notes: list[str]
    targets: list[Target]

class Deliverable(metaclass=_Pybind11Type):
    """
    A product with its planned moments and who is responsible.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    delivered: datetime.date | None
    id: str
    source: Source | None
    title: str
    title_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    co_involved: list[PartyRef]
    notes: list[str]
    planned: list[ScheduleEntry]
    responsible: list[PartyRef]

class CouncilStep(metaclass=_Pybind11Type):
    """
    One involvement of the council at an action.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: PlanDate | None
    role: CouncilRole
    source: Source | None
    text: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class CrossReference(metaclass=_Pybind11Type):
    """
    A reference in the text to numbered steps.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    kind: str
    source: Source | None
    text: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    steps: list[int]

class Action(metaclass=_Pybind11Type):
    """
    One step of a phase.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    interim_result: str
    interim_result_en: str
    kind: str
    number_inferred: bool
    source: Source | None
    title: str
    title_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    after: list[int]
    council: list[CouncilStep]
    notes: list[str]
    number: int | None
    references: list[CrossReference]
    responsible: list[PartyRef]
    schedule: list[ScheduleEntry]

class Phase(metaclass=_Pybind11Type):
    """
    A phase with its ordered actions and interim results.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    source: Source | None
    summary: str
    title: str
    title_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    actions: list[Action]
    notes: list[str]
    number: int | None
    results: list[Deliverable]

class Meeting(metaclass=_Pybind11Type):
    """
    One planned meeting.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: PlanDate
    source: Source | None
    topic: str
    topic_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class FollowRule(metaclass=_Pybind11Type):
    """
    A series whose meetings follow another's at an offset.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    series: str
    source: Source | None
    text: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    offset_days: int

class MeetingSeries(metaclass=_Pybind11Type):
    """
    A meeting body and its planned meetings.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    body: str
    body_en: str
    follows: FollowRule | None
    id: str
    purpose: str
    source: Source | None
    stated_count: StatedCount | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    lead: list[PartyRef]
    meetings: list[Meeting]
    notes: list[str]
    participants: list[PartyRef]

class TimeInvestment(metaclass=_Pybind11Type):
    """
    A time investment: amount of unit every period, or on call.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    on_call: bool
    period: TimePeriod
    unit: TimeUnit
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def per_week(self) -> tuple[float, float] | None:
        """
        Amount per week (low, high) in the unit; None when on call or without a period.
        """
    amount_high: float
    amount_low: float
    every_high: float
    every_low: float

class Staffing(metaclass=_Pybind11Type):
    """
    A role in the project organisation and its time investment.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    party: str
    role: str
    role_en: str
    source: Source | None
    time: TimeInvestment | None
    time_text: str
    who: str
    who_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class BudgetLine(metaclass=_Pybind11Type):
    """
    One line of a budget.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    cost_text: str
    funder_text: str
    in_kind: bool
    key: str
    label: str
    label_en: str
    pm: bool
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    amount: float | None
    funders: list[str]

class FunderTotal(metaclass=_Pybind11Type):
    """
    Money per funder in a budget.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    funder: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    amount: float
    in_kind_lines: int
    lines: int
    pm_lines: int

class Budget(metaclass=_Pybind11Type):
    """
    A plan's budget: lines with funder and amount or PM, and a stated total.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    currency: str
    id: str
    source: Source | None
    title: str
    title_en: str
    total_source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def audit(self, include_ok: bool = False) -> list[AuditFinding]:
        """
        The stated total checked against the lines.
        """
    def by_funder(self) -> list[FunderTotal]:
        """
        Money per funder.
        """
    def sum(self) -> float:
        """
        The sum of the printed amounts.
        """
    def to_finance_table(self) -> FinanceTable:
        """
        The budget as a one-column finance table.
        """
    decimals: int
    lines: list[BudgetLine]
    notes: list[str]
    stated_total: float | None

class MonitorRound(metaclass=_Pybind11Type):
    """
    One round of a monitor.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    label: str
    label_en: str
    performed: PlanDate | None
    source: Source | None
    zero_measurement: bool
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    data_year: int

class Monitor(metaclass=_Pybind11Type):
    """
    An outcome monitor: its zero-measurement and follow-up rounds.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    id: str
    name: str
    name_en: str
    source: Source | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def follow_ups(self) -> list[MonitorRound]: ...
    def zero_measurement_year(self) -> int | None: ...
    notes: list[str]
    responsible: list[PartyRef]
    rounds: list[MonitorRound]
    themes: list[str]

class PlanEvent(metaclass=_Pybind11Type):
    """
    One dated event of a plan, with its date resolved.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    date: PlanDate
    due: bool
    id: str
    interval: DateInterval
    item: str
    kind: EventKind
    label: str
    path: str
    source: Source | None
    title: str
    title_en: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class PhaseSpan(metaclass=_Pybind11Type):
    """
    A phase with its span on the calendar.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    interval: DateInterval
    phase: str
    title: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class PlanFinding(metaclass=_Pybind11Type):
    """
    A consistency finding: kind, path and message.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    kind: str
    message: str
    path: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...

class TrendBreakVerdict(enum.Enum):
    """
    The verdict on a comparative target.
    """

    achieved = 0
    not_achieved = 1
    not_assessable = 2

class ChangeMeasure(enum.Enum):
    """
    How the two groups' changes are compared.
    """

    relative = 0
    points = 1

class GroupChange(metaclass=_Pybind11Type):
    """
    One group's change between the two points.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    end_date: datetime.date | None
    name: str
    start_date: datetime.date | None
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    change_percent: float
    change_points: float
    end: float | None
    start: float | None

class TrendBreakResult(metaclass=_Pybind11Type):
    """
    The verdict on a comparative target with the numbers behind it.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    comparison_group: GroupChange
    direction: Direction
    explanation: str
    measure: ChangeMeasure
    target_group: GroupChange
    verdict: TrendBreakVerdict
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    margin: float
    ratio_end: float
    ratio_start: float

class Plan(metaclass=_Pybind11Type):
    """
    A programme or process plan, queryable as of a date.
    """
    # Attached by the Python package (charterkit.tidy).
    def events_frame(source) -> pandas.DataFrame:
        """Every dated event (charterkit.tidy.PLAN_EVENT_COLUMNS)."""
    def budget_frame(source) -> pandas.DataFrame:
        """Every budget line (charterkit.tidy.PLAN_BUDGET_COLUMNS)."""
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    budget: Budget | None
    council_every_phase: bool
    council_source: Source | None
    date: datetime.date | None
    genre: str
    id: str
    monitor: Monitor | None
    organisation: str
    organisation_en: str
    source: Source | None
    summary: str
    title: str
    title_en: str
    version: str
    @staticmethod
    def from_json(text: str, name: str = "<string>") -> Plan: ...
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, str]: ...
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def action(self, number: int) -> Action:
        """
        The action with a step number.
        """
    def actions(self) -> list[Action]:
        """
        Every action, in phase order.
        """
    def budget_by_funder(self) -> list[FunderTotal]: ...
    def count_actions(self) -> int: ...
    def count_meetings(self) -> int: ...
    def deliverable(self, id: str) -> Deliverable: ...
    def due(self, as_of: datetime.date, within_days: int = 0) -> list[PlanEvent]:
        """
        Due dates falling in [as_of, as_of + within_days].
        """
    def events(self) -> list[PlanEvent]:
        """
        Every dated event, in plan order.
        """
    def events_between(self, start: datetime.date, stop: datetime.date) -> list[PlanEvent]:
        """
        Events overlapping [start, stop].
        """
    def findings(self) -> list[PlanFinding]:
        """
        Consistency findings a reader wants flagged.
        """
    def interval_of(self, id: str) -> DateInterval | None:
        """
        The interval of an item or event by id; None when there is none.
        """
    def meeting_series(self, id: str) -> MeetingSeries: ...
    def meetings_of(self, series: str) -> list[Meeting]:
        """
        The meetings of a series, derived ones included.
        """
    def next_meetings(self, as_of: datetime.date) -> list[PlanEvent]:
        """
        For each meeting body, its first meeting on or after as_of.
        """
    def overdue(self, as_of: datetime.date) -> list[PlanEvent]:
        """
        Due dates that ended before as_of (not delivered).
        """
    def party(self, id: str) -> Party:
        """
        Raises NotFoundError (a KeyError) when absent.
        """
    def phase_spans(self) -> list[PhaseSpan]: ...
    def phases_in_progress(self, as_of: datetime.date) -> list[PhaseSpan]: ...
    def problems(self) -> list[str]:
        """
        Structural problems ('path: message').
        """
    def resolve(self, date: PlanDate) -> DateInterval:
        """
        Resolves a date of this plan (relative dates through the plan).
        """
    def to_ics(
        self,
        stamp: str = "",
        meetings: bool = True,
        deadlines: bool = True,
        domain: str = "charterkit.invalid",
    ) -> str:
        """
        The meetings and deadlines as an iCalendar (RFC 5545) text.
        """
    def to_json(self, indent: int = 2) -> str: ...
    def upcoming(self, as_of: datetime.date) -> list[PlanEvent]:
        """
        Events starting after as_of, in date order.
        """
    deliverables: list[Deliverable]
    goals: list[Goal]
    meetings: list[MeetingSeries]
    notes: list[str]
    parties: list[Party]
    phases: list[Phase]
    staffing: list[Staffing]
    stated_counts: list[StatedCount]
    year: int | None

class PlanManifestEntry(metaclass=_Pybind11Type):
    """
    What the plans manifest says of one plan file.
    """

    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    file: str
    id: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    actions: int
    deliverables: int
    goals: int
    meeting_series: int
    meetings: int
    phases: int

class PlanSet(metaclass=_Pybind11Type):
    """
    Several plans with their manifest.
    """
    # Attached by the Python package (charterkit.tidy).
    def events_frame(source) -> pandas.DataFrame:
        """Every dated event (charterkit.tidy.PLAN_EVENT_COLUMNS)."""
    def budget_frame(source) -> pandas.DataFrame:
        """Every budget line (charterkit.tidy.PLAN_BUDGET_COLUMNS)."""
    __hash__: typing.ClassVar[None]  # type: ignore[assignment]
    description: str
    name: str
    version: str
    def __eq__(self, other: object) -> bool: ...
    def __getstate__(self) -> tuple[int, dict]: ...
    def __init__(self) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[Plan]: ...
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    def __setstate__(self, arg0: tuple) -> None: ...
    def plan(self, id: str) -> Plan:
        """
        Raises NotFoundError (a KeyError) when absent.
        """
    manifest: list[PlanManifestEntry]
    plans: list[Plan]

def aggregate(
    rows: collections.abc.Sequence[AssessedTarget],
    by: GroupBy | str = "theme",
    options: AggregateOptions | None = None,
) -> list[GroupSummary]:
    """
    Counts by status, mean score and share achieved, worst and best per group.
    """

def aggregate_batch(
    group: numpy.typing.ArrayLike,
    groups: int,
    status: numpy.typing.ArrayLike,
    score: numpy.typing.ArrayLike,
    share_achieved: numpy.typing.ArrayLike,
    reached: numpy.typing.ArrayLike,
    weights: numpy.typing.ArrayLike | None = None,
) -> dict[str, numpy.typing.NDArray[typing.Any]]:
    """
    Roll-up over arrays by integer group codes (counts has one column per status code).
    """

def anchor_date(year: int, anchor: YearAnchor | str = "middle") -> datetime.date:
    """
    The calendar day a bare year stands for under a year convention.
    """

def assess(
    target: Target,
    observations: Series,
    method: str | None = None,
    options: AssessOptions | None = None,
) -> Assessment:
    """
    Assesses a target against its observations; `method` overrides options.method.
    """

def assess_batch(
    times: numpy.typing.ArrayLike,
    values: numpy.typing.ArrayLike,
    baseline_time: numpy.typing.ArrayLike,
    baseline_value: numpy.typing.ArrayLike,
    level: numpy.typing.ArrayLike,
    milestone_time: numpy.typing.ArrayLike,
    direction: numpy.typing.ArrayLike,
    method: str = "statcan",
    tolerance: float = 0.05,
    tolerance_units: float = 0.0,
    limit: float | None = None,
    project: bool = True,
    confidence: float = 0.95,
    draws: int = 0,
    seed: int = 1,
    noise_sd: float | None = None,
    threads: int = 0,
    per_observation: bool = False,
    out: dict[str, numpy.typing.NDArray[typing.Any]] | None = None,
) -> dict[str, numpy.typing.NDArray[typing.Any]]:
    """
    Assesses and projects many series at once; returns a dict of numpy arrays. Pass the dict of an
    earlier call as `out` to write into its arrays (no allocation).
    """

def assess_dataset(
    dataset: Dataset,
    observations: collections.abc.Mapping[str, Series],
    method: str | None = None,
    options: AssessOptions | None = None,
) -> list[AssessedTarget]:
    """
    Assesses every target with observations (a dict target id -> Series).
    """

def assess_trend_break(
    target_group: Series,
    comparison_group: Series,
    start: When | int | datetime.date,
    end: When | int | datetime.date,
    direction: Direction | str = "lower_is_better",
    measure: ChangeMeasure | str = "relative",
) -> TrendBreakResult:
    """
    Judges a comparative target ('trendbreuk'): did the target group improve, and faster than the comparison group?
    """

def assess_trend_break_target(
    target: Target,
    target_group: Series,
    comparison_group: Series,
    measure: ChangeMeasure | str = "relative",
) -> TrendBreakResult:
    """
    Judges a target with a comparative milestone, from its baseline to that milestone.
    """

def audit(table: FinanceTable, include_ok: bool = False) -> list[AuditFinding]:
    """
    Recomputes every printed total of a finance table.
    """

def data_directory() -> str:
    """
    The folder of the installed data sets (C++ build's view).
    """

def date_from_fractional_year(time: float) -> datetime.date:
    """
    The day that contains a fractional-year instant.
    """

def direction_progress(base_value: float, current_value: float, direction: float) -> MethodResult:
    """
    improving / no_change / worsening for a milestone without a level.
    """

def dumps_charter(charter: Charter, indent: int = 2) -> str:
    """
    The charter as JSON text.
    """

def dumps_plan(plan: Plan, indent: int = 2) -> str: ...
def eurostat_progress(
    base_time: float,
    base_value: float,
    current_time: float,
    current_value: float,
    level: float,
    target_time: float,
    direction: float,
    reached: bool,
) -> MethodResult:
    """
    Eurostat's ratio of actual to required compound growth, classified.
    """

def fit_trend(times: numpy.typing.ArrayLike, values: numpy.typing.ArrayLike) -> TrendFit:
    """
    Least-squares line; times as fractional years or datetime64.
    """

def fractional_year(date: datetime.date) -> float:
    """
    The start of a day on the fractional-year axis: year + (day_of_year - 1) / days_in_year.
    """

def ics_escape(text: str) -> str:
    """
    Escapes an iCalendar TEXT value.
    """

def ics_fold(line: str) -> str:
    """
    Folds an iCalendar content line at 75 octets.
    """

def linear_path_progress(
    base_value: float,
    current_value: float,
    expected: float,
    level: float,
    direction: float,
    tolerance: float = 0.05,
    tolerance_units: float = 0.0,
) -> MethodResult:
    """
    The latest value against the planned value at the same date.
    """

def load_charter(path: str) -> Charter:
    """
    Reads a charter file. Raises ParseError (with line and column) or ValidationError (.problems).
    """

def load_dataset(path: str) -> Dataset:
    """
    Loads a data set folder (with manifest.json) or file; every problem of every file at once.
    """

def load_plan(path: str) -> Plan:
    """
    Reads a plan file. Raises ParseError or ValidationError (.problems).
    """

def load_plan_set(folder: str) -> PlanSet:
    """
    Loads a folder of plan files with its manifest.json.
    """

def loads_charter(text: str, name: str = "<string>") -> Charter:
    """
    Reads a charter from JSON text.
    """

def loads_plan(text: str, name: str = "<string>") -> Plan:
    """
    Reads a plan from JSON text.
    """

def meets_level(
    value: float,
    level: float,
    comparator: Comparator | str = "reach",
    direction: Direction | str = "higher_is_better",
) -> bool: ...
def milestone_columns() -> list[str]:
    """
    Column names of the milestones table, in order.
    """

def milestone_table(dataset: Dataset, options: ResolveOptions = ...) -> dict[str, list[typing.Any]]:
    """
    The tidy milestones table as a dict of columns (one row per target milestone).
    """

def milestones_csv(dataset: Dataset, options: ResolveOptions = ...) -> str:
    """
    The milestones table as CSV text (the C++ writer).
    """

def parse_plan_date(
    text: str, reference: datetime.date | None = None, not_before: datetime.date | None = None
) -> PlanDate:
    """
    Reads a Dutch plan date ('begin september', 'eind 2012', 'uiterlijk juli 2022', 'jan-mei');
    years left out are inferred from `reference` (the document's date) or `not_before` and marked.
    """

def parse_time_investment(text: str) -> TimeInvestment | None:
    """
    Reads '3 dagen pw', 'eens per 3 à 4 weken', '2 uur per 2 weken', 'op afroep'; None when not understood.
    """

def probability_of_reaching(
    fit: TrendFit,
    times: numpy.typing.ArrayLike,
    milestone_time: float,
    level: float,
    comparator: Comparator | str = "reach",
    direction: Direction | str = "higher_is_better",
    draws: int = 10000,
    seed: int = 1,
    *,
    noise_sd: float,
) -> float:
    """
    The Monte Carlo probability of meeting the level (the binding gives noise_sd no default: pass it by keyword).
    """

def progress_method(name: str) -> ProgressMethod:
    """
    The registered method of that name. Raises NotFoundError naming the known methods.
    """

def progress_method_names() -> list[str]:
    """
    Names of the registered methods.
    """

def project(
    target: Target, observations: Series, options: ProjectOptions | None = None
) -> Projection:
    """
    Linear trend projection to each milestone; raises NotAssessableError with fewer than two observations.
    """

def register_progress_method(method: ProgressMethod, replace: bool = False) -> None:
    """
    Registers a method under its name() for assess(method=...).
    """

def save_charter(charter: Charter, path: str, indent: int = 2) -> None:
    """
    Writes a charter file.
    """

def save_dataset(dataset: Dataset, folder: str) -> None:
    """
    Writes a data set folder with a fresh manifest.
    """

def save_plan(plan: Plan, path: str, indent: int = 2) -> None: ...
def statcan_batch(
    base_year: numpy.typing.ArrayLike,
    base_value: numpy.typing.ArrayLike,
    current_year: numpy.typing.ArrayLike,
    current_value: numpy.typing.ArrayLike,
    target: numpy.typing.ArrayLike,
    target_year: numpy.typing.ArrayLike,
    direction: numpy.typing.ArrayLike,
    limit: numpy.typing.ArrayLike,
    *,
    threads: int = 0,
) -> tuple[
    numpy.typing.NDArray[numpy.float64],
    numpy.typing.NDArray[numpy.int8],
    numpy.typing.NDArray[numpy.float64],
]:
    """
    The statcan measure over 1-D arrays: (progress_value, status codes, score).
    """

def statcan_progress(
    base_year: float,
    base_value: float,
    current_year: float,
    current_value: float,
    target: float = ...,
    target_year: float = ...,
    direction: float = 1.0,
    limit: float = ...,
) -> MethodResult:
    """
    The Statistics Canada progress measure for one record (NaN: absent).
    """

def t_quantile(confidence: float, dof: int) -> float: ...
def to_ics(
    plan: Plan,
    stamp: str = "",
    meetings: bool = True,
    deadlines: bool = True,
    domain: str = "charterkit.invalid",
) -> str:
    """
    The plan's meetings and deadlines as an iCalendar (RFC 5545) text.
    """

def unregister_progress_method(name: str) -> bool:
    """
    Removes a registered method (not a built-in); False when there is none of that name.
    """

def validate_charter_file(path: str) -> list[str]:
    """
    Every problem of a charter file, 'file: path: message'; empty when valid.
    """

def validate_charter_text(text: str, name: str = "<string>") -> list[str]: ...
def validate_plan_file(path: str) -> list[str]:
    """
    Every problem of a plan file; empty when valid.
    """

def validate_plan_text(text: str, name: str = "<string>") -> list[str]: ...

PROGRESS_STATUS_NAMES: tuple[str, ...]
"""The status names in code order (the int8 codes of the batch functions)."""
__version__: str
