"""The command line (charterkit.cli, ``python -m charterkit``): validate, list, report, and the progress
bar. Observations written here are synthetic."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import charterkit as ck
import pandas as pd
import pytest
from charterkit._progressbar import ProgressBar
from charterkit.cli import main, validate_path
from conftest import REPO, TEST_DATA

KRACHTWIJKEN = REPO / "data" / "krachtwijken"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _broken_charter(path: Path) -> Path:
    data = json.loads((TEST_DATA / "dordrecht_excerpt.json").read_text(encoding="utf-8"))
    del data["city"]
    data["validity"]["from"] = "2008-02-30"
    data["ambitions"][0]["targets"][0]["indicator"]["unit"] = "furlongs"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_the_bundled_data_set(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = _run(
        ["validate", str(KRACHTWIJKEN), str(KRACHTWIJKEN / "alkmaar.json")], capsys
    )
    assert status == 0
    assert "ok (data set 'krachtwijken': 18 charters, 41 districts, 496 targets" in out
    assert f"{KRACHTWIJKEN / 'alkmaar.json'}: ok (charter)" in out


def test_validate_lists_every_problem_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _broken_charter(tmp_path / "broken.json")
    status, out, _err = _run(["validate", str(broken)], capsys)
    assert status == 1
    lines = out.splitlines()
    assert f"{broken}: city: missing" in lines
    assert any("validity.from: '2008-02-30'" in line for line in lines)
    assert any(
        "ambitions[0].targets[0].indicator.unit: unknown unit 'furlongs'" in line for line in lines
    )
    assert lines[-1] == f"{broken}: 3 problem(s)"


def test_validate_a_folder_with_a_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "set"
    shutil.copytree(KRACHTWIJKEN, folder)
    _broken_charter(folder / "alkmaar.json")
    status, out, _err = _run(["validate", "-q", str(folder)], capsys)
    assert status == 1
    assert "alkmaar.json: city: missing" in out
    assert out.splitlines()[-1] == f"{folder}: 3 problem(s)"
    problems, _summary = validate_path(tmp_path / "absent")
    assert problems == [f"{tmp_path / 'absent'}: no such file or folder"]
    (tmp_path / "empty").mkdir()
    assert validate_path(tmp_path / "empty")[0] == [
        f"{tmp_path / 'empty'}: a data set folder needs a manifest.json"
    ]


def test_validate_plans(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = _run(["validate", str(REPO / "data" / "plans")], capsys)
    assert status == 0 and "ok (plan set" in out


def test_list_targets_with_filters(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = _run(["list", "targets", "--city", "Alkmaar", "--year", "2011"], capsys)
    assert status == 0
    # seed 004 lines 157, 158, 296, 323, 324 (misdrijven, vernielingen) and 325 name 2011 for Overdie
    assert out.splitlines()[-1] == "7 targets"
    assert "alkmaar.overdie.misdrijven" in out
    status, out, _err = _run(
        ["list", "targets", "--district", "overdie", "--theme", "safety", "--format", "csv"], capsys
    )
    frame = pd.read_csv(io.StringIO(out))
    # lines 323-325: feeling unsafe, crimes, vandalism, youth nuisance
    assert sorted(frame["target"]) == [
        "alkmaar.overdie.jeugdoverlast",
        "alkmaar.overdie.misdrijven",
        "alkmaar.overdie.onveiligheidsgevoel",
        "alkmaar.overdie.vernielingen",
    ]
    assert list(frame.columns) == list(ck.tidy.TARGET_COLUMNS)


def test_list_charters_and_districts(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = _run(["list", "charters", "--format", "json"], capsys)
    records = json.loads(out)
    assert status == 0 and len(records) == 18
    assert records[0]["charter"] == "alkmaar" and records[0]["signed"].startswith("2008-02-11")
    status, out, _err = _run(["list", "charters", "--district", "overdie"], capsys)
    assert out.splitlines()[-1] == "1 charters"
    status, out, _err = _run(["list", "districts", "--city", "dordrecht"], capsys)
    assert "wielwijk" in out and "crabbehof" in out and out.splitlines()[-1] == "2 districts"


def test_list_errors_name_the_bad_filter(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = _run(["list", "targets", "--city", "atlantis"], capsys)
    assert status == 1 and "--city: no charter for 'atlantis'" in err
    status, _out, err = _run(["list", "targets", "--theme", "weather"], capsys)
    assert status == 1 and "--theme: unknown theme 'weather'" in err
    status, _out, err = _run(["list", "districts", "--district", "nowhere"], capsys)
    assert status == 1 and "--district: no district 'nowhere'" in err
    with pytest.raises(SystemExit) as usage:
        main(["list", "parties"])
    assert usage.value.code == 2


def test_report_with_a_synthetic_monitor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "report"
    status, out, _err = _run(
        ["report", "--city", "alkmaar", "--synthetic-monitor", "5", "--out", str(out_dir), "-q"],
        capsys,
    )
    assert status == 0
    assert f"report written to {out_dir / 'report.html'} and {out_dir / 'report.md'}" in out
    page = (out_dir / "report.html").read_text(encoding="utf-8")
    assert "SYNTHETIC OBSERVATIONS" in page
    assert page.count('src="data:image/png;base64,') >= 2  # the overview and the target plots
    assert '<h2 id="alkmaar">Alkmaar</h2>' in page
    assert 'src="figures/' not in page  # self-contained
    markdown = (out_dir / "report.md").read_text(encoding="utf-8")
    assert "](figures/alkmaar.overdie.werkloosheid.png)" in markdown
    assert (
        (out_dir / "figures" / "alkmaar.overdie.werkloosheid.png")
        .read_bytes()
        .startswith(b"\x89PNG")
    )
    assert (out_dir / "figures" / "status-overview.png").exists()


def test_report_with_observations_from_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "monitor.csv"
    # synthetic: Overdie unemployment falls from 9.0 to 8.7; Alkmaar's target is 6.8 in 2017 (line 189)
    csv.write_text(
        "district,indicator,date,value\n"
        "overdie,unemployment_rate,2009-01-01,9.0\n"
        "overdie,unemployment_rate,2010-01-01,8.8\n"
        "overdie,unemployment_rate,2011-01-01,8.7\n",
        encoding="utf-8",
    )
    status, out, _err = _run(
        [
            "report",
            "--city",
            "alkmaar",
            "--theme",
            "work",
            "--observations",
            str(csv),
            "--out",
            str(tmp_path / "r"),
            "--format",
            "md",
            "--no-plots",
            "-q",
        ],
        capsys,
    )
    assert status == 0
    assert "4 targets, 1 assessed, 0 figures" in out
    markdown = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    expected = ck.assess(
        ck.datasets.krachtwijken().charter("alkmaar").target("alkmaar.overdie.werkloosheid"),
        ck.Observations.read_csv(csv).series("overdie", "unemployment_rate"),
    ).status.name
    row = next(
        line for line in markdown.splitlines() if line.startswith("| alkmaar.overdie.werkloosheid")
    )
    assert f"| {expected} |" in row
    assert "2017: 6.8" in row
    assert not (tmp_path / "r" / "report.html").exists()


def test_report_rejects_bad_observations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "district,indicator,date,value\noverdie,unemployment_rate,2009-01-01,140\n",
        encoding="utf-8",
    )
    status, _out, err = _run(
        ["report", "--observations", str(csv), "--out", str(tmp_path / "r"), "-q"], capsys
    )
    assert status == 1
    assert "line 2: value 140 is outside the range [0, 100]" in err


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    # the same charterkit as this test imports (an installed wheel, or a staged build on PYTHONPATH)
    package_parent = str(Path(ck.__file__).resolve().parents[1])
    env = dict(
        os.environ,
        MPLBACKEND="Agg",
        PYTHONPATH=os.pathsep.join([package_parent, os.environ.get("PYTHONPATH", "")]),
    )
    done = subprocess.run(
        [sys.executable, "-m", "charterkit", "list", "charters", "--city", "zaanstad"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "zaanstad" in done.stdout


def test_progress_bar_appears_only_after_the_delay() -> None:
    quiet = io.StringIO()
    with ProgressBar(10, "work", stream=quiet, delay=60.0) as bar:
        for _ in range(10):
            bar.update()
    assert quiet.getvalue() == ""
    log = io.StringIO()
    with ProgressBar(10, "work", stream=log, delay=0.0, width=10) as bar:
        for _ in range(10):
            bar.update()
    lines = log.getvalue().splitlines()
    assert len(lines) == 10  # not a terminal: one line per tenth
    assert lines[-1].startswith("work [##########] 10/10")
