"""The charter file format from Python: lossless round trips on every file, validation that reports every
problem with file and path, malformed JSON with line and column, the JSON Schema, amendments, queries."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import charterkit as ck
import jsonschema
import pytest
from conftest import REPO, TEST_DATA

CHARTER_FILES = sorted((REPO / "data" / "krachtwijken").glob("*.json"))
CHARTER_FILES = [p for p in CHARTER_FILES if p.name != "manifest.json"] + [
    TEST_DATA / "dordrecht_excerpt.json"
]


@pytest.mark.parametrize("path", CHARTER_FILES, ids=lambda p: p.name)
def test_round_trip_is_lossless(path: Path, tmp_path: Path) -> None:
    a = ck.load_charter(str(path))
    ck.save_charter(a, str(tmp_path / path.name))
    b = ck.load_charter(str(tmp_path / path.name))
    assert a == b
    assert ck.dumps_charter(b) == ck.dumps_charter(a)


@pytest.mark.parametrize("path", CHARTER_FILES, ids=lambda p: p.name)
def test_every_file_matches_the_schema(path: Path) -> None:
    schema = json.loads(ck.datasets.schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(
        jsonschema.Draft202012Validator(schema).iter_errors(
            json.loads(path.read_text(encoding="utf-8"))
        )
    )
    assert not errors, [e.message for e in errors[:5]]


def test_bundled_files_are_in_canonical_form() -> None:
    for path in CHARTER_FILES[:-1]:
        assert ck.dumps_charter(ck.load_charter(str(path))) == path.read_text(encoding="utf-8"), (
            path.name
        )


def test_every_problem_in_one_pass() -> None:
    doc = json.loads((TEST_DATA / "dordrecht_excerpt.json").read_text(encoding="utf-8"))
    doc["ambitions"][0]["targets"][0]["milestones"][0]["year"] = 2004
    doc["ambitions"][1]["targets"][0]["indicator"]["unit"] = "cijfer"
    doc["validity"]["to"] = "2017-13-31"
    doc["commitments"][0]["party"] = "progez"
    del doc["city"]
    problems = ck.validate_charter_text(json.dumps(doc), "dordrecht.json")
    assert "dordrecht.json: city: missing" in problems
    assert (
        "dordrecht.json: ambitions[1].targets[0].indicator.unit: unknown unit 'cijfer' "
        "(expected percent, grade, score, count, euro, ratio or other)" in problems
    )
    assert any(
        p.startswith("dordrecht.json: validity.to: '2017-13-31' is not an ISO date")
        for p in problems
    )
    # the semantic checks wait until the structure is sound, so this one is reported after the fix above
    doc["city"] = "Dordrecht"
    doc["ambitions"][1]["targets"][0]["indicator"]["unit"] = "grade"
    doc["validity"]["to"] = "2017-12-31"
    problems = ck.validate_charter_text(json.dumps(doc), "dordrecht.json")
    assert problems == [
        "dordrecht.json: ambitions[0].targets[0].milestones[0].year: 2004 is before the baseline year 2005",
        "dordrecht.json: commitments[0].party: no party 'progez' in this charter",
    ]
    with pytest.raises(ck.ValidationError) as err:
        ck.loads_charter(json.dumps(doc), "dordrecht.json")
    assert err.value.problems == problems


def test_malformed_json_reports_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "format": "charterkit.charter",\n  "id": "x",,\n}\n', encoding="utf-8")
    with pytest.raises(ck.ParseError) as err:
        ck.load_charter(str(bad))
    assert err.value.line == 3
    assert str(err.value).startswith(f"{bad}:3:")
    assert ck.validate_charter_file(str(bad))[0].startswith(f"{bad}:3:")
    with pytest.raises(ck.ParseError, match="cannot open the file"):
        ck.load_charter(str(tmp_path / "missing.json"))


def test_as_of_across_an_amendment(excerpt: ck.Charter) -> None:
    before = excerpt.as_of(dt.date(2011, 12, 31))
    after = excerpt.as_of(dt.date(2012, 1, 1))
    tid = "dordrecht-excerpt.wielwijk.oordeel-buurt"
    assert before.target(tid).level(0) == 6.5
    assert after.target(tid).level(0) == 6.6
    with pytest.raises(ck.InvalidInputError, match="outside the validity period"):
        excerpt.as_of(dt.date(2007, 1, 1))


def test_queries(kw: ck.Dataset) -> None:
    g = kw.charter("groningen")
    by_district = g.targets(district="de-hoogte")
    assert {e.target.district for e in by_district} <= {"de-hoogte", None}
    # the De Hoogte table (lines 5005-5022) has 13 indicator rows, each with milestones 2010 and 2014
    table_rows = [
        e
        for e in by_district
        if e.target.source and set(e.target.source.lines) & set(range(5005, 5023))
    ]
    assert len(table_rows) == 13
    assert all(
        e.target.milestone_year(0) == 2010 and e.target.milestone_year(1) == 2014
        for e in table_rows
    )
    assert {e.theme for e in g.targets(theme="safety")} == {ck.ThemeKey.safety}
    assert all(
        any(e.target.milestone_year(i) == 2014 for i in range(len(e.target.milestones)))
        for e in g.targets(milestone_year=2014)
    )
    d = kw.charter("dordrecht")
    woonbron = d.commitments_by(party="woonbron")
    assert woonbron and all(c.party == "woonbron" for c in woonbron)
    money = {m.party: m.amount for m in d.money_by_party(2008, 2018)}
    assert money["woonbron"] >= 31.5e6  # line 3754: € 31,5 miljoen through 2018 at least


def test_one_file_holding_several_charters(tmp_path: Path) -> None:
    excerpt = json.loads((TEST_DATA / "dordrecht_excerpt.json").read_text(encoding="utf-8"))
    alkmaar = json.loads(
        (REPO / "data" / "krachtwijken" / "alkmaar.json").read_text(encoding="utf-8")
    )
    bundle = {"format": "charterkit.dataset", "name": "two", "charters": [excerpt, alkmaar]}
    path = tmp_path / "two.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    d = ck.load_dataset(str(path))
    assert [c.id for c in d] == ["dordrecht-excerpt", "alkmaar"]
    assert [m.targets for m in d.manifest] == [2, d.charter("alkmaar").count_targets()]
    # a problem in the second charter is reported with its place in the file
    alkmaar["ambitions"][0]["targets"][0]["indicator"]["unit"] = "procent"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    with pytest.raises(ck.ValidationError) as err:
        ck.load_dataset(str(path))
    assert any(
        p.startswith(
            f"{path}: charters[1]: ambitions[0].targets[0].indicator.unit: unknown unit 'procent'"
        )
        for p in err.value.problems
    ), err.value.problems
