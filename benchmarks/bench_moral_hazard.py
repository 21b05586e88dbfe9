"""Timings for the moral-hazard unit (M1, M2, M3) and its labs.

Run with ``.venv/bin/python benchmarks/bench_moral_hazard.py``. Every ratio
compares the vectorised model call with a plain per-point Python loop over
the model classes, measured in the same run (the loop on a subsample,
extrapolated to the full grid).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import matplotlib
import numpy as np

matplotlib.use("Agg")

from guaranteelab import moral_hazard as mh

GRID = 1000
SUBSAMPLE = 2000


def seconds(call: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def report(name: str, vector: float, loop_per_point: float) -> None:
    loop_total = loop_per_point * GRID * GRID
    print(
        f"{name:<58} vectorised {vector * 1e3:8.1f} ms | loop (extrapolated) "
        f"{loop_total:8.1f} s | speed-up {loop_total / vector:8.0f}x"
    )


def bench_m1() -> None:
    inequality, alpha = np.meshgrid(np.linspace(0, 2, GRID), np.linspace(0.05, 0.95, GRID))
    weights = np.arange(1, 6, dtype=float)[None, None, :] ** (-inequality[..., None])
    incomes = 100 * weights / weights.sum(axis=-1, keepdims=True)
    alphas = np.broadcast_to(alpha[..., None], incomes.shape)
    vector = seconds(lambda: mh.nash_total_defence(incomes, alphas))
    flat_y, flat_a = incomes.reshape(-1, 5), alphas.reshape(-1, 5)
    pick = np.random.default_rng(0).choice(GRID * GRID, SUBSAMPLE, replace=False)

    def loop() -> None:
        for i in pick:
            mh.PublicGoodAlliance(tuple(flat_y[i]), tuple(flat_a[i])).solve()

    report("M1 Nash totals, 1000x1000 alliances of 5", vector, seconds(loop, 1) / SUBSAMPLE)

    rng = np.random.default_rng(1)
    y, a = rng.lognormal(0, 1, 1000), rng.uniform(0.05, 0.95, 1000)
    exact = seconds(lambda: mh.nash_contributions(y, a), 5)
    iterated = seconds(lambda: mh.best_response_iteration(y, a), 1)
    print(
        f"{'M1 one alliance of 1,000 members':<58} exact {exact * 1e3:8.2f} ms | "
        f"best-response iteration {iterated * 1e3:8.1f} ms | speed-up {iterated / exact:8.0f}x"
    )


def bench_m2() -> None:
    h, gamma = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0, 1, GRID))
    vector = seconds(lambda: mh.war_probability(h, 0.2, 0.3, 0.5, gamma, 1.0))
    flat_h, flat_g = h.ravel(), gamma.ravel()
    pick = np.random.default_rng(2).choice(GRID * GRID, SUBSAMPLE, replace=False)

    def loop() -> None:
        for i in pick:
            mh.EmboldenmentModel(0.2, 0.3, 0.5, flat_g[i], 1.0).solve(flat_h[i])

    report(
        "M2 war probability, 1000x1000 (support, insurance)", vector, seconds(loop, 1) / SUBSAMPLE
    )


def bench_m3() -> None:
    hu, hp = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0, 1, GRID))
    payoffs = (1.0, -3.0, 1.0, 1.0, 1.0, -1.0)
    vector = seconds(lambda: mh.commitment_outcomes(hu, hp, *payoffs))
    game = mh.CommitmentDesign(*payoffs)
    flat_u, flat_p = hu.ravel(), hp.ravel()
    pick = np.random.default_rng(3).choice(GRID * GRID, SUBSAMPLE, replace=False)

    def loop() -> None:
        for i in pick:
            game.outcome(flat_u[i], flat_p[i])

    report("M3 outcomes, 1000x1000 policies (h_U, h_P)", vector, seconds(loop, 1) / SUBSAMPLE)


def bench_labs() -> None:
    from guaranteelab import labs
    from guaranteelab.plotting import finish_axes, new_figure, render_png

    # Context for the lab timings: one line on one axis, rendered the same way.
    figure, ax = new_figure(managed=False)
    ax.plot([0, 1], [0, 1])
    finish_axes(ax, title="baseline", xlabel="x", ylabel="y")
    figure.set_layout_engine("none")
    baseline = []
    for _ in range(12):
        start = time.perf_counter()
        render_png(figure)
        baseline.append(time.perf_counter() - start)
    label = "baseline: render a one-line figure to PNG"
    print(f"{label:<58} median         {statistics.median(baseline) * 1e3:6.1f} ms")

    cases = [
        (labs.burden_sharing, "n_allies", [3, 8, 15, 22, 30, 5]),
        (labs.burden_sharing, "inequality", [0.0, 0.5, 1.0, 1.5, 2.0, 0.7]),
        (labs.emboldenment, "support", [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (labs.emboldenment, "insurance", [0.0, 0.25, 0.5, 0.75, 1.0, 0.1]),
        (labs.commitment_design, "h", [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (labs.commitment_design, "protege_war_with_guarantor", [-2.0, -1.0, 0.0, 1.0, 2.0, 0.5]),
    ]
    for factory, name, values in cases:
        lab = factory()
        times = []
        for value in values * 4:
            start = time.perf_counter()
            lab.set(**{name: value})
            times.append(time.perf_counter() - start)
        label = f"lab {factory.__name__}(), moving {name}"
        print(f"{label:<58} median redraw {statistics.median(times) * 1e3:6.1f} ms (incl. PNG)")


if __name__ == "__main__":
    bench_m1()
    bench_m2()
    bench_m3()
    bench_labs()
