"""Tests for the extended-deterrence triad (D2), each checked independently of the closed form."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from guaranteelab.deterrence import extended as d2
from guaranteelab.deterrence.extended import (
    ExtendedDeterrence,
    ExtendedDeterrenceOutcome,
    abandonment_probability,
    attack_probability,
    attack_threshold,
    full_deterrence_credibility,
    honour_probability,
    most_war_prone_credibility,
    war_probability,
    war_risk_is_hump_shaped,
    war_risk_peak,
)

stakes = st.floats(0.0, 5.0)
reneging = st.floats(0.0, 3.0)
probs = st.floats(0.0, 1.0)
kmaxes = st.floats(0.1, 10.0)
ccosts = st.floats(0.05, 5.0)

K_POINTS = 100_000
THETA_POINTS = 100_000


def brute_force_honour(stake, reneging_cost, capability, max_war_cost):
    """Share of a fine midpoint grid of guarantor costs k at which intervening pays at least as well."""
    k = (np.arange(K_POINTS) + 0.5) / K_POINTS * max_war_cost
    intervene = -(1 - capability) * stake - k
    abandon = -(stake + reneging_cost)
    return float(np.mean(intervene >= abandon))


def brute_force_attack(q, capability, challenger_cost):
    """Share of a fine midpoint grid of challenger gains at which attacking strictly beats the SQ."""
    theta = (np.arange(THETA_POINTS) + 0.5) / THETA_POINTS
    attack = q * ((1 - capability) * theta - challenger_cost) + (1 - q) * theta
    return float(np.mean(attack > 0.0))


@given(stakes, reneging, probs, kmaxes)
def test_honour_probability_brute_force_over_k(stake, a, capability, kmax):
    """Guarantor's best response compared on a grid of k reproduces q."""
    q = honour_probability(stake, a, capability, kmax)
    assert q == pytest.approx(brute_force_honour(stake, a, capability, kmax), abs=2e-5)


@given(probs, probs, ccosts)
def test_attack_probability_brute_force_over_theta(q, capability, cost):
    """Challenger's attack decision over a grid of theta reproduces P(attack)."""
    assert attack_probability(q, capability, cost) == pytest.approx(
        brute_force_attack(q, capability, cost), abs=2e-5
    )


@given(stakes, reneging, probs, kmaxes, ccosts)
def test_outcome_probabilities_add_up(stake, a, capability, kmax, cost):
    """P(war) + P(abandonment) = P(attack), and war = q * attack."""
    out = ExtendedDeterrence(stake, a, capability, kmax, cost).solve()
    assert out.war_probability + out.abandonment_probability == pytest.approx(
        out.attack_probability
    )
    assert out.war_probability == pytest.approx(out.honour_probability * out.attack_probability)
    assert 0.0 <= out.attack_probability <= 1.0


@pytest.mark.parametrize(
    "params",
    [
        (1.0, 0.0, 0.5, 1.0, 0.5),
        (2.0, 0.3, 0.7, 3.0, 0.4),
        (0.5, 0.1, 0.2, 1.5, 1.2),
        (1.0, 0.5, 0.9, 4.0, 0.2),
    ],
)
def test_oracle_1_monte_carlo(params):
    """D2 oracle 1: seeded Monte Carlo play matches P(attack), P(war) and P(abandonment) within 4 SE.

    Each simulated guarantor draws its cost and compares the payoffs of intervening and
    abandoning; each challenger draws its gain and compares the expected payoff of attacking,
    computed from the guarantors' best responses on a fine grid of costs, with the status quo.
    """
    stake, a, capability, kmax, cost = params
    rng = np.random.default_rng(12345)
    n = 200_000
    # the challenger's belief: how often a guarantor of uniformly drawn cost intervenes
    belief = brute_force_honour(stake, a, capability, kmax)
    k = rng.uniform(0, kmax, n)
    theta = rng.uniform(0, 1, n)
    intervene = -(1 - capability) * stake - k >= -(stake + a)
    attack = belief * ((1 - capability) * theta - cost) + (1 - belief) * theta > 0
    out = ExtendedDeterrence(stake, a, capability, kmax, cost).solve()
    for simulated, exact in (
        (attack, out.attack_probability),
        (attack & intervene, out.war_probability),
        (attack & ~intervene, out.abandonment_probability),
    ):
        se = math.sqrt(exact * (1 - exact) / n)
        assert abs(simulated.mean() - exact) < 4 * se


@given(stakes, reneging, probs, kmaxes, ccosts, st.floats(0.01, 5.0))
def test_oracle_2_attack_rises_with_guarantor_war_cost(stake, a, capability, kmax, cost, dk):
    """D2 oracle 2: P(attack) is non-decreasing in K-bar (would it trade Boston for Berlin?)."""
    low = ExtendedDeterrence(stake, a, capability, kmax, cost).solve().attack_probability
    high = ExtendedDeterrence(stake, a, capability, kmax + dk, cost).solve().attack_probability
    assert high >= low - 1e-12


@given(stakes, reneging, probs, kmaxes, ccosts, st.floats(0.01, 2.0))
def test_oracle_2_attack_falls_with_a_v_and_cost(stake, a, capability, kmax, cost, d):
    """D2 oracle 2: P(attack) is non-increasing in a, v and c_C."""
    base = ExtendedDeterrence(stake, a, capability, kmax, cost).solve().attack_probability
    for changed in (
        ExtendedDeterrence(stake, a + d, capability, kmax, cost),
        ExtendedDeterrence(stake + d, a, capability, kmax, cost),
        ExtendedDeterrence(stake, a, capability, kmax, cost + d),
    ):
        assert changed.solve().attack_probability <= base + 1e-12


@given(stakes, reneging, probs, kmaxes, ccosts, st.floats(0.001, 1.0))
def test_oracle_2_attack_falls_with_capability(stake, a, capability, kmax, cost, d):
    """D2 oracle 2: P(attack) is non-increasing in p."""
    higher = min(1.0, capability + d)
    base = ExtendedDeterrence(stake, a, capability, kmax, cost).solve().attack_probability
    more = ExtendedDeterrence(stake, a, higher, kmax, cost).solve().attack_probability
    assert more <= base + 1e-12


@given(probs, ccosts)
def test_oracle_3_closed_form_war_risk_below_q_hat(capability, cost):
    """D2 oracle 3: for q < q-hat, P(war) = q - c q^2 / (1 - p q); it is 0 at 0 and beyond q-hat."""
    q_hat = full_deterrence_credibility(capability, cost)
    q = np.linspace(0, 1, 501)
    below = q < q_hat - 1e-9
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = q - cost * q**2 / (1 - capability * q)
    risk = war_probability(q, capability, cost)
    np.testing.assert_allclose(risk[below], expected[below], atol=1e-12)
    assert risk[0] == 0.0
    assert np.all(risk[q >= q_hat + 1e-9] == 0.0)


@given(probs, ccosts)
def test_oracle_3_war_risk_is_concave_below_q_hat(capability, cost):
    """D2 oracle 3: P(war) is concave in q on [0, q-hat]."""
    q_hat = min(1.0, full_deterrence_credibility(capability, cost))
    q = np.linspace(0, q_hat, 401)[:-1]
    second = np.diff(war_probability(q, capability, cost), 2)
    assert np.all(second <= 1e-9)


def _grid_argmax(capability, cost, points=200_001):
    q = np.linspace(0, 1, points)
    return float(q[np.argmax(war_probability(q, capability, cost))])


@given(probs, ccosts)
def test_oracle_3_peak_matches_grid_search(capability, cost):
    """D2 oracle 3: the maximiser on [0, 1] found by grid search is min(1, q_m)."""
    q_m = war_risk_peak(capability, cost)
    assume(abs(q_m - 1.0) > 1e-3)  # the knife edge between the two regimes
    found = _grid_argmax(capability, cost)
    assert found == pytest.approx(most_war_prone_credibility(capability, cost), abs=1e-3)
    assert war_risk_is_hump_shaped(capability, cost) == (found < 1.0 - 1e-4)


@given(st.floats(1e-3, 1.0), ccosts)
def test_oracle_3_spec_formula_and_regime_condition(capability, cost):
    """D2 oracle 3: q_m = (1 - sqrt(c/(p+c)))/p, and (for p > 0) hump iff (1-p)^2 (p+c) < c."""
    q_m = war_risk_peak(capability, cost)
    assert q_m == pytest.approx((1 - math.sqrt(cost / (capability + cost))) / capability, rel=1e-6)
    gap = (1 - capability) ** 2 * (capability + cost) - cost
    assume(abs(gap) > 1e-9)
    assert war_risk_is_hump_shaped(capability, cost) == (gap < 0)


def test_oracle_3_hump_regime():
    """D2 oracle 3, hump regime: p = c_C = 0.5 peaks inside (0, 1) and falls to 0 at q = 1."""
    capability, cost = 0.5, 0.5
    q = np.linspace(0, 1, 100_001)
    risk = war_probability(q, capability, cost)
    q_m = war_risk_peak(capability, cost)
    assert q_m == pytest.approx(2 - math.sqrt(2))
    assert war_risk_is_hump_shaped(capability, cost)
    assert float(q[np.argmax(risk)]) == pytest.approx(q_m, abs=1e-4)
    assert risk[-1] == pytest.approx(0.0, abs=1e-12)
    # the half-credible guarantee is riskier than both extremes
    assert war_probability(0.5, capability, cost) > max(risk[0], risk[-1])
    # brute force at the peak: P(war) = q * share of theta grid that attacks
    assert war_probability(q_m, capability, cost) == pytest.approx(
        q_m * brute_force_attack(q_m, capability, cost), abs=2e-5
    )


def test_oracle_3_monotone_regime():
    """D2 oracle 3, rising regime: weak capability and cheap war (p = 0.05, c_C = 0.2)."""
    capability, cost = 0.05, 0.2
    q = np.linspace(0, 1, 10_001)
    risk = war_probability(q, capability, cost)
    assert not war_risk_is_hump_shaped(capability, cost)
    assert war_risk_peak(capability, cost) > 1.0
    assert np.all(np.diff(risk) > 0)
    assert most_war_prone_credibility(capability, cost) == 1.0
    assert (1 - capability) ** 2 * (capability + cost) >= cost


def test_oracle_3_zero_capability_corrects_the_spec_equivalence():
    """D2 oracle 3 at p = 0: q_m = 1/(2 c_C); hump iff c_C > 1/2 (the (1-p)^2 form fails here)."""
    assert war_risk_peak(0.0, 1.0) == pytest.approx(0.5)
    assert war_risk_is_hump_shaped(0.0, 1.0)
    assert _grid_argmax(0.0, 1.0) == pytest.approx(0.5, abs=1e-4)
    # the spec's rearranged condition says "not hump" for every c at p = 0
    assert not ((1 - 0.0) ** 2 * (0.0 + 1.0) < 1.0)
    assert not war_risk_is_hump_shaped(0.0, 0.25)
    assert _grid_argmax(0.0, 0.25) == 1.0


def test_oracle_4_limits():
    """D2 oracle 4: as K-bar grows P(attack) -> 1; a >= K-bar gives q = 1."""
    probs_attack = [
        ExtendedDeterrence(1.0, 0.2, 0.6, kmax, 0.5).solve().attack_probability
        for kmax in (1.0, 10.0, 1e3, 1e6)
    ]
    assert probs_attack == sorted(probs_attack)
    assert probs_attack[-1] > 1 - 1e-5


@given(stakes, probs, kmaxes, ccosts, st.floats(0.0, 5.0))
def test_oracle_4_reneging_cost_above_bound_means_certain_help(
    stake, capability, kmax, cost, extra
):
    """D2 oracle 4: if a >= K-bar then q = 1."""
    assert honour_probability(stake, kmax + extra, capability, kmax) == 1.0


def test_attack_threshold_inf_when_certain_and_sure_to_win():
    """theta* is inf when q p = 1, and nobody attacks."""
    assert attack_threshold(1.0, 1.0, 0.3) == math.inf
    assert attack_probability(1.0, 1.0, 0.3) == 0.0
    out = ExtendedDeterrence(1.0, 5.0, 1.0, 1.0, 0.3).solve()
    assert out.attack_threshold == math.inf
    assert out.war_probability == 0.0


def test_broadcasting_over_a_grid():
    """A 2-D map of P(war) over (capability, credibility) is one call and matches scalars."""
    p, q = np.meshgrid(np.linspace(0, 1, 21), np.linspace(0, 1, 17))
    grid = war_probability(q, p, 0.5)
    assert grid.shape == (17, 21)
    assert grid[5, 7] == pytest.approx(war_probability(float(q[5, 7]), float(p[5, 7]), 0.5))
    assert abandonment_probability(q, p, 0.5).shape == (17, 21)
    assert war_risk_is_hump_shaped(p[0], 0.5).dtype == bool


def test_solve_returns_frozen_result():
    """solve() returns a frozen result dataclass; the model is frozen too."""
    model = ExtendedDeterrence(1.0, 0.0, 0.5, 1.0, 0.5)
    out = model.solve()
    assert isinstance(out, ExtendedDeterrenceOutcome)
    assert out.honour_probability == 0.5
    assert out.attack_threshold == pytest.approx(1 / 3)
    assert out.hump_shaped
    assert model.war_risk_curve(np.array([0.0, 0.5])) == pytest.approx([0.0, 1 / 3])
    with pytest.raises(AttributeError):
        out.war_probability = 0.0  # type: ignore[misc]
    with pytest.raises(AttributeError):
        model.stake = 2.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("index", "value", "name"),
    [
        (0, -1.0, "stake"),
        (0, math.nan, "stake"),
        (1, -0.1, "reneging_cost"),
        (1, math.inf, "reneging_cost"),
        (2, 1.2, "capability"),
        (2, -0.2, "capability"),
        (3, 0.0, "max_war_cost"),
        (3, math.inf, "max_war_cost"),
        (4, 0.0, "challenger_cost"),
        (4, math.nan, "challenger_cost"),
    ],
)
def test_bad_input_raises_naming_the_parameter(index, value, name):
    """Out-of-range, NaN and infinite values raise ValueError naming the parameter."""
    params = [1.0, 0.2, 0.5, 1.0, 0.5]
    params[index] = value
    with pytest.raises(ValueError, match=name):
        ExtendedDeterrence(*params)
    if index < 4:
        with pytest.raises(ValueError, match=name):
            honour_probability(*params[:4])


@pytest.mark.parametrize(
    ("args", "name"),
    [
        ((1.5, 0.5, 0.5), "credibility"),
        ((0.5, math.nan, 0.5), "capability"),
        ((0.5, 0.5, -1.0), "challenger_cost"),
        ((np.array([0.2, math.inf]), 0.5, 0.5), "credibility"),
    ],
)
def test_credibility_functions_validate(args, name):
    """The functions of q validate every argument by name."""
    for function in (
        attack_threshold,
        attack_probability,
        war_probability,
        abandonment_probability,
    ):
        with pytest.raises(ValueError, match=name):
            function(*args)


@pytest.mark.parametrize("bad", ["0.5", None, True, 1j])
def test_wrong_types_raise(bad):
    """Strings, None, booleans and complex numbers raise TypeError naming the parameter."""
    with pytest.raises(TypeError, match="capability"):
        ExtendedDeterrence(1.0, 0.2, bad, 1.0, 0.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="capability"):
        war_risk_peak(bad, 0.5)


def test_public_names():
    """The module lists its public API in __all__ and the package re-exports it."""
    import guaranteelab.deterrence as family

    for name in d2.__all__:
        assert getattr(family, name) is getattr(d2, name)


def test_oracle_3_regime_condition_holds_for_every_capability():
    """D2 oracle 3: hump-shaped iff c_C > (1 - p)^2 / (2 - p), for every p including p = 0.

    Checked on seeded random draws against q_m < 1 and, on a subsample, against a grid
    search for the maximiser of P(war) on [0, 1].
    """
    rng = np.random.default_rng(20260)
    n = 200_000
    capability = rng.uniform(0.0, 1.0, n)
    capability[:2_000] = 0.0
    capability[2_000:3_000] = 1.0
    cost = rng.uniform(1e-4, 5.0, n)
    bound = (1 - capability) ** 2 / (2 - capability)
    clear = np.abs(cost - bound) > 1e-9
    hump = war_risk_is_hump_shaped(capability, cost)
    np.testing.assert_array_equal(hump[clear], (cost > bound)[clear])
    np.testing.assert_array_equal(hump, war_risk_peak(capability, cost) < 1.0)
    # the bound never exceeds 1/2, so c_C > 1/2 is always hump-shaped
    assert bound.max() <= 0.5 and hump[cost > 0.5].all()
    q = np.linspace(0, 1, 20_001)
    sample = np.r_[0:20, n - 40 : n]  # some draws with p = 0, the rest uniform
    for p, c in zip(capability[sample], cost[sample], strict=True):
        if abs(c - (1 - p) ** 2 / (2 - p)) < 1e-3:
            continue
        found = q[np.argmax(war_probability(q, p, c))]
        assert (found < 1.0 - 1e-4) == (c > (1 - p) ** 2 / (2 - p)), (p, c)


def test_oracle_3_strong_coalition_cheap_war_rises_all_the_way():
    """D2 oracle 3, rising regime with a strong coalition: p = 0.75, c_C = 0.04.

    A weak coalition is not needed for the rising regime: war only has to be cheap for the
    challenger (0.04 < (1 - 0.75)^2 / (2 - 0.75) = 0.05).
    """
    capability, cost = 0.75, 0.04
    q = np.linspace(0, 1, 10_001)
    risk = war_probability(q, capability, cost)
    assert not war_risk_is_hump_shaped(capability, cost)
    assert war_risk_peak(capability, cost) > 1.0
    assert np.all(np.diff(risk) > 0)
    assert most_war_prone_credibility(capability, cost) == 1.0
    # brute force at q = 1: the share of a theta grid that attacks, times q
    assert risk[-1] == pytest.approx(brute_force_attack(1.0, capability, cost), abs=2e-5)


def test_oracle_3_weak_coalition_costly_war_is_hump_shaped():
    """D2 oracle 3: p = 0 (no coalition strength at all) with c_C = 1 is still hump-shaped."""
    assert war_risk_is_hump_shaped(0.0, 1.0)
    q = np.linspace(0, 1, 100_001)
    assert float(q[np.argmax(war_probability(q, 0.0, 1.0))]) == pytest.approx(0.5, abs=1e-4)
