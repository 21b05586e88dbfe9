"""Timings for the moral-hazard unit (M1, M2, M3) and its labs.

Run with ``.venv/bin/python benchmarks/bench_moral_hazard.py``. Every ratio
compares the vectorised model call with a plain per-point Python loop over
the model classes, measured in the same run (the loop on a subsample,
extrapolated to the full grid).
"""

from __future__ import annotations

import statistics

import matplotlib
import numpy as np

matplotlib.use("Agg")

from _timing import GRID, best_of, compare, median_of, redraw_times, timed

from guaranteelab import moral_hazard as mh

SUBSAMPLE = 2000
WIDTH = 58


def bench_m1() -> None:
    inequality, alpha = np.meshgrid(np.linspace(0, 2, GRID), np.linspace(0.05, 0.95, GRID))
    weights = np.arange(1, 6, dtype=float)[None, None, :] ** (-inequality[..., None])
    incomes = 100 * weights / weights.sum(axis=-1, keepdims=True)
    alphas = np.broadcast_to(alpha[..., None], incomes.shape)
    flat_y, flat_a = incomes.reshape(-1, 5), alphas.reshape(-1, 5)
    pick = np.random.default_rng(0).choice(GRID * GRID, SUBSAMPLE, replace=False)
    compare(
        "M1 Nash totals, 1000x1000 alliances of 5",
        lambda: mh.nash_total_defence(incomes, alphas),
        lambda y, a: mh.PublicGoodAlliance(y, a).solve(),
        [(tuple(flat_y[i].tolist()), tuple(flat_a[i].tolist())) for i in pick],
        width=WIDTH,
    )

    rng = np.random.default_rng(1)
    y, a = rng.lognormal(0, 1, 1000), rng.uniform(0.05, 0.95, 1000)
    exact = best_of(lambda: mh.nash_contributions(y, a), 5)
    iterated = timed(lambda: mh.best_response_iteration(y, a))
    print(
        f"{'M1 one alliance of 1,000 members':<{WIDTH}} exact {exact * 1e3:8.2f} ms | "
        f"best-response iteration {iterated * 1e3:8.1f} ms | speed-up {iterated / exact:8.0f}x"
    )


def bench_m2() -> None:
    h, gamma = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0, 1, GRID))
    flat_h, flat_g = h.ravel(), gamma.ravel()
    pick = np.random.default_rng(2).choice(GRID * GRID, SUBSAMPLE, replace=False)
    compare(
        "M2 war probability, 1000x1000 (support, insurance)",
        lambda: mh.war_probability(h, 0.2, 0.3, 0.5, gamma, 1.0),
        lambda g, support: mh.EmboldenmentModel(0.2, 0.3, 0.5, g, 1.0).solve(support),
        [(flat_g[i], flat_h[i]) for i in pick],
        width=WIDTH,
    )


def bench_m3() -> None:
    hu, hp = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0, 1, GRID))
    payoffs = (1.0, -3.0, 1.0, 1.0, 1.0, -1.0)
    game = mh.CommitmentDesign(*payoffs)
    flat_u, flat_p = hu.ravel(), hp.ravel()
    pick = np.random.default_rng(3).choice(GRID * GRID, SUBSAMPLE, replace=False)
    compare(
        "M3 outcomes, 1000x1000 policies (h_U, h_P)",
        lambda: mh.commitment_outcomes(hu, hp, *payoffs),
        game.outcome,
        [(flat_u[i], flat_p[i]) for i in pick],
        width=WIDTH,
    )


def bench_labs() -> None:
    from guaranteelab import labs
    from guaranteelab.plotting import finish_axes, new_figure, render_png

    # Context for the lab timings: one line on one axis, rendered the same way.
    figure, ax = new_figure(managed=False)
    ax.plot([0, 1], [0, 1])
    finish_axes(ax, title="baseline", xlabel="x", ylabel="y")
    figure.set_layout_engine("none")
    baseline = median_of(lambda: render_png(figure), 12)
    label = "baseline: render a one-line figure to PNG"
    print(f"{label:<{WIDTH}} median         {baseline * 1e3:6.1f} ms")

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
        times = redraw_times(lab, ({name: value} for value in values * 4))
        label = f"lab {factory.__name__}(), moving {name}"
        print(
            f"{label:<{WIDTH}} median redraw {statistics.median(times) * 1e3:6.1f} ms (incl. PNG)"
        )


if __name__ == "__main__":
    bench_m1()
    bench_m2()
    bench_m3()
    bench_labs()
