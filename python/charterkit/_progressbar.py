"""A small progress bar on stderr that appears only when the work takes longer than a second."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


class ProgressBar:
    """Counts ``total`` steps; draws ``label [#####.....] 12/40 3.1 s`` once ``delay`` seconds have passed.

    On a terminal the bar redraws in place; elsewhere (a log, CTest) it prints a line at every tenth of
    the work, so logs stay short. ``enabled=False`` draws nothing. Use it as a context manager or call
    :meth:`close`.
    """

    def __init__(
        self,
        total: int,
        label: str = "",
        *,
        stream: TextIO | None = None,
        delay: float = 1.0,
        width: int = 30,
        enabled: bool = True,
    ) -> None:
        self.total = max(int(total), 0)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.width = width
        self.enabled = enabled
        self.done = 0
        self.drawn = False
        self._start = time.monotonic()
        self._last_tenth = -1
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _line(self) -> str:
        share = self.done / self.total if self.total else 1.0
        filled = int(round(share * self.width))
        elapsed = time.monotonic() - self._start
        return (
            f"{self.label} [{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} "
            f"{elapsed:.1f} s"
        )

    def update(self, steps: int = 1) -> None:
        """Advances by ``steps`` and redraws when due."""
        self.done = min(self.done + steps, self.total)
        if not self.enabled or time.monotonic() - self._start < self.delay:
            return
        if self._tty:
            self.stream.write("\r" + self._line())
            self.stream.flush()
            self.drawn = True
            return
        tenth = int(10 * self.done / self.total) if self.total else 10
        if tenth != self._last_tenth:
            self._last_tenth = tenth
            self.stream.write(self._line() + "\n")
            self.stream.flush()
            self.drawn = True

    def close(self) -> None:
        """Finishes the line when a bar was drawn."""
        if self.drawn and self._tty:
            self.stream.write("\r" + self._line() + "\n")
            self.stream.flush()
        self.drawn = False
