"""Benchmarks for the entanglement unit (E1, E2, E3) and its labs.

Prints

* for E1 and E2, the time of one vectorised call over a 1000 × 1000 parameter
  grid, the time a plain per-point Python loop would take (measured on a
  random subsample of points and extrapolated) and their ratio;
* for E3, the time of 100,000 Monte Carlo cascades on a random network of 50
  states and 200 pledges, against a naive per-trial traversal of a networkx
  graph (measured on a subsample of trials and extrapolated), and the time of
  the exact enumeration of a network with 20 uncertain pledges;
* the median redraw time of each lab (``lab.set(...)``, including PNG rendering).

Run with ``.venv/bin/python benchmarks/bench_entanglement.py``.
"""

from __future__ import annotations

import statistics

import matplotlib

matplotlib.use("Agg")

import networkx as nx
import numpy as np
from _timing import GRID, best_of, compare, extrapolated, redraw_times, timed

from guaranteelab import entanglement as ent

LOOP_SAMPLE = 5_000
NAIVE_TRIALS = 2_000


def naive_cascade(graph: nx.DiGraph, attacker: str, target: str, rng: np.random.Generator) -> int:
    """One cascade by a per-trial traversal of the graph, drawing each trial when it happens."""
    side = {attacker: "A", target: "D"}
    frontier = dict(side)
    while frontier:
        calls: dict[str, set[str]] = {}
        for ally, s in frontier.items():
            for guarantor in graph.predecessors(ally):
                if guarantor in side:
                    continue
                data = graph.edges[guarantor, ally]
                kind = data["kind"]
                if kind == "U" or (kind == "D") == (s == "D"):
                    if rng.random() < data["probability"]:
                        calls.setdefault(guarantor, set()).add(s)
        joined = {g: (next(iter(c)) if len(c) == 1 else "N") for g, c in calls.items()}
        side.update(joined)
        frontier = {g: s for g, s in joined.items() if s != "N"}
    return sum(s in "AD" for s in side.values())


def bench_models() -> None:
    rng = np.random.default_rng(0)
    sample = rng.integers(0, GRID, size=(LOOP_SAMPLE, 2))
    print(f"Grid: {GRID} x {GRID} = {GRID * GRID:,} points\n")

    alpha, eps = np.meshgrid(np.linspace(0, 2, GRID), np.linspace(0.01, 2, GRID))
    compare(
        "E1 optimal_support(realignment x recklessness)",
        lambda: ent.optimal_support(alpha, eps, 1.0, 1.0),
        lambda a, e: ent.AllianceDilemma(a, e, 1.0, 1.0).solve().support,
        [(float(alpha[i, j]), float(eps[i, j])) for i, j in sample],
        width=46,
    )
    delta, cost = np.meshgrid(np.linspace(0, 1, GRID), np.linspace(0.01, 1.5, GRID))
    compare(
        "E2 balancing_probability(δ x cost), n = 4",
        lambda: ent.balancing_probability(cost, 1.0, delta, 4),
        lambda d, c: ent.BuckPassingGame(c, 1.0, d, 4).solve().balancing_probability,
        [(float(delta[i, j]), float(cost[i, j])) for i, j in sample],
        width=46,
    )

    print()
    sparse = ent.random_network(50, 200, seed=1)
    dense = ent.AllianceNetwork(  # the same pledges, honoured with probability 0.6 to 1
        [
            ent.Pledge(p.guarantor, p.ally, p.kind, 0.6 + 0.4 * p.probability)
            for p in sparse.pledges
        ],
        sparse.states,
    )
    trials = 100_000
    for label, network in (("p ~ U(0, 1)", sparse), ("p ~ U(0.6, 1)", dense)):
        cascade = ent.AllianceCascade(network, "S0", "S1")
        mc_time = best_of(
            lambda cascade=cascade: cascade.monte_carlo(trials, seed=2, progress=False)
        )
        graph = network.to_digraph()
        naive_rng = np.random.default_rng(3)
        sizes: list[int] = []
        naive_time = extrapolated(
            lambda graph=graph, rng=naive_rng, sizes=sizes: sizes.extend(
                naive_cascade(graph, "S0", "S1", rng) for _ in range(NAIVE_TRIALS)
            ),
            NAIVE_TRIALS,
            trials,
        )
        result = cascade.monte_carlo(trials, seed=2, progress=False)
        print(
            f"E3 Monte Carlo, {trials:,} cascades, 50 states / 200 pledges, {label}: "
            f"{mc_time:6.2f} s | naive per-trial traversal (extrapolated from {NAIVE_TRIALS:,}) "
            f"{naive_time:6.1f} s | ratio {naive_time / mc_time:5.1f}x"
        )
        print(
            f"   mean war size {result.expected_war_size:.3f} ± {result.expected_war_size_se:.3f} "
            f"(naive sample of {NAIVE_TRIALS:,}: {np.mean(sizes):.3f} ± "
            f"{np.std(sizes) / np.sqrt(len(sizes)):.3f})"
        )

    small = ent.random_network(14, 30, seed=5)
    pledges = [
        ent.Pledge(p.guarantor, p.ally, p.kind, 0.5) for p in small.pledges
    ]  # every pledge uncertain
    exact_cascade = ent.AllianceCascade(ent.AllianceNetwork(pledges, small.states), "S0", "S1")
    # keep exactly 20 uncertain pledges that the enumeration cannot skip
    relevant = [p for p in pledges if p.guarantor not in ("S0", "S1")][:20]
    exact_cascade = ent.AllianceCascade(ent.AllianceNetwork(relevant, small.states), "S0", "S1")
    exact_time = timed(lambda: exact_cascade.exact(progress=False))
    print(
        f"E3 exact enumeration, {exact_cascade.uncertain_pledges()} uncertain pledges "
        f"(2^{exact_cascade.uncertain_pledges()} = {2 ** exact_cascade.uncertain_pledges():,} "
        f"live-edge sets): {exact_time:6.2f} s"
    )


def bench_labs() -> None:
    from guaranteelab import labs

    print()
    cases = {
        "alliance_dilemma": ("recklessness", np.linspace(0.1, 1.0, 25)),
        "chain_ganging": ("offence_dominance", np.linspace(0.0, 1.0, 25)),
        "alliance_network": ("probability", np.linspace(0.0, 1.0, 25)),
    }
    for name, (control, values) in cases.items():
        lab = getattr(labs, name)()
        times = redraw_times(lab, ({control: float(value)} for value in values))
        print(
            f"lab {name:<18} median redraw ({control}, incl. PNG) "
            f"{statistics.median(times) * 1e3:6.1f} ms"
        )


if __name__ == "__main__":
    bench_models()
    bench_labs()
