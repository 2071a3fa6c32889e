"""The ``charterkit`` command line: validate files, list what a data set holds, write a report.

::

    charterkit validate data/krachtwijken            # every problem, exit status 1 when there are any
    charterkit list targets --city alkmaar --year 2011
    charterkit report --out reports/krachtwijken --observations monitor.csv

Also available as ``python -m charterkit``. Without ``--data`` the bundled krachtwijken data set is used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from . import _core, datasets
from ._progressbar import ProgressBar

__all__ = ["main", "validate_path"]

_PLAN_FORMAT = "charterkit.plan"
_CHARTER_FORMAT = "charterkit.charter"
_DATASET_FORMAT = "charterkit.dataset"


def _format_of(path: Path) -> str:
    """The "format" field of a JSON file ('' when it cannot be read; the validator then says why)."""
    try:
        with path.open(encoding="utf-8") as handle:
            head = json.load(handle)
    except (OSError, ValueError):
        return ""
    return str(head.get("format", "")) if isinstance(head, dict) else ""


def validate_path(path: str | Path, *, progress: bool = False) -> tuple[list[str], str]:
    """Every problem of a charter file, a plan file, a data set file or a data set folder.

    Returns ``(problems, summary)``: the problems as 'file: path: message' lines (empty when valid) and
    a one-line description of what was checked.
    """
    p = Path(path)
    if not p.exists():
        return [f"{p}: no such file or folder"], "nothing"
    if p.is_dir():
        manifest = p / "manifest.json"
        if not manifest.exists():
            return [f"{p}: a data set folder needs a manifest.json"], "folder"
        files = sorted(f for f in p.glob("*.json") if f.name != "manifest.json")
        kinds = {_format_of(f) for f in files}
        if kinds == {_PLAN_FORMAT}:
            return _problems_of(lambda: _core.load_plan_set(str(p)), "plan set", p)
        problems: list[str] = []
        with ProgressBar(len(files), f"validate {p}", enabled=progress) as bar:
            for f in files:
                kind = _format_of(f)
                if kind == _PLAN_FORMAT:
                    problems.extend(_core.validate_plan_file(str(f)))
                else:
                    problems.extend(_core.validate_charter_file(str(f)))
                bar.update()
        if problems:
            return problems, f"data set folder with {len(files)} files"
        return _problems_of(lambda: _core.load_dataset(str(p)), "data set", p)
    kind = _format_of(p)
    if kind == _PLAN_FORMAT:
        return list(_core.validate_plan_file(str(p))), "plan"
    if kind == _DATASET_FORMAT:
        return _problems_of(lambda: _core.load_dataset(str(p)), "data set", p)
    return list(_core.validate_charter_file(str(p))), "charter"


def _problems_of(load: Any, what: str, path: Path) -> tuple[list[str], str]:
    try:
        loaded = load()
    except _core.ValidationError as err:
        return list(getattr(err, "problems", [])) or [str(err)], what
    except _core.CharterkitError as err:
        return [str(err)], what
    if isinstance(loaded, _core.Dataset):
        return [], (
            f"data set '{loaded.name}': {len(loaded)} charters, {loaded.count_districts()} districts, "
            f"{loaded.count_targets()} targets, {loaded.count_milestones()} milestones"
        )
    return [], f"{what} with {len(loaded)} entries"


def _load_dataset(path: str | None) -> _core.Dataset:
    if path is None:
        return datasets.krachtwijken()
    return _core.load_dataset(path)


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    status = 0
    for path in args.paths:
        problems, summary = validate_path(path, progress=not args.quiet)
        for problem in problems:
            out.write(problem + "\n")
        if problems:
            out.write(f"{path}: {len(problems)} problem(s)\n")
            status = 1
        else:
            out.write(f"{path}: ok ({summary})\n")
    return status


def _filtered_targets(dataset: _core.Dataset, args: argparse.Namespace) -> pd.DataFrame:
    from .tidy import targets_frame

    frame = targets_frame(
        dataset, theme=args.theme, district=args.district, milestone_year=args.year
    )
    if args.district:
        # the district's own targets and the charter-wide targets of its charter
        owner = {c.id for c in dataset if any(d.id == args.district for d in c.districts)}
        frame = frame[frame["charter"].isin(owner)]
    if args.city:
        wanted = args.city.strip().lower()
        frame = frame[
            (frame["charter"].str.lower() == wanted) | (frame["city"].str.lower() == wanted)
        ]
    return frame


def _check_filters(dataset: _core.Dataset, args: argparse.Namespace) -> None:
    if args.city:
        wanted = args.city.strip().lower()
        if not any(wanted in (c.id.lower(), c.city.lower()) for c in dataset):
            raise _core.NotFoundError(
                f"--city: no charter for {args.city!r} (known: {', '.join(c.id for c in dataset)})"
            )
    if args.district:
        known = [d.id for c in dataset for d in c.districts]
        if args.district not in known:
            raise _core.NotFoundError(
                f"--district: no district {args.district!r} (known: {', '.join(known)})"
            )
    if args.theme and args.theme not in _core.ThemeKey.__members__:
        raise _core.InvalidInputError(
            f"--theme: unknown theme {args.theme!r} "
            f"(known: {', '.join(_core.ThemeKey.__members__)})"
        )


_LIST_COLUMNS = {
    "charters": [
        "charter",
        "city",
        "signed",
        "districts",
        "targets",
        "milestones",
        "first_line",
        "last_line",
    ],
    "districts": ["charter", "city", "district", "name", "sub_areas", "targets"],
    "targets": [
        "target",
        "city",
        "district",
        "theme",
        "indicator",
        "unit",
        "baseline_year",
        "baseline_value",
        "milestones",
        "final_year",
        "final_level",
        "source_lines",
    ],
}


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from .tidy import charters_frame, districts_frame

    dataset = _load_dataset(args.data)
    _check_filters(dataset, args)
    targets = _filtered_targets(dataset, args)
    if args.what == "targets":
        frame = targets
    elif args.what == "charters":
        frame = charters_frame(dataset)
        if args.city:
            wanted = args.city.strip().lower()
            frame = frame[
                (frame["charter"].str.lower() == wanted) | (frame["city"].str.lower() == wanted)
            ]
        if args.district:
            owner = {c.id for c in dataset if any(d.id == args.district for d in c.districts)}
            frame = frame[frame["charter"].isin(owner)]
        if args.theme or args.year:
            frame = frame[frame["charter"].isin(set(targets["charter"]))]
    else:
        frame = districts_frame(dataset)
        if args.city:
            wanted = args.city.strip().lower()
            frame = frame[
                (frame["charter"].str.lower() == wanted) | (frame["city"].str.lower() == wanted)
            ]
        if args.district:
            frame = frame[frame["district"] == args.district]
        if args.theme or args.year:
            with_targets = set(zip(targets["charter"], targets["district"]))
            whole_charter = {c for c, d in with_targets if d == ""}
            keep = [
                (c, d) in with_targets or c in whole_charter
                for c, d in zip(frame["charter"], frame["district"])
            ]
            frame = frame[keep]
    columns = _LIST_COLUMNS[args.what] if args.format == "table" else list(frame.columns)
    frame = frame[columns].reset_index(drop=True)
    if args.format == "csv":
        frame.to_csv(out, index=False)
    elif args.format == "json":
        out.write(
            frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=1) + "\n"
        )
    else:
        if frame.empty:
            out.write(f"no {args.what} match\n")
        else:
            out.write(frame.to_string(index=False, na_rep="") + "\n")
            out.write(f"{len(frame)} {args.what}\n")
    return 0


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from .observations import Observations, synthetic_monitor
    from .report import build_report

    dataset = _load_dataset(args.data)
    observations = None
    if args.observations:
        observations = Observations.read_csv(args.observations, dataset=dataset)
    elif args.synthetic_monitor is not None:
        observations = synthetic_monitor(dataset, seed=args.synthetic_monitor)
    folder = args.out or f"reports/{dataset.name or 'dataset'}"
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    report = build_report(
        dataset,
        folder,
        observations=observations,
        method=args.method,
        city=args.city,
        theme=args.theme,
        plots=not args.no_plots,
        formats=formats,
        progress=not args.quiet,
    )
    out.write(f"{report}\n")
    out.write(f"{report.targets} targets, {report.assessed} assessed, {report.figures} figures\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charterkit",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"charterkit {_core.__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{validate,list,report}")

    v = sub.add_parser(
        "validate",
        help="check charter, plan or data set files; list every problem",
        description="Checks charter files, plan files and data set folders (with their "
        "manifest). Prints every problem; exit status 1 when there is any.",
    )
    v.add_argument("paths", nargs="+", help="a charter or plan file, a data set file or folder")
    v.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    v.set_defaults(run=_cmd_validate)

    lst = sub.add_parser(
        "list",
        help="list charters, districts or targets, with filters",
        description="Lists what a data set holds. Filters combine; a district filter "
        "keeps the charter-wide targets that also concern it.",
    )
    lst.add_argument("what", choices=["charters", "districts", "targets"])
    lst.add_argument("--data", help="a data set folder or file (default: the bundled krachtwijken)")
    lst.add_argument("--city", help="charter id or city name")
    lst.add_argument(
        "--theme",
        help="theme key: housing, work, learning_and_growing_up, integration, "
        "safety, resident_participation, health, overarching, other",
    )
    lst.add_argument("--district", help="district id")
    lst.add_argument("--year", type=int, help="targets with a milestone in this year")
    lst.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="table (a few columns), csv or json (every column)",
    )
    lst.set_defaults(run=_cmd_list)

    rep = sub.add_parser(
        "report",
        help="write the HTML and Markdown report of a data set",
        description="Writes report.html (self-contained) and report.md with figures/ "
        "into the --out folder: per city and theme the targets, their "
        "status and plots.",
    )
    rep.add_argument("--data", help="a data set folder or file (default: the bundled krachtwijken)")
    source = rep.add_mutually_exclusive_group()
    source.add_argument("--observations", help="CSV in long format: district,indicator,date,value")
    source.add_argument(
        "--synthetic-monitor",
        type=int,
        metavar="SEED",
        help="assess against a made-up monitor (labelled SYNTHETIC in the report)",
    )
    rep.add_argument("--method", default="statcan", help="progress method (default statcan)")
    rep.add_argument("--out", help="output folder (default reports/<data set name>)")
    rep.add_argument("--city", help="only this charter (id or city name)")
    rep.add_argument("--theme", help="only this theme key")
    rep.add_argument("--format", default="html,md", help="html, md or both (default html,md)")
    rep.add_argument("--no-plots", action="store_true", help="leave the figures out (faster)")
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    rep.set_defaults(run=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status (0 ok, 1 problems or errors, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args, sys.stdout))
    except _core.CharterkitError as err:
        message = err.args[0] if err.args else str(err)  # a NotFoundError is a KeyError: no quotes
        sys.stderr.write(f"charterkit {args.command}: error: {message}\n")
        return 1
    except ImportError as err:  # an optional dependency (matplotlib for the report's plots)
        sys.stderr.write(f"charterkit {args.command}: error: {err}\n")
        return 1
    except BrokenPipeError:
        return 0
