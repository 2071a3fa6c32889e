"""The README's Python examples run as written, and their numbers are the ones the comments promise."""

from __future__ import annotations

import re

from conftest import REPO


def test_readme_python_blocks_run() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(compile(block, "README.md", "exec"), namespace)
        # the promised numbers (seed 004 line 189; the synthetic 2017 city average of 7.3)
        if "path.value_at" in block:
            assert abs(eval("path.value_at(ck.When(2011).time())", namespace) - 8.24) < 1e-9
            assert abs(eval("crabbehof.level(1, ck.ResolveOptions(reference=city))", namespace) - 6.6) < 1e-9
