"""Executes a notebook top to bottom (nbclient) and fails on the first error.

The committed notebooks carry no outputs; the executed copy goes to --out (a build folder), never back
into the repository, so the notebooks cannot go stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="folder for the executed copy")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    args = parser.parse_args(argv)

    nb = nbformat.read(args.notebook, as_version=4)
    stale = [
        i
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code" and (c.outputs or c.execution_count)
    ]
    if stale:
        print(
            f"{args.notebook}: cells {stale} carry outputs; commit notebooks without outputs",
            file=sys.stderr,
        )
        return 1
    client = NotebookClient(
        nb,
        timeout=args.timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(args.notebook.parent.resolve())}},
    )
    try:
        client.execute()
    except CellExecutionError as err:
        print(f"{args.notebook}: {err}", file=sys.stderr)
        return 1
    finally:
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, args.out / args.notebook.name)
    print(f"{args.notebook}: {len(nb.cells)} cells executed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
