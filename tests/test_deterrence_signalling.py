"""Tests for D3 (crisis signalling) and D5 (tying hands versus sinking costs).

Every equilibrium is checked by a method that does not use its closed form:
best responses over a grid of mixed strategies, Bayes' rule recomputed from a
joint probability table, seeded Monte Carlo play of the game, and exhaustive
enumeration of pure-strategy equilibria on a grid of signal levels.
"""

from __future__ import annotations

import math
from dataclasses import FrozenInstanceError
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from guaranteelab.deterrence import signalling as sig
from guaranteelab.deterrence.signalling import (
    REGIMES,
    CostlySignalGame,
    CrisisSignallingGame,
)

# ---------------------------------------------------------------------------
# D3 helpers: random games in each regime, away from knife edges
# ---------------------------------------------------------------------------

EDGE = 1e-3  # distance kept from every knife edge the spec flags


def crisis_params(rng: np.random.Generator, regime: str) -> dict[str, float]:
    """A random valid game in the requested regime, away from knife edges."""
    while True:
        b = rng.uniform(0.2, 3.0)
        s = rng.uniform(0.2, 3.0)
        a_c = rng.uniform(0.05, 2.0)
        rho = rng.uniform(0.0, 2.0)
        a_d = rng.uniform(0.05, 4.0)
        if regime == "always_press":
            w_c = rng.uniform(-a_c + EDGE, b - EDGE)  # mu* > 1
        else:
            w_c = rng.uniform(-8.0, -a_c - EDGE)  # mu* < 1
        mu = (b + a_c) / (b - w_c)
        if regime != "always_press" and mu > 1 - EDGE:
            continue
        pi = rng.uniform(0.01, 0.99)
        pi_bar = b / (b - w_c)
        if abs(pi - mu) < EDGE or abs(pi - pi_bar) < EDGE:
            continue
        if regime == "pooling" and pi < mu:
            continue
        if regime == "semi_separating" and pi > mu:
            continue
        return {
            "prior_resolve": pi,
            "gain": b,
            "concession_cost": s,
            "challenger_retreat_cost": a_c,
            "defender_retreat_gain": rho,
            "challenger_war_payoff": w_c,
            "audience_cost": a_d,
            "resolute_war_payoff": rng.uniform(-s + EDGE, 1.0),
            "irresolute_war_payoff": -s - a_d - rng.uniform(EDGE, 3.0),
        }


def closed_form_args(p: dict[str, float]) -> tuple[float, ...]:
    return (
        p["prior_resolve"],
        p["gain"],
        p["concession_cost"],
        p["challenger_retreat_cost"],
        p["defender_retreat_gain"],
        p["challenger_war_payoff"],
        p["audience_cost"],
    )


def continuation_payoffs(p: dict[str, float], beta, q):
    """C's and the irresolute type's expected payoffs after a challenge, from the game tree.

    The resolute type resists and fights (sequentially rational); the
    irresolute type resists with probability ``beta`` and yields if pressed;
    C presses with probability ``q``. Written from the payoff table alone.
    """
    pi, b, s = p["prior_resolve"], p["gain"], p["concession_cost"]
    a_c, rho, w_c, a_d = (
        p["challenger_retreat_cost"],
        p["defender_retreat_gain"],
        p["challenger_war_payoff"],
        p["audience_cost"],
    )
    resolute_branch = q * w_c + (1 - q) * (-a_c)
    bluff_branch = q * b + (1 - q) * (-a_c)
    u_c = pi * resolute_branch + (1 - pi) * ((1 - beta) * b + beta * bluff_branch)
    u_i = (1 - beta) * (-s) + beta * (q * (-s - a_d) + (1 - q) * rho)
    return u_c, u_i


def grid_equilibria(p: dict[str, float], beta_star: float, q_star: float, n: int = 201):
    """Every (beta, q) on a grid (plus the stated point) where nobody gains by deviating on the grid."""
    betas = np.unique(np.concatenate([np.linspace(0, 1, n), [beta_star]]))
    qs = np.unique(np.concatenate([np.linspace(0, 1, n), [q_star]]))
    u_c, u_i = continuation_payoffs(p, betas[:, None], qs[None, :])
    gain_c = u_c.max(axis=1, keepdims=True) - u_c  # C changes q, given beta
    gain_i = u_i.max(axis=0, keepdims=True) - u_i  # I changes beta, given q
    stable = (gain_c <= 1e-10) & (gain_i <= 1e-10)
    rows, cols = np.nonzero(stable)
    return betas[rows], qs[cols], u_c


REGIME_SEEDS = [(regime, seed) for regime in REGIMES for seed in range(15)]


# ---------------------------------------------------------------------------
# D3: the spec's test oracles
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(300))
def test_d3_oracle1_challenge_iff_prior_below_threshold(seed):
    """D3 oracle 1: C challenges iff pi < b/(b - w_C), in every regime (a_C > 0)."""
    rng = np.random.default_rng(seed)
    p = crisis_params(rng, REGIMES[seed % 3])
    eq = CrisisSignallingGame(**p).solve()
    threshold = p["gain"] / (p["gain"] - p["challenger_war_payoff"])
    assert eq.challenges == (p["prior_resolve"] < threshold)
    assert eq.challenge_threshold == pytest.approx(threshold)
    # the classical B/(B+C) form when war is costly for C
    if p["challenger_war_payoff"] < 0:
        assert threshold == pytest.approx(p["gain"] / (p["gain"] + abs(p["challenger_war_payoff"])))


@given(
    a_c=st.floats(0.01, 3.0),
    a_d=st.floats(0.0, 5.0),
    rho=st.floats(0.0, 3.0),
    s=st.floats(0.05, 3.0),
    pi=st.floats(0.01, 0.99),
)
def test_d3_oracle1_threshold_ignores_audience_and_defender_payoffs(a_c, a_d, rho, s, pi):
    """D3 oracle 1: whether C challenges depends on neither a_C, a_D, rho nor s."""
    b, w_c = 1.0, -2.0  # pi_bar = 1/3
    assume(abs(pi - 1 / 3) > 1e-6 and abs(pi - (b + a_c) / (b - w_c)) > 1e-9)
    game = CrisisSignallingGame(
        prior_resolve=pi,
        gain=b,
        concession_cost=s,
        challenger_retreat_cost=a_c,
        defender_retreat_gain=rho,
        challenger_war_payoff=w_c,
        audience_cost=a_d,
        resolute_war_payoff=0.0,
        irresolute_war_payoff=-s - a_d - 1.0,
    )
    assert game.solve().challenges == (pi < 1 / 3)


def test_d3_oracle1_nonnegative_war_payoff_always_challenges():
    """D3 oracle 1: with 0 <= w_C < b the threshold is at least 1, so C always challenges."""
    assert sig.challenge_threshold(1.0, 0.0) == 1.0
    assert sig.challenge_threshold(1.0, 0.5) > 1.0
    for pi in (0.05, 0.5, 0.95):
        assert CrisisSignallingGame(prior_resolve=pi, challenger_war_payoff=0.5).solve().challenges


@given(
    pi1=st.floats(0.01, 0.99),
    pi2=st.floats(0.01, 0.99),
    a_c=st.floats(0.0, 3.0),
    w_c=st.floats(-10.0, 0.9),
)
def test_d3_oracle2_bluffing_increases_in_prior(pi1, pi2, a_c, w_c):
    """D3 oracle 2: the bluffing probability beta increases in pi (strictly while semi-separating)."""
    low, high = sorted((pi1, pi2))
    assume(high - low > 1e-6)
    beta_low = sig.bluff_probability(low, 1.0, a_c, w_c)
    beta_high = sig.bluff_probability(high, 1.0, a_c, w_c)
    assert beta_low <= beta_high + 1e-12
    mu = sig.press_threshold(1.0, a_c, w_c)
    # Within the tie tolerance of mu* = 1 (or of pi = mu*) the regime is a knife edge (oracle 6).
    if high < mu - 1e-9 and mu < 1 - 1e-9:
        assert beta_low < beta_high


@given(a1=st.floats(0.0, 10.0), a2=st.floats(0.0, 10.0), pi=st.floats(0.01, 0.49))
def test_d3_oracle3_war_given_challenge_falls_with_audience_cost(a1, a2, pi):
    """D3 oracle 3: semi-separating P(war | challenge) = pi q*, decreasing in a_D."""
    low, high = sorted((a1, a2))
    assume(high - low > 1e-6)
    # b=1, a_C=0.5, w_C=-2: mu* = 0.5 > pi, so semi-separating
    war_low = sig.war_probability_given_challenge(pi, 1.0, 1.0, 0.5, 0.5, -2.0, low)
    war_high = sig.war_probability_given_challenge(pi, 1.0, 1.0, 0.5, 0.5, -2.0, high)
    assert war_high < war_low
    assert war_low == pytest.approx(pi * 1.5 / (1.5 + low), rel=1e-12)


def test_d3_oracle3_war_given_challenge_in_each_regime():
    """D3 oracle 3: P(war | challenge) is pi q* (semi), pi (always press), 0 (pooling); q* = 1 at a_D = 0."""
    assert sig.mixing_press_probability(1.0, 0.5, 0.0) == 1.0
    args = (1.0, 1.0, 0.5, 0.5, -2.0, 1.0)
    assert sig.war_probability_given_challenge(0.3, *args) == pytest.approx(0.3 * 0.6)
    assert sig.war_probability_given_challenge(0.3, 1.0, 1.0, 0.5, 0.5, -2.0, 0.0) == 0.3
    assert sig.war_probability_given_challenge(0.7, *args) == 0.0
    # always press: w_C = -0.2 > -a_C
    assert sig.war_probability_given_challenge(0.7, 1.0, 1.0, 0.5, 0.5, -0.2, 1.0) == 0.7


@given(a1=st.floats(0.0, 10.0), a2=st.floats(0.0, 10.0), pi=st.floats(0.01, 0.49))
def test_d3_oracle4_backdown_rises_with_audience_cost(a1, a2, pi):
    """D3 oracle 4: semi-separating P(C backs down | resistance) = 1 - q* increases in a_D."""
    low, high = sorted((a1, a2))
    assume(high - low > 1e-6)
    back_low = sig.backdown_probability(pi, 1.0, 1.0, 0.5, 0.5, -2.0, low)
    back_high = sig.backdown_probability(pi, 1.0, 1.0, 0.5, 0.5, -2.0, high)
    assert back_high > back_low


def test_d3_oracle4_backdown_in_other_regimes():
    """D3 oracle 4: P(back down | resistance) is 0 when C always presses and 1 when D pools."""
    assert sig.backdown_probability(0.7, 1.0, 1.0, 0.5, 0.5, -0.2, 1.0) == 0.0
    assert sig.backdown_probability(0.7, 1.0, 1.0, 0.5, 0.5, -2.0, 1.0) == 1.0


@pytest.mark.parametrize("seed", range(200))
def test_d3_oracle5_indifference_conditions(seed):
    """D3 oracle 5: in the semi-separating case C's and I's indifference conditions hold to machine precision."""
    p = crisis_params(np.random.default_rng(seed), "semi_separating")
    eq = CrisisSignallingGame(**p).solve()
    mu, q = eq.posterior_after_resistance, eq.press_probability
    b, s, a_c = p["gain"], p["concession_cost"], p["challenger_retreat_cost"]
    rho, w_c, a_d = p["defender_retreat_gain"], p["challenger_war_payoff"], p["audience_cost"]
    press, back = mu * w_c + (1 - mu) * b, -a_c
    resist, concede = q * (-s - a_d) + (1 - q) * rho, -s
    assert abs(press - back) <= 8 * np.finfo(float).eps * max(1.0, abs(b), abs(w_c))
    assert abs(resist - concede) <= 8 * np.finfo(float).eps * max(1.0, s + a_d, rho)


def test_d3_oracle6_knife_edge_no_audience_cost():
    """D3 oracle 6: with a_D = 0 any beta in [beta*, 1] is an equilibrium with q = 1; P(war) and C's payoff are pinned down."""
    p = dict(
        prior_resolve=0.3,
        gain=1.0,
        concession_cost=1.0,
        challenger_retreat_cost=0.5,
        defender_retreat_gain=0.5,
        challenger_war_payoff=-2.0,
        audience_cost=0.0,
    )
    eq = CrisisSignallingGame(**p).solve()
    assert eq.press_probability == 1.0
    for beta in np.linspace(eq.bluff_probability, 1.0, 7):
        u_c = continuation_payoffs(p, beta, np.linspace(0, 1, 101))[0]
        assert u_c[-1] >= u_c.max() - 1e-12  # pressing for sure is a best response
        i_resist, i_concede = continuation_payoffs(p, np.array([1.0, 0.0]), 1.0)[1]
        assert i_resist == pytest.approx(i_concede)  # I indifferent at q = 1
        assert p["prior_resolve"] * 1.0 == pytest.approx(eq.war_probability_given_challenge)
        assert u_c[-1] == pytest.approx(eq.challenge_value, abs=1e-12)
    # below beta*, C would back down: not an equilibrium with q = 1
    u_c, _ = continuation_payoffs(p, 0.5 * eq.bluff_probability, np.linspace(0, 1, 101))
    assert u_c.argmax() == 0


def test_d3_oracle6_knife_edge_prior_at_press_threshold():
    """D3 oracle 6: at pi = mu* any q in [0, q*] with beta = 1 is an equilibrium; the formula reports pooling."""
    p = dict(
        prior_resolve=0.5,
        gain=1.0,
        concession_cost=1.0,
        challenger_retreat_cost=0.5,
        defender_retreat_gain=0.5,
        challenger_war_payoff=-2.0,
        audience_cost=1.0,
    )
    eq = CrisisSignallingGame(**p).solve()
    assert eq.regime == "pooling" and eq.press_probability == 0.0
    q_star = sig.mixing_press_probability(1.0, 0.5, 1.0)
    for q in np.linspace(0, q_star, 6):
        u_c, _ = continuation_payoffs(p, 1.0, np.linspace(0, 1, 101))
        assert np.ptp(u_c) < 1e-12  # C indifferent about pressing
        u_i = continuation_payoffs(p, np.linspace(0, 1, 101), q)[1]
        assert u_i[-1] >= u_i.max() - 1e-12  # bluffing for sure is a best response


# ---------------------------------------------------------------------------
# Knife edges in floating point: the documented tie rules, checked exactly
# ---------------------------------------------------------------------------


def decimal_grid(start: float, stop: float, step: float, digits: int = 2) -> list[float]:
    """Slider positions start, start + step, ..., stop, as the nearest floats to the decimals."""
    count = round((stop - start) / step) + 1
    return [round(start + k * step, digits) for k in range(count)]


def exact(x: float) -> Fraction:
    """The decimal a slider position stands for (0.35 means 35/100, not the float nearest it)."""
    return Fraction(repr(x))


# the crisis lab's sliders for the prior, C's war payoff and C's cost of backing down (b = 1)
LAB_PRIORS = decimal_grid(0.01, 0.99, 0.01)
LAB_WAR_PAYOFFS = decimal_grid(-5.0, 0.9, 0.1, 1)
LAB_RETREAT_COSTS = decimal_grid(0.0, 2.0, 0.05)


def exact_crisis(pi: float, w_c: float, a_c: float) -> tuple[bool, str]:
    """Whether C challenges and the regime, in exact rational arithmetic with b = 1."""
    pi_x, w_x, a_x = exact(pi), exact(w_c), exact(a_c)
    mu = (1 + a_x) / (1 - w_x)
    regime = "always_press" if mu >= 1 else ("pooling" if pi_x >= mu else "semi_separating")
    return pi_x < 1 / (1 - w_x), regime


def test_d3_knife_edges_are_reported_as_documented():
    """At pi = pi_bar C does not challenge, and at pi = mu* D pools, although rounding puts each a hair off."""
    # pi = pi_bar = 1/4: C's value of challenging rounds to about +1e-16
    eq = CrisisSignallingGame(prior_resolve=0.25, challenger_war_payoff=-3.0).solve()
    assert abs(eq.challenge_value) < 1e-15
    assert not eq.challenges and eq.war_probability == 0.0 and eq.resolute_payoff == 0.0
    # pi = mu* = 0.35: rounding puts mu* just above pi, which used to report semi-separating
    eq = CrisisSignallingGame(prior_resolve=0.35, challenger_retreat_cost=0.05).solve()
    assert eq.regime == "pooling"
    assert eq.bluff_probability == 1.0 and eq.press_probability == 0.0
    assert eq.war_probability_given_challenge == 0.0


def test_d3_ties_follow_exact_arithmetic_on_the_lab_grid():
    """Challenge decision and regime agree with exact rational arithmetic at all 243,540 slider positions."""
    pis = np.array(LAB_PRIORS)[:, None, None]
    w_cs = np.array(LAB_WAR_PAYOFFS)[None, :, None]
    a_cs = np.array(LAB_RETREAT_COSTS)[None, None, :]
    challenged = sig.challenges(pis, 1.0, a_cs, w_cs)
    regimes = sig.signalling_regime(pis, 1.0, a_cs, w_cs)
    assert challenged.shape == regimes.shape == (99, 60, 41)
    pi_bar = [1 / (1 - exact(w)) for w in LAB_WAR_PAYOFFS]
    mu = [[(1 + exact(a)) / (1 - exact(w)) for a in LAB_RETREAT_COSTS] for w in LAB_WAR_PAYOFFS]
    ties = {"challenge": 0, "press": 0}
    for i, pi in enumerate(map(exact, LAB_PRIORS)):
        for j in range(len(LAB_WAR_PAYOFFS)):
            ties["challenge"] += pi == pi_bar[j]
            assert challenged[i, j, 0] == (pi < pi_bar[j]), (LAB_PRIORS[i], LAB_WAR_PAYOFFS[j])
            assert (challenged[i, j] == challenged[i, j, 0]).all()  # a_C plays no part
            for k in range(len(LAB_RETREAT_COSTS)):
                m = mu[j][k]
                ties["press"] += pi == m
                expected = 0 if m >= 1 else (1 if pi >= m else 2)
                assert regimes[i, j, k] == expected, (LAB_PRIORS[i], LAB_WAR_PAYOFFS[j], m)
    assert ties["challenge"] > 0 and ties["press"] > 0  # the grid does contain exact knife edges


def test_d3_solve_uses_the_same_tie_rules():
    """solve() agrees with exact arithmetic at every lab position on or next to a knife edge."""
    checked = 0
    for w_c in LAB_WAR_PAYOFFS:
        for a_c in LAB_RETREAT_COSTS:
            mu = (1 + exact(a_c)) / (1 - exact(w_c))
            pi_bar = 1 / (1 - exact(w_c))
            for pi in LAB_PRIORS:
                near = min(abs(exact(pi) - mu), abs(exact(pi) - pi_bar)) <= Fraction(1, 100)
                if not (near or mu == 1):
                    continue
                eq = CrisisSignallingGame(
                    prior_resolve=pi, challenger_war_payoff=w_c, challenger_retreat_cost=a_c
                ).solve()
                assert (eq.challenges, eq.regime) == exact_crisis(pi, w_c, a_c), (pi, w_c, a_c)
                checked += 1
    assert checked > 1000


# ---------------------------------------------------------------------------
# D3: independent checks of the equilibrium
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(100))
def test_d3_bayes_rule_recomputed_from_joint_table(seed):
    """(a) Bayes' rule from the joint distribution of type and action gives the stated posterior."""
    p = crisis_params(np.random.default_rng(seed), REGIMES[seed % 3])
    eq = CrisisSignallingGame(**p).solve()
    pi = p["prior_resolve"]
    # rows: resolute, irresolute; columns: resist, concede
    joint = np.array(
        [
            [pi * 1.0, pi * 0.0],
            [(1 - pi) * eq.bluff_probability, (1 - pi) * (1 - eq.bluff_probability)],
        ]
    )
    posterior = joint[0, 0] / joint[:, 0].sum()
    assert posterior == pytest.approx(eq.posterior_after_resistance, rel=1e-12)
    assert joint[:, 0].sum() == pytest.approx(eq.resistance_probability, rel=1e-12)
    assert joint[:, 1].sum() == pytest.approx(eq.concession_probability, abs=1e-12)
    if eq.regime == "semi_separating":
        assert posterior == pytest.approx(eq.press_threshold, rel=1e-12)


@pytest.mark.parametrize(("regime", "seed"), REGIME_SEEDS)
def test_d3_brute_force_grid_best_responses(regime, seed):
    """(b) On a grid of (beta, q), the stated strategies are the only mutual best responses, and C's challenge decision is optimal."""
    p = crisis_params(np.random.default_rng(1000 + seed), regime)
    eq = CrisisSignallingGame(**p).solve()
    assert eq.regime == regime
    betas, qs, _ = grid_equilibria(p, eq.bluff_probability, eq.press_probability)
    assert len(betas) >= 1
    assert np.allclose(betas, eq.bluff_probability, atol=1e-6)
    assert np.allclose(qs, eq.press_probability, atol=1e-6)
    # C's value of challenging from the game tree, and its challenge decision
    value = continuation_payoffs(p, eq.bluff_probability, eq.press_probability)[0]
    assert value == pytest.approx(eq.challenge_value, abs=1e-12)
    assert eq.challenges == (value > 0)


@pytest.mark.parametrize("seed", range(50))
def test_d3_sequential_rationality_of_the_defender(seed):
    """The resolute type resists and fights, the irresolute type yields when pressed, at every press probability."""
    p = crisis_params(np.random.default_rng(2000 + seed), REGIMES[seed % 3])
    s, rho, a_d = p["concession_cost"], p["defender_retreat_gain"], p["audience_cost"]
    assert p["resolute_war_payoff"] > -s - a_d  # fights rather than yields
    assert p["irresolute_war_payoff"] < -s - a_d  # yields rather than fights
    for q in np.linspace(0, 1, 11):
        assert q * p["resolute_war_payoff"] + (1 - q) * rho > -s  # resisting beats conceding


def simulate(p: dict[str, float], eq, n: int, seed: int) -> dict[str, np.ndarray]:
    """Play the game n times with the equilibrium strategies."""
    rng = np.random.default_rng(seed)
    resolute = rng.random(n) < p["prior_resolve"]
    resist = resolute | (rng.random(n) < eq.bluff_probability)
    press = resist & (rng.random(n) < eq.press_probability)
    war = press & resolute
    backdown = resist & ~press
    concede = ~resist
    payoff_c = np.select(
        [concede, backdown, war, press & ~resolute],
        [p["gain"], -p["challenger_retreat_cost"], p["challenger_war_payoff"], p["gain"]],
    )
    return {
        "resolute": resolute,
        "resist": resist,
        "press": press,
        "war": war,
        "backdown": backdown,
        "concede": concede,
        "payoff_c": payoff_c,
    }


def within_4se(sample: np.ndarray, expected: float) -> bool:
    if sample.size == 0:
        return True
    mean = sample.mean()
    if expected in (0.0, 1.0) and np.all((sample == 0) | (sample == 1)):
        return mean == expected
    se = sample.std(ddof=1) / math.sqrt(sample.size)
    if np.ptp(sample) == 0.0:  # a constant sample (a pure outcome) must equal the expectation
        return math.isclose(mean, expected, rel_tol=1e-12, abs_tol=1e-12)
    return abs(mean - expected) <= 4 * se


@pytest.mark.parametrize(("regime", "seed"), [(r, s) for r in REGIMES for s in range(3)])
def test_d3_monte_carlo_play(regime, seed):
    """(c) Seeded Monte Carlo play matches the outcome probabilities and C's payoff within 4 SE."""
    p = crisis_params(np.random.default_rng(3000 + seed), regime)
    eq = CrisisSignallingGame(**p).solve()
    sim = simulate(p, eq, 200_000, seed)
    assert within_4se(sim["war"].astype(float), eq.war_probability_given_challenge)
    assert within_4se(sim["resist"].astype(float), eq.resistance_probability)
    assert within_4se(sim["concede"].astype(float), eq.concession_probability)
    assert within_4se(sim["backdown"][sim["resist"]].astype(float), eq.backdown_probability)
    resolute_given_resist = sim["resolute"][sim["resist"]].astype(float)
    assert within_4se(resolute_given_resist, eq.posterior_after_resistance)
    assert within_4se(sim["payoff_c"], eq.challenge_value)


def test_d3_default_example_values():
    """The worked example used in the notebook: pi = 0.3, b = s = 1, a_C = rho = 0.5, w_C = -2, a_D = 1."""
    eq = CrisisSignallingGame().solve()
    assert eq.regime == "semi_separating"
    assert eq.press_threshold == pytest.approx(0.5)
    assert eq.bluff_probability == pytest.approx(3 / 7)
    assert eq.press_probability == pytest.approx(0.6) == eq.mixing_press_probability
    assert eq.war_probability_given_challenge == pytest.approx(0.18)
    assert eq.challenge_value == pytest.approx(0.1)
    assert eq.challenges and eq.war_probability == pytest.approx(0.18)


def test_d3_no_challenge_reports_continuation_and_zero_war():
    """When C does not challenge, the continuation strategies are reported but the unconditional P(war) is 0."""
    eq = CrisisSignallingGame(prior_resolve=0.4).solve()  # 1/3 < 0.4 < mu* = 0.5
    assert not eq.challenges
    assert eq.regime == "semi_separating"
    assert eq.war_probability_given_challenge > 0 and eq.war_probability == 0.0
    assert eq.resolute_payoff == 0.0 and eq.irresolute_payoff == 0.0


def test_d3_closed_forms_broadcast_on_a_grid():
    """A 1000 x 1000 map (prior x audience cost) is one call and equals the scalar results."""
    pis = np.linspace(0.01, 0.99, 1000)[:, None]
    a_ds = np.linspace(0.0, 5.0, 1000)[None, :]
    grid = sig.war_probability_given_challenge(pis, 1.0, 1.0, 0.5, 0.5, -2.0, a_ds)
    assert grid.shape == (1000, 1000)
    rng = np.random.default_rng(0)
    for i, j in rng.integers(0, 1000, size=(50, 2)):
        scalar = CrisisSignallingGame(
            prior_resolve=float(pis[i, 0]), audience_cost=float(a_ds[0, j])
        ).solve()
        assert grid[i, j] == pytest.approx(scalar.war_probability_given_challenge, abs=1e-15)
    regimes = sig.signalling_regime(pis, 1.0, 0.5, -2.0)
    assert regimes.shape == (1000, 1) and set(np.unique(regimes)) == {1, 2}
    assert isinstance(sig.press_threshold(1.0, 0.5, -2.0), float)


def test_d3_result_is_frozen():
    eq = CrisisSignallingGame().solve()
    with pytest.raises(FrozenInstanceError):
        eq.regime = "pooling"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        CrisisSignallingGame().prior_resolve = 0.5  # type: ignore[misc]


# ---------------------------------------------------------------------------
# D3: bad input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("prior_resolve", 0.0),
        ("prior_resolve", 1.0),
        ("prior_resolve", math.nan),
        ("gain", 0.0),
        ("gain", math.inf),
        ("concession_cost", -1.0),
        ("challenger_retreat_cost", -0.1),
        ("defender_retreat_gain", -0.1),
        ("audience_cost", -0.1),
        ("audience_cost", math.nan),
        ("challenger_war_payoff", 1.0),  # not below gain
        ("challenger_war_payoff", -math.inf),
        ("resolute_war_payoff", -1.0),  # does not beat -s
        ("irresolute_war_payoff", -1.5),  # does not fall below -s - a_D
        ("irresolute_war_payoff", math.nan),
    ],
)
def test_d3_model_rejects_bad_parameters(name, value):
    with pytest.raises(ValueError, match=name):
        CrisisSignallingGame(**{name: value})


@pytest.mark.parametrize("name", ["prior_resolve", "gain", "audience_cost"])
def test_d3_model_rejects_wrong_types(name):
    with pytest.raises(TypeError, match=name):
        CrisisSignallingGame(**{name: "high"})
    with pytest.raises(TypeError, match=name):
        CrisisSignallingGame(**{name: np.array([0.2, 0.3])})
    with pytest.raises(TypeError, match=name):
        CrisisSignallingGame(**{name: True})


def test_d3_closed_forms_reject_bad_input():
    with pytest.raises(ValueError, match="prior_resolve"):
        sig.bluff_probability(np.array([0.2, 1.2]), 1.0, 0.5, -2.0)
    with pytest.raises(ValueError, match="challenger_war_payoff"):
        sig.press_threshold(1.0, 0.5, np.array([-2.0, 2.0]))
    with pytest.raises(ValueError, match="audience_cost"):
        sig.mixing_press_probability(1.0, 0.5, -1.0)
    with pytest.raises(ValueError, match="gain"):
        sig.challenge_threshold(math.nan, -1.0)
    with pytest.raises(ValueError, match="bluff_probability"):
        sig.posterior_after_resistance(0.3, 1.5)
    with pytest.raises(TypeError, match="prior_resolve"):
        sig.war_probability_given_challenge("0.3", 1.0, 1.0, 0.5, 0.5, -2.0, 1.0)


# ---------------------------------------------------------------------------
# D5 helpers
# ---------------------------------------------------------------------------


def costly_draws(n: int, seed: int) -> dict[str, np.ndarray]:
    """Seeded random D5 parameters, kept away from the knife edge v_L = g c_D."""
    rng = np.random.default_rng(seed)
    c_d = rng.uniform(0.1, 5.0, n)
    draws = {
        "prior_high": rng.uniform(0.01, 0.99, n),
        "war_cost": c_d,
        "high_value": c_d + rng.uniform(0.0, 5.0, n),
        "low_value": c_d * rng.uniform(0.0, 0.999, n),
        "challenge_vs_fighter": rng.uniform(0.01, 0.99, n),
    }
    edge = np.abs(draws["low_value"] - draws["challenge_vs_fighter"] * c_d) < 1e-6
    return {k: x[~edge] for k, x in draws.items()}


def d5_args(d: dict) -> tuple:
    return (
        d["prior_high"],
        d["high_value"],
        d["low_value"],
        d["war_cost"],
        d["challenge_vs_fighter"],
    )


# ---------------------------------------------------------------------------
# D5: the spec's test oracles
# ---------------------------------------------------------------------------


def test_d5_oracle1_tying_hands_pays_at_least_as_much():
    """D5 oracle 1: U_D(tying hands) >= U_D(sinking costs), over 20,000 seeded random draws."""
    d = costly_draws(20_000, 1)
    tie = sig.defender_payoff_tying_hands(*d5_args(d))
    sink = sig.defender_payoff_sinking_costs(*d5_args(d))
    assert np.all(tie >= sink - 1e-12)


def test_d5_oracle2_tying_hands_risks_more_war_strictly_iff_low_value_high():
    """D5 oracle 2: P(war | tying hands) >= P(war | sinking costs), strictly iff v_L > g c_D (else both pi g)."""
    d = costly_draws(20_000, 2)
    pi, _, v_l, c_d, g = d5_args(d)
    tie = sig.war_probability_tying_hands(pi, v_l, c_d, g)
    sink = sig.war_probability_sinking_costs(pi, g)
    assert np.all(tie >= sink)
    strictly = v_l > g * c_d
    assert np.all((tie > sink) == strictly)
    assert np.allclose(tie[~strictly], pi[~strictly] * g[~strictly], rtol=0, atol=0)
    assert strictly.any() and (~strictly).any()


@given(
    pi=st.floats(0.01, 0.99),
    c_d=st.floats(0.1, 5.0),
    extra=st.floats(0.0, 5.0),
    low_share=st.floats(0.0, 0.999),
    g=st.floats(0.01, 0.99),
)
def test_d5_oracles_1_and_2_property(pi, c_d, extra, low_share, g):
    """D5 oracles 1 and 2 as a property over the whole valid parameter space."""
    v_l = low_share * c_d
    assume(abs(v_l - g * c_d) > 1e-9)
    comparison = CostlySignalGame(pi, c_d + extra, v_l, c_d, g).compare()
    assert comparison.tying_hands_pays_at_least_as_much
    assert comparison.extra_war_risk >= 0
    assert (comparison.extra_war_risk > 0) == (v_l > g * c_d)


@pytest.mark.parametrize("seed", range(200))
def test_d5_oracle3_signallers_fight(seed):
    """D5 oracle 3: every type that sends a costly signal fights if challenged (no bluffing)."""
    d = {k: float(x[0]) for k, x in costly_draws(1, 100 + seed).items()}
    game = CostlySignalGame(**d)
    c_d, v_h, v_l = d["war_cost"], d["high_value"], d["low_value"]
    tie, sink = game.tying_hands(), game.sinking_costs()
    # the high type fights whatever it has paid or pledged
    assert v_h - c_d >= 0
    if tie.signallers == "both":
        # minimum_signal is an infimum: at it the low type is exactly indifferent,
        # and with any larger pledge it strictly prefers fighting
        assert v_l - c_d == -tie.minimum_signal
        assert v_l - c_d > -(tie.minimum_signal + 1e-9)
    else:
        # the low type does not tie hands: mimicking is not profitable
        g = d["challenge_vs_fighter"]
        a = tie.minimum_signal
        mimic = (1 - g) * v_l + g * max(v_l - c_d, -a)
        assert mimic <= 1e-12
    # sinking costs: the low type would not pay the least separating cost
    g = d["challenge_vs_fighter"]
    assert (1 - g) * v_l - sink.minimum_signal <= 1e-12
    assert sink.minimum_signal <= sink.maximum_signal


# --- exhaustive enumeration of pure PBE on a grid of signal levels ----------


def challenge_probability(p_fight: np.ndarray, k_low: float, k_high: float) -> np.ndarray:
    """P(C challenges) when it expects a fight with probability p_fight and k ~ U[k_low, k_high].

    C challenges iff p_fight * (-k) + (1 - p_fight) * 1 > 0.
    """
    p_fight = np.asarray(p_fight, dtype=float)
    with np.errstate(divide="ignore"):
        cutoff = np.where(p_fight > 0, (1 - p_fight) / np.where(p_fight > 0, p_fight, 1), np.inf)
    return np.clip((cutoff - k_low) / (k_high - k_low), 0.0, 1.0)


def enumerate_pure_pbe(
    mechanism, pi, v_h, v_l, c_d, k_low, k_high, signals, *, high_fights_at_tie=False
):
    """All pure-strategy PBE (a_H, a_L) on a signal grid, with their outcomes.

    At each signal D plays its sequentially rational continuation (fight iff
    strictly better than conceding; with ``high_fights_at_tie`` the high type
    also fights when indifferent, as the model lets it at v_H = c_D). On-path
    beliefs follow Bayes' rule; an off-path signal is read as type L, which is
    the belief that makes every deviation least attractive (a lower belief in
    H never makes C less likely to challenge), so a profile is a PBE for some
    off-path belief iff it is one for this belief.

    A signal's payoff depends on the sender's type and on C's belief there,
    which in a pure profile is 0, 1 or the prior, so the payoffs are tabulated
    once and every profile is checked against every deviation by lookup.
    """
    values = {"H": v_h, "L": v_l}
    tying = mechanism == "tying_hands"

    def fights(theta, a):
        concede = -a if tying else 0.0
        fight = values[theta] - c_d
        return fight > concede or (theta == "H" and high_fights_at_tie and fight == concede)

    def outcome(theta, a, belief_high):
        p_fight = belief_high * fights("H", a) + (1 - belief_high) * fights("L", a)
        ch = float(challenge_probability(p_fight, k_low, k_high))
        when_challenged = values[theta] - c_d if fights(theta, a) else (-a if tying else 0.0)
        sunk = 0.0 if tying else a
        return (1 - ch) * values[theta] + ch * when_challenged - sunk, ch

    beliefs = (0.0, 1.0, pi)  # off path or L's signal, H's signal, a pooled signal
    table = {
        theta: [[outcome(theta, a, b) for b in beliefs] for a in signals] for theta in ("H", "L")
    }
    n = len(signals)
    found = []
    for i_h in range(n):
        for i_l in range(n):

            def belief(i, i_h=i_h, i_l=i_l):
                if i == i_h and i == i_l:
                    return 2
                return 1 if i == i_h else 0

            eq_h, ch_h = table["H"][i_h][belief(i_h)]
            eq_l, ch_l = table["L"][i_l][belief(i_l)]
            best_h = max(table["H"][i][belief(i)][0] for i in range(n))
            best_l = max(table["L"][i][belief(i)][0] for i in range(n))
            if best_h > eq_h + 1e-12 or best_l > eq_l + 1e-12:
                continue
            a_h, a_l = signals[i_h], signals[i_l]
            fight_h, fight_l = fights("H", a_h), fights("L", a_l)
            found.append(
                {
                    "a_h": a_h,
                    "a_l": a_l,
                    "payoff": pi * eq_h + (1 - pi) * eq_l,
                    "war": pi * ch_h * fight_h + (1 - pi) * ch_l * fight_l,
                    "bluff_h": a_h > 0 and not fight_h,
                    "bluff_l": a_l > 0 and not fight_l,
                }
            )
    return found


TYING_CASES = [
    # (pi, v_H, v_L, c_D, k_low, k_high): g = -k_low / (k_high - k_low)
    (0.5, 2.0, 0.6, 1.0, -1.0, 3.0),  # g = 0.25, v_L > g c_D: both tie hands
    (0.5, 2.0, 0.1, 1.0, -1.0, 3.0),  # v_L < g c_D: only H ties hands
    (0.3, 1.4, 0.35, 1.0, -2.0, 3.0),  # g = 0.4, v_L < g c_D
    (0.8, 3.0, 0.7, 1.3, -0.5, 4.5),  # g = 0.1, pooling on the signal
    (0.2, 1.1, 0.0, 1.0, -1.0, 1.0),  # g = 0.5, v_L = 0
]


@pytest.mark.parametrize("case", TYING_CASES)
def test_d5_oracle4_tying_hands_every_pure_pbe_same_outcome(case):
    """D5 oracle 4: with tying hands every pure PBE on a signal grid has the same (U_D, P(war)), and nobody bluffs."""
    pi, v_h, v_l, c_d, k_low, k_high = case
    g = sig.challenge_vs_fighter_uniform(k_low, k_high)
    signals = np.round(np.linspace(0.0, 2.0 * c_d, 41), 12)
    found = enumerate_pure_pbe("tying_hands", pi, v_h, v_l, c_d, k_low, k_high, signals)
    assert found, "the grid should contain at least one equilibrium"
    expected = CostlySignalGame(pi, v_h, v_l, c_d, g).tying_hands()
    for eq in found:
        assert eq["payoff"] == pytest.approx(expected.defender_payoff, abs=1e-12)
        assert eq["war"] == pytest.approx(expected.war_probability, abs=1e-12)
        assert not eq["bluff_h"] and not eq["bluff_l"]
        if expected.signallers == "high":
            assert eq["a_l"] == 0.0 and eq["a_h"] >= expected.minimum_signal - 1e-12
        else:
            assert min(eq["a_h"], eq["a_l"]) >= expected.minimum_signal - 1e-12


def test_d5_sinking_costs_admits_other_equilibria():
    """The docs' caveat: with sinking costs plain PBE also has a no-signal pool, which can pay D more than tying hands."""
    # g = 0.1 and v_L = 0.099 < g c_D: tying hands separates, with U_D = pi (v_H - g c_D)
    pi, v_h, v_l, c_d, k_low, k_high = 0.9, 2.0, 0.099, 1.0, -5.0, 45.0
    g = sig.challenge_vs_fighter_uniform(k_low, k_high)
    signals = np.round(np.linspace(0.0, 1.0, 51), 12)
    found = enumerate_pure_pbe("sinking_costs", pi, v_h, v_l, c_d, k_low, k_high, signals)
    pools = [eq for eq in found if eq["a_h"] == 0.0 and eq["a_l"] == 0.0]
    assert pools, "the no-signal pool is a PBE with sinking costs"
    game = CostlySignalGame(pi, v_h, v_l, c_d, g)
    assert pools[0]["payoff"] > game.tying_hands().defender_payoff
    # pools in which L pays and concedes if challenged (bluffing) are PBE too
    assert any(eq["bluff_l"] and eq["a_l"] == eq["a_h"] for eq in found)
    # the least-cost separating equilibrium is among them (on the grid, just above m*)
    separating = [eq for eq in found if eq["a_l"] == 0.0 and eq["a_h"] > 0.0]
    assert separating
    best = max(eq["payoff"] for eq in separating)
    assert best <= game.sinking_costs().defender_payoff + 1e-12
    assert best == pytest.approx(game.sinking_costs().defender_payoff, abs=pi * 0.02)


@pytest.mark.parametrize("seed", range(50))
def test_d5_oracles_on_enumerated_equilibria(seed):
    """D5 oracles 1, 2 and 4 on numbers from exhaustive enumeration, not from the closed forms.

    A seeded random game (every fifth with v_L = 0, every fifth with v_H = c_D)
    is solved by enumerating all pure PBE on a signal grid that contains the
    candidate knife-edge signals m* = (1-g) v_L, c_D - v_L and (1-g) v_L / g,
    each also plus 1e-9, all computed here from the payoffs. The best
    separating sunk-cost PBE must equal sinking_costs() to 1e-9, every
    tied-hands PBE must equal tying_hands(), and the oracles must hold on the
    enumerated numbers.
    """
    rng = np.random.default_rng(7000 + seed)
    while True:
        c_d = rng.uniform(0.3, 3.0)
        v_l = 0.0 if seed % 5 == 0 else c_d * rng.uniform(0.0, 0.98)
        v_h = c_d if seed % 5 == 1 else c_d + rng.uniform(0.0, 3.0)
        k_low, k_high = -rng.uniform(0.1, 3.0), rng.uniform(0.1, 5.0)
        g = -k_low / (k_high - k_low)
        pi = rng.uniform(0.02, 0.98)
        if abs(v_l - g * c_d) > 1e-3:  # away from the v_L = g c_D knife edge
            break
    eps = 1e-9
    candidates = [(1 - g) * v_l, c_d - v_l]
    if v_l > 0:
        candidates.append((1 - g) * v_l / g)
    extra = [x + d for x in candidates for d in (0.0, eps)]
    signals = sorted(set(np.round(list(np.linspace(0.0, 2.0 * c_d, 25)) + extra, 15)))
    game = CostlySignalGame(pi, v_h, v_l, c_d, g)
    tie, sink = game.tying_hands(), game.sinking_costs()
    game_args = (pi, v_h, v_l, c_d, k_low, k_high, signals)

    tied = enumerate_pure_pbe("tying_hands", *game_args, high_fights_at_tie=True)
    assert tied, "tying hands has a pure PBE on the grid"
    for eq in tied:  # oracle 4: one outcome, and nobody bluffs
        assert eq["payoff"] == pytest.approx(tie.defender_payoff, abs=1e-9)
        assert eq["war"] == pytest.approx(tie.war_probability, abs=1e-9)
        assert not eq["bluff_h"] and not eq["bluff_l"]

    sunk = enumerate_pure_pbe("sinking_costs", *game_args, high_fights_at_tie=True)
    separating = [eq for eq in sunk if eq["a_l"] == 0.0 and eq["a_h"] > 0.0 and not eq["bluff_h"]]
    assert separating, "a separating sunk-cost PBE exists on the grid"
    best = max(separating, key=lambda eq: eq["payoff"])
    assert best["payoff"] == pytest.approx(sink.defender_payoff, abs=1e-9)
    assert best["war"] == pytest.approx(sink.war_probability, abs=1e-9)
    # the cheapest separating signal is m* (or, with v_L = 0 and m* = 0, the least positive one)
    assert sink.minimum_signal - 1e-12 <= best["a_h"] <= sink.minimum_signal + eps

    # oracle 1 on the enumerated numbers: tying hands pays at least the best separating sunk cost
    assert tied[0]["payoff"] >= best["payoff"] - 1e-12
    # oracle 2: at least as much risk of war, strictly more iff v_L > g c_D
    assert tied[0]["war"] >= best["war"] - 1e-12
    assert (tied[0]["war"] > best["war"] + 1e-12) == (v_l > g * c_d)


@pytest.mark.parametrize("case", TYING_CASES)
def test_d5_sunk_cost_upper_end_is_not_attained(case):
    """maximum_signal (1-g) c_D is a supremum: there the high type gains nothing by paying, so it does not pay."""
    pi, v_h, v_l, c_d, k_low, k_high = case
    g = sig.challenge_vs_fighter_uniform(k_low, k_high)
    top = CostlySignalGame(pi, v_h, v_l, c_d, g).sinking_costs().maximum_signal

    def gain_from_paying(m):
        """H's payoff from paying m (read as H) minus not paying (read as L), from the payoff table."""
        challenged_if_paid = float(challenge_probability(1.0, k_low, k_high))
        paid = (1 - challenged_if_paid) * v_h + challenged_if_paid * (v_h - c_d) - m
        not_paid = v_h - c_d  # challenged for sure, and H fights
        return paid - not_paid

    assert gain_from_paying(top) == pytest.approx(0.0, abs=1e-12)  # indifferent: does not pay
    assert gain_from_paying(top - 1e-6) > 0 > gain_from_paying(top + 1e-6)
    # the enumeration agrees: just below the top, paying separates; at it, H only weakly prefers it
    signals = [0.0, top - 1e-6, top]
    found = enumerate_pure_pbe("sinking_costs", pi, v_h, v_l, c_d, k_low, k_high, signals)
    assert any(eq["a_h"] == top - 1e-6 and eq["a_l"] == 0.0 for eq in found)


# the costly lab's sliders for v_L, c_D and g
COSTLY_LOW_VALUES = decimal_grid(0.0, 1.9, 0.05)
COSTLY_WAR_COSTS = decimal_grid(0.2, 2.0, 0.05)
COSTLY_GS = decimal_grid(0.01, 0.99, 0.01)


def test_d5_pooling_tie_follows_exact_arithmetic_on_the_lab_grid():
    """At v_L = g c_D exactly only the high type ties hands, even where rounding puts g c_D a hair below v_L."""
    assert not sig.tying_hands_pools(0.45, 1.5, 0.3)  # 0.3 * 1.5 rounds to 0.44999999999999996
    game = CostlySignalGame(
        prior_high=0.5, high_value=2.0, low_value=0.45, war_cost=1.5, challenge_vs_fighter=0.3
    )
    tie = game.tying_hands()
    assert tie.signallers == "high"
    assert tie.war_probability == pytest.approx(0.5 * 0.3)
    # every valid slider position (v_L < c_D) in one vectorised call
    positions = [
        (low, cost, share)
        for low in COSTLY_LOW_VALUES
        for cost in COSTLY_WAR_COSTS
        if low < cost
        for share in COSTLY_GS
    ]
    low, cost, share = (np.array(column) for column in zip(*positions, strict=True))
    pools = sig.tying_hands_pools(low, cost, share)
    ties = 0
    for position, pooled in zip(positions, pools, strict=True):
        threshold = exact(position[2]) * exact(position[1])
        ties += exact(position[0]) == threshold
        assert pooled == (exact(position[0]) > threshold), position
    assert ties > 0


# ---------------------------------------------------------------------------
# D5: closed forms, vectorisation and bad input
# ---------------------------------------------------------------------------


def test_d5_closed_forms_match_the_model():
    game = CostlySignalGame(prior_high=0.5, high_value=2.0, low_value=0.6)
    tie, sink = game.tying_hands(), game.sinking_costs()
    assert tie.signallers == "both" and tie.minimum_signal == pytest.approx(0.4)
    assert tie.war_probability == 0.25 and tie.defender_payoff == pytest.approx(1.05)
    assert sink.signallers == "high" and sink.minimum_signal == pytest.approx(0.45)
    assert sink.war_probability == 0.125 and sink.defender_payoff == pytest.approx(0.65)
    assert tie.maximum_signal == math.inf
    assert sig.challenge_vs_fighter_uniform(-1.0, 3.0) == 0.25
    comparison = game.compare()
    assert comparison.pooling_threshold == 0.25  # g c_D
    assert comparison.tying_hands_pays_at_least_as_much


def test_d5_closed_forms_broadcast():
    pis = np.linspace(0.01, 0.99, 1000)[:, None]
    lows = np.linspace(0.0, 0.99, 1000)[None, :]
    war = sig.war_probability_tying_hands(pis, lows, 1.0, 0.25)
    pay = sig.defender_payoff_tying_hands(pis, 2.0, lows, 1.0, 0.25)
    assert war.shape == pay.shape == (1000, 1000)
    for i, j in [(0, 0), (10, 900), (999, 250), (500, 500)]:
        game = CostlySignalGame(float(pis[i, 0]), 2.0, float(lows[0, j]), 1.0, 0.25)
        assert war[i, j] == game.tying_hands().war_probability
        assert pay[i, j] == pytest.approx(game.tying_hands().defender_payoff, abs=1e-15)
    assert sig.tying_hands_pools(lows, 1.0, 0.25).dtype == bool


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("prior_high", 0.0),
        ("prior_high", 1.0),
        ("prior_high", math.nan),
        ("high_value", 0.5),  # below war_cost
        ("high_value", math.inf),
        ("low_value", -0.1),
        ("low_value", 1.0),  # not below war_cost
        ("war_cost", 0.0),
        ("challenge_vs_fighter", 0.0),
        ("challenge_vs_fighter", 1.0),
        ("challenge_vs_fighter", math.nan),
    ],
)
def test_d5_model_rejects_bad_parameters(name, value):
    with pytest.raises(ValueError, match=name):
        CostlySignalGame(**{name: value})


def test_d5_rejects_wrong_types_and_bad_closed_form_input():
    with pytest.raises(TypeError, match="prior_high"):
        CostlySignalGame(prior_high="half")
    with pytest.raises(TypeError, match="low_value"):
        CostlySignalGame(low_value=np.array([0.1, 0.2]))
    with pytest.raises(ValueError, match="low_value"):
        sig.minimum_sunk_cost(np.array([0.2, 1.5]), 1.0, 0.25)
    with pytest.raises(ValueError, match="high_value"):
        sig.defender_payoff_tying_hands(0.5, np.array([2.0, 0.5]), 0.2, 1.0, 0.25)
    with pytest.raises(ValueError, match="cost_low"):
        sig.challenge_vs_fighter_uniform(0.5, 2.0)
    with pytest.raises(ValueError, match="challenge_vs_fighter"):
        sig.maximum_sunk_cost(1.0, math.inf)


def test_module_import_is_light():
    """Importing the model module loads neither matplotlib nor ipywidgets."""
    import subprocess
    import sys

    code = (
        "import sys, guaranteelab.deterrence.signalling; "
        "print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


# ---------------------------------------------------------------------------
# D4: selection effects
# ---------------------------------------------------------------------------


def play_selection(r, s, b, a, n, seed):
    """Each challenger type theta ~ U[0, 1] best-responds, computed from the payoffs alone."""
    rng = np.random.default_rng(seed)
    theta = rng.random(n)
    fights = theta - s > -a  # if resisted, fight rather than back down
    if_resisted = np.where(fights, theta - s, -a)
    challenges = (1 - r) * b + r * if_resisted > 0  # strictly better than the status quo
    resisted = challenges & (rng.random(n) < r)
    return {
        "challenge": challenges.astype(float),
        "backdown": (~fights[resisted]).astype(float),
        "war": (resisted & fights).astype(float),
    }


SELECTION_CASES = [
    # (r, s, B, a): both regimes, strength below and above the backing-down cost
    (0.3, 0.5, 1.0, 0.2),
    (0.1, 0.9, 1.0, 0.5),
    (0.6, 0.4, 1.0, 1.0),
    (0.8, 0.5, 1.0, 0.2),
    (0.95, 0.9, 0.5, 0.1),
    (0.5, 0.0, 2.0, 0.0),
]


@pytest.mark.parametrize("case", SELECTION_CASES)
def test_d4_monte_carlo_best_responses(case):
    """D4: seeded Monte Carlo play of best-responding types matches the closed forms within 4 SE."""
    r, s, b, a = case
    sim = play_selection(r, s, b, a, 200_000, seed=int(100 * r + 10 * s))
    out = sig.SelectionEffectsGame(r, s, b, a).solve()
    assert within_4se(sim["challenge"], out.challenge_probability)
    assert within_4se(sim["backdown"], out.backdown_probability)
    assert within_4se(sim["war"], out.war_probability)


selection_params = st.tuples(
    st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.floats(0.05, 5.0), st.floats(0.0, 3.0)
)


@given(params=selection_params, other=st.floats(0.0, 1.0))
def test_d4_oracle1_general_deterrence(params, other):
    """D4 oracle 1: P(challenge) is non-increasing in r and in s (general deterrence works)."""
    r, s, b, a = params
    lo, hi = sorted((r, other))
    assert sig.selection_challenge_probability(hi, s, b, a) <= (
        sig.selection_challenge_probability(lo, s, b, a) + 1e-12
    )
    lo, hi = sorted((s, other))
    assert sig.selection_challenge_probability(r, hi, b, a) <= (
        sig.selection_challenge_probability(r, lo, b, a) + 1e-12
    )


@given(params=selection_params, other=st.floats(0.0, 1.0))
def test_d4_oracle2_threats_fail_where_interests_are_strongest(params, other):
    """D4 oracle 2: P(back down | challenged, resisted) is non-increasing in r, and 0 above B/(B+a)."""
    r, s, b, a = params
    lo, hi = sorted((r, other))
    assert sig.selection_backdown_probability(hi, s, b, a) <= sig.selection_backdown_probability(
        lo, s, b, a
    )
    if r > b / (b + a):
        assert sig.selection_backdown_probability(r, s, b, a) == 0.0


@given(params=selection_params, other=st.floats(0.0, 1.0))
def test_d4_oracle3_strength_helps_immediate_deterrence_in_regime_1(params, other):
    """D4 oracle 3: in regime 1, immediate-deterrence success is non-decreasing in s."""
    r, s, b, a = params
    assume(r * (b + a) < b)
    lo, hi = sorted((s, other))
    assert sig.selection_backdown_probability(r, hi, b, a) >= sig.selection_backdown_probability(
        r, lo, b, a
    )


def test_d4_regime_boundary_breaks_ties_toward_the_status_quo():
    """At r = B/(B+a) a bluffing type gains exactly 0, so it stays home: the boundary is regime 2 (spec correction)."""
    r, s, b, a = 0.5, 0.9, 0.2, 0.2  # B/(B+a) = 0.5; cutoff s - (1-r)B/r = 0.7
    assert sig.selection_regime(r, b, a) == 2
    out = sig.SelectionEffectsGame(r, s, b, a).solve()
    assert out.backdown_probability == 0.0
    assert out.challenge_probability == pytest.approx(0.3)
    # a bluffing type gets exactly zero from challenging, so it stays home
    assert (1 - r) * b + r * -a == 0.0
    sim = play_selection(r, s, b, a, 200_000, seed=7)
    assert within_4se(sim["challenge"], out.challenge_probability)
    assert sim["backdown"].size == 0 or sim["backdown"].max() == 0.0


def test_d4_regime_boundary_follows_exact_arithmetic_on_a_grid():
    """r = B/(B+a) belongs to regime 2 at every grid point where it holds exactly, whatever the rounding."""
    b = 0.05
    a = 1.4
    assert sig.selection_regime(b / (b + a), b, a) == 2  # r * (B + a) rounds to just below B
    rs = decimal_grid(0.0, 1.0, 0.01)
    gains = decimal_grid(0.05, 2.0, 0.05)
    costs = decimal_grid(0.0, 2.0, 0.05)
    regimes = sig.selection_regime(
        np.array(rs)[:, None, None], np.array(gains)[None, :, None], np.array(costs)[None, None, :]
    )
    ties = 0
    for i, r in enumerate(map(exact, rs)):
        for j, gain in enumerate(map(exact, gains)):
            for k, cost in enumerate(map(exact, costs)):
                ties += r * (gain + cost) == gain
                assert regimes[i, j, k] == (1 if r * (gain + cost) < gain else 2)
    assert ties > 0


def test_models_accept_zero_dimensional_arrays_as_numbers():
    """A 0-d array is a single number in every model; a 1-d array is not."""
    assert sig.SelectionEffectsGame(resist_probability=np.array(0.9)).solve().regime == 2
    assert CrisisSignallingGame(prior_resolve=np.array(0.3)).solve().regime == "semi_separating"
    assert CostlySignalGame(prior_high=np.array(0.5)).compare().extra_war_risk == 0.125
    with pytest.raises(TypeError, match="strength"):
        sig.SelectionEffectsGame(strength=np.array([0.5]))


def test_d4_broadcasts_and_rejects_bad_input():
    r = np.linspace(0, 1, 1000)[:, None]
    s = np.linspace(0, 1, 1000)[None, :]
    grid = sig.selection_war_probability(r, s, 1.0, 0.2)
    assert grid.shape == (1000, 1000) and np.all((grid >= 0) & (grid <= 1))
    assert grid[0].max() == 0.0  # never resisted: never war
    with pytest.raises(ValueError, match="resist_probability"):
        sig.SelectionEffectsGame(resist_probability=1.5)
    with pytest.raises(ValueError, match="strength"):
        sig.selection_challenge_probability(0.5, math.nan, 1.0, 0.2)
    with pytest.raises(ValueError, match="gain"):
        sig.SelectionEffectsGame(gain=0.0)
    with pytest.raises(ValueError, match="backdown_cost"):
        sig.SelectionEffectsGame(backdown_cost=-1.0)
    with pytest.raises(TypeError, match="strength"):
        sig.SelectionEffectsGame(strength="strong")
    with pytest.raises(TypeError, match="resist_probability"):
        sig.SelectionEffectsGame(resist_probability=[0.2, 0.3])
