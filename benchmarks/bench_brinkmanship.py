"""Timings for D6 and D7: vectorised closed forms against a per-point loop, and lab redraws.

Run with ``.venv/bin/python benchmarks/bench_brinkmanship.py``.
"""

from __future__ import annotations

import statistics

import numpy as np
from _timing import GRID, compare, redraw_times, timed

from guaranteelab.deterrence import brinkmanship as bk

SUBSAMPLE = 2000


def main() -> None:
    h, war = np.meshgrid(np.linspace(0.0, 1.0, GRID), np.linspace(2.5, 20.0, GRID))
    h_war = list(zip(h.ravel()[:SUBSAMPLE].tolist(), war.ravel()[:SUBSAMPLE].tolist(), strict=True))
    compare(
        "D6 window_exists, 1000x1000 (h, W_D)",
        lambda: bk.window_exists(h, 1.0, 3.0, 2.0, war),
        lambda a, b: bk.window_exists(a, 1.0, 3.0, 2.0, b),
        h_war,
    )
    compare(
        "D6 Brinkmanship(...).solve() per point",
        lambda: bk.brinkmanship_needed(h, 1.0, 3.0, 2.0, war),
        lambda a, b: bk.Brinkmanship(a, 1.0, 3.0, 2.0, b).solve(),
        h_war,
    )
    upper, hazard = np.meshgrid(np.linspace(0.05, 20.0, GRID), np.linspace(0.1, 5.0, GRID))
    flat_x, flat_l = upper.ravel()[:SUBSAMPLE].tolist(), hazard.ravel()[:SUBSAMPLE].tolist()
    compare(
        "D7 contest_disaster_probability, 1000x1000 (X, λ)",
        lambda: bk.contest_disaster_probability(upper, hazard),
        bk.contest_disaster_probability,
        list(zip(flat_x, flat_l, strict=True)),
    )
    per_call = timed(lambda: [bk.RiskContest(float(a), 1.0).solve() for a in upper[0, :100]]) / 100
    print(f"{'D7 RiskContest.solve() (quad), per call':<48} {per_call * 1e3:8.2f} ms")
    x = np.linspace(0.0, 0.999, GRID)[None, :] * upper
    compare(
        "D7 quitting_time, 1000x1000 (x, X)",
        lambda: bk.quitting_time(x, upper, hazard),
        bk.quitting_time,
        list(zip(x.ravel()[:SUBSAMPLE].tolist(), flat_x, flat_l, strict=True)),
    )
    simulation = timed(lambda: bk.RiskContest(2.0, 1.0).simulate(1_000_000, seed=0))
    print(f"{'D7 simulate 1,000,000 contests':<48} {simulation * 1e3:8.1f} ms")

    from guaranteelab import labs

    for name, settings in [
        ("risk_window", [{"hard_probability": v} for v in np.linspace(0.05, 0.95, 25)]),
        ("risk_contest", [{"seed": s, "hazard": 0.5 + 0.1 * s} for s in range(25)]),
    ]:
        lab = getattr(labs, name)()
        times = redraw_times(
            lab,
            ({k: type(lab.controls[k].value)(v) for k, v in values.items()} for values in settings),
        )
        print(f"{'lab ' + name + '(): median redraw':<48} {statistics.median(times) * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
