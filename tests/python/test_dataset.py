"""The krachtwijken data set: complete, valid, traceable to the seed line by line, and its tidy table."""

from __future__ import annotations

import io
import json
import math

import charterkit as ck
import pandas as pd
import pytest
from conftest import REPO
from traceability import check_charter

KW_DIR = REPO / "data" / "krachtwijken"

CITIES = [
    "Alkmaar",
    "Amersfoort",
    "Amsterdam",
    "Arnhem",
    "Den Haag",
    "Deventer",
    "Dordrecht",
    "Eindhoven",
    "Enschede",
    "Groningen",
    "Heerlen",
    "Leeuwarden",
    "Maastricht",
    "Nijmegen",
    "Rotterdam",
    "Schiedam",
    "Utrecht",
    "Zaanstad",
]


def test_eighteen_charters_and_their_districts(kw: ck.Dataset) -> None:
    assert [c.city for c in kw] == CITIES
    # The charters name 41 districts: the 40 krachtwijken, with Groningen's Korrewegwijk and De Hoogte
    # treated as two districts (each with its own table, lines 5005-5041).
    assert kw.count_districts() == 41
    # Rotterdam, annex 1 (lines 7510-7536): 7 krachtwijken, 10 WWI areas, 23 postcode areas
    r = kw.charter("rotterdam")
    assert len(r.districts) == 7
    areas = [a for d in r.districts for a in d.sub_areas]
    postcodes = [p for a in areas for p in a.sub_areas]
    assert (len(areas), len(postcodes)) == (10, 23)


def test_manifest_counts_match(kw: ck.Dataset) -> None:
    manifest = json.loads((KW_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["charters"]) == 18
    for entry in manifest["charters"]:
        c = kw.charter(entry["id"])
        assert (entry["districts"], entry["targets"], entry["milestones"]) == (
            len(c.districts),
            c.count_targets(),
            c.count_milestones(),
        ), entry["id"]


def test_version_matches_the_package(kw: ck.Dataset) -> None:
    assert kw.version == ck.__version__


def test_every_file_validates_in_the_core() -> None:
    for path in sorted(KW_DIR.glob("*.json")):
        if path.name != "manifest.json":
            assert ck.validate_charter_file(str(path)) == [], path.name


def test_every_target_resolves_or_says_why(kw: ck.Dataset) -> None:
    for entry in kw.targets():
        for r in entry.target.resolve_all():
            assert r.resolved or r.reason, entry.target.id
            if r.resolved:
                assert r.level is not None and math.isfinite(r.level)


def test_every_number_stands_on_a_cited_seed_line(seed_lines: list[str]) -> None:
    problems: list[str] = []
    for path in sorted(KW_DIR.glob("*.json")):
        if path.name != "manifest.json":
            problems += check_charter(
                json.loads(path.read_text(encoding="utf-8")), seed_lines, path.name
            )
    assert problems == []


def test_inferred_times_explain_themselves(kw: ck.Dataset) -> None:
    for entry in kw.targets():
        t = entry.target
        inferred = [m for m in t.milestones if m.inferred] + (
            [t.baseline] if t.baseline and t.baseline.inferred else []
        )
        if inferred:
            assert t.notes or all(getattr(m, "note", "") for m in inferred), t.id


def test_groningen_tables(kw: ck.Dataset) -> None:
    # lines 5005-5041: two tables of 13 indicator rows with columns 2002, 2006, Stad 2006, 2010, 2014
    g = kw.charter("groningen")
    rows = [
        e.target
        for e in g.targets()
        if e.target.source
        and min(e.target.source.lines) >= 5005
        and max(e.target.source.lines) <= 5041
    ]
    assert len(rows) == 26
    cohesion = g.target("groningen.de-hoogte.social-cohesion")
    # "Cijfer sociale samenhang 4,4 5,2 6,2 5,8 6,2" (line 5009)
    assert cohesion.history[0].value == 4.4
    assert cohesion.baseline is not None and cohesion.reference is not None
    assert (cohesion.baseline.when.calendar_year, cohesion.baseline.value) == (2006, 5.2)
    assert cohesion.reference.values[0].value == 6.2
    assert [cohesion.level(i) for i in range(2)] == [5.8, 6.2]


def test_milestones_frame(kw: ck.Dataset) -> None:
    frame = kw.milestones_frame()
    assert list(frame.columns)[:3] == ["charter", "city", "district"]
    for column in (
        "city",
        "district",
        "theme",
        "indicator",
        "unit",
        "direction",
        "baseline_year",
        "baseline_value",
        "reference_label",
        "reference_year",
        "reference_value",
        "milestone_year",
        "form",
        "value",
        "level",
        "source_lines",
    ):
        assert column in frame.columns
    assert len(frame) == kw.count_milestones()
    assert str(frame["milestone_year"].dtype) == "Int64"
    # Alkmaar unemployment (line 189): 9.2 (2007) -> the 2007 city average 6.8 in 2017
    row = frame[frame["target"] == "alkmaar.overdie.werkloosheid"].iloc[0]
    assert (row["baseline_value"], row["milestone_year"], row["form"], row["level"]) == (
        9.2,
        2017,
        "reach_reference",
        6.8,
    )
    assert row["reference_value"] == 6.8 and row["source_lines"] == "189"
    unresolved = frame[frame["level"].isna()]
    assert (unresolved["unresolved_reason"] != "").all()


def test_the_cpp_csv_writer_gives_the_same_table(kw: ck.Dataset) -> None:
    frame = kw.milestones_frame()
    csv = pd.read_csv(
        io.StringIO(ck._core.milestones_csv(kw)),
        keep_default_na=False,
        na_values=[""],
        dtype={"source_lines": str, "district": str},
    )
    assert list(csv.columns) == list(frame.columns)
    assert len(csv) == len(frame)
    pd.testing.assert_series_equal(csv["level"], frame["level"], check_names=False)
    assert (csv["target"] == frame["target"]).all()


@pytest.mark.parametrize("charter", ["alkmaar", "dordrecht", "utrecht"])
def test_charter_has_signing_validity_and_progress(kw: ck.Dataset, charter: str) -> None:
    c = kw.charter(charter)
    assert c.validity.start is not None
    assert c.progress, charter
    assert c.signed.status in (
        ck.SigningStatus.known,
        ck.SigningStatus.partial,
        ck.SigningStatus.unknown,
    )
    if c.signed.status != ck.SigningStatus.known:
        assert c.signed.note


def test_the_committed_summary_is_current() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_data_summary.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
