"""Traceability check: every number of every target must stand on one of its cited seed lines.

Used by the data-set tests and, during encoding, as a command:

    python tests/python/traceability.py data/krachtwijken/*.json

A target may cite lines on the target itself and on its baseline, reference values and milestones;
all of them together form the lines a number of that target may come from. Numbers are compared
after reading the line with decimal commas and with decimal points (and thousands separators), and a
few words stand for numbers ("halverwege" is 0.5, "vier" is 4, ...).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

SEEDS = Path(
    os.environ.get("CHARTERKIT_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds")
)

# Dutch words that stand for numbers in the charters (word -> value). A word matches as a whole word; one
# ending in "*" matches as the start of a word ("halver*": halveren, halveert, halvering).
NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "twintig": 20,
    "halverwege": 0.5,
    "helft": 0.5,
    "gemiddeld tussen": 0.5,
    "half": 0.5,
    "verdubbel*": 100,
    "gehalveerd": -50,
    "halvering": -50,
    "alle": 100,
    "allemaal": 100,
    "iedereen": 100,
    "iedere": 100,
    "ieder": 100,
    "elk": 100,
    "elke": 100,
    "volledig": 100,
    "dekkend": 100,
    "geen": 0,
    "halver*": -50,
    "¼": 0.25,
    "½": 0.5,
    "¾": 0.75,
}

_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")


def numbers_on(text: str) -> set[float]:
    """All readings of the numbers printed in ``text`` (comma or point as the decimal mark)."""
    found: set[float] = set()
    for token in _NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
            found.add(float(token.replace(".", "").replace(",", ".")))
        else:
            found.add(float(token.replace(",", ".")))
    lowered = text.lower()
    for word, value in NUMBER_WORDS.items():
        if not word[0].isalpha():
            hit = word in lowered
        elif word.endswith("*"):
            hit = re.search(r"\b" + re.escape(word[:-1]), lowered) is not None
        else:
            hit = re.search(r"\b" + re.escape(word) + r"\b", lowered) is not None
        if hit:
            found.add(float(value))
    return found


def _matches(value: float, found: set[float]) -> bool:
    for v in (value, abs(value)):
        for f in found:
            if math.isclose(v, f, rel_tol=1e-9, abs_tol=1e-9):
                return True
    return False


def _lines_of(obj: dict | None) -> list[int]:
    if not obj or "source" not in obj:
        return []
    return list(obj["source"].get("lines", []))


def target_numbers(target: dict) -> Iterator[tuple[str, float, list[int]]]:
    """Yield (field path, number, extra cited lines) for every number the target states."""
    base = target.get("baseline")
    if base:
        lines = _lines_of(base)
        if "year" in base and not base.get("inferred"):
            yield "baseline.year", base["year"], lines
        if "date" in base and not base.get("inferred"):
            yield "baseline.date", int(base["date"][:4]), lines
        if "value" in base:
            yield "baseline.value", base["value"], lines
        for j, p in enumerate(base.get("parts", [])):
            yield f"baseline.parts[{j}]", p, lines
    for i, h in enumerate(target.get("history", [])):
        yield f"history[{i}].value", h["value"], _lines_of(h)
        if "year" in h:
            yield f"history[{i}].year", h["year"], _lines_of(h)
    ref = target.get("reference")
    if ref:
        for i, rv in enumerate(ref.get("values", [])):
            yield f"reference.values[{i}].value", rv["value"], _lines_of(rv)
            if "year" in rv:
                yield f"reference.values[{i}].year", rv["year"], _lines_of(rv)
    for i, m in enumerate(target.get("milestones", [])):
        lines = _lines_of(m)
        if "year" in m and not m.get("inferred"):
            yield f"milestones[{i}].year", m["year"], lines
        if "date" in m and not m.get("inferred"):
            yield f"milestones[{i}].date", int(m["date"][:4]), lines
        if "horizon_years" in m:
            yield f"milestones[{i}].horizon_years", m["horizon_years"], lines
        if "value" in m and not (m["form"] == "convergence" and m["value"] == 1):
            yield f"milestones[{i}].value", m["value"], lines
        if "value_high" in m:
            yield f"milestones[{i}].value_high", m["value_high"], lines
        if "reference_year" in m:
            yield f"milestones[{i}].reference_year", m["reference_year"], lines
        for j, p in enumerate(m.get("parts", [])):
            yield f"milestones[{i}].parts[{j}]", p, lines


def iter_targets(charter: dict) -> Iterator[tuple[str, dict]]:
    for a, amb in enumerate(charter.get("ambitions", [])):
        for t, target in enumerate(amb.get("targets", [])):
            yield f"ambitions[{a}].targets[{t}]", target


def check_charter(charter: dict, seed_lines: list[str], name: str = "") -> list[str]:
    """Return one message per number that is not found on the lines its target cites."""
    problems = []
    for path, target in iter_targets(charter):
        cited = set(_lines_of(target))
        for _, _, extra in target_numbers(target):
            cited.update(extra)
        if not cited:
            problems.append(f"{name}: {path}: cites no source line")
            continue
        bad = [n for n in cited if n < 1 or n > len(seed_lines)]
        if bad:
            problems.append(f"{name}: {path}: cites lines outside the seed: {sorted(bad)}")
            continue
        found = set()
        for n in cited:
            found |= numbers_on(seed_lines[n - 1])
        for field, value, _ in target_numbers(target):
            if not _matches(float(value), found):
                problems.append(
                    f"{name}: {path}.{field}: {value} is not on cited lines {sorted(cited)}"
                )
    return problems


def load_seed(document: str) -> list[str]:
    return (SEEDS / document).read_text(encoding="utf-8").split("\n")


def schema_problems(charter: dict, name: str) -> list[str]:
    """Problems reported by the JSON Schema (needs the ``jsonschema`` package)."""
    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "data" / "schema" / "charter.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [
        f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}"
        for e in validator.iter_errors(charter)
    ]


def main(paths: Iterable[str]) -> int:
    problems: list[str] = []
    for p in paths:
        charter = json.loads(Path(p).read_text(encoding="utf-8"))
        problems += schema_problems(charter, Path(p).name)
        doc = charter.get("source", {}).get("document", "004_69aa542451feb2d1.txt")
        problems += check_charter(charter, load_seed(doc), Path(p).name)
    for line in problems:
        print(line)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
