"""A straightforward vectorized numpy version of the batch assessment + projection (bench reference).

It computes, for the statcan method and the linear trend projection, the same outputs as
``charterkit.assess_batch(..., method="statcan")``: status codes, progress value, score, reached,
share achieved, latest observation, planned value, gap, gap share, slope, slope standard error,
projected value, interval and reach time. Written the obvious way — whole-array expressions with
boolean masks, no loops over series — as a user would write it without charterkit. It is a
benchmark reference (bench_progress.py checks it against the batch path), not part of the package.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["assess_statcan_numpy"]


def assess_statcan_numpy(
    times: np.ndarray,
    values: np.ndarray,
    baseline_time: np.ndarray,
    baseline_value: np.ndarray,
    level: np.ndarray,
    milestone_time: np.ndarray,
    direction: np.ndarray,
    status_names: Sequence[str],
    t_quantiles: np.ndarray,
) -> dict[str, np.ndarray]:
    """The statcan assessment and linear projection of every row (NaN values are missing).

    ``times`` has shape (1, m) or (n, m); the per-series arrays shape (n,). ``t_quantiles[k]`` is the
    interval's Student t quantile for k residual degrees of freedom (a constant table).
    """
    code = {name: i for i, name in enumerate(status_names)}
    n, m = values.shape
    t = np.broadcast_to(times, (n, m))
    observed = ~np.isnan(values)
    count = observed.sum(axis=1)

    # latest observation: the last non-NaN column
    last = m - 1 - np.argmax(observed[:, ::-1], axis=1)
    has = count > 0
    rows = np.arange(n)
    tl = np.where(has, t[rows, last], np.nan)
    yl = np.where(has, values[rows, last], np.nan)

    bt, bv, L, mt, d = baseline_time, baseline_value, level, milestone_time, direction
    has_level = ~np.isnan(L)

    # planned value on the straight path baseline -> milestone, held after it
    s = (tl - bt) / (mt - bt)
    expected = np.where(tl >= mt, L, bv + s * (L - bv))
    expected = np.where((tl >= bt) & has_level, expected, np.nan)
    reached = has_level & has & np.where(d > 0, yl >= L, yl <= L)
    planned = L - bv
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(d * planned > 0, (yl - bv) / planned, np.where(reached, 1.0, 0.0))
        share = np.where(has_level & has, share, np.nan)
        change = np.abs(planned)
        gap = yl - expected
        gap_share = np.where(change > 0, d * gap / change, np.nan)

    # statcan (calendar years = floor of the times)
    b, tc, Y = np.floor(bt), np.floor(tl), np.floor(mt)
    sign = np.where(bv < 0, -1.0, 1.0)
    yb = np.where(bv == 0, 0.001, bv)
    T = np.where(L == 0, 0.001, L)
    achieved = has_level & np.where(d < 0, yl <= T, yl >= T)
    missing = (
        ~has
        | ((yb > 0) & (yl < 0))
        | ((yb < 0) & (yl > 0))
        | (b > tc)
        | (tc - b < 1)
        | (has_level & ~(Y > b))
    )
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cagr = (yl / yb) ** (1.0 / (tc - b)) - 1.0
        required = (T / yb) ** (1.0 / (Y - b)) - 1.0
        P = np.where(has_level, sign * d * cagr / np.abs(required), sign * d * cagr)
    P = np.where(missing, np.nan, P)
    available = ~np.isnan(P)

    score = np.full(n, np.nan)
    status = np.full(n, code["not_available"], dtype=np.int8)
    # with a target
    w = has_level & available
    status[w & (P >= 0.95)] = code["substantial_progress"]
    status[w & (P >= 0.6) & (P < 0.95)] = code["moderate_progress"]
    status[w & (P >= 0) & (P < 0.6)] = code["limited_progress"]
    status[w & (P < 0)] = code["deterioration"]
    score = np.where(w & (P >= 0.6), np.minimum(7.1429 * P - 4.2857, 5.0), score)
    score = np.where(w & (P < 0.6), np.maximum(4.1667 * P - 2.5, -5.0), score)
    # without a target (no natural limit: C = 1)
    wo = ~has_level & available
    status[wo & (P >= 0.015)] = code["substantial_progress"]
    status[wo & (P >= 0.005) & (P < 0.015)] = code["moderate_progress"]
    status[wo & (P >= 0) & (P < 0.005)] = code["limited_progress"]
    status[wo & (P < 0)] = code["deterioration"]
    score = np.where(wo & (P < 0), np.maximum(125 * P - 2.5, -5.0), score)
    score = np.where(wo & (P >= 0.015), np.minimum(500 * P - 5, 5.0), score)
    score = np.where(wo & (P >= 0.005) & (P < 0.015), 250 * P - 1.25, score)
    score = np.where(wo & (P >= 0) & (P < 0.005), 500 * P - 2.5, score)
    # a met target wins
    status[achieved] = code["target_achieved"]
    score = np.where(achieved, 5.0, score)
    P = np.where(achieved & ~missing, sign * d * cagr / np.abs(required), P)

    # least-squares trend over the observed values
    y0 = np.where(observed, values, 0.0)
    k = np.maximum(count, 1)
    tm = np.where(observed, t, 0.0).sum(axis=1) / k
    ym = y0.sum(axis=1) / k
    dt = np.where(observed, t - tm[:, None], 0.0)
    sxx = (dt * dt).sum(axis=1)
    sxy = (dt * (y0 - ym[:, None])).sum(axis=1)
    ok = (count >= 2) & (sxx > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(ok, sxy / sxx, np.nan)
        resid = np.where(observed, y0 - (ym[:, None] + slope[:, None] * dt), 0.0)
        rss = (resid * resid).sum(axis=1)
        sd = np.where(count > 2, np.sqrt(rss / (count - 2)), np.nan)
        slope_se = np.where(ok, sd / np.sqrt(sxx), np.nan)
        projected = np.where(ok, ym + slope * (mt - tm), np.nan)
        se = sd * np.sqrt(1.0 / k + (mt - tm) ** 2 / sxx)
        half = np.where(count > 2, t_quantiles[np.maximum(count - 2, 0)] * se, np.inf)
        reach = np.where(ok & has_level & (d * slope > 0), tm + (L - ym) / slope, np.nan)
    return {
        "status": status,
        "progress_value": P,
        "score": score,
        "reached": reached,
        "share_achieved": share,
        "latest_time": tl,
        "latest_value": yl,
        "expected": expected,
        "gap": gap,
        "gap_share": gap_share,
        "slope": slope,
        "slope_se": slope_se,
        "projected": projected,
        "low": np.where(ok, projected - half, np.nan),
        "high": np.where(ok, projected + half, np.nan),
        "reach_time": reach,
    }
