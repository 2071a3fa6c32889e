"""``python -m charterkit`` and the ``charterkit`` console script: the command line of :mod:`charterkit.cli`."""

from __future__ import annotations

import sys

from .cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
