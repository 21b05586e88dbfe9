"""Benchmark the signalling unit (D3, D4, D5) and its two labs.

Run with ``.venv/bin/python benchmarks/bench_signalling.py``. Prints:

* the time of each vectorised closed form over a 1000 x 1000 parameter grid;
* the time of a plain per-point Python loop over the same grid (measured on a
  random subsample of points and extrapolated), and the ratio;
* the median redraw time of each lab (``lab.set(...)``, which includes
  rendering the PNG) over a sweep of control values.
"""

from __future__ import annotations

import statistics

import matplotlib
import numpy as np

matplotlib.use("Agg")

from _timing import GRID, best_of, extrapolated, redraw_times

from guaranteelab.deterrence import signalling as model
from guaranteelab.labs.signalling import costly_signals, crisis_signalling

SUBSAMPLE = 5_000
REPEATS = 5


def bench_d3() -> None:
    priors = np.linspace(0.001, 0.999, GRID)[:, None]
    audience = np.linspace(0.0, 5.0, GRID)[None, :]

    def vectorised():
        return model.war_probability_given_challenge(priors, 1.0, 1.0, 0.5, 0.5, -2.0, audience)

    t_vec = best_of(vectorised, REPEATS)
    rng = np.random.default_rng(0)
    rows = rng.integers(0, GRID, SUBSAMPLE)
    cols = rng.integers(0, GRID, SUBSAMPLE)
    pis = priors[rows, 0].tolist()
    ads = audience[0, cols].tolist()

    def loop_model():
        for pi, a_d in zip(pis, ads, strict=True):
            model.CrisisSignallingGame(prior_resolve=pi, audience_cost=a_d).solve()

    def loop_function():
        for pi, a_d in zip(pis, ads, strict=True):
            model.war_probability_given_challenge(pi, 1.0, 1.0, 0.5, 0.5, -2.0, a_d)

    t_model = extrapolated(loop_model, SUBSAMPLE)
    t_func = extrapolated(loop_function, SUBSAMPLE)
    print("D3 crisis signalling: P(war | challenge) over prior x audience cost, 1000 x 1000")
    print(f"  vectorised, one call                 : {t_vec * 1e3:8.1f} ms")
    print(
        f"  loop of scalar calls (extrapolated)  : {t_func:8.1f} s   ratio {t_func / t_vec:,.0f}x"
    )
    print(
        f"  loop of model.solve() (extrapolated) : {t_model:8.1f} s   ratio {t_model / t_vec:,.0f}x"
    )


def bench_d5() -> None:
    priors = np.linspace(0.001, 0.999, GRID)[:, None]
    lows = np.linspace(0.0, 0.999, GRID)[None, :]

    def vectorised():
        model.defender_payoff_tying_hands(priors, 2.0, lows, 1.0, 0.25)
        model.war_probability_tying_hands(priors, lows, 1.0, 0.25)

    t_vec = best_of(vectorised, REPEATS)
    rng = np.random.default_rng(1)
    pis = priors[rng.integers(0, GRID, SUBSAMPLE), 0].tolist()
    vls = lows[0, rng.integers(0, GRID, SUBSAMPLE)].tolist()

    def loop_model():
        for pi, v_l in zip(pis, vls, strict=True):
            model.CostlySignalGame(pi, 2.0, v_l, 1.0, 0.25).tying_hands()

    def loop_function():
        for pi, v_l in zip(pis, vls, strict=True):
            model.defender_payoff_tying_hands(pi, 2.0, v_l, 1.0, 0.25)
            model.war_probability_tying_hands(pi, v_l, 1.0, 0.25)

    t_model = extrapolated(loop_model, SUBSAMPLE)
    t_func = extrapolated(loop_function, SUBSAMPLE)
    print("D5 tying hands: U_D and P(war) over prior x low type's value, 1000 x 1000")
    print(f"  vectorised, two calls                : {t_vec * 1e3:8.1f} ms")
    print(
        f"  loop of scalar calls (extrapolated)  : {t_func:8.1f} s   ratio {t_func / t_vec:,.0f}x"
    )
    print(
        f"  loop of model (extrapolated)         : {t_model:8.1f} s   ratio {t_model / t_vec:,.0f}x"
    )


def bench_d4() -> None:
    resist = np.linspace(0.0, 1.0, GRID)[:, None]
    strength = np.linspace(0.0, 1.0, GRID)[None, :]

    def vectorised():
        return model.selection_war_probability(resist, strength, 1.0, 0.2)

    t_vec = best_of(vectorised, REPEATS)
    rng = np.random.default_rng(2)
    rs = resist[rng.integers(0, GRID, SUBSAMPLE), 0].tolist()
    ss = strength[0, rng.integers(0, GRID, SUBSAMPLE)].tolist()

    def loop_model():
        for r, s in zip(rs, ss, strict=True):
            model.SelectionEffectsGame(r, s, 1.0, 0.2).solve()

    t_model = extrapolated(loop_model, SUBSAMPLE)
    print("D4 selection effects: P(war) over resist probability x strength, 1000 x 1000")
    print(f"  vectorised, one call                 : {t_vec * 1e3:8.1f} ms")
    print(
        f"  loop of model.solve() (extrapolated) : {t_model:8.1f} s   ratio {t_model / t_vec:,.0f}x"
    )


def bench_lab(factory, control: str, values) -> None:
    lab = factory()
    times = redraw_times(lab, ({control: float(value)} for value in values))
    assert lab.error is None
    print(
        f"lab {factory.__name__}(): median redraw {statistics.median(times) * 1e3:.1f} ms "
        f"over {len(times)} changes of {control} (min {min(times) * 1e3:.1f} ms)"
    )


if __name__ == "__main__":
    bench_d3()
    bench_d4()
    bench_d5()
    bench_lab(crisis_signalling, "prior_resolve", np.linspace(0.05, 0.95, 40))
    bench_lab(crisis_signalling, "audience_cost", np.linspace(0.0, 5.0, 40))
    bench_lab(costly_signals, "low_value", np.linspace(0.0, 0.95, 40))
