"""Benchmarks for the domestic-politics unit (B1) and its lab.

Prints the time of one vectorised call of the credibility formula over a
1000 × 1000 grid of initial support × volatility, the time a plain per-point
Python loop would take (measured on a random subsample of points and
extrapolated), their ratio, the time of the integral E[q | ratified] over a
row of ratification thresholds, and the median redraw time of the lab
(``lab.set(...)``, including PNG rendering). Run with
``.venv/bin/python benchmarks/bench_domestic.py``.
"""

from __future__ import annotations

import statistics

import matplotlib

matplotlib.use("Agg")

import numpy as np
from _timing import GRID, best_of, compare, redraw_times

from guaranteelab import domestic

LOOP_SAMPLE = 5_000
REPEATS = 5


def main() -> None:
    rng = np.random.default_rng(0)
    support, volatility = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0.02, 0.5, GRID))
    sample = rng.integers(0, GRID, size=(LOOP_SAMPLE, 2))

    print(f"Grid: {GRID} x {GRID} = {GRID * GRID:,} points\n")
    compare(
        "B1 credibility(support x volatility), k = 3",
        lambda: domestic.credibility(support, 0.6, volatility, 5.0, 3),
        lambda s, sigma: domestic.DomesticCommitment(s, sigma, 5.0, (0.6, 0.6, 0.6)).credibility,
        [(float(support[i, j]), float(volatility[i, j])) for i, j in sample],
        width=52,
        repeats=REPEATS,
    )
    thresholds = np.linspace(0.0, 0.95, GRID)
    seconds = best_of(
        lambda: domestic.expected_credibility_if_ratified(thresholds, 0.6, 0.1, 5.0, 2), 3
    )
    print(
        f"{'B1 E[q | ratified] by quad, ' + str(GRID) + ' values of r':<52} "
        f"{seconds * 1e3:8.1f} ms ({seconds / GRID * 1e6:.0f} µs per integral)"
    )

    from guaranteelab.labs.domestic import domestic_support

    print()
    lab = domestic_support()
    sweeps = {
        "initial_support": np.linspace(0, 1, 21),
        "years": np.linspace(0.5, 30, 21),
        "volatility": np.linspace(0.02, 0.5, 21),
    }
    times = redraw_times(
        lab, ({name: float(value)} for name, values in sweeps.items() for value in values)
    )
    times += redraw_times(lab, ({"veto_players": k} for k in (1, 2, 3, 4, 3, 2, 1)))
    print(
        f"lab {'domestic_support()':<48} median redraw {statistics.median(times) * 1e3:6.1f} ms "
        f"over {len(times)} changes (includes PNG rendering)"
    )


if __name__ == "__main__":
    main()
