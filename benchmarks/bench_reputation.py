"""Timings for R1 and R2: vectorised closed forms and simulation against Python loops, and the lab.

Run with ``.venv/bin/python benchmarks/bench_reputation.py``.
"""

from __future__ import annotations

import statistics

import numpy as np
from _timing import GRID, best_of, compare, extrapolated, print_comparison, redraw_times, timed

from guaranteelab import reputation as rp

SUBSAMPLE = 2000


def loop_histories(model, n_histories, n_crises, seed):
    """The plain way: one history at a time, Bayes' rule one crisis at a time."""
    rng = np.random.default_rng(seed)
    h_r, h_i = model.honour_resolute, model.honour_irresolute
    out = np.empty((n_histories, n_crises + 1))
    for row in range(n_histories):
        resolute = rng.random() < model.prior
        rate = h_r if resolute else h_i
        mu = model.prior
        out[row, 0] = mu
        for t in range(n_crises):
            if rng.random() < rate:
                mu = mu * h_r / (mu * h_r + (1 - mu) * h_i)
            else:
                mu = mu * (1 - h_r) / (mu * (1 - h_r) + (1 - mu) * (1 - h_i))
            out[row, t + 1] = mu
    return out


def main() -> None:
    mu, q_star = np.meshgrid(np.linspace(0.0, 1.0, GRID), np.linspace(0.0, 1.0, GRID))
    compare(
        "R1 honours_needed, 1000x1000 (μ, q*)",
        lambda: rp.honours_needed(mu, q_star, 0.9, 0.3),
        lambda a, b: rp.honours_needed(a, b, 0.9, 0.3),
        list(
            zip(mu.ravel()[:SUBSAMPLE].tolist(), q_star.ravel()[:SUBSAMPLE].tolist(), strict=True)
        ),
        width=46,
    )

    n_h, n_a = np.meshgrid(np.arange(GRID), np.arange(GRID))
    fast = best_of(lambda: rp.belief_after_history(0.5, n_h, n_a, 0.9, 0.3))
    print(f"{'R1 belief_after_history, 1000x1000 counts':<46} vectorised {fast * 1e3:8.1f} ms")

    model = rp.Reputation(0.5, 0.9, 0.3, 0.7)
    model.simulate(1000, 50, seed=0)  # warm up
    fast = best_of(lambda: model.simulate(100_000, 50, seed=1))
    sample = 2000
    slow = extrapolated(lambda: loop_histories(model, sample, 50, seed=1), sample, 100_000)
    print_comparison("R1 simulate 100,000 histories x 50 crises", fast, slow, width=46)

    solve = timed(lambda: rp.ChainStore(1000, 2.0, 0.5, 0.01).solve())
    print(f"{'R2 ChainStore(N=1000).solve()':<46} {solve * 1e3:8.1f} ms")

    from guaranteelab import labs

    lab = labs.crisis_history()
    times = redraw_times(lab, ({"crises": i % 13, "abandon_at": (i * 5) % 13} for i in range(25)))
    print(f"{'lab crisis_history(): median redraw':<46} {statistics.median(times) * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
