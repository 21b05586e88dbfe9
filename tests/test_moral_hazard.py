"""Tests for guaranteelab.moral_hazard (M1, M2, M3).

Every equilibrium is checked by a method that does not use its closed form:
best-response iteration and grid search for M1, grid search and Monte Carlo
for M2, and explicit backward induction over the game tree for M3.
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from guaranteelab import moral_hazard as mh
from guaranteelab.moral_hazard import (
    CommitmentDesign,
    EmboldenmentModel,
    PublicGoodAlliance,
)

incomes_st = st.lists(st.floats(0.5, 100.0), min_size=2, max_size=12)
alpha_st = st.floats(0.05, 0.95)


def utility(income, alpha, own, others):
    return (1 - alpha) * np.log(income - own) + alpha * np.log(own + others)


# ---------------------------------------------------------------------------
# M1


def test_module_import_is_light():
    code = (
        "import sys, guaranteelab.moral_hazard; "
        "print('matplotlib' in sys.modules or 'ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_m1_worked_example_five_allies():
    """M1 worked example: five allies (40, 30, 15, 10, 5), alpha = 2/3, solved by hand.

    theta = 1/2. Top-k candidates: 40/1.5 = 26.67, 70/2 = 35, 85/2.5 = 34, ...
    so D = 35 with S = {0, 1}: d = 40 - 17.5 = 22.5 and 30 - 17.5 = 12.5;
    the third ally has 15 <= theta D = 17.5 and free-rides. Pareto: 2/3 * 100.
    """
    eq = PublicGoodAlliance((40, 30, 15, 10, 5), 2 / 3).solve()
    assert eq.total == pytest.approx(35.0)
    assert eq.contributions == pytest.approx((22.5, 12.5, 0.0, 0.0, 0.0))
    assert eq.contributors == (0, 1)
    assert eq.burdens == pytest.approx((0.5625, 12.5 / 30, 0, 0, 0))
    assert eq.shares == pytest.approx((22.5 / 35, 12.5 / 35, 0, 0, 0))
    assert eq.pareto_total == pytest.approx(200 / 3)
    assert eq.efficiency == pytest.approx(35 / (200 / 3))


def test_m1_matches_best_response_iteration_on_random_alliances():
    """M1: the exact solver agrees with best-response iteration from random starts."""
    rng = np.random.default_rng(1)
    for _ in range(200):
        n = int(rng.integers(1, 40))
        y = rng.lognormal(0.0, 1.0, n)
        a = rng.uniform(0.05, 0.95, n)
        exact = mh.nash_contributions(y, a)
        iterated = mh.best_response_iteration(y, a, start=rng.uniform(0, 1, n) * y)
        np.testing.assert_allclose(exact, iterated, atol=1e-9 * y.sum())


def test_m1_is_a_nash_equilibrium_by_grid_search():
    """M1: no ally gains by deviating, checked by brute force over a grid of its own spending."""
    rng = np.random.default_rng(2)
    for _ in range(30):
        n = int(rng.integers(2, 8))
        y = rng.uniform(1, 50, n)
        a = rng.uniform(0.1, 0.9, n)
        d = mh.nash_contributions(y, a)
        total = d.sum()
        for i in range(n):
            others = total - d[i]
            grid = np.linspace(0, y[i] * (1 - 1e-9), 20001)
            grid = grid[grid + others > 0]
            best = grid[np.argmax(utility(y[i], a[i], grid, others))]
            assert abs(best - d[i]) <= y[i] / 20000 * 1.5
            if d[i] > 0:
                assert (
                    utility(y[i], a[i], d[i], others)
                    >= utility(y[i], a[i], grid, others).max() - 1e-12
                )


def test_m1_best_response_formula_matches_grid():
    """M1: the best-response formula equals a grid maximisation of the utility."""
    for income, alpha, others in [(10, 0.3, 1.0), (10, 0.7, 2.0), (5, 0.5, 10.0), (8, 0.2, 0.5)]:
        grid = np.linspace(0, income * (1 - 1e-9), 100001)
        grid = grid[grid + others > 0]
        best = grid[np.argmax(utility(income, alpha, grid, others))]
        assert mh.public_good_best_response(income, alpha, others) == pytest.approx(
            best, abs=income / 50000
        )


def test_m1_knife_edge_and_ties():
    """M1 knife edge: D = Y_j/theta_j exactly leaves j out at zero, and ties never split."""
    # alpha = 1/2 (theta = 1); incomes (2, 1, 1): D = 1 = Y_2 exactly.
    eq = PublicGoodAlliance((2, 1, 1), 0.5).solve()
    assert eq.total == pytest.approx(1.0)
    assert eq.contributions == pytest.approx((1.0, 0.0, 0.0))
    assert eq.contributors == (0,)
    # Knife edges in floating point: alpha = 0.3, two allies tied with the top.
    for alpha in (0.1, 0.3, 0.7, 0.9):
        theta = (1 - alpha) / alpha
        top = 10.0
        total = top / (1 + theta)
        edge = theta * total  # an ally with exactly Y = theta * D
        eq = PublicGoodAlliance((top, edge, edge), alpha).solve()
        assert eq.total == pytest.approx(total, rel=1e-12)
        assert eq.contributions[1] == pytest.approx(eq.contributions[2], abs=1e-12)
        assert eq.contributions[1] == pytest.approx(0.0, abs=1e-9)
        assert eq.contributors == (0,)
    same = PublicGoodAlliance((7, 7, 7, 1), 0.6).solve()
    assert same.contributions[0] == same.contributions[1] == same.contributions[2]
    assert same.contributors == (0, 1, 2)
    # Ally 0 sits exactly on the knife edge: Y = 3 = theta * D with theta = 1/4, D = 12.
    # Rounding in D used to leave it 8.9e-16 and list it as a contributor.
    edge = PublicGoodAlliance((3, 24, 20, 16, 14), (0.8, 0.1, 0.6, 0.2, 0.3)).solve()
    assert edge.total == pytest.approx(12.0)
    assert edge.contributions == (0.0, 0.0, 12.0, 0.0, 0.0)
    assert edge.contributors == (2,)


def _exact_equilibria(incomes, alphas):
    """Every contributor set S that satisfies the Nash conditions, in exact rational arithmetic."""
    theta = [(1 - a) / a for a in alphas]
    found = []
    for k in range(1, len(incomes) + 1):
        for members in itertools.combinations(range(len(incomes)), k):
            total = sum(incomes[i] for i in members) / (1 + sum(theta[i] for i in members))
            inside = all(incomes[i] > theta[i] * total for i in members)
            outside = all(
                incomes[i] <= theta[i] * total for i in range(len(incomes)) if i not in members
            )
            if inside and outside:
                found.append((members, total))
    return found


def test_m1_contributors_match_exact_enumeration():
    """M1: on rational alliances, exhaustive enumeration of contributor sets with exact
    fractions finds one equilibrium, and the solver reports the same total and contributors
    (knife edges Y_i = theta_i D included, where an ally contributes zero)."""
    rng = np.random.default_rng(123)
    knife_edges = 0
    for _ in range(400):
        n = int(rng.integers(1, 7))
        incomes = [Fraction(int(x)) for x in rng.integers(1, 30, n)]
        alphas = [Fraction(int(rng.integers(1, 9)), 10) for _ in range(n)]
        (members, total), *others = _exact_equilibria(incomes, alphas)
        assert not others
        theta = [(1 - a) / a for a in alphas]
        knife_edges += any(y == t * total for y, t in zip(incomes, theta, strict=True))
        eq = PublicGoodAlliance(tuple(map(float, incomes)), tuple(map(float, alphas))).solve()
        assert eq.total == pytest.approx(float(total), rel=1e-12)
        assert eq.contributors == members
    assert knife_edges > 0  # the draw does reach exact knife edges


def test_m1_vectorised_batch_equals_single_solves():
    """M1: a batch of alliances along leading axes gives the same totals as one-by-one solves."""
    rng = np.random.default_rng(3)
    y = rng.uniform(1, 10, (6, 7, 5))
    a = rng.uniform(0.2, 0.8, (6, 7, 5))
    totals = mh.nash_total_defence(y, a)
    assert totals.shape == (6, 7)
    for i in range(6):
        for j in range(7):
            assert totals[i, j] == pytest.approx(PublicGoodAlliance(y[i, j], a[i, j]).solve().total)
    assert mh.nash_contributions(y, 0.5).shape == (6, 7, 5)


@given(incomes_st, alpha_st)
def test_m1_oracle_1_exploitation_common_alpha(incomes, alpha):
    """M1 oracle 1: with a common alpha the burden d_i/Y_i is non-decreasing in income."""
    eq = PublicGoodAlliance(incomes, alpha).solve()
    order = np.argsort(incomes, kind="stable")
    burdens = np.array(eq.burdens)[order]
    assert np.all(np.diff(burdens) >= -1e-12)
    # Below the threshold Y_i <= theta D the ally free-rides completely.
    theta = (1 - alpha) / alpha
    for y_i, d_i in zip(incomes, eq.contributions, strict=True):
        if y_i < theta * eq.total * (1 - 1e-9):
            assert d_i == 0.0


@given(incomes_st, st.lists(alpha_st, min_size=12, max_size=12))
def test_m1_oracle_1_exploitation_heterogeneous(incomes, alphas):
    """M1 oracle 1: with differing tastes the burden is non-decreasing in Y_i/theta_i."""
    a = np.array(alphas[: len(incomes)])
    y = np.array(incomes)
    eq = PublicGoodAlliance(y, a).solve()
    key = y / ((1 - a) / a)
    order = np.argsort(key, kind="stable")
    assert np.all(np.diff(np.array(eq.burdens)[order]) >= -1e-12)


def test_m1_oracle_1_small_keen_ally_carries_the_burden():
    """M1 oracle 1: with heterogeneous alpha a small ally that values defence highly pays."""
    eq = PublicGoodAlliance((100, 20), (0.1, 0.9)).solve()
    assert eq.contributors == (1,)
    assert eq.burdens[1] > eq.burdens[0] == 0.0
    with pytest.raises(ValueError, match="alphas"):
        PublicGoodAlliance((100, 20), (0.1, 0.9)).pareto_total()
    assert eq.pareto_total is None and eq.efficiency is None


@given(st.integers(1, 200), alpha_st, st.floats(0.5, 100))
def test_m1_oracle_2_identical_members(n, alpha, income):
    """M1 oracle 2: identical members give D_N/D_PO = 1/(alpha + n(1 - alpha)), falling in n."""
    eq = PublicGoodAlliance([income] * n, alpha).solve()
    assert eq.efficiency == pytest.approx(mh.underprovision_ratio(n, alpha), rel=1e-9)
    assert eq.total == pytest.approx(mh.identical_allies_total(n, income, alpha), rel=1e-9)
    assert mh.underprovision_ratio(n + 1, alpha) < mh.underprovision_ratio(n, alpha)


def test_m1_pareto_total_satisfies_samuelson():
    """M1: at D_PO = alpha * sum Y with equal consumption shares, the MRS sum to one."""
    alliance = PublicGoodAlliance((30, 20, 10), 0.4)
    d_po = alliance.pareto_total()
    # Split the cost so every ally keeps the share (1 - alpha) of its income.
    x = (1 - 0.4) * np.array(alliance.incomes)
    mrs = (0.4 / 0.6) * x / d_po
    assert mrs.sum() == pytest.approx(1.0)
    assert x.sum() + d_po == pytest.approx(sum(alliance.incomes))


@given(incomes_st, alpha_st, st.floats(0.01, 0.99), st.data())
def test_m1_oracle_3_neutrality(incomes, alpha, fraction, data):
    """M1 oracle 3: a transfer among contributors that keeps the set S leaves D unchanged."""
    eq = PublicGoodAlliance(incomes, alpha).solve()
    assume(len(eq.contributors) >= 2)
    i, j = data.draw(st.permutations(eq.contributors))[:2]
    theta = (1 - alpha) / alpha
    # Move part of i's slack above the threshold theta*D to j: both stay contributors.
    amount = fraction * (incomes[i] - theta * eq.total)
    moved = list(incomes)
    moved[i] -= amount
    moved[j] += amount
    after = PublicGoodAlliance(moved, alpha).solve()
    assume(after.contributors == eq.contributors)
    assert after.total == pytest.approx(eq.total, rel=1e-9)


@given(incomes_st, alpha_st, st.floats(1.01, 5.0))
def test_m1_oracle_4_entry_of_a_contributor(incomes, alpha, scale):
    """M1 oracle 4: a new contributor lowers every incumbent contribution and raises D."""
    eq = PublicGoodAlliance(incomes, alpha).solve()
    theta = (1 - alpha) / alpha
    newcomer = scale * theta * eq.total + 1e-6  # above the old threshold: it contributes
    after = PublicGoodAlliance([*incomes, newcomer], alpha).solve()
    assert after.contributions[-1] > 0
    assert after.total > eq.total
    for i in eq.contributors:
        assert after.contributions[i] < eq.contributions[i]


def test_m1_quasi_linear_variant():
    """M1 quasi-linear: D = max beta, all paid by the top valuer; checked by iteration."""
    y = np.array([100.0, 50.0, 20.0, 5.0])
    b = np.array([12.0, 30.0, 4.0, 2.0])
    eq = mh.quasi_linear_equilibrium(y, b)
    assert eq.total == 30.0 and eq.payer == 1
    d = np.zeros(4)
    for _ in range(50):
        for i in range(4):
            d[i] = min(y[i], max(0.0, b[i] - (d.sum() - d[i])))
    np.testing.assert_allclose(d, eq.contributions)
    with pytest.raises(ValueError, match="valuations"):
        mh.quasi_linear_equilibrium([10, 10], [3, 3])
    with pytest.raises(ValueError, match="incomes"):
        mh.quasi_linear_equilibrium([10, 1], [3, 5])
    with pytest.raises(ValueError, match="valuations"):
        mh.quasi_linear_equilibrium([10, 1], [3, 5, 1])


def test_m1_ranked_incomes():
    y = mh.ranked_incomes(4, 1.0, total=25)
    assert y.sum() == pytest.approx(25)
    assert y[0] == pytest.approx(2 * y[1])
    assert np.all(np.diff(mh.ranked_incomes(10, 0.5)) < 0)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: PublicGoodAlliance((10, -1), 0.5), "incomes"),
        (lambda: PublicGoodAlliance((10, math.nan), 0.5), "incomes"),
        (lambda: PublicGoodAlliance((10, math.inf), 0.5), "incomes"),
        (lambda: PublicGoodAlliance((10, 5), 1.0), "alphas"),
        (lambda: PublicGoodAlliance((10, 5), 0.0), "alphas"),
        (lambda: PublicGoodAlliance((10, 5), (0.5, 0.5, 0.5)), "alphas"),
        (lambda: PublicGoodAlliance((), 0.5), "incomes"),
        (lambda: mh.nash_total_defence([1, 2], math.nan), "alphas"),
        (lambda: mh.public_good_best_response(10, 0.5, -1), "others_defence"),
        (lambda: mh.public_good_best_response(0, 0.5, 1), "income"),
        (lambda: mh.underprovision_ratio(0, 0.5), "n_allies"),
        (lambda: mh.ranked_incomes(3, -1), "inequality"),
        (lambda: mh.ranked_incomes(0, 1), "n_allies"),
        (lambda: PublicGoodAlliance((10, 5), 0.5).best_response(2, 1.0), "ally"),
    ],
)
def test_m1_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_m1_wrong_types():
    with pytest.raises(TypeError, match="incomes"):
        PublicGoodAlliance(("a", "b"), 0.5)
    with pytest.raises(TypeError, match="alphas"):
        PublicGoodAlliance((1, 2), True)
    with pytest.raises(TypeError, match="n_allies"):
        mh.ranked_incomes(2.5, 1)


def test_m1_empty_alliance_is_rejected():
    """MINOR: an alliance without allies raises a ValueError that names incomes."""
    for call in (mh.nash_total_defence, mh.nash_contributions, mh.best_response_iteration):
        with pytest.raises(ValueError, match="incomes"):
            call([], 0.5)
    with pytest.raises(ValueError, match="incomes"):
        mh.nash_total_defence(np.ones((3, 0)), 0.5)


def test_m1_best_response_iteration_errors():
    with pytest.raises(RuntimeError, match="converge"):
        mh.best_response_iteration([10, 20, 30], 0.5, max_rounds=1, start=[5, 0, 0])
    with pytest.raises(ValueError, match="start"):
        mh.best_response_iteration([10, 20], 0.5, start=[1, 2, 3])


# ---------------------------------------------------------------------------
# M2

m2_params = st.fixed_dictionaries(
    {
        "base_win": st.floats(0.0, 1.0),
        "capability": st.floats(0.0, 1.0),
        "base_cost": st.floats(0.01, 2.0),
        "insurance": st.floats(0.0, 1.0),
        "rival_cost_max": st.floats(0.05, 2.0),
    }
)


def brute_force_demand(model: EmboldenmentModel, h: float) -> float:
    """Maximise the protégé's expected payoff over a fine grid of demands (own formula)."""
    p = min(1.0, model.base_win + h * model.capability)
    c = model.base_cost * (1 - model.insurance * h)
    y = np.linspace(0.0, 1.0, 200001)
    fight = np.clip((y - p) / model.rival_cost_max, 0, 1)
    payoff = (1 - fight) * y + fight * (p - c)
    return float(y[np.argmax(payoff)])


def test_m2_demand_matches_brute_force_grid():
    """M2: y* equals the best demand found by brute-force search over a grid."""
    rng = np.random.default_rng(4)
    for _ in range(300):
        model = EmboldenmentModel(
            base_win=rng.uniform(0, 1),
            capability=rng.uniform(0, 1),
            base_cost=rng.uniform(0.01, 1.5),
            insurance=rng.uniform(0, 1),
            rival_cost_max=rng.uniform(0.05, 1.5),
        )
        h = rng.uniform(0, 1)
        assert model.solve(h).demand == pytest.approx(brute_force_demand(model, h), abs=2e-5)


def test_m2_war_probability_by_monte_carlo():
    """M2: P(war) matches seeded Monte Carlo play of the rival's response within 4 SE."""
    rng = np.random.default_rng(5)
    draws = 200_000
    for _ in range(20):
        model = EmboldenmentModel(
            base_win=rng.uniform(0, 0.6),
            capability=rng.uniform(0, 0.4),
            base_cost=rng.uniform(0.05, 1.0),
            insurance=rng.uniform(0, 1),
            rival_cost_max=rng.uniform(0.3, 1.5),
        )
        out = model.solve(rng.uniform(0, 1))
        rival_cost = rng.uniform(0, model.rival_cost_max, draws)
        fights = rival_cost < out.demand - out.win
        se = max(math.sqrt(out.war_probability * (1 - out.war_probability) / draws), 1e-9)
        assert abs(fights.mean() - out.war_probability) <= 4 * se
        payoffs = np.where(fights, out.win - out.protege_cost, out.demand)
        payoff_se = payoffs.std(ddof=1) / math.sqrt(draws)
        assert abs(payoffs.mean() - out.protege_payoff) <= 4 * payoff_se + 1e-12


def test_m2_corners():
    """M2: zero risk when c_P >= c_bar; (1 - p)/c_bar at the y* = 1 corner."""
    no_risk = EmboldenmentModel(0.3, 0.2, 2.0, 0.0, 1.0).solve(0.5)
    assert no_risk.war_probability == 0.0 and no_risk.demand == pytest.approx(no_risk.win)
    corner = EmboldenmentModel(0.6, 0.2, 0.1, 0.0, 1.0).solve(1.0)
    assert corner.demand == 1.0
    assert corner.war_probability == pytest.approx((1 - 0.8) / 1.0)
    certain = EmboldenmentModel(0.9, 0.5, 0.1, 0.0, 1.0).solve(1.0)
    assert certain.win == 1.0 and certain.war_probability == 0.0


@given(m2_params, st.floats(0, 1), st.floats(0, 1))
def test_m2_oracle_1_emboldenment(params, h1, h2):
    """M2 oracle 1: the optimal demand y* is non-decreasing in support h."""
    low, high = sorted((h1, h2))
    model = EmboldenmentModel(**params)
    assert model.solve(high).demand >= model.solve(low).demand - 1e-12


@st.composite
def interior_params(draw):
    """Parameters whose every support level lies in the interior (c_P < c_bar, y* < 1)."""
    cbar = draw(st.floats(0.05, 1.0))
    capability = draw(st.floats(0.0, 0.3))
    return {
        "rival_cost_max": cbar,
        "base_cost": draw(st.floats(0.01, 0.99)) * cbar,
        "insurance": draw(st.floats(0.0, 1.0)),
        "capability": capability,
        "base_win": draw(st.floats(0.0, 0.99)) * (1 - cbar / 2 - capability),
    }


def _interior(model: EmboldenmentModel, h: float) -> bool:
    out = model.solve(h)
    return (
        out.protege_cost < model.rival_cost_max
        and out.win + (model.rival_cost_max - out.protege_cost) / 2 <= 1 + 1e-12
    )


@given(interior_params(), st.floats(0, 1), st.floats(0, 1))
def test_m2_oracle_1_strict_in_interior(params, h1, h2):
    """M2 oracle 1: strictly increasing in the interior when capability or insurance > 0."""
    low, high = sorted((h1, h2))
    model = EmboldenmentModel(**params)
    assert _interior(model, low) and _interior(model, high)
    assume(high - low > 1e-3 and (model.capability > 1e-3 or model.insurance > 1e-3))
    assert model.solve(high).demand > model.solve(low).demand


@given(interior_params(), st.floats(0, 1), st.floats(0, 1))
def test_m2_oracle_2_insurance_not_capability(params, h1, h2):
    """M2 oracle 2: in the interior P(war) rises with h iff gamma > 0, and ignores p and Delta."""
    low, high = sorted((h1, h2))
    model = EmboldenmentModel(**params)
    assert _interior(model, low) and _interior(model, high)
    assume(high - low > 1e-3)
    before, after = model.solve(low).war_probability, model.solve(high).war_probability
    if model.insurance > 1e-6:
        assert after > before
    elif model.insurance == 0.0:
        assert after == pytest.approx(before, abs=1e-12)
    else:
        assert after >= before - 1e-12
    # Independent of the closed form: the demand found by grid search gives the same risk ...
    cbar = model.rival_cost_max
    p = min(1.0, model.base_win + high * model.capability)
    by_grid = (brute_force_demand(model, high) - p) / cbar
    assert after == pytest.approx(by_grid, abs=5.1e-6 / cbar)  # one grid step of the demand
    # ... and a protégé with no chance of winning and the same cost faces the same risk.
    hopeless = EmboldenmentModel(0.0, 0.0, model.base_cost, model.insurance, cbar)
    assert after == pytest.approx(hopeless.solve(high).war_probability, abs=1e-12)


def test_m2_oracle_2_capability_alone_changes_nothing():
    """M2 oracle 2: with gamma = 0, more capability transfer leaves P(war) unchanged."""
    risks = [mh.war_probability(h, 0.1, 0.3, 0.5, 0.0, 1.0) for h in np.linspace(0, 1, 11)]
    assert np.allclose(risks, risks[0])
    assert risks[0] == pytest.approx(0.25)


def test_m2_regimes_match_brute_force():
    """M2: demand_regime names the regime the grid-searched demand lies in, and the risk of
    war moves as that regime says: flat in Delta in the interior, falling at the corner."""
    rng = np.random.default_rng(12)
    seen = set()
    for _ in range(300):
        model = EmboldenmentModel(
            base_win=rng.uniform(0, 1),
            capability=rng.uniform(0, 1),
            base_cost=rng.uniform(0.02, 2),
            insurance=rng.uniform(0, 1),
            rival_cost_max=rng.uniform(0.1, 2),
        )
        h = rng.uniform(0, 1)
        out = model.solve(h)
        p = min(1.0, model.base_win + h * model.capability)
        c = model.base_cost * (1 - model.insurance * h)
        demand = brute_force_demand(model, h)
        if out.regime == "no_war":
            assert demand == pytest.approx(p, abs=2e-5)
        elif out.regime == "corner":
            assert demand == pytest.approx(1.0, abs=2e-5)
        else:  # the grid's best demand is the interior candidate, below the whole good
            assert demand == pytest.approx(p + (model.rival_cost_max - c) / 2, abs=2e-5)
            assert demand <= 1.0 and c < model.rival_cost_max
        seen.add(out.regime)
        # More capability at the same support and cost (grid search on both models).
        more = EmboldenmentModel(
            model.base_win, model.capability + 0.05, model.base_cost, model.insurance,
            model.rival_cost_max,
        )  # fmt: skip
        p_more = min(1.0, model.base_win + h * more.capability)
        before = (demand - p) / model.rival_cost_max
        after = (brute_force_demand(more, h) - p_more) / model.rival_cost_max
        step = 5e-6 / model.rival_cost_max
        if out.regime == "interior" and more.solve(h).regime == "interior":
            assert after == pytest.approx(before, abs=2 * step)
        if out.regime == "corner" and p < 1.0 and h > 0.01:
            assert after < before
    assert seen == set(mh.DEMAND_REGIMES)
    assert mh.demand_regime(np.linspace(0, 1, 5), 0.3, 1.0, 0.4, 0.0, 1.0).tolist() == [
        "interior", "interior", "corner", "corner", "corner",
    ]  # fmt: skip


def test_m2_capability_lowers_the_risk_at_the_corner():
    """M2: with gamma = 0, the y* = 1 corner makes P(war) = (1 - p)/c_bar fall as support grows."""
    risks = [mh.war_probability(h, 0.3, 1.0, 0.4, 0.0, 1.0) for h in (0.0, 0.25, 0.5, 0.75, 1.0)]
    assert risks == pytest.approx([0.3, 0.3, 0.2, 0.0, 0.0])
    assert mh.EmboldenmentModel(0.3, 1.0, 0.4, 0.0, 1.0).solve(0.5).regime == "corner"


def test_m2_oracle_3_free_war_means_even_odds():
    """M2 oracle 3: as c_P -> 0 the interior war probability tends to 1/2."""
    for cost in (1e-3, 1e-6, 1e-9):
        assert mh.war_probability(0.0, 0.0, 0.0, cost, 0.0, 1.0) == pytest.approx(0.5, abs=1e-3)
    assert mh.war_probability(1.0, 0.0, 0.0, 0.4, 1.0, 1.0) == 0.5


def test_m2_broadcasts_over_a_grid():
    h, gamma = np.meshgrid(np.linspace(0, 1, 7), np.linspace(0, 1, 5))
    risk = mh.war_probability(h, 0.2, 0.3, 0.5, gamma, 1.0)
    exposure = mh.entanglement_exposure(h, 0.2, 0.3, 0.5, gamma, 1.0)
    assert risk.shape == (5, 7)
    np.testing.assert_allclose(exposure, h * risk)
    model = EmboldenmentModel(0.2, 0.3, 0.5, 0.4, 1.0)
    assert risk[2, 3] == pytest.approx(
        EmboldenmentModel(0.2, 0.3, 0.5, gamma[2, 3], 1.0).solve(h[2, 3]).war_probability
    )
    assert model.expected_payoff(np.array([0.1, 0.5]), 0.5).shape == (2,)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: EmboldenmentModel(base_win=1.2), "base_win"),
        (lambda: EmboldenmentModel(capability=-0.1), "capability"),
        (lambda: EmboldenmentModel(base_cost=0.0), "base_cost"),
        (lambda: EmboldenmentModel(insurance=math.nan), "insurance"),
        (lambda: EmboldenmentModel(rival_cost_max=math.inf), "rival_cost_max"),
        (lambda: EmboldenmentModel().solve(1.5), "support"),
        (lambda: mh.optimal_demand(0.5, -1, 1), "protege_cost"),
        (lambda: mh.war_probability(0.5, 0.2, 0.2, 0.2, 2.0, 1.0), "insurance"),
        (lambda: mh.demand_regime(0.5, 0.2, 0.2, 0.2, 0.5, 0.0), "rival_cost_max"),
        (lambda: mh.demand_regime(math.nan, 0.2, 0.2, 0.2, 0.5, 1.0), "support"),
    ],
)
def test_m2_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_m2_wrong_type():
    with pytest.raises(TypeError, match="base_win"):
        EmboldenmentModel(base_win="high")
    with pytest.raises(TypeError, match="support"):
        EmboldenmentModel().solve(np.array([0.1, 0.2]))


# ---------------------------------------------------------------------------
# M3


def random_design(rng: np.random.Generator) -> CommitmentDesign:
    return CommitmentDesign(
        challenger_war_alone=rng.uniform(0.05, 3),
        challenger_war_with_guarantor=-rng.uniform(0.05, 3),
        challenger_acquiescence_cost=rng.uniform(0.05, 3),
        protege_provocation_gain=rng.uniform(0.05, 3),
        protege_war_with_guarantor=rng.uniform(-3, 3),
        protege_war_alone=-rng.uniform(0.05, 3),
    )


def backward_induction(game: CommitmentDesign, hu: float, hp: float) -> str:
    """Solve the game tree directly from expected payoffs, without the thresholds."""

    def war(h, with_g, alone):
        return h * with_g + (1 - h) * alone

    c_attack_sq = war(hu, game.challenger_war_with_guarantor, game.challenger_war_alone)
    c_attacks_sq = c_attack_sq > 0.0  # challenge only on a strict gain
    c_attack_pr = war(hp, game.challenger_war_with_guarantor, game.challenger_war_alone)
    c_attacks_pr = c_attack_pr > -game.challenger_acquiescence_cost
    p_sq = war(hu, game.protege_war_with_guarantor, game.protege_war_alone) if c_attacks_sq else 0.0
    p_pr = (
        war(hp, game.protege_war_with_guarantor, game.protege_war_alone)
        if c_attacks_pr
        else game.protege_provocation_gain
    )
    if p_pr > p_sq:
        return "provoked_war" if c_attacks_pr else "provocation_succeeds"
    return "unprovoked_attack" if c_attacks_sq else "status_quo"


def test_m3_equilibrium_matches_backward_induction_on_random_draws():
    """M3: outcome and the status-quo condition agree with brute-force backward induction (5,000 draws)."""
    rng = np.random.default_rng(6)
    seen = set()
    for _ in range(5000):
        game = random_design(rng)
        hu, hp = rng.uniform(0, 1, 2)
        if rng.uniform() < 0.2:
            hp = hu
        expected = backward_induction(game, hu, hp)
        got = game.outcome(hu, hp)
        assert got.outcome == expected
        args = (
            game.challenger_war_alone,
            game.challenger_war_with_guarantor,
            game.challenger_acquiescence_cost,
            game.protege_war_with_guarantor,
            game.protege_war_alone,
        )
        assert mh.status_quo_holds(hu, hp, *args) == (expected == "status_quo")
        seen.add(expected)
    assert seen == set(mh.OUTCOMES)


def test_m3_ambiguity_window_matches_backward_induction():
    """M3: h is in the ambiguity window iff backward induction at h_U = h_P = h keeps the SQ."""
    rng = np.random.default_rng(7)
    grid = np.linspace(0, 1, 201)
    exists_count = 0
    for _ in range(400):
        game = random_design(rng)
        window = game.ambiguity_window()
        works = [backward_induction(game, h, h) == "status_quo" for h in grid]
        assert [window.contains(h) for h in grid] == works
        assert window.exists == any(works) or window.width < 0.005
        exists_count += window.exists
    assert 0 < exists_count < 400


def test_m3_conditional_commitment_matches_backward_induction():
    """M3: the conditional commitment works iff tau >= 1 - h_T and tau > 1 - hbar_C."""
    rng = np.random.default_rng(8)
    grid = np.linspace(0, 1, 201)
    for _ in range(400):
        game = random_design(rng)
        threshold = game.minimum_observability()
        for tau in grid:
            brute = backward_induction(game, 1.0, 1.0 - tau) == "status_quo"
            assert threshold.works(tau) == brute
            assert (game.conditional(tau).outcome == "status_quo") == brute


def test_m3_boundary_cases_of_observability():
    """M3 boundaries: at tau* the strict challenger condition fails, the protégé's holds."""
    # hbar_C = 0.5 binds (h_T = inf): tau* = 0.5 is not enough, anything above is.
    game = CommitmentDesign(1.0, -3.0, 1.0, 1.0, -2.0, -1.0)
    t = game.minimum_observability()
    assert t.tau == pytest.approx(0.5) and not t.attained
    assert not game.conditional(0.5).status_quo and game.conditional(0.5001).status_quo
    # h_T = 0.5 binds (hbar_C = 1.25): tau* = 0.5 works.
    game = CommitmentDesign(1.0, -3.0, 4.0, 1.0, 1.0, -1.0)
    t = game.minimum_observability()
    assert t.tau == pytest.approx(0.5) and t.attained
    assert game.conditional(0.5).status_quo and not game.conditional(0.49).status_quo
    # Both thresholds at or above 1: no observability needed.
    game = CommitmentDesign(1.0, -3.0, 4.0, 1.0, -2.0, -1.0)
    assert game.minimum_observability() == mh.ObservabilityThreshold(0.0, True)
    assert game.conditional(0.0).status_quo
    assert mh.minimum_observability(1.0, -3.0, 4.0, -2.0, -1.0) == 0.0


def test_m3_policy_comparisons():
    """M3: clarity keeps the SQ iff hbar_C > 1 and h_T >= 1; no commitment invites attack."""
    rng = np.random.default_rng(9)
    for _ in range(1000):
        game = random_design(rng)
        t = game.thresholds()
        assert game.clarity().status_quo == (t.acquiescence > 1 and t.protege >= 1)
        assert game.no_commitment().outcome in {"unprovoked_attack", "provoked_war"}
        assert game.no_commitment().challenger_attacks
        assert game.ambiguity(0.3) == game.outcome(0.3, 0.3)


@given(st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.01, 2))
def test_m3_oracle_1_challenger_side(war_alone, cost_g, acquiescence, extra):
    """M3 oracle 1: h_C and hbar_C fall as |W_C^I| rises, and so does the width L_C/(W^N - W^I)."""
    small = CommitmentDesign(war_alone, -cost_g, acquiescence, 1.0, 5.0, -1.0)
    large = CommitmentDesign(war_alone, -(cost_g + extra), acquiescence, 1.0, 5.0, -1.0)
    ts, tl = small.thresholds(), large.thresholds()
    assert tl.challenger < ts.challenger
    assert tl.acquiescence < ts.acquiescence
    assert tl.acquiescence - tl.challenger < ts.acquiescence - ts.challenger
    # With W_P^I = 5 (h_T small) and hbar_C binding, the window narrows.
    ws, wl = small.ambiguity_window(), large.ambiguity_window()
    if ws.binding == wl.binding == "acquiescence":
        assert wl.width < ws.width


@given(st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.01, 2))
def test_m3_oracle_1_protege_side(with_g, alone, extra):
    """M3 oracle 1: h_T rises with |W_P^N| when W_P^I > 0; falls, staying above 1, when W_P^I < 0."""
    assert mh.protege_threshold(with_g, -(alone + extra)) > mh.protege_threshold(with_g, -alone)
    assert mh.protege_threshold(with_g, -alone) < 1
    negative = -with_g
    big = alone + with_g + extra  # |W_P^N| > |W_P^I|, so W_P^I > W_P^N
    bigger = big + extra
    assert mh.protege_threshold(negative, -bigger) < mh.protege_threshold(negative, -big)
    assert mh.protege_threshold(negative, -bigger) > 1
    assert mh.protege_threshold(negative, -with_g / 2) == math.inf


@given(st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.05, 3),
       st.floats(-3, 3), st.floats(0.05, 3), st.floats(0.01, 2))  # fmt: skip
def test_m3_oracle_2_tau_falls_as_the_upper_end_rises(wn, wi, lc, ip, wpi, wpn, extra):
    """M3 oracle 2: tau* falls (weakly) as the window's upper end rises."""
    base = CommitmentDesign(wn, -wi, lc, ip, wpi, -wpn)
    raised = CommitmentDesign(wn, -wi, lc + extra, ip, wpi, -wpn)  # hbar_C up
    assert raised.minimum_observability().tau <= base.minimum_observability().tau
    t = base.thresholds()
    upper = min(t.protege, t.acquiescence)
    assert base.minimum_observability().tau == pytest.approx(max(0.0, 1 - upper))
    if wpi > 0:
        braver = CommitmentDesign(wn, -wi, lc, ip, wpi, -(wpn + extra))  # h_T up
        assert braver.minimum_observability().tau <= base.minimum_observability().tau


@given(st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.05, 3), st.floats(0.05, 3),
       st.floats(-3, 3), st.floats(0.05, 3))  # fmt: skip
def test_m3_oracle_3_full_observability_always_works(wn, wi, lc, ip, wpi, wpn):
    """M3 oracle 3: with tau = 1 the conditional commitment always keeps the SQ."""
    assert CommitmentDesign(wn, -wi, lc, ip, wpi, -wpn).conditional(1.0).status_quo


def test_m3_example_window():
    """M3: a worked window, h_C = 0.25 <= h < 0.5 = hbar_C."""
    game = CommitmentDesign(1.0, -3.0, 1.0, 1.0, 1.0, -1.0)
    window = game.ambiguity_window()
    assert (window.low, window.high, window.high_included) == (0.25, 0.5, False)
    assert window.contains(0.25) and window.contains(0.49) and not window.contains(0.5)
    assert window.width == pytest.approx(0.25)
    assert game.ambiguity(0.4).status_quo
    assert game.ambiguity(0.2).outcome == "unprovoked_attack"
    assert game.ambiguity(0.6).outcome == "provocation_succeeds"
    empty = CommitmentDesign(1.0, -0.5, 1.0, 1.0, 3.0, -0.5)  # h_C = 2/3 > h_T = 1/7
    assert not empty.ambiguity_window().exists and empty.ambiguity_window().width == 0.0


def test_m3_thresholds_broadcast():
    wi = np.linspace(-3, -0.5, 6)
    assert mh.challenger_threshold(1.0, wi).shape == (6,)
    ht = mh.protege_threshold(np.array([1.0, -2.0]), -1.0)
    assert ht[0] == 0.5 and ht[1] == math.inf
    holds = mh.status_quo_holds(np.linspace(0, 1, 5), 0.4, 1.0, -3.0, 1.0, 1.0, -1.0)
    assert holds.tolist() == [False, True, True, True, True]  # h_U = h_C deters


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"challenger_war_alone": 0.0}, "challenger_war_alone"),
        ({"challenger_war_with_guarantor": 0.5}, "challenger_war_with_guarantor"),
        ({"challenger_acquiescence_cost": -1}, "challenger_acquiescence_cost"),
        ({"protege_provocation_gain": 0.0}, "protege_provocation_gain"),
        ({"protege_war_with_guarantor": math.nan}, "protege_war_with_guarantor"),
        ({"protege_war_alone": 0.0}, "protege_war_alone"),
        ({"protege_war_alone": -math.inf}, "protege_war_alone"),
    ],
)
def test_m3_bad_input(kwargs, name):
    with pytest.raises(ValueError, match=name):
        CommitmentDesign(**kwargs)


def test_m3_threshold_objects_without_a_game():
    """ObservabilityThreshold and AmbiguityWindow built by hand fall back on their fields."""
    assert not mh.ObservabilityThreshold(0.5, False).works(0.5)
    assert mh.ObservabilityThreshold(0.5, False).works(0.51)
    assert mh.ObservabilityThreshold(0.5, True).works(0.5)
    assert not mh.ObservabilityThreshold(0.5, True).works(0.49)
    window = mh.AmbiguityWindow(True, 0.25, 0.5, False, "acquiescence")
    assert window.contains(0.25) and window.contains(0.49) and not window.contains(0.5)
    assert not window.contains(0.2)
    assert window == CommitmentDesign(1.0, -3.0, 1.0, 1.0, 1.0, -1.0).ambiguity_window()


def test_m3_bad_policy():
    game = CommitmentDesign()
    with pytest.raises(ValueError, match="intervene_provoked"):
        game.outcome(0.5, 1.5)
    with pytest.raises(ValueError, match="observability"):
        game.conditional(-0.1)
    with pytest.raises(TypeError, match="challenger_war_alone"):
        CommitmentDesign(challenger_war_alone="big")


def test_m3_vectorised_outcomes_match_backward_induction():
    """M3: commitment_outcomes over arrays equals brute-force backward induction pointwise."""
    rng = np.random.default_rng(10)
    for _ in range(300):
        game = random_design(rng)
        hu, hp = rng.uniform(0, 1, 50), rng.uniform(0, 1, 50)
        got = mh.commitment_outcomes(
            hu,
            hp,
            game.challenger_war_alone,
            game.challenger_war_with_guarantor,
            game.challenger_acquiescence_cost,
            game.protege_provocation_gain,
            game.protege_war_with_guarantor,
            game.protege_war_alone,
        )
        assert got.tolist() == [backward_induction(game, a, b) for a, b in zip(hu, hp, strict=True)]
    assert mh.commitment_outcomes(0.4, 0.4, 1, -3, 1, 1, 1, -1) == "status_quo"
    with pytest.raises(ValueError, match="protege_provocation_gain"):
        mh.commitment_outcomes(0.4, 0.4, 1, -3, 1, 0, 1, -1)
    with pytest.raises(ValueError, match="observability"):
        mh.conditional_outcomes(1.5, 1, -3, 1, 1, -1)


def test_m3_vectorised_conditional_outcomes_match_backward_induction():
    """M3: conditional_outcomes over arrays of tau equals backward induction at h_P = 1 - tau."""
    rng = np.random.default_rng(13)
    for _ in range(300):
        game = random_design(rng)
        taus = rng.uniform(0, 1, 40)
        got = mh.conditional_outcomes(
            taus,
            game.challenger_war_alone,
            game.challenger_war_with_guarantor,
            game.challenger_acquiescence_cost,
            game.protege_war_with_guarantor,
            game.protege_war_alone,
        )
        assert got.tolist() == [backward_induction(game, 1.0, 1.0 - t) for t in taus]
        assert got.tolist() == [game.conditional(t).outcome for t in taus]


# ---------------------------------------------------------------------------
# M3 at the knife edges: every function against exact rational backward induction


def exact_outcome(params, hu, hp):
    """Backward induction in exact arithmetic (Fractions in, Fractions throughout)."""
    wn, wi, lc, gain, wpi, wpn = params

    def war(h, with_g, alone):
        return h * with_g + (1 - h) * alone

    attacks_sq = war(hu, wi, wn) > 0  # strict: ties go to not acting
    attacks_pr = war(hp, wi, wn) > -lc
    p_sq = war(hu, wpi, wpn) if attacks_sq else 0
    p_pr = war(hp, wpi, wpn) if attacks_pr else gain
    if p_pr > p_sq:
        return "provoked_war" if attacks_pr else "provocation_succeeds"
    return "unprovoked_attack" if attacks_sq else "status_quo"


def exact_thresholds(params):
    wn, wi, lc, _, wpi, wpn = params
    hc = wn / (wn - wi)
    hbar = (wn + lc) / (wn - wi)
    ht = -wpn / (wpi - wpn) if wpi > wpn else None
    return hc, hbar, ht


def rational_game(rng, decimal):
    """Payoffs on the commitment lab's slider grid (decimal) or on a dyadic grid."""
    if decimal:

        def draw(low, high):  # multiples of 0.05, as the sliders give
            k = int(rng.integers(round(low * 20), round(high * 20) + 1))
            return Fraction(k, 20)

        return (draw(0.1, 3), draw(-4, -0.1), draw(0.1, 3), draw(0.1, 3), draw(-2, 3),
                draw(-3, -0.1))  # fmt: skip

    def dyadic(low, high):
        return Fraction(int(rng.integers(low, high)), int(rng.choice([1, 2, 4, 8])))

    return (dyadic(1, 12), -dyadic(1, 12), dyadic(1, 12), dyadic(1, 12), dyadic(-12, 12),
            -dyadic(1, 12))  # fmt: skip


@pytest.mark.parametrize("decimal", [False, True], ids=["dyadic", "slider_grid"])
def test_m3_knife_edges_every_function_agrees_with_exact_arithmetic(decimal):
    """M3 knife edges: at h = h_C, hbar_C, h_T (and tau = tau*, 1 - h_T, 1 - hbar_C) the outcome,
    status_quo_holds, commitment_outcomes, the ambiguity window, minimum_observability and the
    conditional commitment all agree with each other and with exact rational backward
    induction, where ties go to the status quo."""
    rng = np.random.default_rng(21 if decimal else 22)
    ties = {"h": 0, "tau": 0}
    for _ in range(500):
        exact = rational_game(rng, decimal)
        floats = tuple(float(x) for x in exact)
        game = CommitmentDesign(*floats)
        hc, hbar, ht = exact_thresholds(exact)
        edges = [x for x in (hc, hbar, ht) if x is not None and 0 <= x <= 1]
        policies = sorted(
            set(edges) | {Fraction(0), Fraction(1), Fraction(int(rng.integers(0, 101)), 100)}
        )
        window = game.ambiguity_window()
        for hu in policies:
            for hp in policies:
                want = exact_outcome(exact, hu, hp)
                got = game.outcome(float(hu), float(hp)).outcome
                assert got == want, (exact, hu, hp)
                assert mh.commitment_outcomes(float(hu), float(hp), *floats) == want
                sq = mh.status_quo_holds(float(hu), float(hp), *floats[:3], *floats[4:])
                assert sq == (want == "status_quo")
            ties["h"] += hu in edges
            in_window = exact_outcome(exact, hu, hu) == "status_quo"
            assert window.contains(float(hu)) == in_window == game.ambiguity(float(hu)).status_quo
        if window.exists:
            assert window.contains(window.low)
            assert window.contains(window.high) == window.high_included
        # Conditional commitment: h_U = 1, h_P = 1 - tau.
        tau_exact = max(Fraction(0), 1 - hbar, 1 - ht if ht is not None else Fraction(0))
        threshold = game.minimum_observability()
        assert threshold.tau == pytest.approx(float(tau_exact), abs=1e-15)
        taus = {tau_exact, 1 - hbar, Fraction(int(rng.integers(0, 101)), 100)}
        if ht is not None:
            taus.add(1 - ht)
        for tau in (t for t in taus if 0 <= t <= 1):
            want = exact_outcome(exact, Fraction(1), 1 - tau)
            assert game.conditional(float(tau)).outcome == want, (exact, tau)
            assert mh.conditional_outcomes(float(tau), *floats[:3], *floats[4:]) == want
            assert threshold.works(float(tau)) == (want == "status_quo")
            ties["tau"] += tau == tau_exact
        # tau* as the library reports it: attained, works and conditional agree.
        at_star = exact_outcome(exact, Fraction(1), 1 - tau_exact) == "status_quo"
        assert threshold.attained == at_star
        assert threshold.works(threshold.tau) == at_star
        assert game.conditional(threshold.tau).status_quo == at_star
    assert ties["h"] > 0 and ties["tau"] > 0


def test_m3_reviewed_knife_edges():
    """M3 regressions: a policy exactly on h_T, and tau exactly at tau*, keep the status quo."""
    # h_T = 0.8 / 1.25 = 0.64 exactly; P's war payoff there is 0, so P does not provoke.
    game = CommitmentDesign(1.6, -1.3, 0.65, 1.05, 0.45, -0.8)
    assert game.ambiguity(0.64).outcome == "status_quo"
    assert mh.status_quo_holds(0.64, 0.64, 1.6, -1.3, 0.65, 0.45, -0.8)
    assert mh.commitment_outcomes(0.64, 0.64, 1.6, -1.3, 0.65, 1.05, 0.45, -0.8) == "status_quo"
    assert game.ambiguity_window().contains(0.64)
    # The commitment lab from its defaults with W_P^I = 1.5: h_T = 0.4 on the slider h = 0.40.
    lab_game = CommitmentDesign(1.0, -2.0, 1.0, 1.0, 1.5, -1.0)
    assert lab_game.ambiguity(0.4).status_quo and lab_game.ambiguity_window().contains(0.4)
    # tau* = 1 - h_T = 1.34/4.1 binds and is attained.
    game = CommitmentDesign(1.6, -0.32, 1.04, 0.36, 1.34, -2.76)
    threshold = game.minimum_observability()
    assert threshold.tau == pytest.approx(1.34 / 4.1) and threshold.attained
    assert threshold.works(threshold.tau)
    assert game.conditional(threshold.tau).status_quo
    assert not game.conditional(threshold.tau - 1e-6).status_quo


def test_m3_provoked_support_is_the_conditional_commitments_help_after_provocation():
    """With h_U = 1 it is the specification's h_P = 1 - tau; a smaller h_U scales it."""
    from guaranteelab.moral_hazard import CommitmentDesign, provoked_support

    game = CommitmentDesign(1.0, -3.0, 1.0, 1.0, 1.0, -1.0)
    for tau in (0.0, 0.3, 0.75, 1.0):
        assert provoked_support(tau) == game.conditional(tau).intervene_provoked
    rng = np.random.default_rng(7)
    tau, help_ = rng.uniform(size=200), rng.uniform(size=200)
    # Independent check: detect each provocation with probability tau, then help with h_U.
    draws = rng.uniform(size=(200, 20_000))
    helped = (draws[:, :10_000] >= tau[:, None]) & (draws[:, 10_000:] < help_[:, None])
    se = np.sqrt(0.25 / 10_000)
    assert np.all(np.abs(helped.mean(axis=1) - provoked_support(tau, help_)) < 4 * se + 1e-3)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"observability": 1.5}, "observability"),
        ({"observability": math.nan}, "observability"),
        ({"observability": 0.5, "unprovoked_support": -0.1}, "unprovoked_support"),
    ],
)
def test_m3_provoked_support_rejects_bad_input(kwargs, name):
    from guaranteelab.moral_hazard import provoked_support

    with pytest.raises(ValueError, match=name):
        provoked_support(**kwargs)
