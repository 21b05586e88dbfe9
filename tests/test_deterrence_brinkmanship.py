"""Tests for D6 (the risk window) and D7 (the contest in risk-taking).

Every closed form is checked by an independent method: a grid search over the
risk using payoffs read off the game tree (D6); quadrature, seeded Monte Carlo
play and a grid search over quitting times (D7).
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import integrate, optimize

from guaranteelab.deterrence import brinkmanship as bk
from guaranteelab.deterrence.brinkmanship import Brinkmanship, RiskContest

# ---------------------------------------------------------------------------
# D6: the risk window
# ---------------------------------------------------------------------------

D6_CASES = [
    # h, G, W_C, L, W_D
    (0.5, 1.0, 3.0, 2.0, 6.0),
    (0.2, 1.0, 3.0, 2.0, 6.0),
    (0.8, 1.0, 3.0, 2.0, 6.0),
    (0.3, 2.0, 1.0, 1.0, 10.0),
    (0.05, 5.0, 1.0, 1.0, 3.0),
    (0.6, 0.5, 4.0, 3.0, 4.0),
    (0.0, 1.0, 1.0, 1.0, 2.0),
    (1.0, 1.0, 1.0, 1.0, 2.0),
    (0.8, 1.0, 4.0, 4.0, 9.0),  # knife edge q_min = q_max = 0.2: the window is just open
]


def tree_payoffs(q, h, gain, cwar, loss, dwar):
    """Read the payoffs off the game tree: soft C's best reply, then D's expected payoff."""
    soft_defy = (1 - q) * gain - q * cwar  # war with prob q, else D backs down
    soft_complies = soft_defy <= 0.0  # ties go to the status quo
    defy_payoff_d = q * (-dwar) + (1 - q) * (-loss)
    threat = h * defy_payoff_d + (1 - h) * np.where(soft_complies, 0.0, defy_payoff_d)
    return soft_complies, threat, -loss


@pytest.mark.parametrize("case", D6_CASES)
def test_window_matches_grid_search(case):
    """D6 oracle 1: the window [q_min, min(1, q_max)] matches a grid search over q."""
    h, gain, cwar, loss, dwar = case
    grid = np.linspace(0.0, 1.0, 20001)
    effective, threat, acquiesce = tree_payoffs(grid, h, gain, cwar, loss, dwar)
    workable = effective & (threat >= acquiesce - 1e-12)
    sol = Brinkmanship(*case).solve()
    step = grid[1] - grid[0]
    assert sol.window_exists == bool(workable.any())
    if workable.any():
        assert grid[workable].min() == pytest.approx(sol.minimum_risk, abs=step)
        assert grid[workable].max() == pytest.approx(min(1.0, sol.maximum_risk), abs=step)
        # D's best threat is the smallest effective risk, and it beats acquiescing.
        best = grid[np.argmax(np.where(effective, threat, -np.inf))]
        assert best == pytest.approx(sol.chosen_risk, abs=step)
        assert sol.defender_payoff == pytest.approx(
            threat[np.argmax(np.where(effective, threat, -np.inf))], abs=step * dwar
        )
        assert sol.war_probability == pytest.approx(h * sol.minimum_risk)
    else:
        assert sol.chosen_risk == 0.0
        assert sol.defender_payoff == -loss
        assert sol.war_probability == 0.0


@pytest.mark.parametrize("case", D6_CASES)
def test_threat_payoff_matches_tree(case):
    """D's payoff from a threat agrees with the tree at every risk."""
    grid = np.linspace(0.0, 1.0, 101)
    _, threat, _ = tree_payoffs(grid, *case)
    np.testing.assert_allclose(bk.defender_threat_payoff(grid, *case), threat)


positive = st.floats(0.05, 20.0)
prob = st.floats(0.01, 0.99)


@settings(max_examples=60, deadline=None)
@given(h1=prob, h2=prob, loss=positive, extra=positive, extra2=positive)
def test_maximum_risk_decreases_in_h_and_war_cost(h1, h2, loss, extra, extra2):
    """D6 oracle 2: q_max decreases in h and in W_D."""
    lo, hi = sorted((h1, h2))
    if hi - lo < 1e-6:
        return
    war = loss + extra
    assert bk.maximum_acceptable_risk(hi, loss, war) < bk.maximum_acceptable_risk(lo, loss, war)
    assert bk.maximum_acceptable_risk(lo, loss, war + extra2) < bk.maximum_acceptable_risk(
        lo, loss, war
    )


@settings(max_examples=60, deadline=None)
@given(gain=positive, w1=positive, w2=positive)
def test_minimum_risk_decreases_in_challenger_war_cost(gain, w1, w2):
    """D6 oracle 2: q_min decreases in W_C."""
    lo, hi = sorted((w1, w2))
    if hi - lo < 1e-6:
        return
    assert bk.minimum_effective_risk(gain, hi) < bk.minimum_effective_risk(gain, lo)


@settings(max_examples=100, deadline=None)
@given(h=prob, gain=positive, cwar=positive, loss=positive, extra=positive)
def test_pure_threat_and_brinkmanship(h, gain, cwar, loss, extra):
    """D6 oracle 3: q = 1 is acceptable iff h <= L/W_D; brinkmanship is needed iff the pure threat is too dangerous but the window is open."""
    war = loss + extra
    if abs(h - loss / war) < 1e-9:  # the knife edge where D is indifferent
        return
    _, threat, acquiesce = tree_payoffs(1.0, h, gain, cwar, loss, war)
    assert bk.pure_threat_acceptable(h, loss, war) == bool(threat >= acquiesce)
    assert bk.pure_threat_acceptable(h, loss, war) == (h <= loss / war)
    sol = Brinkmanship(h, gain, cwar, loss, war).solve()
    # Off the tree: the smallest risk at which the soft challenger complies (by root-finding
    # on its payoff from defying), nudged just inside the effective region.
    low = optimize.brentq(lambda q: (1 - q) * gain - q * cwar, 0.0, 1.0, xtol=1e-15)
    effective, at_low, _ = tree_payoffs(min(1.0, low * (1 + 1e-9)), h, gain, cwar, loss, war)
    assert effective
    if abs(at_low - acquiesce) < 1e-6:  # the knife edge q_min = q_max
        return
    # Brinkmanship is needed iff certain war loses to acquiescing but the smallest effective risk does not.
    assert sol.brinkmanship_needed == bool(threat < acquiesce and at_low >= acquiesce)
    if sol.pure_threat_acceptable:
        assert sol.window_exists  # q_min < 1 <= q_max


def test_knife_edge_window_is_just_open():
    """At q_min = q_max the defender is indifferent and the window is (just) open, as documented.

    With h = 0.8, G = 1, W_C = 4, L = 4, W_D = 9: q_min = 1/5 and q_max = 4(1/5)/(4/5 * 5) = 1/5,
    though q_max evaluates to 0.19999999999999996 in floating point.
    """
    case = (0.8, 1.0, 4.0, 4.0, 9.0)
    h, gain, cwar, loss, dwar = (Fraction(str(x)) for x in case)
    assert gain / (gain + cwar) == loss * (1 - h) / (h * (dwar - loss)) == Fraction(1, 5)
    assert bk.window_exists(*case)
    assert bk.defender_threat_payoff(0.2, *case) == pytest.approx(-4.0, abs=1e-12)
    sol = Brinkmanship(*case).solve()
    assert sol.window_exists and sol.brinkmanship_needed
    assert sol.chosen_risk == 0.2
    assert sol.defender_payoff == pytest.approx(-4.0, abs=1e-12)
    assert sol.war_probability == pytest.approx(0.16)


# The risk_window lab's sliders in integer units: h = hh/100 (0..100), G = gg/10 (1..50),
# W_C = cc/10 (1..100), L = ll/10 (1..50), W_D = ww/10 (2..200). A slider position reaches
# the model either as the decimal or as low + step * k; both are checked.
def _as_decimals(hh, gg, cc, ll, ww):
    return hh / 100, gg / 10, cc / 10, ll / 10, ww / 10


def _as_steps(hh, gg, cc, ll, ww):
    return (
        0.0 + 0.01 * hh,
        0.1 + 0.1 * (gg - 1),
        0.1 + 0.1 * (cc - 1),
        0.1 + 0.1 * (ll - 1),
        0.2 + 0.1 * (ww - 2),
    )


def _knife_edges():
    """Every slider position with q_min = q_max exactly, found in integer arithmetic.

    q_min = gg/(gg + cc) and q_max = ll(100 - hh)/(hh(ww - ll)), so they are equal iff
    gg hh (ww - ll) = ll (100 - hh)(gg + cc).
    """
    hh, gg, cc = np.meshgrid(np.arange(1, 100), np.arange(1, 51), np.arange(1, 101), indexing="ij")
    found = []
    for ll in range(1, 51):
        top = ll * (100 - hh) * (gg + cc)
        bottom = gg * hh
        ww = ll + top // bottom
        keep = (top % bottom == 0) & (ww <= 200)
        found.append(
            np.column_stack([hh[keep], gg[keep], cc[keep], np.full(keep.sum(), ll), ww[keep]])
        )
    return np.concatenate(found)


def test_knife_edges_on_the_lab_grid_are_open():
    """D6 knife-edge sweep over the risk_window lab's whole slider grid: every position with
    q_min = q_max (confirmed exactly with fractions on a sample) is reported open, and D's payoff
    from the smallest effective threat is -L."""
    edges = _knife_edges()
    assert len(edges) > 300_000
    for hh, gg, cc, ll, ww in edges[:: len(edges) // 3000].tolist():
        h, gain, cwar, loss, dwar = (
            Fraction(n, d) for n, d in zip((hh, gg, cc, ll, ww), (100, 10, 10, 10, 10), strict=True)
        )
        q_min = gain / (gain + cwar)
        assert q_min == loss * (1 - h) / (h * (dwar - loss))
        assert -h * (loss + q_min * (dwar - loss)) == -loss  # D is exactly indifferent
    for args in (_as_decimals(*edges.T), _as_steps(*edges.T)):
        assert bk.window_exists(*args).all()
        assert bk.brinkmanship_needed(*args).all()  # q_max = q_min < 1, so h > L/W_D
        low = bk.minimum_effective_risk(args[1], args[2])
        np.testing.assert_allclose(bk.defender_threat_payoff(low, *args), -args[3], rtol=1e-12)


def test_window_matches_exact_arithmetic_across_the_lab_grid():
    """Off the knife edges too: on 300,000 random slider positions, window_exists and
    pure_threat_acceptable agree with exact integer comparisons (q_min <= q_max, h W_D <= L)."""
    rng = np.random.default_rng(5)
    n = 300_000
    hh = rng.integers(0, 101, n)
    gg = rng.integers(1, 51, n)
    cc = rng.integers(1, 101, n)
    ll = rng.integers(1, 50, n)
    ww = rng.integers(np.maximum(ll + 1, 2), 201)
    # q_min <= q_max  <=>  gg hh (ww - ll) <= ll (100 - hh)(gg + cc); h = 0 leaves it open
    exact_open = gg * hh * (ww - ll) <= ll * (100 - hh) * (gg + cc)
    exact_pure = hh * ww <= 100 * ll
    for args in (_as_decimals(hh, gg, cc, ll, ww), _as_steps(hh, gg, cc, ll, ww)):
        np.testing.assert_array_equal(bk.window_exists(*args), exact_open)
        np.testing.assert_array_equal(bk.pure_threat_acceptable(args[0], *args[3:]), exact_pure)
    # pure-threat knife edges (h = L/W_D) are in the sample and count as acceptable
    assert (hh * ww == 100 * ll).sum() > 50


def test_no_hard_type_and_all_hard():
    """q_max is infinite with no hard type; with only hard types no threat is acceptable."""
    assert bk.maximum_acceptable_risk(0.0, 1.0, 2.0) == math.inf
    assert bk.window_exists(0.0, 1.0, 1.0, 1.0, 2.0)
    assert bk.maximum_acceptable_risk(1.0, 1.0, 2.0) == 0.0
    assert not bk.window_exists(1.0, 1.0, 1.0, 1.0, 2.0)


def test_d6_broadcasts_over_grid():
    """The closed forms take a whole parameter map in one call."""
    h, war = np.meshgrid(np.linspace(0, 1, 50), np.linspace(2.5, 10, 40))
    out = bk.maximum_acceptable_risk(h, 2.0, war)
    assert out.shape == (40, 50)
    assert np.isinf(out[:, 0]).all()
    assert bk.window_exists(h, 1.0, 3.0, 2.0, war).shape == (40, 50)
    assert bk.brinkmanship_needed(h, 1.0, 3.0, 2.0, war).dtype == bool


def test_doc_example_numbers():
    """The worked example: q_min = 1/4, q_max = 1/2, brinkmanship needed."""
    sol = Brinkmanship(0.5, 1, 3, 2, 6).solve()
    assert (sol.minimum_risk, sol.maximum_risk) == (0.25, 0.5)
    assert sol.brinkmanship_needed and not sol.pure_threat_acceptable
    assert sol.defender_payoff == pytest.approx(-0.5 * (2 + 0.25 * 4))


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"hard_probability": 1.5}, "hard_probability"),
        ({"hard_probability": float("nan")}, "hard_probability"),
        ({"challenger_gain": 0.0}, "challenger_gain"),
        ({"challenger_gain": float("inf")}, "challenger_gain"),
        ({"challenger_war_cost": -1.0}, "challenger_war_cost"),
        ({"defender_loss": 0.0}, "defender_loss"),
        ({"defender_war_cost": 1.0}, "defender_loss"),  # W_D must exceed L = 2
        ({"defender_war_cost": float("nan")}, "defender_war_cost"),
    ],
)
def test_d6_bad_input(kwargs, name):
    """Bad parameters raise ValueError naming the parameter."""
    params = {
        "hard_probability": 0.5,
        "challenger_gain": 1.0,
        "challenger_war_cost": 3.0,
        "defender_loss": 2.0,
        "defender_war_cost": 6.0,
    }
    params.update(kwargs)
    with pytest.raises(ValueError, match=name):
        Brinkmanship(**params)
    with pytest.raises(ValueError, match=name):
        bk.window_exists(*params.values())


def test_d6_wrong_types():
    with pytest.raises(TypeError, match="hard_probability"):
        Brinkmanship("0.5", 1, 3, 2, 6)
    with pytest.raises(TypeError, match="defender_loss must be a single number"):
        Brinkmanship(0.5, 1, 3, [2.0, 3.0], 6)
    with pytest.raises(TypeError, match="defender_war_cost must be a single number"):
        Brinkmanship(0.5, 1, 3, 2, np.array([6.0, 7.0]))
    with pytest.raises(TypeError, match="challenger_gain"):
        bk.minimum_effective_risk(True, 1.0)
    with pytest.raises(ValueError, match="risk"):
        bk.defender_threat_payoff(1.2, 0.5, 1, 3, 2, 6)


# ---------------------------------------------------------------------------
# D7: the contest in risk-taking
# ---------------------------------------------------------------------------


def mc_disaster(upper, hazard, n=200_000, seed=0):
    sim = RiskContest(upper, hazard).simulate(n, seed=seed)
    p = sim.disaster.mean()
    return p, math.sqrt(p * (1 - p) / n), sim


@pytest.mark.parametrize("hazard", [0.3, 1.0, 7.0])
@pytest.mark.parametrize("upper", [0.5, 1.0, 4.0])
def test_disaster_probability_independent_of_speed(upper, hazard):
    """D7 oracle 1: P(disaster) does not depend on λ (Monte Carlo within 4 SE at several speeds; quad gives the same number)."""
    closed = bk.contest_disaster_probability(upper)
    p, se, _ = mc_disaster(upper, hazard, seed=int(10 * upper + hazard))
    assert abs(p - closed) < 4 * se
    assert RiskContest(upper, hazard).solve().disaster_probability == pytest.approx(
        closed, abs=1e-9
    )
    assert bk.contest_disaster_probability(upper, hazard) == closed


def test_x_equals_one_closed_form():
    """D7 oracle 2: at X = 1, 2∫e^u(1-u)^2 du = 4e - 10, so P(disaster) = 11 - 4e."""
    expected = 11.0 - 4.0 * math.e
    integral, _ = integrate.quad(lambda u: math.exp(u) * (1 - u) ** 2, 0.0, 1.0)
    assert 1 - 2 * integral == pytest.approx(expected, abs=1e-12)
    assert bk.contest_disaster_probability(1.0) == pytest.approx(expected, abs=1e-12)
    assert RiskContest(1.0, 3.0).solve().disaster_probability == pytest.approx(expected, abs=1e-10)


@pytest.mark.parametrize("upper", [0.01, 0.2, 1.0, 2.5, 10.0, 80.0])
def test_quad_matches_kummer_form(upper):
    """The quadrature of the spec's integral agrees with the Kummer-function closed form."""
    sol = RiskContest(upper, 2.0).solve()
    direct, _ = integrate.quad(
        lambda u: math.exp(upper * u + (upper + 1) * math.log1p(-u)) if u < 1 else 0.0,
        0.0,
        1.0,
        epsabs=1e-13,
        limit=200,
    )
    assert sol.disaster_probability == pytest.approx(sol.disaster_probability_closed_form, abs=1e-9)
    assert 1 - 2 * direct == pytest.approx(sol.disaster_probability_closed_form, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(x1=st.floats(0.01, 200.0), x2=st.floats(0.01, 200.0))
def test_disaster_probability_increases_in_upper(x1, x2):
    """D7 oracle 3: P(disaster) increases in X."""
    lo, hi = sorted((x1, x2))
    if hi / lo < 1 + 1e-6:
        return
    assert bk.contest_disaster_probability(lo) < bk.contest_disaster_probability(hi)


def test_quitting_time_increasing_and_zero_at_zero():
    """D7 oracle 4 (first part): T(0) = 0 and T is strictly increasing, infinite at X."""
    x = np.linspace(0.0, 2.0, 401)
    t = bk.quitting_time(x, 2.0, 1.5)
    assert t[0] == 0.0
    assert np.all(np.diff(t) > 0)
    assert t[-1] == math.inf


@pytest.mark.parametrize(("upper", "hazard"), [(1.0, 1.0), (2.0, 0.5), (0.5, 4.0)])
def test_quitting_time_matches_integral(upper, hazard):
    """T(x) equals (1/λ)∫ s f(s)/(1-F(s)) ds, integrated numerically."""
    for x in (0.1 * upper, 0.5 * upper, 0.9 * upper):
        value, _ = integrate.quad(lambda s: s * (1 / upper) / (1 - s / upper), 0.0, x)
        assert bk.quitting_time(x, upper, hazard) == pytest.approx(value / hazard, rel=1e-9)


def payoff_of_quitting_at(times, x, upper, hazard):
    """Expected payoff (in units of d) of a type-x state that quits at each time in ``times``
    against an opponent playing T: integrate over the opponent's type, split where the
    opponent quits at the same time (found by root-finding, not by inverting T in closed form)."""
    out = []
    for t in times:
        if t <= 0:
            cut = 0.0
        elif bk.quitting_time(0.999999 * upper, upper, hazard) < t:
            cut = 0.999999 * upper
        else:
            cut = optimize.brentq(
                lambda y, t=t: bk.quitting_time(y, upper, hazard) - t,
                0.0,
                0.999999 * upper,
                xtol=1e-14,
            )
        # Opponent quits first (types below cut): prevail unless disaster strikes first.
        win, _ = integrate.quad(
            lambda y: (
                ((1 + x) * math.exp(-hazard * bk.quitting_time(y, upper, hazard)) - 1) / upper
            ),
            0.0,
            cut,
            epsabs=1e-13,
        )
        # Otherwise I quit at t, after running the risk of disaster until then.
        lose = -(1 - math.exp(-hazard * t)) * (1 - cut / upper)
        out.append(win + lose)
    return np.array(out)


@pytest.mark.parametrize(("upper", "hazard"), [(1.0, 1.0), (3.0, 0.4)])
@pytest.mark.parametrize("share", [0.2, 0.5, 0.8])
def test_quitting_time_is_best_response_on_grid(upper, hazard, share):
    """D7 oracle 4: a grid search over quitting times confirms T(x) is a best response."""
    x = share * upper
    target = bk.quitting_time(x, upper, hazard)
    times = np.linspace(0.0, 3 * target, 301)
    values = payoff_of_quitting_at(times, x, upper, hazard)
    step = times[1] - times[0]
    best = times[np.argmax(values)]
    assert best == pytest.approx(target, abs=1.01 * step)
    own = payoff_of_quitting_at([target], x, upper, hazard)[0]
    assert own >= values.max() - 1e-10
    # ... and strictly better than quitting clearly earlier or later.
    assert own > payoff_of_quitting_at([0.5 * target, 1.5 * target], x, upper, hazard).max()


def test_simulation_winner_and_length():
    """The more resolute state always prevails unless disaster strikes; the weaker state's planned quitting time has mean E[T(min)] = X/(6λ) by Monte Carlo."""
    upper, hazard = 2.0, 0.7
    sim = RiskContest(upper, hazard).simulate(200_000, seed=42)
    ok = ~sim.disaster
    assert np.all(sim.winner[ok] == np.argmax(sim.types[ok], axis=1))
    assert np.all(sim.winner[sim.disaster] == -1)
    planned = sim.quitting_times.min(axis=1)
    mean, se = planned.mean(), planned.std() / math.sqrt(planned.size)
    assert abs(mean - bk.expected_planned_quitting_time(upper, hazard)) < 4 * se
    given = bk.disaster_probability_given_types(sim.types[:, 0], sim.types[:, 1], upper, hazard)
    assert abs(given.mean() - bk.contest_disaster_probability(upper)) < 4 * given.std() / math.sqrt(
        given.size
    )


@pytest.mark.parametrize(("upper", "hazard"), [(1.0, 1.0), (2.0, 0.7), (5.0, 0.1), (20.0, 1.0)])
def test_expected_crisis_duration_by_simulation(upper, hazard):
    """The crisis lasts P(disaster)/λ on average: the mean of the simulated end times (the quit
    or the disaster, whichever came first) agrees within 4 SE, and it is below X/(6λ)."""
    sim = RiskContest(upper, hazard).simulate(200_000, seed=int(upper * 10 + hazard * 100))
    # recompute the end of each crisis from the raw draws, independently of end_time
    ends = np.minimum(sim.disaster_times, sim.quitting_times.min(axis=1))
    np.testing.assert_array_equal(ends, sim.end_time)
    mean, se = ends.mean(), ends.std() / math.sqrt(ends.size)
    expected = bk.expected_crisis_duration(upper, hazard)
    assert abs(mean - expected) < 4 * se
    assert expected == pytest.approx(bk.contest_disaster_probability(upper) / hazard, rel=1e-14)
    assert expected < bk.expected_planned_quitting_time(upper, hazard)
    sol = RiskContest(upper, hazard).solve()
    assert sol.expected_duration == pytest.approx(expected, rel=1e-14)
    assert sol.planned_quitting_time == pytest.approx(upper / (6 * hazard), rel=1e-14)


def test_expected_crisis_duration_by_quadrature():
    """E[min(τ, T(min))] integrated directly over the weaker type and the disaster clock."""
    upper, hazard = 3.0, 0.4

    def mean_length_given(m):
        t = bk.quitting_time(m, upper, hazard)
        return (1 - math.exp(-hazard * t)) / hazard  # ∫_0^t P(τ > s) ds

    value, _ = integrate.quad(
        lambda m: mean_length_given(m) * 2 * (upper - m) / upper**2, 0.0, upper, limit=200
    )
    assert bk.expected_crisis_duration(upper, hazard) == pytest.approx(value, rel=1e-8)


def test_d7_lengths_broadcast_and_scale_with_speed():
    upper, hazard = np.meshgrid(np.linspace(0.1, 5, 30), np.linspace(0.1, 3, 20))
    out = bk.expected_crisis_duration(upper, hazard)
    assert out.shape == (20, 30)
    np.testing.assert_allclose(out * hazard, bk.contest_disaster_probability(upper))
    np.testing.assert_allclose(bk.expected_planned_quitting_time(upper, hazard) * hazard, upper / 6)


def test_simulation_is_seeded():
    a = RiskContest(1.0).simulate(10, seed=3)
    b = RiskContest(1.0).simulate(10, seed=np.random.default_rng(3))
    np.testing.assert_array_equal(a.types, b.types)
    np.testing.assert_array_equal(a.disaster, b.disaster)


def test_risk_tolerance():
    """Resolve ρ = x/(1+x) is the risk at which winning v and losing d balance."""
    x = np.array([0.0, 0.5, 1.0, 3.0])
    rho = bk.risk_tolerance(x)
    np.testing.assert_allclose((1 - rho) * x - rho, 0.0, atol=1e-12)


def test_d7_broadcasts():
    upper, hazard = np.meshgrid(np.linspace(0.1, 5, 30), np.linspace(0.1, 3, 20))
    out = bk.contest_disaster_probability(upper, hazard)
    assert out.shape == (20, 30)
    np.testing.assert_allclose(out, out[0][None, :].repeat(20, axis=0))


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: RiskContest(0.0), "upper"),
        (lambda: RiskContest(float("nan")), "upper"),
        (lambda: RiskContest(1.0, hazard=0.0), "hazard"),
        (lambda: RiskContest(1.0, hazard=float("inf")), "hazard"),
        (lambda: bk.quitting_time(1.5, 1.0), "type_ratio"),
        (lambda: bk.quitting_time(-0.1, 1.0), "type_ratio"),
        (lambda: bk.contest_disaster_probability(-2.0), "upper"),
        (lambda: bk.disaster_probability_given_types(0.2, 3.0, 1.0), "second_type"),
        (lambda: RiskContest(1.0).simulate(0), "n"),
        (lambda: bk.expected_crisis_duration(0.0, 1.0), "upper"),
        (lambda: bk.expected_crisis_duration(1.0, float("nan")), "hazard"),
        (lambda: bk.expected_planned_quitting_time(1.0, -1.0), "hazard"),
    ],
)
def test_d7_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_type_error_names_the_upper_end():
    """The message for a type above X gives the numeric value of X."""
    with pytest.raises(
        ValueError, match=r"type_ratio must be in \[0, upper\] = \[0, 2\.5\]; got 3"
    ):
        bk.quitting_time(3.0, 2.5)
    with pytest.raises(ValueError, match=r"second_type .*\[0, 1\]; got 3"):
        bk.disaster_probability_given_types(0.2, 3.0, 1.0)


def test_d7_wrong_types():
    with pytest.raises(TypeError, match="upper"):
        RiskContest("1")
    with pytest.raises(TypeError, match="n"):
        RiskContest(1.0).simulate(2.5)
