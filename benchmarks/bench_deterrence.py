"""Benchmarks for the deterrence unit (D1, D2) and its labs.

Prints, for each model, the time of one vectorised call over a 1000 × 1000
parameter grid, the time a plain per-point Python loop would take
(measured on a random subsample of points and extrapolated), their ratio, and
the median redraw time of each lab (``lab.set(...)``, including PNG
rendering). Run with ``.venv/bin/python benchmarks/bench_deterrence.py``.
"""

from __future__ import annotations

import statistics

import matplotlib

matplotlib.use("Agg")

import numpy as np
from _timing import GRID, compare, redraw_times

from guaranteelab.deterrence import classical, extended

LOOP_SAMPLE = 5_000
REPEATS = 5


def main() -> None:
    rng = np.random.default_rng(0)
    capability, resolve = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0, 1, GRID))
    sample = rng.integers(0, GRID, size=(LOOP_SAMPLE, 2))

    print(f"Grid: {GRID} x {GRID} = {GRID * GRID:,} points\n")
    compare(
        "D1 is_deterred(capability x resolve)",
        lambda: classical.is_deterred(1.0, 0.5, capability, resolve, 0.1),
        lambda p, r: classical.is_deterred(1.0, 0.5, p, r, 0.1),
        [(float(capability[i, j]), float(resolve[i, j])) for i, j in sample],
        width=52,
        repeats=REPEATS,
    )
    gain, cost = np.meshgrid(np.linspace(0.1, 5, GRID), np.linspace(0.01, 5, GRID))
    compare(
        "D1 credibility_threshold(gain x war_cost)",
        lambda: classical.credibility_threshold(gain, cost, 0.6),
        lambda b, c: classical.credibility_threshold(b, c, 0.6),
        [(float(gain[i, j]), float(cost[i, j])) for i, j in sample],
        width=52,
        repeats=REPEATS,
    )
    stake, kmax = np.meshgrid(np.linspace(0, 5, GRID), np.linspace(0.1, 10, GRID))

    def d2_grid():
        q = extended.honour_probability(stake, 0.3, 0.6, kmax)
        return extended.war_probability(q, 0.6, 0.5)

    def d2_point(v, k):
        return extended.ExtendedDeterrence(v, 0.3, 0.6, k, 0.5).solve().war_probability

    compare(
        "D2 war probability(stake x max_war_cost)",
        d2_grid,
        d2_point,
        [(float(stake[i, j]), float(kmax[i, j])) for i, j in sample],
        width=52,
        repeats=REPEATS,
    )
    p_grid, c_grid = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0.05, 5, GRID))
    compare(
        "D2 war_risk_is_hump_shaped(capability x c_C)",
        lambda: extended.war_risk_is_hump_shaped(p_grid, c_grid),
        lambda p, c: extended.war_risk_is_hump_shaped(p, c),
        [(float(p_grid[i, j]), float(c_grid[i, j])) for i, j in sample],
        width=52,
        repeats=REPEATS,
    )

    from guaranteelab.labs.deterrence import credibility, extended_deterrence

    print()
    for lab_function, sweeps in (
        (credibility, {"resolve": np.linspace(0, 1, 21), "capability": np.linspace(0, 1, 21)}),
        (
            extended_deterrence,
            {"reneging_cost": np.linspace(0, 5, 21), "challenger_cost": np.linspace(0.05, 3, 21)},
        ),
    ):
        lab = lab_function()
        times = redraw_times(
            lab,
            ({name: float(value)} for name, values in sweeps.items() for value in values),
        )
        print(
            f"lab {lab_function.__name__ + '()':<48} median redraw {statistics.median(times) * 1e3:6.1f} ms "
            f"over {len(times)} changes (includes PNG rendering)"
        )


if __name__ == "__main__":
    main()
