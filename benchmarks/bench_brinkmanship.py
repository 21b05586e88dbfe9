"""Timings for D6 and D7: vectorised closed forms against a per-point loop, and lab redraws.

Run with ``.venv/bin/python benchmarks/bench_brinkmanship.py``.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from guaranteelab.deterrence import brinkmanship as bk

GRID = 1000
SUBSAMPLE = 2000


def best_of(fn, repeats=3):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def compare(label, vectorised, per_point, points):
    """Time the vectorised call on the whole grid and a Python loop on a subsample, extrapolated."""
    fast = best_of(vectorised)
    start = time.perf_counter()
    per_point()
    slow = (time.perf_counter() - start) * (GRID * GRID) / points
    print(
        f"{label:<48} vectorised {fast * 1e3:8.1f} ms   loop (extrapolated) {slow:8.2f} s   ratio {slow / fast:7.0f}x"
    )


def main() -> None:
    h, war = np.meshgrid(np.linspace(0.0, 1.0, GRID), np.linspace(2.5, 20.0, GRID))
    flat_h, flat_w = h.ravel()[:SUBSAMPLE], war.ravel()[:SUBSAMPLE]
    compare(
        "D6 window_exists, 1000x1000 (h, W_D)",
        lambda: bk.window_exists(h, 1.0, 3.0, 2.0, war),
        lambda: [
            bk.window_exists(float(a), 1.0, 3.0, 2.0, float(b))
            for a, b in zip(flat_h, flat_w, strict=True)
        ],
        SUBSAMPLE,
    )
    compare(
        "D6 Brinkmanship(...).solve() per point",
        lambda: bk.brinkmanship_needed(h, 1.0, 3.0, 2.0, war),
        lambda: [
            bk.Brinkmanship(float(a), 1.0, 3.0, 2.0, float(b)).solve()
            for a, b in zip(flat_h, flat_w, strict=True)
        ],
        SUBSAMPLE,
    )
    upper, hazard = np.meshgrid(np.linspace(0.05, 20.0, GRID), np.linspace(0.1, 5.0, GRID))
    flat_x, flat_l = upper.ravel()[:SUBSAMPLE], hazard.ravel()[:SUBSAMPLE]
    compare(
        "D7 contest_disaster_probability, 1000x1000 (X, λ)",
        lambda: bk.contest_disaster_probability(upper, hazard),
        lambda: [
            bk.contest_disaster_probability(float(a), float(b))
            for a, b in zip(flat_x, flat_l, strict=True)
        ],
        SUBSAMPLE,
    )
    start = time.perf_counter()
    for a in upper[0, :100]:
        bk.RiskContest(float(a), 1.0).solve()
    print(
        f"{'D7 RiskContest.solve() (quad), per call':<48} {(time.perf_counter() - start) * 10:8.2f} ms"
    )
    x = np.linspace(0.0, 0.999, GRID)[None, :] * upper
    compare(
        "D7 quitting_time, 1000x1000 (x, X)",
        lambda: bk.quitting_time(x, upper, hazard),
        lambda: [
            bk.quitting_time(float(a), float(b), float(c))
            for a, b, c in zip(
                x.ravel()[:SUBSAMPLE],
                upper.ravel()[:SUBSAMPLE],
                hazard.ravel()[:SUBSAMPLE],
                strict=True,
            )
        ],
        SUBSAMPLE,
    )
    start = time.perf_counter()
    bk.RiskContest(2.0, 1.0).simulate(1_000_000, seed=0)
    print(f"{'D7 simulate 1,000,000 contests':<48} {(time.perf_counter() - start) * 1e3:8.1f} ms")

    from guaranteelab import labs

    for name, settings in [
        ("risk_window", [{"hard_probability": v} for v in np.linspace(0.05, 0.95, 25)]),
        ("risk_contest", [{"seed": s, "hazard": 0.5 + 0.1 * s} for s in range(25)]),
    ]:
        lab = getattr(labs, name)()
        times = []
        for values in settings:
            start = time.perf_counter()
            lab.set(**{k: type(lab.controls[k].value)(v) for k, v in values.items()})
            times.append(time.perf_counter() - start)
        print(f"{'lab ' + name + '(): median redraw':<48} {statistics.median(times) * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
