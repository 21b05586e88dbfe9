"""Tests for the classical deterrence model (D1), each checked independently of the closed form."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from guaranteelab.deterrence import classical as d1
from guaranteelab.deterrence.classical import (
    ClassicalDeterrence,
    DeterrenceOutcome,
    attack_payoff,
    challenge_probability,
    credibility_threshold,
    deterrence_index,
    is_capable_threat,
    is_deterred,
)

gains = st.floats(0.05, 10.0)
costs = st.floats(0.01, 10.0)
probs = st.floats(0.0, 1.0)
fractions = st.floats(0.0, 0.95)  # status-quo value as a fraction of the gain

R_GRID = np.linspace(0.0, 1.0, 200_001)


def brute_force_threshold(gain: float, cost: float, capability: float, sq: float) -> float:
    """Smallest r on a fine grid at which attacking does not strictly beat the status quo."""
    payoff = (1 - R_GRID) * gain + R_GRID * ((1 - capability) * gain - cost)
    deterred = payoff <= sq
    return float(R_GRID[np.argmax(deterred)]) if deterred.any() else math.inf


def test_oracle_1_threshold_value():
    """D1 oracle 1: the threshold formula holds; r* = 1/4 when B = 1, p = 1, c = 3."""
    assert credibility_threshold(1.0, 3.0, 1.0) == pytest.approx(0.25)
    assert ClassicalDeterrence(1.0, 3.0, 1.0, 0.25).solve().threshold == pytest.approx(0.25)
    # the textbook special case sigma = 0, p = 1: B / (B + c)
    assert credibility_threshold(2.0, 3.0, 1.0) == pytest.approx(2.0 / 5.0)


@given(gains, costs, probs, fractions)
def test_oracle_1_threshold_matches_brute_force_search_over_r(gain, cost, capability, frac):
    """D1 oracle 1: r* agrees with a brute-force search over r for the first deterring resolve."""
    sq = frac * gain
    threshold = credibility_threshold(gain, cost, capability, sq)
    found = brute_force_threshold(gain, cost, capability, sq)
    if threshold > 1.0 + 1e-9:
        assert found == math.inf
    elif threshold < 1.0 - 1e-5:
        assert found == pytest.approx(threshold, abs=2e-5)


@given(gains, costs, probs, probs, fractions)
def test_is_deterred_compares_payoffs(gain, cost, capability, resolve, frac):
    """Deterrence holds exactly when attacking does not strictly beat the status quo."""
    sq = frac * gain
    payoff = (1 - resolve) * gain + resolve * ((1 - capability) * gain - cost)
    assume(abs(payoff - sq) > 1e-9)
    assert is_deterred(gain, cost, capability, resolve, sq) == (payoff <= sq)
    assert attack_payoff(gain, cost, capability, resolve) == pytest.approx(payoff)
    assert (resolve >= credibility_threshold(gain, cost, capability, sq)) == (payoff <= sq)


@given(gains, costs, probs, probs)
def test_product_form_equals_threshold_form(gain, cost, capability, resolve):
    """With sigma = 0, deterrence iff r (p + c/B) >= 1 (product, not sum)."""
    index = deterrence_index(gain, cost, capability, resolve)
    assert index == pytest.approx(resolve * (capability + cost / gain))
    assume(abs(index - 1.0) > 1e-9)
    assert (index >= 1.0) == is_deterred(gain, cost, capability, resolve)


@given(gains, costs, probs)
def test_zero_resolve_never_deters_whatever_the_capability(gain, cost, capability):
    """Product, not sum: resolve 0 makes the index 0 however large capability and cost are."""
    assert deterrence_index(gain, cost, capability, 0.0) == 0.0
    assert not is_deterred(gain, cost, capability, 0.0)


@given(gains, probs)
def test_no_capability_and_no_cost_never_deters(gain, resolve):
    """Product, not sum: with p = 0 and c = 0 no resolve deters, and r* is inf."""
    assert credibility_threshold(gain, 0.0, 0.0) == math.inf
    assert not is_deterred(gain, 0.0, 0.0, resolve)
    assert not is_capable_threat(gain, 0.0, 0.0)


@given(gains, costs, probs, fractions)
def test_oracle_2_comparative_statics(gain, cost, capability, frac):
    """D1 oracle 2: dr*/dp < 0, dr*/dc < 0, dr*/dsigma < 0, dr*/dB > 0."""
    sq = frac * gain
    base = credibility_threshold(gain, cost, capability, sq)
    h = 1e-3
    if capability <= 1 - h:
        assert credibility_threshold(gain, cost, capability + h, sq) < base
    assert credibility_threshold(gain, cost + h, capability, sq) < base
    assert credibility_threshold(gain, cost, capability, min(sq + h, 0.99 * gain)) <= base
    if sq + h < 0.99 * gain:
        assert credibility_threshold(gain, cost, capability, sq + h) < base
    assert credibility_threshold(gain + h, cost, capability, sq) > base


@given(gains, costs, probs, fractions)
def test_oracle_3_zero_resolve_means_attack(gain, cost, capability, frac):
    """D1 oracle 3: r = 0 implies attack for every B > sigma."""
    sq = frac * gain
    assert not ClassicalDeterrence(gain, cost, capability, 0.0, sq).solve().deterred


@given(gains, costs, probs, fractions)
def test_oracle_4_feasible_iff_capable(gain, cost, capability, frac):
    """D1 oracle 4: deterrence is infeasible for every r <= 1 iff the threat is not capable."""
    sq = frac * gain
    feasible = bool(is_deterred(gain, cost, capability, R_GRID[::1000], sq).any())
    assert feasible == is_capable_threat(gain, cost, capability, sq)
    threshold = credibility_threshold(gain, cost, capability, sq)
    # the quotient r* can sit a rounding error above 1 at an exact tie, which the tie rule
    # counts as capable; compare with 1 only away from that knife edge
    if abs(threshold - 1.0) > 1e-9:
        assert is_capable_threat(gain, cost, capability, sq) == (threshold <= 1.0)


def test_oracle_4_knife_edge_uses_the_tie_rule():
    """D1 oracle 4 at r* = 1: the tie goes to the status quo, so the threat counts as capable."""
    # (1 - p) B - c = sigma exactly: B = 1, p = 0.5, c = 0.25, sigma = 0.25
    assert credibility_threshold(1.0, 0.25, 0.5, 0.25) == 1.0
    assert is_deterred(1.0, 0.25, 0.5, 1.0, 0.25)
    assert is_capable_threat(1.0, 0.25, 0.5, 0.25)


def test_map_is_one_call_over_a_grid():
    """A capability x resolve map is one broadcast call, equal to the per-point answers."""
    p, r = np.meshgrid(np.linspace(0, 1, 31), np.linspace(0, 1, 29))
    grid = is_deterred(1.0, 0.4, p, r, 0.1)
    assert grid.shape == (29, 31)
    assert grid.dtype == bool
    for i in range(0, 29, 7):
        for j in range(0, 31, 5):
            assert grid[i, j] == is_deterred(1.0, 0.4, float(p[i, j]), float(r[i, j]), 0.1)
    thresholds = credibility_threshold(1.0, 0.4, p[0], 0.1)
    assert thresholds.shape == (31,)


@given(st.floats(0.1, 5.0), costs, probs, probs, st.floats(0.0, 2.0))
def test_challenge_probability_matches_exact_integration(bmax, cost, capability, resolve, sq):
    """Stochastic challenger: P(challenge) equals the share of a fine uniform grid of B that attacks."""
    b = (np.arange(200_000) + 0.5) / 200_000 * bmax
    attacks = b - resolve * (capability * b + cost) > sq
    expected = attacks.mean()
    assert challenge_probability(bmax, cost, capability, resolve, sq) == pytest.approx(
        expected, abs=2e-5
    )


def test_challenge_probability_spec_formula_and_limits():
    """Stochastic challenger: the spec's formula for sigma = 0, and 0 when rp >= 1."""
    value = challenge_probability(2.0, 1.0, 0.5, 0.4)
    assert value == pytest.approx(1 - min(1, 0.4 * 1.0 / ((1 - 0.2) * 2.0)))
    assert challenge_probability(2.0, 1.0, 1.0, 1.0) == 0.0
    assert challenge_probability(2.0, 0.0, 0.3, 0.4) == 1.0


def test_challenge_probability_monte_carlo():
    """Stochastic challenger: seeded Monte Carlo frequency within 4 standard errors."""
    rng = np.random.default_rng(2026)
    n = 200_000
    bmax, cost, capability, resolve = 3.0, 0.8, 0.6, 0.5
    b = rng.uniform(0, bmax, n)
    freq = np.mean(b - resolve * (capability * b + cost) > 0)
    exact = challenge_probability(bmax, cost, capability, resolve)
    se = math.sqrt(exact * (1 - exact) / n)
    assert abs(freq - exact) < 4 * se


def test_solve_returns_a_frozen_result():
    """solve() gives a frozen result dataclass with consistent fields."""
    outcome = ClassicalDeterrence(1.0, 0.5, 0.5, 0.8).solve()
    assert isinstance(outcome, DeterrenceOutcome)
    assert outcome.threshold == pytest.approx(1.0)
    assert not outcome.deterred
    assert outcome.capable_threat
    assert outcome.attack_payoff == pytest.approx(1 - 0.8 * 1.0)
    assert outcome.index == pytest.approx(0.8)
    with pytest.raises(AttributeError):
        outcome.deterred = True  # type: ignore[misc]
    model = ClassicalDeterrence(1.0, 0.5, 0.5, 0.8)
    with pytest.raises(AttributeError):
        model.resolve = 0.9  # type: ignore[misc]


def test_scalars_in_scalars_out():
    """Scalar inputs return Python floats and bools, not 0-d arrays."""
    assert type(credibility_threshold(1, 3, 1)) is float
    assert type(is_deterred(1, 3, 1, 0.5)) is bool
    assert type(challenge_probability(1, 1, 0.5, 0.5)) is float


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"gain": 0.0}, "gain"),
        ({"gain": -1.0}, "gain"),
        ({"gain": math.nan}, "gain"),
        ({"gain": math.inf}, "gain"),
        ({"war_cost": -0.1}, "war_cost"),
        ({"war_cost": math.nan}, "war_cost"),
        ({"capability": 1.5}, "capability"),
        ({"capability": -0.1}, "capability"),
        ({"capability": math.nan}, "capability"),
        ({"resolve": 1.01}, "resolve"),
        ({"resolve": math.inf}, "resolve"),
        ({"status_quo_value": -0.5}, "status_quo_value"),
        ({"status_quo_value": 1.0}, "status_quo_value"),
        ({"status_quo_value": 2.0}, "status_quo_value"),
    ],
)
def test_bad_input_raises_naming_the_parameter(kwargs, name):
    """Out-of-range, NaN and infinite values raise ValueError naming the parameter."""
    params = {"gain": 1.0, "war_cost": 1.0, "capability": 0.5, "resolve": 0.5}
    params.update({k: v for k, v in kwargs.items() if k != "status_quo_value"})
    sq = kwargs.get("status_quo_value", 0.0)
    with pytest.raises(ValueError, match=name):
        ClassicalDeterrence(**params, status_quo_value=sq)
    with pytest.raises(ValueError, match=name):
        is_deterred(**params, status_quo_value=sq)
    if name != "resolve":
        with pytest.raises(ValueError, match=name):
            credibility_threshold(
                params["gain"], params["war_cost"], params["capability"], status_quo_value=sq
            )


@pytest.mark.parametrize("bad", ["1", None, True, [1.0, 2.0], 1 + 2j])
def test_wrong_type_raises(bad):
    """Strings, None, booleans and complex numbers are rejected; lists are arrays for functions."""
    if isinstance(bad, list):
        with pytest.raises(TypeError, match="gain"):
            ClassicalDeterrence(bad, 1.0, 0.5, 0.5)  # type: ignore[arg-type]
        return
    with pytest.raises(TypeError, match="gain"):
        ClassicalDeterrence(bad, 1.0, 0.5, 0.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="gain"):
        credibility_threshold(bad, 1.0, 0.5)


def test_challenge_probability_validates():
    """The stochastic challenger's arguments are validated by name."""
    with pytest.raises(ValueError, match="max_gain"):
        challenge_probability(0.0, 1.0, 0.5, 0.5)
    with pytest.raises(ValueError, match="status_quo_value"):
        challenge_probability(1.0, 1.0, 0.5, 0.5, -1.0)
    with pytest.raises(ValueError, match="resolve"):
        challenge_probability(1.0, 1.0, 0.5, np.array([0.5, math.nan]))


def test_public_names():
    """The module lists its public API in __all__ and the package re-exports it."""
    import guaranteelab.deterrence as family

    for name in d1.__all__:
        assert getattr(family, name) is getattr(d1, name)


@given(st.floats(0.1, 5.0), costs, probs, probs, st.floats(0.0, 2.0), st.floats(0.01, 0.5))
def test_challenge_probability_comparative_statics(bmax, cost, capability, resolve, sq, d):
    """Stochastic challenger: P(challenge) falls with r, p, c and sigma, and rises with B-bar."""
    base = challenge_probability(bmax, cost, capability, resolve, sq)
    assert challenge_probability(bmax, cost, capability, min(1.0, resolve + d), sq) <= base + 1e-12
    assert challenge_probability(bmax, cost, min(1.0, capability + d), resolve, sq) <= base + 1e-12
    assert challenge_probability(bmax, cost + d, capability, resolve, sq) <= base + 1e-12
    assert challenge_probability(bmax, cost, capability, resolve, sq + d) <= base + 1e-12
    assert challenge_probability(bmax + d, cost, capability, resolve, sq) >= base - 1e-12


# The credibility lab's slider lattice in integer units: B = i/10, c = j/20, p = k/100,
# sigma = n/10 and r = m/100. In units of 1/1000, B - sigma = 100 (i - n) and
# pB + c = k i + 50 j, so every comparison below is exact integer arithmetic.
_I = np.arange(1, 51)
_J = np.arange(0, 101)
_K = np.arange(0, 101)
_N = np.arange(0, 50)


def _as_floats(i, j, k, n, m=None, accumulated=False):
    """The lattice values as a lab receives them: decimal literals, or min + count * step."""
    if accumulated:
        values = [0.1 + (i - 1) * 0.1, j * 0.05, k * 0.01, n * 0.1]
        return values + ([] if m is None else [m * 0.01])
    values = [i / 10, j / 20, k / 100, n / 10]
    return values + ([] if m is None else [m / 100])


def _lattice_slice(i):
    j, k, n = np.meshgrid(_J, _K, _N[_N < i], indexing="ij")
    return j.ravel(), k.ravel(), n.ravel()


@pytest.mark.parametrize("accumulated", [False, True], ids=["decimal", "stepped"])
def test_knife_edges_on_the_lab_lattice_follow_exact_arithmetic(accumulated):
    """D1 oracle 4 on the credibility lab's whole slider lattice, ties decided exactly.

    is_capable_threat must equal is_deterred at r = 1 everywhere, both must be True where
    r* = 1 exactly (tie to the status quo), and both must match exact arithmetic. At resolve
    on the lattice just below, at and just above r*, is_deterred must match exact arithmetic,
    so r = r* exactly deters. Binary-exact examples alone do not test this: decimal inputs
    such as B = 0.2, c = 0.15, p = 0.25 make an exact tie miss by a rounding error.
    """
    edges, ties_at_r = [], 0
    for i in _I:
        j, k, n = _lattice_slice(i)
        num, den = 100 * (i - n), k * i + 50 * j  # r* = num / den, in exact integers
        b, c, p, sq = _as_floats(i, j, k, n, accumulated=accumulated)
        capable = is_capable_threat(b, c, p, sq)
        np.testing.assert_array_equal(capable, is_deterred(b, c, p, 1.0, sq))
        np.testing.assert_array_equal(capable, num <= den)
        on_edge = num == den
        assert capable[on_edge].all()
        edges.extend(zip(j[on_edge], k[on_edge], n[on_edge], [i] * int(on_edge.sum()), strict=True))
        # resolve on the lattice around r*: m/100 with m = floor(100 r*) and the next step up
        feasible = (den > 0) & (num <= den)
        j, k, n, num, den = (x[feasible] for x in (j, k, n, num, den))
        below = (100 * num) // den
        for m in (below, below + 1):
            keep = m <= 100
            jj, kk, nn, mm = j[keep], k[keep], n[keep], m[keep]
            b, c, p, sq, r = _as_floats(i, jj, kk, nn, mm, accumulated=accumulated)
            exact = mm * den[keep] >= 100 * num[keep]  # r (pB + c) >= B - sigma
            np.testing.assert_array_equal(is_deterred(b, c, p, r, sq), exact)
            ties_at_r += int(np.sum(mm * den[keep] == 100 * num[keep]))
    # 7,075 slider positions have r* = 1 exactly, and 80,603 (B, c, p, sigma, r) have r = r*
    # (those with r* = 1 included); the integer scaling is checked against Fraction arithmetic
    assert (len(edges), ties_at_r) == (7_075, 80_603)
    for j, k, n, i in edges:
        b, c, p, sq = (
            Fraction(int(i), 10),
            Fraction(int(j), 20),
            Fraction(int(k), 100),
            Fraction(int(n), 10),
        )
        assert (b - sq) / (p * b + c) == 1


@pytest.mark.parametrize(
    ("gain", "war_cost", "capability", "resolve", "sq"),
    [
        (0.2, 0.15, 0.25, 1.0, 0.0),  # the lab's repro: r* = 1 exactly, read as "not capable"
        (2.1, 1.75, 0.5, 0.75, 0.0),  # r = r* = 0.75 exactly, read as an attack
        (0.4, 0.3, 0.0, 1.0, 0.1),  # r* = 1 exactly with sigma > 0: both tests failed
    ],
)
def test_decimal_knife_edges_go_to_the_status_quo(gain, war_cost, capability, resolve, sq):
    """Exact ties in decimal inputs (r = r* in exact arithmetic) deter, and the threat is capable."""
    exact_gap = Fraction(str(resolve)) * (
        Fraction(str(capability)) * Fraction(str(gain)) + Fraction(str(war_cost))
    ) - (Fraction(str(gain)) - Fraction(str(sq)))
    assert exact_gap == 0
    outcome = ClassicalDeterrence(gain, war_cost, capability, resolve, sq).solve()
    assert outcome.deterred
    assert outcome.capable_threat
    assert is_deterred(gain, war_cost, capability, 1.0, sq) == is_capable_threat(
        gain, war_cost, capability, sq
    )
