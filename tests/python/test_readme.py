"""The README's Python examples run as written (in a scratch folder), and their numbers are the ones the
comments promise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO


def test_readme_python_blocks_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib.pyplot as plt

    monkeypatch.chdir(tmp_path)
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(compile(block, "README.md", "exec"), namespace)
        if "path.value_at" in block:
            # seed 004 line 189: 9.2 + (6.8 - 9.2) * 4 / 10; the synthetic 2017 city average of 7.3
            assert abs(eval("path.value_at(ck.When(2011).time())", namespace) - 8.24) < 1e-9
            assert (
                abs(eval("crabbehof.level(1, ck.ResolveOptions(reference=city))", namespace) - 6.6)
                < 1e-9
            )
        if "build_report" in block:
            # the tour: the assessment reads the latest synthetic observation, and the report is written
            assert eval("a.latest_value", namespace) == eval("series.values[-1]", namespace)
            assert (tmp_path / "reports" / "alkmaar" / "report.html").exists()
    plt.close("all")
