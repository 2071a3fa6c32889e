"""Benchmark of the batch assessment + projection (a script, not a timed test).

Builds synthetic monitor data — 1,000,000 series of 10 yearly observations (2008-2017), each with a
baseline, a milestone level and a direction (all SYNTHETIC, drawn from a seeded generator) — and
times in one run:

1. ``charterkit.assess_batch(..., method="statcan", project=True)``: the C++ batch path, with fresh
   output arrays and writing into the arrays of an earlier call (``out=``);
2. the same computation written as straightforward vectorized numpy (bench/numpy_reference.py);
3. a memory-streaming floor: reading every input array once (numpy reductions, one thread and two
   threads; the faster counts).

It checks that 1 and 2 agree, then prints series per second, the ratio to numpy and to the floor,
and the peak memory of each step (resident set size above the level before the step, sampled in a
separate run).

    PYTHONPATH=build/dev/stage .venv/bin/python bench/bench_progress.py [--series N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import charterkit as ck  # noqa: E402
from charterkit import progress  # noqa: E402
from numpy_reference import assess_statcan_numpy  # noqa: E402


def synthetic_series(n: int, m: int, seed: int) -> dict[str, np.ndarray]:
    """SYNTHETIC monitor data: n series of m yearly observations from 2008, with targets."""
    rng = np.random.default_rng(seed)
    times = (np.arange(2008, 2008 + m, dtype=np.float64) + 0.5)[
        None, :
    ]  # middle-of-year convention
    baseline_time = rng.integers(2005, 2008, n).astype(np.float64) + 0.5
    baseline_value = rng.uniform(5.0, 60.0, n)
    direction = rng.choice(np.array([-1.0, 1.0]), n)
    level = baseline_value * (1.0 + direction * rng.uniform(0.05, 0.5, n))
    level[rng.random(n) < 0.05] = np.nan  # some milestones state no level
    milestone_time = rng.choice(np.array([2011.5, 2014.5, 2017.5, 2020.5]), n)
    slope = baseline_value * rng.normal(0.0, 0.03, n)
    values = (
        baseline_value[:, None]
        + slope[:, None] * (times - baseline_time[:, None])
        + rng.normal(0.0, 1.0, (n, m)) * (0.02 * baseline_value)[:, None]
    )
    np.maximum(values, 0.01, out=values)
    values[rng.random((n, m)) < 0.03] = np.nan  # missing observations
    return {
        "times": times,
        "values": values,
        "baseline_time": baseline_time,
        "baseline_value": baseline_value,
        "level": level,
        "milestone_time": milestone_time,
        "direction": direction,
    }


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not Linux: fall back to the (monotonic) peak
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class PeakMemory:
    """Peak resident set size above the level at entry, sampled every millisecond."""

    def __enter__(self) -> PeakMemory:
        self.start = self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.001):
            self.peak = max(self.peak, _rss())

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())

    @property
    def extra(self) -> int:
        return self.peak - self.start


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, int, Any]:
    """Best wall time of `repeat` runs, then one more run for the peak memory (sampling is kept out of
    the timed runs), and the last result."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
        del result
    with PeakMemory() as mem:
        result = fn()
    return best, mem.extra, result


def streaming_floor(
    data: dict[str, np.ndarray], repeat: int, outputs: dict[str, np.ndarray] | None = None
) -> tuple[float, str]:
    """Time to read every input once: numpy reductions, on one thread and on two. With `outputs`,
    also write every output array once (a fill), the least any computation producing them costs."""
    targets = (
        []
        if outputs is None
        else [a for a in outputs.values() if a.shape[:1] == (len(data["values"]),)]
    )
    arrays = [
        data[k]
        for k in (
            "values",
            "baseline_time",
            "baseline_value",
            "level",
            "milestone_time",
            "direction",
        )
    ]

    def one_thread() -> float:
        for a in targets:
            a.fill(0)
        return float(sum(np.add.reduce(a, axis=None) for a in arrays))

    def two_threads() -> float:
        out = [0.0, 0.0]

        def half(k: int) -> None:
            total = 0.0
            for a in arrays:
                h = a.shape[0] // 2
                total += float(np.add.reduce(a[:h] if k == 0 else a[h:], axis=None))
            for a in targets:
                h = a.shape[0] // 2
                (a[:h] if k == 0 else a[h:]).fill(0)
            out[k] = total

        th = threading.Thread(target=half, args=(1,))
        th.start()
        half(0)
        th.join()
        return out[0] + out[1]

    t1, _, _ = best_of(one_thread, repeat)
    t2, _, _ = best_of(two_threads, repeat)
    return (t1, "one thread") if t1 <= t2 else (t2, "two threads")


def compare(batch: dict[str, np.ndarray], ref: dict[str, np.ndarray]) -> list[str]:
    """Disagreements between the batch path and the numpy reference."""
    problems = []
    for key, r in ref.items():
        b = batch[key]
        if key in ("status", "reached"):
            bad = int((b != r).sum())
        else:
            both_nan = np.isnan(b) & np.isnan(r)
            close = np.isclose(b, r, rtol=1e-9, atol=1e-9, equal_nan=True) | both_nan
            bad = int((~close).sum())
        if bad:
            problems.append(f"{key}: {bad} rows differ")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=1_000_000)
    parser.add_argument("--observations", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=0, help="batch threads (0: all cores)")
    parser.add_argument("--seed", type=int, default=20080301)
    args = parser.parse_args(argv)

    n, m = args.series, args.observations
    print(
        f"charterkit {ck.__version__}: {n:,} SYNTHETIC series x {m} yearly observations, "
        f"{os.cpu_count()} cores"
    )
    data = synthetic_series(n, m, args.seed)
    input_bytes = sum(a.nbytes for a in data.values())
    print(f"input: {input_bytes / 1e6:.0f} MB")
    quantiles = np.array([progress.t_quantile(0.95, k) for k in range(m + 1)])

    def run_batch() -> dict[str, np.ndarray]:
        return ck.assess_batch(**data, method="statcan", project=True, threads=args.threads)

    def run_numpy() -> dict[str, np.ndarray]:
        return assess_statcan_numpy(
            **data, status_names=progress.PROGRESS_STATUS_NAMES, t_quantiles=quantiles
        )

    t_batch, mem_batch, batch = best_of(run_batch, args.repeat)
    reused = ck.assess_batch(**data, method="statcan", project=True, threads=args.threads)

    def run_batch_into() -> dict[str, np.ndarray]:
        return ck.assess_batch(
            **data, method="statcan", project=True, threads=args.threads, out=reused
        )

    t_into, mem_into, _ = best_of(run_batch_into, args.repeat)
    t_numpy, mem_numpy, ref = best_of(run_numpy, args.repeat)
    t_floor, floor_kind = streaming_floor(data, args.repeat)
    output_bytes = sum(a.nbytes for a in reused.values())
    t_floor_rw, floor_rw_kind = streaming_floor(data, args.repeat, outputs=reused)

    problems = compare(batch, ref)
    print(
        "batch vs numpy reference: "
        + ("identical outputs (16 arrays, rtol 1e-9)" if not problems else "; ".join(problems))
    )
    rows = [
        ("batch (charterkit)", t_batch, mem_batch),
        ("batch into reused outputs", t_into, mem_into),
        ("numpy reference", t_numpy, mem_numpy),
        (f"streaming floor ({floor_kind})", t_floor, 0),
        (f"read + write floor ({floor_rw_kind})", t_floor_rw, 0),
    ]
    print(f"{'step':32} {'seconds':>9} {'series/s':>14} {'peak MB':>9}  (best of {args.repeat})")
    for name, t, mem in rows:
        peak = f"{mem / 1e6:9.0f}" if mem else f"{'-':>9}"
        print(f"{name:32} {t:9.3f} {n / t:14,.0f} {peak}")
    print(
        f"batch is {t_numpy / t_batch:.1f}x faster than numpy (aim >= 5x) and "
        f"{t_batch / t_floor:.1f}x the streaming floor (aim <= 3x); into reused outputs "
        f"{t_numpy / t_into:.1f}x and {t_into / t_floor:.1f}x"
    )
    print(
        f"for context: reading the input and writing the {output_bytes / 1e6:.0f} MB of outputs once "
        f"takes {t_floor_rw:.3f} s; batch into reused outputs is {t_into / t_floor_rw:.1f}x that"
    )
    statuses = np.bincount(batch["status"], minlength=len(progress.PROGRESS_STATUS_NAMES))
    print(
        "statuses: "
        + ", ".join(
            f"{name} {count:,}"
            for name, count in zip(progress.PROGRESS_STATUS_NAMES, statuses)
            if count
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
