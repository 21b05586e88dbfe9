"""Tests for guaranteelab.entanglement (E1, E2, E3).

Every equilibrium and every cascade probability is checked by a method that
does not use the module's closed forms or its vectorised kernel: grid
minimisation (E1), binomial expected payoffs, exhaustive enumeration of pure
profiles and Monte Carlo play (E2), and a plain-Python enumeration of every
live-edge set with its own round-by-round cascade (E3).
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys

import networkx as nx
import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from guaranteelab import entanglement as ent
from guaranteelab.entanglement import (
    AllianceCascade,
    AllianceDilemma,
    AllianceNetwork,
    BuckPassingGame,
    Pledge,
)

# ---------------------------------------------------------------------------
# E1 · alliance security dilemma
# ---------------------------------------------------------------------------

weights = st.floats(0.05, 5.0)
GRID = np.linspace(0.0, 1.0, 200_001)


@given(weights, weights, weights, weights)
def test_e1_optimal_support_is_the_grid_minimiser(alpha, eps, d_a, d_e):
    """E1: s* and L* agree with brute-force minimisation of the loss over a fine grid."""
    loss = ent.alliance_loss(GRID, alpha, eps, d_a, d_e)
    best = int(np.argmin(loss))
    s_star = ent.optimal_support(alpha, eps, d_a, d_e)
    assert abs(GRID[best] - s_star) <= 1e-5 + 1e-9
    assert ent.minimum_loss(alpha, eps, d_a, d_e) == pytest.approx(loss[best], rel=1e-7, abs=1e-9)
    assert ent.minimum_loss(alpha, eps, d_a, d_e) <= loss.min() + 1e-12


@given(weights, weights, weights, weights, st.floats(1.01, 3.0))
def test_e1_oracle_1_support_comparative_statics(alpha, eps, d_a, d_e, factor):
    """E1 oracle 1: s* increases in dependence and in α, and decreases in ε and D_E."""
    s = ent.optimal_support(alpha, eps, d_a, d_e)
    assert ent.optimal_support(alpha * factor, eps, d_a, d_e) > s
    assert ent.optimal_support(alpha, eps, d_a * factor, d_e) > s
    assert ent.optimal_support(alpha, eps * factor, d_a, d_e) < s
    assert ent.optimal_support(alpha, eps, d_a, d_e * factor) < s


@given(weights, weights, st.floats(1.01, 3.0))
def test_e1_oracle_2_minimum_loss_increases_in_both_weights(x, y, factor):
    """E1 oracle 2: L* = xy/(x+y) increases in x = αD_A and in y = εD_E."""
    base = ent.minimum_loss(x, y, 1.0, 1.0)
    assert ent.minimum_loss(x * factor, y, 1.0, 1.0) > base
    assert ent.minimum_loss(x, y * factor, 1.0, 1.0) > base


def test_e1_oracle_2_bipolarity_limit():
    """E1 oracle 2: as α → 0 (bipolarity) s* → 0 and L* → 0: the dilemma weakens."""
    alphas = np.array([1.0, 0.1, 0.01, 1e-4, 0.0])
    s = ent.optimal_support(alphas, 0.5, 1.0, 1.0)
    loss = ent.minimum_loss(alphas, 0.5, 1.0, 1.0)
    assert np.all(np.diff(s) < 0) and np.all(np.diff(loss) < 0)
    assert s[-1] == 0.0 and loss[-1] == 0.0
    assert s[-2] < 1e-3 and loss[-2] < 1e-4


def test_e1_closed_forms_broadcast_over_a_grid():
    """E1: a whole parameter map is one call, and agrees with the scalar calls."""
    alpha, eps = np.meshgrid(np.linspace(0.1, 1, 30), np.linspace(0.1, 1, 20))
    s = ent.optimal_support(alpha, eps, 2.0, 1.0)
    assert s.shape == (20, 30)
    assert s[3, 7] == pytest.approx(ent.optimal_support(alpha[3, 7], eps[3, 7], 2.0, 1.0))


def test_e1_model_solves_consistently():
    """E1: the dataclass returns the closed forms and the risks at the optimum."""
    model = AllianceDilemma(realignment=0.8, recklessness=0.4, dependence=1.0, divergence=1.0)
    sol = model.solve()
    assert sol.support == pytest.approx(2 / 3)
    assert sol.loss == pytest.approx(0.8 * 0.4 / 1.2)
    assert sol.abandonment_risk == pytest.approx(0.8 / 9)
    assert sol.entrapment_risk == pytest.approx(0.4 * 4 / 9)
    assert model.loss(sol.support) == pytest.approx(sol.loss)


def test_e1_loss_parts_add_up_and_match_the_risks():
    """E1: the weighted risks D_A·A(s) and D_E·E(s) are the two parts of L(s)."""
    s = np.linspace(0, 1, 11)
    a = ent.abandonment_loss(s, 0.7, 2.0)
    e = ent.entrapment_loss(s, 0.3, 1.5)
    assert a == pytest.approx(2.0 * 0.7 * (1 - s) ** 2)
    assert e == pytest.approx(1.5 * 0.3 * s**2)
    assert a + e == pytest.approx(ent.alliance_loss(s, 0.7, 0.3, 2.0, 1.5))
    model = AllianceDilemma(0.7, 0.3, 2.0, 1.5)
    assert model.abandonment_loss(s) == pytest.approx(a)
    assert model.entrapment_loss(s) == pytest.approx(e)
    with pytest.raises(ValueError, match="dependence"):
        ent.abandonment_loss(0.5, 0.5, -1.0)
    with pytest.raises(ValueError, match="divergence"):
        ent.entrapment_loss(0.5, 0.5, math.nan)


@pytest.mark.parametrize(
    ("params", "support", "x", "y"),
    [
        ((2.0, 0.0, 3.0, 3.0), 1.0, 6.0, 0.0),  # no recklessness: full support
        ((0.8, 0.4, 1.0, 0.0), 1.0, 0.8, 0.0),  # no divergence: full support
        ((0.05, 2.0, 0.0, 3.0), 0.0, 0.0, 6.0),  # no dependence: keep away
        ((0.0, 0.5, 1.0, 1.0), 0.0, 0.0, 0.5),  # bipolarity: keep away
    ],
)
def test_e1_solution_reports_the_weights_at_the_corners(params, support, x, y):
    """E1: with one weight zero s* is 0 or 1 and L* = 0 whatever α is; the weights say why."""
    sol = AllianceDilemma(*params).solve()
    assert (sol.abandonment_weight, sol.entrapment_weight) == (x, y)
    assert sol.support == support and sol.loss == 0.0
    for alpha in (0.3, 1.0, 2.0):  # the corner does not move with α
        moved = AllianceDilemma(alpha, *params[1:]).solve()
        if moved.abandonment_weight + moved.entrapment_weight > 0 and params[0] > 0:
            assert moved.support == support and moved.loss == 0.0


@pytest.mark.parametrize("name", ["realignment", "recklessness", "dependence", "divergence"])
@pytest.mark.parametrize("bad", [-0.1, math.nan, math.inf])
def test_e1_bad_input(name, bad):
    """E1: negative, NaN and infinite parameters are rejected, naming the parameter."""
    args = {"realignment": 0.5, "recklessness": 0.5, "dependence": 1.0, "divergence": 1.0}
    args[name] = bad
    with pytest.raises(ValueError, match=name):
        AllianceDilemma(**args)
    with pytest.raises(ValueError, match=name):
        ent.optimal_support(**args)


def test_e1_bad_types_and_degenerate_case():
    """E1: wrong types raise TypeError; x = y = 0 (every s optimal) raises ValueError."""
    with pytest.raises(TypeError, match="realignment"):
        AllianceDilemma("high", 0.5, 1.0, 1.0)
    with pytest.raises(TypeError, match="support"):
        ent.alliance_loss(True, 0.5, 0.5, 1.0, 1.0)
    with pytest.raises(ValueError, match="support"):
        ent.alliance_loss(1.2, 0.5, 0.5, 1.0, 1.0)
    with pytest.raises(ValueError, match="realignment × dependence"):
        AllianceDilemma(0.0, 0.5, 1.0, 0.0)
    with pytest.raises(ValueError, match="realignment × dependence"):
        ent.optimal_support(np.array([0.5, 0.0]), 0.0, 1.0, 1.0)


# ---------------------------------------------------------------------------
# E2 · chain-ganging versus buck-passing
# ---------------------------------------------------------------------------


def _pass_payoff(game: BuckPassingGame, sigma: float) -> float:
    """Expected payoff of passing when each other partner balances with prob. sigma (binomial)."""
    n = game.powers
    return sum(
        math.comb(n - 1, k) * sigma**k * (1 - sigma) ** (n - 1 - k) * game.payoff(False, k)
        for k in range(n)
    )


def _balance_payoff(game: BuckPassingGame, sigma: float) -> float:
    n = game.powers
    return sum(
        math.comb(n - 1, k) * sigma**k * (1 - sigma) ** (n - 1 - k) * game.payoff(True, k)
        for k in range(n)
    )


@st.composite
def interior_games(draw):
    """Games with c < δV, away from the knife edge c = δV."""
    value = draw(st.floats(0.5, 5.0))
    delta = draw(st.floats(0.05, 1.0))
    cost = draw(st.floats(0.02, 0.95)) * delta * value
    powers = draw(st.integers(2, 8))
    return BuckPassingGame(cost, value, delta, powers)


@given(interior_games())
def test_e2_oracle_1_indifference(game):
    """E2 oracle 1: at σ* balancing and passing pay the same (binomial expectation)."""
    sigma = game.solve().balancing_probability
    assert 0 < sigma < 1
    assert _pass_payoff(game, sigma) == pytest.approx(_balance_payoff(game, sigma), abs=1e-9)
    # and σ* is the unique interior root: off it, one action is strictly better
    assert _balance_payoff(game, sigma * 0.9) > _pass_payoff(game, sigma * 0.9)
    assert _balance_payoff(game, min(1, sigma * 1.1)) < _pass_payoff(game, min(1, sigma * 1.1))


def _pure_equilibria_by_enumeration(game: BuckPassingGame) -> set[tuple[bool, ...]]:
    found = set()
    for profile in itertools.product([False, True], repeat=game.powers):
        stable = True
        for move in profile:
            others = sum(profile) - move
            if game.payoff(not move, others) > game.payoff(move, others) or (
                # ties go to not acting: balancing with an equal-paying pass is not stable
                move and game.payoff(False, others) == game.payoff(True, others)
            ):
                stable = False
                break
        if stable:
            found.add(profile)
    return found


@pytest.mark.parametrize("powers", [2, 3, 4, 5, 6])
@pytest.mark.parametrize("delta", [0.1, 0.3, 0.6, 1.0])
def test_e2_pure_equilibria_match_exhaustive_enumeration(powers, delta):
    """E2: the pure equilibria are exactly those found by enumerating all 2^n profiles."""
    game = BuckPassingGame(cost=0.25, value=1.0, offence_dominance=delta, powers=powers)
    expected = _pure_equilibria_by_enumeration(game)
    assert set(game.solve().pure_equilibria) == expected
    if delta > 0.25:
        assert len(expected) == powers and all(sum(p) == 1 for p in expected)
    else:
        assert expected == {(False,) * powers}


def test_e2_monte_carlo_play_matches_nobody_balances():
    """E2: seeded play of the mixed equilibrium matches P(nobody) and P(collapse) within 4 SE."""
    game = BuckPassingGame(cost=0.3, value=1.0, offence_dominance=0.8, powers=4)
    eq = game.solve()
    rng = np.random.default_rng(7)
    trials = 200_000
    balances = rng.random((trials, game.powers)) < eq.balancing_probability
    nobody = ~balances.any(axis=1)
    collapse = nobody & (rng.random(trials) < game.offence_dominance)
    for sample, expected in ((nobody, eq.nobody_balances), (collapse, eq.collapse_probability)):
        se = math.sqrt(expected * (1 - expected) / trials)
        assert abs(sample.mean() - expected) < 4 * se


def _simulated_pass_payoff(cost, value, delta, powers, sigma, rng, trials):
    """Mean and SE of a buck-passer's payoff against n − 1 others balancing with prob. sigma.

    The game is played out from its rules (who balances, then whether the front
    line collapses), without the module's closed forms or its payoff method.
    """
    others_balance = (rng.random((trials, powers - 1)) < sigma).any(axis=1)
    collapses = ~others_balance & (rng.random(trials) < delta)
    payoff = np.where(collapses, 0.0, value)
    return payoff.mean(), payoff.std(ddof=1) / math.sqrt(trials)


@pytest.mark.parametrize(
    ("cost", "value", "delta", "powers"),
    [(0.3, 1.0, 0.8, 4), (0.2, 2.0, 0.5, 2), (0.6, 1.5, 0.9, 6)],
)
def test_e2_monte_carlo_play_validates_sigma(cost, value, delta, powers):
    """E2: played out, passing against others mixing at σ* pays V − c; off σ* it does not.

    At σ* a partner is indifferent: the simulated payoff of passing matches the
    sure payoff of balancing, V − c, within 4 standard errors. If the others
    balance less (more) often, passing pays strictly less (more) than balancing,
    by more than 4 standard errors, so σ* is the only symmetric equilibrium.
    """
    sigma = BuckPassingGame(cost, value, delta, powers).solve().balancing_probability
    assert 0 < sigma < 1
    rng = np.random.default_rng(2024)
    trials = 400_000
    mean, se = _simulated_pass_payoff(cost, value, delta, powers, sigma, rng, trials)
    assert abs(mean - (value - cost)) < 4 * se
    low, se_low = _simulated_pass_payoff(cost, value, delta, powers, sigma - 0.1, rng, trials)
    high, se_high = _simulated_pass_payoff(
        cost, value, delta, powers, min(1.0, sigma + 0.1), rng, trials
    )
    assert low < value - cost - 4 * se_low  # others balance too rarely: balancing pays
    assert high > value - cost + 4 * se_high  # others balance often enough: pass
    # and the simulated balancing frequency of a partner playing σ* is σ*
    moves = rng.random((trials, powers)) < sigma
    assert abs(moves.mean() - sigma) < 4 * math.sqrt(sigma * (1 - sigma) / (trials * powers))


@given(interior_games(), st.floats(1.01, 2.0))
def test_e2_oracle_2_balancing_increases_with_offence_dominance(game, factor):
    """E2 oracle 2: σ* increases in δ (offence dominance produces chain gangs)."""
    higher = min(1.0, game.offence_dominance * factor)
    assume(higher > game.offence_dominance * 1.001)
    args = (game.cost, game.value)
    assert ent.balancing_probability(*args, higher, game.powers) > ent.balancing_probability(
        *args, game.offence_dominance, game.powers
    )


@given(interior_games())
def test_e2_oracle_3_nobody_balances_increases_in_n(game):
    """E2 oracle 3: P(nobody balances) increases in n (more buck-passers)."""
    args = (game.cost, game.value, game.offence_dominance)
    probs = [ent.nobody_balances_probability(*args, n) for n in range(2, 12)]
    assert all(b > a for a, b in itertools.pairwise(probs))


@given(st.floats(0.1, 5.0), st.floats(0.1, 5.0), st.floats(0.0, 1.0), st.integers(2, 8))
def test_e2_oracle_4_low_offence_dominance_gives_pure_buck_passing(cost, value, frac, powers):
    """E2 oracle 4: δ ≤ c/V gives pure buck-passing (σ* = 0, nobody balances for sure)."""
    delta = min(1.0, frac * cost / value)
    # δ = c/V rounded up can put δV one rounding step above c, where balancing pays a
    # tiny amount; keep to δV ≤ c as the floats compute it.
    assume(delta * value <= cost)
    game = BuckPassingGame(cost, value, delta, powers)
    eq = game.solve()
    assert eq.balancing_probability == 0.0
    assert eq.nobody_balances == 1.0
    assert eq.pure_equilibria == ((False,) * powers,)
    # independent check: against others who all pass, balancing does not strictly pay
    assert _balance_payoff(game, 0.0) <= _pass_payoff(game, 0.0)
    if powers <= 6:
        assert _pure_equilibria_by_enumeration(game) == {(False,) * powers}


def test_e2_exact_knife_edges_agree_with_enumeration():
    """E2: at c = δV exactly, solve() and enumeration of the payoffs agree (ties: not acting).

    (1 − δ)V and V − δV can differ by one rounding step; the payoffs use the
    same arithmetic as the test c < δV, so both find pure buck-passing only.
    """
    rng = np.random.default_rng(5)
    for _ in range(3000):
        value = float(rng.uniform(0.1, 5.0))
        delta = float(rng.uniform(0.01, 1.0))
        powers = int(rng.integers(2, 6))
        game = BuckPassingGame(delta * value, value, delta, powers)
        assert game.payoff(True, 0) == game.payoff(False, 0)
        eq = game.solve()
        assert eq.pure_equilibria == ((False,) * powers,)
        assert _pure_equilibria_by_enumeration(game) == set(eq.pure_equilibria)
        assert eq.balancing_probability == 0.0 and eq.nobody_balances == 1.0
        assert eq.expected_payoff == value - delta * value


def test_e2_one_step_below_the_knife_edge_is_consistent():
    """E2: with c one rounding step below δV, σ* > 0 and the n one-balancer equilibria agree."""
    rng = np.random.default_rng(6)
    for _ in range(500):
        value = float(rng.uniform(0.1, 5.0))
        delta = float(rng.uniform(0.01, 1.0))
        powers = int(rng.integers(2, 6))
        cost = float(np.nextafter(delta * value, 0.0))
        eq = BuckPassingGame(cost, value, delta, powers).solve()
        assert len(eq.pure_equilibria) == powers
        assert eq.balancing_probability > 0.0
        assert eq.nobody_balances < 1.0


def test_e2_collapse_probability():
    """E2: P(collapse) = δ · P(nobody balances), broadcasting, and 1 · δ when balancing never pays."""
    delta = np.linspace(0, 1, 11)
    collapse = ent.collapse_probability(0.2, 1.0, delta, 3)
    nobody = ent.nobody_balances_probability(0.2, 1.0, delta, 3)
    assert collapse == pytest.approx(delta * nobody)
    assert ent.collapse_probability(0.5, 1.0, 0.4, 3) == 0.4
    eq = BuckPassingGame(0.2, 1.0, 0.8, 3).solve()
    assert eq.collapse_probability == pytest.approx(0.8 * eq.nobody_balances)
    with pytest.raises(ValueError, match="offence_dominance"):
        ent.collapse_probability(0.2, 1.0, 1.5, 3)


def test_e2_threshold_is_inf_when_balancing_never_pays():
    """E2: δ = c/V when c ≤ V; inf when c > V (no δ in [0, 1] makes balancing pay)."""
    assert ent.buck_passing_threshold(0.3, 1.0) == pytest.approx(0.3)
    assert ent.buck_passing_threshold(1.0, 1.0) == 1.0
    assert ent.buck_passing_threshold(1.5, 1.0) == math.inf
    got = ent.buck_passing_threshold(np.array([0.5, 2.0]), 1.0)
    assert got[0] == 0.5 and got[1] == math.inf
    # consistent with the game: at c > V, even δ = 1 gives pure buck-passing
    assert BuckPassingGame(1.5, 1.0, 1.0, 3).solve().balancing_probability == 0.0


def test_e2_closed_forms_broadcast():
    """E2: δ and c as arrays give arrays; δ = 0 means nobody balances."""
    delta = np.linspace(0, 1, 11)
    sigma = ent.balancing_probability(0.2, 1.0, delta, 3)
    nobody = ent.nobody_balances_probability(0.2, 1.0, delta, 3)
    assert sigma.shape == (11,) and sigma[0] == 0.0 and nobody[0] == 1.0
    assert np.allclose((1 - sigma) ** 3, nobody)


@pytest.mark.parametrize(
    ("name", "bad"),
    [("cost", 0.0), ("cost", math.nan), ("value", -1.0), ("value", math.inf),
     ("offence_dominance", 1.2), ("offence_dominance", math.nan)],
)  # fmt: skip
def test_e2_bad_input(name, bad):
    """E2: out-of-range, NaN and infinite parameters are rejected, naming the parameter."""
    args = {"cost": 0.2, "value": 1.0, "offence_dominance": 0.5, "powers": 3}
    args[name] = bad
    with pytest.raises(ValueError, match=name):
        BuckPassingGame(**args)
    with pytest.raises(ValueError, match=name):
        ent.balancing_probability(**args)


def test_e2_bad_powers():
    """E2: n must be an integer of at least 2."""
    with pytest.raises(ValueError, match="powers"):
        BuckPassingGame(0.2, 1.0, 0.5, 1)
    with pytest.raises(TypeError, match="powers"):
        BuckPassingGame(0.2, 1.0, 0.5, 2.5)


# ---------------------------------------------------------------------------
# E3 · network contagion: an independent reference implementation
# ---------------------------------------------------------------------------


def _reference_sides(pledges, attackers, targets, live):
    """Final side of every state for one live-edge set, by a plain round-by-round loop."""
    side = {a: "A" for a in attackers} | {t: "D" for t in targets}
    newly = dict(side)
    while newly:
        calls: dict[str, set[str]] = {}
        for (g, j, kind, _p), is_live in zip(pledges, live, strict=True):
            if not is_live or g in side or j not in newly:
                continue
            s = newly[j]
            if s == "N":
                continue
            if kind == "U" or (kind == "D" and s == "D") or (kind == "O" and s == "A"):
                calls.setdefault(g, set()).add(s)
        newly = {g: (next(iter(c)) if len(c) == 1 else "N") for g, c in calls.items()}
        side.update(newly)
    return side


def _reference(pledges, states, attackers, targets):
    """Exact probabilities by enumerating every live-edge set of every pledge (itertools)."""
    att = dict.fromkeys(states, 0.0)
    dfn = dict.fromkeys(states, 0.0)
    size = np.zeros(len(states) + 1)
    for live in itertools.product([False, True], repeat=len(pledges)):
        w = math.prod(p[3] if x else 1 - p[3] for p, x in zip(pledges, live, strict=True))
        if w == 0:
            continue
        side = _reference_sides(pledges, attackers, targets, live)
        for s, v in side.items():
            if v == "A":
                att[s] += w
            elif v == "D":
                dfn[s] += w
        size[sum(v in "AD" for v in side.values())] += w
    return att, dfn, size


def _assert_matches_reference(cascade: AllianceCascade, result=None):
    net = cascade.network
    pledges = [(p.guarantor, p.ally, p.kind, p.probability) for p in net.pledges]
    att, dfn, size = _reference(pledges, net.states, cascade.attackers, cascade.targets)
    result = result or cascade.exact()
    for i, s in enumerate(net.states):
        assert result.attacking[i] == pytest.approx(att[s], abs=1e-12)
        assert result.defending[i] == pytest.approx(dfn[s], abs=1e-12)
    assert result.war_size == pytest.approx(size, abs=1e-12)


@st.composite
def small_cascades(draw):
    n = draw(st.integers(3, 6))
    states = tuple(f"S{i}" for i in range(n))
    pairs = [(g, j) for g in states for j in states if g != j]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=0, max_size=9, unique=True))
    probs = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0.0, 1.0))
    pledges = tuple(Pledge(g, j, draw(st.sampled_from("DOU")), draw(probs)) for g, j in chosen)
    order = draw(st.permutations(states))
    n_att = draw(st.integers(1, 2))
    n_tgt = draw(st.integers(1, 2))
    return AllianceCascade(
        AllianceNetwork(pledges, states), order[:n_att], order[n_att : n_att + n_tgt]
    )


@given(small_cascades())
def test_e3_exact_matches_independent_enumeration(cascade):
    """E3: the vectorised exact solver equals a plain-Python enumeration of all live-edge sets."""
    _assert_matches_reference(cascade)


@given(small_cascades())
def test_e3_rounds_match_reference_for_every_pledge_live(cascade):
    """E3: the teaching function ``rounds`` ends where the reference loop ends."""
    net = cascade.network
    live = [True] * len(net.pledges)
    pledges = [(p.guarantor, p.ally, p.kind, p.probability) for p in net.pledges]
    expected = _reference_sides(pledges, cascade.attackers, cascade.targets, live)
    got = {}
    for r in cascade.rounds([(p.guarantor, p.ally) for p in net.pledges]):
        got.update(r)
    code = {"attacking": "A", "defending": "D", "neutral": "N"}
    assert {s: code[v] for s, v in got.items()} == expected


def _chain(p: float, depth: int = 3) -> AllianceCascade:
    names = ["A", "T"] + [f"G{d}" for d in range(1, depth + 1)]
    pledges = [Pledge("G1", "T", "D", p)] + [
        Pledge(f"G{d + 1}", f"G{d}", "D", p) for d in range(1, depth)
    ]
    return AllianceCascade(AllianceNetwork(pledges, tuple(names)), "A", "T")


@pytest.mark.parametrize("p", [0.0, 0.3, 0.745, 1.0])
def test_e3_oracle_1_chain(p):
    """E3 oracle 1: chain t ← g1 ← g2 ← g3: P(g_d) = p^d and E[size] = 2 + Σ p^d."""
    result = _chain(p).exact()
    for d in (1, 2, 3):
        assert result.probability(f"G{d}") == pytest.approx(p**d)
    assert result.expected_war_size == pytest.approx(2 + p + p**2 + p**3)


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_e3_oracle_2_diamond(p1t, pi1, p2t, pi2):
    """E3 oracle 2: diamond: P(i) = 1 − (1 − p_{j1 t} p_{i j1})(1 − p_{j2 t} p_{i j2})."""
    net = AllianceNetwork(
        [
            ("J1", "T", "D", p1t),
            ("J2", "T", "D", p2t),
            ("I", "J1", "D", pi1),
            ("I", "J2", "D", pi2),
        ],
        ("A", "T", "J1", "J2", "I"),
    )
    result = AllianceCascade(net, "A", "T").exact()
    expected = 1 - (1 - p1t * pi1) * (1 - p2t * pi2)
    assert result.probability("I") == pytest.approx(expected, abs=1e-12)


@given(st.lists(st.floats(0, 1), min_size=1, max_size=8))
def test_e3_oracle_3_star(probs):
    """E3 oracle 3: star: P(the target fights alone) = ∏(1 − p)."""
    pledges = [(f"G{i}", "T", "D", p) for i, p in enumerate(probs)]
    net = AllianceNetwork(pledges, ("A", "T", *(f"G{i}" for i in range(len(probs)))))
    result = AllianceCascade(net, "A", "T").exact()
    assert result.war_size[2] == pytest.approx(math.prod(1 - p for p in probs), abs=1e-12)
    assert result.war_size[:2].sum() == 0


@st.composite
def defensive_networks(draw):
    n = draw(st.integers(3, 6))
    states = tuple(f"S{i}" for i in range(n))
    pairs = [(g, j) for g in states for j in states if g != j]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=9, unique=True))
    pledges = tuple(Pledge(g, j, "D", draw(st.floats(0.0, 1.0))) for g, j in chosen)
    return AllianceNetwork(pledges, states), draw(st.integers(0, len(pledges) - 1))


@given(defensive_networks(), st.floats(0.0, 1.0))
def test_e3_oracle_4_monotone_in_every_p_for_one_sided_cascades(net_and_index, new_p):
    """E3 oracle 4: with defensive pledges only, raising any p raises every P(defending)."""
    net, index = net_and_index
    pledge = net.pledges[index]
    assume(new_p > pledge.probability)
    cascade = AllianceCascade(net, "S0", "S1")
    raised = AllianceCascade(
        net.with_pledge(pledge.guarantor, pledge.ally, probability=new_p), "S0", "S1"
    )
    before, after = cascade.exact(), raised.exact()
    assert np.all(after.defending >= before.defending - 1e-12)
    assert after.expected_war_size >= before.expected_war_size - 1e-12


def test_e3_oracle_4_caveat_cross_pressure_breaks_monotonicity():
    """E3 oracle 4 (caveat): with two sides, raising one p can lower another state's P(joining)."""

    def cascade(p_offensive):
        net = AllianceNetwork(
            [("X", "T", "D", 1.0), ("X", "A", "O", p_offensive), ("Z", "X", "D", 1.0)],
            ("A", "T", "X", "Z"),
        )
        return AllianceCascade(net, "A", "T").exact()

    low, high = cascade(0.2), cascade(0.7)
    assert low.probability("X") == pytest.approx(0.8)  # cross-pressured with prob. 0.2
    assert high.probability("X") == pytest.approx(0.3)
    assert high.probability("Z") < low.probability("Z")
    assert high.cross_pressured[2] == pytest.approx(0.7)


@pytest.mark.parametrize(
    "cascade",
    [
        ent.crisis_1914(),
        ent.crisis_1914(belgium=True),
        ent.asia_hub_and_spoke(),
        ent.nato_web(0.6),
        AllianceCascade(ent.random_network(9, 16, seed=3), "S0", "S1"),
        AllianceCascade(ent.random_network(9, 16, seed=4), ("S2", "S3"), "S1"),
    ],
    ids=["1914", "1914-belgium", "asia", "nato", "random-3", "random-4"],
)
def test_e3_oracle_5_monte_carlo_within_four_standard_errors(cascade):
    """E3 oracle 5: Monte Carlo lies within 4 standard errors of the exact result."""
    exact = cascade.exact()
    mc = cascade.monte_carlo(40_000, seed=11)
    floor = 1e-9  # an exact 0 or 1 has a zero standard error; the estimate must then match
    assert np.all(np.abs(mc.attacking - exact.attacking) <= 4 * mc.attacking_se + floor)
    assert np.all(np.abs(mc.defending - exact.defending) <= 4 * mc.defending_se + floor)
    assert np.all(np.abs(mc.war_size - exact.war_size) <= 4 * mc.war_size_se + floor)
    assert (
        abs(mc.expected_war_size - exact.expected_war_size) <= 4 * mc.expected_war_size_se + floor
    )
    k = 5
    assert abs(mc.systemic_war_probability(k) - exact.systemic_war_probability(k)) <= (
        4 * mc.systemic_war_standard_error(k) + floor
    )


def test_e3_exact_probabilities_stay_in_the_unit_interval():
    """E3: summed weights can overshoot 1 by rounding; results are clipped and seeds exact."""
    result = AllianceCascade(ent.random_network(7, 14, seed=99), "S0", "S1").exact()
    assert result.probability("S1") == 1.0
    assert result.probability("S0", "attacking") == 1.0
    for seed in range(20):
        result = AllianceCascade(ent.random_network(7, 14, seed=seed), ("S0", "S2"), "S1").exact()
        for array in (result.attacking, result.defending, result.cross_pressured):
            assert np.all((array >= 0.0) & (array <= 1.0))
        assert result.attacking[0] == result.attacking[2] == result.defending[1] == 1.0
        assert abs(result.war_size.sum() - 1.0) <= 4e-16
        assert np.all(result.war_size >= 0.0)


def test_e3_small_cascades_also_match_reference_with_monte_carlo():
    """E3: exact agrees with the reference on the shipped 1914 and modern networks."""
    for cascade in (ent.crisis_1914(), ent.crisis_1914(belgium=True), ent.asia_hub_and_spoke()):
        _assert_matches_reference(cascade)


@given(small_cascades())
def test_e3_oracle_6_p_equal_one_is_deterministic_reachability(cascade):
    """E3 oracle 6: with p ≡ 1 the outcome is deterministic: the single live-edge set."""
    net = cascade.network
    ones = AllianceNetwork(
        [Pledge(p.guarantor, p.ally, p.kind, 1.0) for p in net.pledges], net.states
    )
    c1 = AllianceCascade(ones, cascade.attacker, cascade.target)
    result = c1.exact()
    assert set(np.unique(np.r_[result.attacking, result.defending])) <= {0.0, 1.0}
    final = {}
    for r in c1.rounds():
        final.update(r)
    for i, s in enumerate(net.states):
        assert result.attacking[i] == (final.get(s) == "attacking")
        assert result.defending[i] == (final.get(s) == "defending")


@given(st.integers(3, 10), st.integers(0, 30), st.integers(0, 10_000))
def test_e3_oracle_6_defensive_chain_gang_is_graph_reachability(n, m, seed):
    """E3 oracle 6: defensive pledges with p ≡ 1 draw in exactly the states with a path to the target."""
    m = min(m, n * (n - 1))
    rnd = ent.random_network(n, m, seed=seed, kinds="D")
    net = AllianceNetwork([Pledge(p.guarantor, p.ally, "D", 1.0) for p in rnd.pledges], rnd.states)
    graph = net.to_digraph()
    graph.remove_node("S0")  # the attacker is decided from the start and relays nothing
    expected = nx.ancestors(graph, "S1") | {"S1"}
    result = AllianceCascade(net, "S0", "S1").exact()
    joined = {s for s, p in zip(net.states, result.defending, strict=True) if p == 1.0}
    assert joined == expected
    assert result.expected_war_size == len(expected) + 1


@given(small_cascades())
def test_e3_oracle_6_p_equal_zero_target_stands_alone(cascade):
    """E3 oracle 6: with p ≡ 0 nobody joins: the war is the attackers against the targets."""
    net = cascade.network
    zeros = AllianceNetwork(
        [Pledge(p.guarantor, p.ally, p.kind, 0.0) for p in net.pledges], net.states
    )
    c0 = AllianceCascade(zeros, cascade.attacker, cascade.target)
    result = c0.exact()
    seeds = len(c0.attackers) + len(c0.targets)
    assert result.war_size[seeds] == 1.0
    assert result.attacking.sum() == len(c0.attackers)
    assert result.defending.sum() == len(c0.targets)


def test_e3_aggressor_defensive_pacts_never_fire():
    """E3: defensive pledges to the aggressor never fire (Italy in 1914), even with p = 1."""
    net = AllianceNetwork(
        [("X", "A", "D", 1.0), ("Y", "X", "U", 1.0), ("W", "A", "U", 0.5)],
        ("A", "T", "X", "Y", "W"),
    )
    result = AllianceCascade(net, "A", "T").exact()
    assert result.probability("X", "neutral") == 1.0
    assert result.probability("Y", "neutral") == 1.0
    assert result.probability("W", "attacking") == pytest.approx(0.5)
    r1914 = ent.crisis_1914().exact()
    assert r1914.probability("ITA", "neutral") == 1.0


def test_e3_1914_exact_values():
    """E3: 1914 toy graph: RUS 0.8, FRA 0.72, GBR 0.432, GER certain, Italy and Belgium out."""
    r = ent.crisis_1914().exact()
    expected_def = {"SRB": 1, "RUS": 0.8, "FRA": 0.72, "GBR": 0.432, "BEL": 0, "ITA": 0}
    for s, p in expected_def.items():
        assert r.probability(s, "defending") == pytest.approx(p)
    assert r.probability("GER", "attacking") == 1.0
    assert r.probability("AH", "attacking") == 1.0
    assert r.war_size.sum() == pytest.approx(1.0)
    assert r.expected_war_size == pytest.approx(3 + 0.8 + 0.72 + 0.432)
    rb = ent.crisis_1914(belgium=True).exact()
    assert rb.probability("GBR") == pytest.approx(0.9 + 0.1 * 0.72 * 0.6)
    assert rb.probability("BEL") == 1.0


def test_e3_modern_networks():
    """E3: hub-and-spoke relays through the hub; the multilateral web gives every member direct calls."""
    asia = ent.asia_hub_and_spoke(0.745).exact()
    h = 0.745
    assert asia.probability("USA") == pytest.approx(h)
    assert asia.probability("AUS") == pytest.approx(h * h)
    assert asia.probability("JPN") == pytest.approx(h * 0.2)
    assert asia.probability("CHN", "neutral") == 1.0  # a defensive pledge to the attacker
    nato = ent.nato_web(h).exact()
    assert nato.probability("USA") > h
    assert nato.probability("BLR", "neutral") == 1.0
    with pytest.raises(ValueError, match="honouring"):
        ent.nato_web(1.5)


def test_e3_result_table_and_seeded_reproducibility():
    """E3: results tabulate, and a seed (int or Generator) reproduces a Monte Carlo run."""
    cascade = ent.crisis_1914()
    a = cascade.monte_carlo(5_000, seed=3)
    b = cascade.monte_carlo(5_000, seed=np.random.default_rng(3))
    assert np.array_equal(a.defending, b.defending)
    table = a.table()
    assert list(table.index) == list(cascade.network.states)
    assert {"attacking", "defending", "neutral", "defending_se"} <= set(table.columns)
    assert cascade.solve().method == "exact"


def test_e3_network_editing_and_digraph_round_trip():
    """E3: pledges can be edited or removed, and a network survives a DiGraph round trip."""
    net = ent.network_1914()
    graph = net.to_digraph()
    assert isinstance(graph, nx.DiGraph) and graph.number_of_edges() == 7
    back = AllianceNetwork.from_digraph(graph)
    assert set(back.pledges) == set(net.pledges) and back.states == net.states
    edited = net.with_pledge("GBR", "FRA", kind="U", probability=0.3)
    assert edited.pledge("GBR", "FRA") == Pledge(
        "GBR", "FRA", "U", 0.3, edited.pledge("GBR", "FRA").source
    )
    assert len(net.with_pledge("GER", "AH", kind="none").pledges) == 6
    with pytest.raises(ValueError, match="no pledge"):
        net.pledge("FRA", "GBR")


def test_e3_large_networks_use_monte_carlo():
    """E3: too many uncertain pledges for enumeration: exact refuses, solve falls back."""
    cascade = AllianceCascade(ent.random_network(30, 60, seed=1), "S0", "S1")
    assert cascade.uncertain_pledges() > 24
    with pytest.raises(ValueError, match="monte_carlo"):
        cascade.exact()
    result = cascade.solve(trials=2_000, seed=1)
    assert result.method == "monte_carlo" and result.trials == 2_000


# -- malformed networks ------------------------------------------------------


@pytest.mark.parametrize(
    ("pledges", "states", "match"),
    [
        ([("RUS", "SRB", "D", 0.8), ("FRA", "XXX", "D", 0.9)], ("RUS", "SRB", "FRA"),
         r"pledge 1 \(FRA -> XXX\): ally 'XXX' is not one"),
        ([("RUS", "SRB", "D", 1.3)], None, r"pledge RUS -> SRB: probability must be in \[0, 1\]"),
        ([("RUS", "SRB", "D", -0.1)], None, r"pledge RUS -> SRB: probability"),
        ([("RUS", "SRB", "D", math.nan)], None, r"pledge RUS -> SRB: probability"),
        ([("RUS", "SRB", "D", math.inf)], None, r"pledge RUS -> SRB: probability"),
        ([("RUS", "RUS", "D", 0.5)], None, r"pledge RUS -> RUS: a state cannot pledge"),
        ([("RUS", "SRB", "X", 0.5)], None, r"pledge RUS -> SRB: kind must be one of"),
        ([("RUS", "SRB", "D", 0.5), ("RUS", "SRB", "U", 0.2)], None, r"pledge 1 \(RUS -> SRB\) duplicates"),
    ],
)  # fmt: skip
def test_e3_malformed_networks_name_the_pledge(pledges, states, match):
    """E3: malformed pledges raise ValueError naming the offending pledge."""
    with pytest.raises(ValueError, match=match):
        AllianceNetwork(pledges, states)


def test_e3_malformed_cascades():
    """E3: unknown seeds, attacker == target and wrong types are rejected clearly."""
    net = ent.network_1914()
    with pytest.raises(ValueError, match="attacker and target must differ; 'SRB'"):
        AllianceCascade(net, "SRB", "SRB")
    with pytest.raises(ValueError, match="attacker 'ZZZ' is not one"):
        AllianceCascade(net, "ZZZ", "SRB")
    with pytest.raises(ValueError, match="target 'ZZZ'"):
        AllianceCascade(net, "AH", ("SRB", "ZZZ"))
    with pytest.raises(TypeError, match="attacker must be a state name"):
        AllianceCascade(net, 5, "SRB")
    with pytest.raises(TypeError, match="target must be a state name"):
        AllianceCascade(net, "AH", ("SRB", None))
    with pytest.raises(TypeError, match="probability"):
        Pledge("A", "B", "D", "high")
    with pytest.raises(TypeError, match="pledge 0"):
        AllianceNetwork([("A", "B")])
    with pytest.raises(ValueError, match="trials"):
        ent.crisis_1914().monte_carlo(0)
    with pytest.raises(ValueError, match="threshold"):
        ent.crisis_1914().exact().systemic_war_probability(-1)
    with pytest.raises(ValueError, match="live pledge"):
        ent.crisis_1914().rounds([("SRB", "RUS")])


def test_import_does_not_load_matplotlib_or_widgets():
    """The model module never imports matplotlib or ipywidgets."""
    code = (
        "import sys, guaranteelab.entanglement as e; "
        "e.crisis_1914().exact(); e.crisis_1914().monte_carlo(100, seed=0); "
        "print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
