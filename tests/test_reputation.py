"""Tests for R1 (Bayesian reputation) and R2 (the chain store).

R1's closed forms are checked against Bayes' rule applied one crisis at a
time (in exact rational arithmetic where a knife edge needs it) and against
seeded simulation; R2's equilibrium is checked by backward induction from the
primitives and by Monte Carlo play.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import cache

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from guaranteelab import reputation as rp
from guaranteelab.reputation import ChainStore, Reputation

# ---------------------------------------------------------------------------
# R1
# ---------------------------------------------------------------------------

rates = st.tuples(st.floats(0.0, 1.0), st.floats(0.0, 1.0)).filter(lambda t: t[1] - t[0] > 1e-3)
interior = st.floats(0.001, 0.999)


def bayes(mu, honoured, h_r, h_i):
    """Bayes' rule written out from the likelihoods."""
    like_r = h_r if honoured else 1 - h_r
    like_i = h_i if honoured else 1 - h_i
    total = mu * like_r + (1 - mu) * like_i
    return mu * like_r / total


@settings(max_examples=200, deadline=None)
@given(mu=st.floats(0.0, 1.0), pair=rates)
def test_martingale(mu, pair):
    """R1 oracle 1: E[μ' | μ] = μ, with the predictive probability of H equal to q."""
    h_i, h_r = pair
    q = rp.credibility(mu, h_r, h_i)
    expected = q * rp.belief_after_honour(mu, h_r, h_i) + (1 - q) * rp.belief_after_abandonment(
        mu, h_r, h_i
    )
    assert expected == pytest.approx(mu, abs=1e-12)


@pytest.mark.parametrize(("h_r", "h_i"), [(0.9, 0.3), (1.0, 0.5), (0.7, 0.0), (0.6, 0.4)])
def test_martingale_by_simulation(h_r, h_i):
    """R1 oracle 1 by Monte Carlo: the average belief stays at the prior in every period (4 SE)."""
    sim = Reputation(0.4, h_r, h_i).simulate(40_000, 30, seed=11)
    mean = sim.beliefs.mean(axis=0)
    se = sim.beliefs.std(axis=0) / math.sqrt(sim.beliefs.shape[0])
    assert np.all(np.abs(mean - 0.4) <= 4 * se + 1e-12)


@settings(max_examples=200, deadline=None)
@given(mu=interior, pair=rates)
def test_honour_raises_abandonment_lowers(mu, pair):
    """R1 oracle 2: H raises μ and A lowers μ (strictly, for 0 < μ < 1)."""
    h_i, h_r = pair
    assert rp.belief_after_honour(mu, h_r, h_i) > mu
    assert rp.belief_after_abandonment(mu, h_r, h_i) < mu


@pytest.mark.parametrize("h_i", [0.0, 0.3, 0.8])
def test_one_abandonment_is_fatal(h_i):
    """R1 oracle 3: with h_R = 1 one abandonment sets μ = 0 for ever, so q = h_I."""
    model = Reputation(0.95, 1.0, h_i, threshold=0.9)
    # With h_I = 0 an honour would prove resolve and a later A be impossible.
    outcomes = "HHHHA" + "H" * 20 if h_i > 0 else "AAAA"
    first = outcomes.index("A") + 1
    path = model.history(outcomes)
    assert np.all(path.beliefs[first:] == 0.0)
    assert np.all(path.beliefs[:first] > 0.9)
    np.testing.assert_allclose(path.credibility[first:], h_i)
    assert model.honours_needed(0.0) == math.inf


@settings(max_examples=150, deadline=None)
@given(
    mu=interior,
    pair=rates,
    outcomes=st.lists(st.booleans(), min_size=0, max_size=25),
)
def test_log_odds_matches_sequential_bayes(mu, pair, outcomes):
    """The log-odds closed form equals Bayes' rule applied crisis by crisis, in any order.

    Bayes' rule runs in exact rational arithmetic: in floats a belief can round to 1 after a
    few honours when h_I is tiny, and a later abandonment with h_R = 1 must still send it to 0.
    """
    h_i, h_r = pair
    assume(not (h_r == 1.0 and h_i == 0.0 and any(outcomes) and not all(outcomes)))
    sequential = [Fraction(mu)]
    for honoured in outcomes:
        prev = sequential[-1]
        if prev in (0, 1):
            sequential.append(prev)
        else:
            sequential.append(bayes(prev, honoured, Fraction(h_r), Fraction(h_i)))
    path = Reputation(mu, h_r, h_i).history(outcomes)
    np.testing.assert_allclose(path.beliefs, [float(x) for x in sequential], atol=1e-9)
    reordered = Reputation(mu, h_r, h_i).history(sorted(outcomes))
    assert reordered.beliefs[-1] == pytest.approx(path.beliefs[-1], abs=1e-9)


def exact_honours_needed(mu, q_star, h_r, h_i, limit=400):
    """Count honours one by one in exact rational arithmetic."""
    mu, q_star, h_r, h_i = (Fraction(x) for x in (mu, q_star, h_r, h_i))
    for n in range(limit + 1):
        if mu * h_r + (1 - mu) * h_i >= q_star:
            return float(n)
        if mu == 0:
            return math.inf
        mu = mu * h_r / (mu * h_r + (1 - mu) * h_i)
    return math.inf


@pytest.mark.parametrize(
    ("mu", "q_star", "h_r", "h_i", "expected"),
    [
        (Fraction(1, 3), Fraction(9, 10), 1, Fraction(1, 2), 3.0),  # ratio exactly 3
        (Fraction(1, 2), Fraction(4, 5), Fraction(9, 10), Fraction(3, 10), None),
        (Fraction(1, 5), Fraction(1, 2), Fraction(3, 4), Fraction(1, 4), None),
        (Fraction(1, 2), Fraction(1, 2), Fraction(3, 4), Fraction(1, 4), 0.0),  # holds already
        (Fraction(1, 2), Fraction(19, 20), Fraction(9, 10), Fraction(1, 10), math.inf),  # q* > h_R
        (0, Fraction(1, 2), Fraction(9, 10), Fraction(1, 10), math.inf),  # μ = 0
        (Fraction(1, 2), Fraction(9, 10), Fraction(9, 10), Fraction(1, 10), math.inf),  # q* = h_R
        (Fraction(1, 100), Fraction(9, 10), Fraction(9, 10), 0, 1.0),  # h_I = 0
        (Fraction(1, 100), 1, 1, 0, 1.0),  # h_I = 0 and q* = h_R
    ],
)
def test_honours_needed_cases(mu, q_star, h_r, h_i, expected):
    """R1 oracle 4: n* in every case, including the exact-integer ratio, against honour-by-honour updating."""
    got = rp.honours_needed(float(mu), float(q_star), float(h_r), float(h_i))
    exact = exact_honours_needed(mu, q_star, h_r, h_i)
    assert got == exact
    if expected is not None:
        assert got == expected


def test_knife_edge_repros():
    """Exact ties q = q* count as deterrence, in honours_needed and in history().deterred alike.

    honours_needed(0.75, 0.5, 0.6, 0.2): q = 0.75*0.6 + 0.25*0.2 = 0.5 = q* exactly, so n* = 0.
    Reputation(0.1, 0.3, 0.1, 0.2): the odds 1/9 triple with each honour to 1 = odds of μ* = 1/2,
    so exactly two honours bring q to 0.2 = q*.
    """
    assert exact_honours_needed(Fraction(3, 4), Fraction(1, 2), Fraction(3, 5), Fraction(1, 5)) == 0
    assert rp.honours_needed(0.75, 0.5, 0.6, 0.2) == 0.0
    model = Reputation(0.1, 0.3, 0.1, 0.2)
    assert (
        exact_honours_needed(Fraction(1, 10), Fraction(1, 5), Fraction(3, 10), Fraction(1, 10)) == 2
    )
    assert model.honours_needed() == 2.0
    path = model.history("HH")
    assert path.deterred.tolist() == [False, False, True]
    assert path.honours_needed.tolist() == [2.0, 1.0, 0.0]
    start = Reputation(0.75, 0.6, 0.2, 0.5).history("")
    assert start.deterred.tolist() == [True]
    assert start.honours_needed.tolist() == [0.0]


# The crisis_history lab's sliders as integers: μ₀ = m/20 (1..19), h_R = R/20, h_I = I/20 with
# 0 <= I < R <= 20, q* = Q/20 (0..20). Beliefs are tracked as exact odds num/den (den = 0 means
# μ = 1), so every comparison below is exact integer arithmetic.


def _grid_odds(m, n_h, n_a, big_r, big_i):
    """Exact odds of being resolute after n_h honours and n_a abandonments, as (num, den)."""
    return m * big_r**n_h * (20 - big_r) ** n_a, (20 - m) * big_i**n_h * (20 - big_i) ** n_a


def _grid_deterred(num, den, big_r, big_i, big_q):
    """q >= q* exactly: μ R + (1 - μ) I >= Q with μ = num/(num + den)."""
    return num * big_r + den * big_i >= big_q * (num + den)


def _grid_honours_needed(num, den, big_r, big_i, big_q):
    """n* by honour-by-honour updating of the exact odds (each honour multiplies them by R/I)."""
    if _grid_deterred(num, den, big_r, big_i, big_q):
        return 0.0
    if num == 0 or big_q > big_r or (big_q == big_r and big_i > 0):
        return math.inf  # μ = 0, or q* above what the belief can reach
    n = 0
    while not _grid_deterred(num, den, big_r, big_i, big_q):
        num, den, n = num * big_r, den * big_i, n + 1
    return float(n)


def _lab_records():
    """The lab's records, grouped: prior m/20, rates R/20 and I/20, n_A abandonments (at most two)
    and then honours up to 12 crises in all. Beliefs depend only on the counts, so the history
    "A" * n_A + "H" * (12 - n_A) passes through every count a lab history can reach."""
    for m in range(1, 20):
        for big_r in range(1, 21):
            for big_i in range(big_r):
                for n_a in range(3):
                    if big_r == 20 and big_i == 0 and n_a:
                        continue  # an honour after an abandonment is impossible for both types
                    yield m, big_r, big_i, n_a


def _check_record(m, big_r, big_i, n_a, big_q):
    """Compare the library along one lab record with exact honour-by-honour updating.

    At every point: history().deterred, history().honours_needed, and honours_needed() from
    the belief the lab reads (where that belief has not rounded to 1)."""
    n_h = 12 - n_a
    model = Reputation(m / 20, big_r / 20, big_i / 20, big_q / 20)
    path = model.history("A" * n_a + "H" * n_h)
    from_beliefs = rp.honours_needed(path.beliefs, big_q / 20, big_r / 20, big_i / 20)
    for t in range(13):
        honours, abandons = max(0, t - n_a), min(t, n_a)
        expected = _grid_honours_needed(
            *_grid_odds(m, honours, abandons, big_r, big_i), big_r, big_i, big_q
        )
        where = (m / 20, big_r / 20, big_i / 20, big_q / 20, t, n_a)
        assert bool(path.deterred[t]) == (expected == 0.0), where
        assert path.honours_needed[t] == expected, where
        if path.beliefs[t] < 1.0:
            assert from_beliefs[t] == expected, where


def test_knife_edges_on_the_lab_grid():
    """R1 knife-edge sweep over the crisis_history lab's sliders, in exact rational arithmetic.

    Every slider position (μ₀, h_R, h_I, q* on their 0.05 grids; up to 12 crises with at most two
    abandonments) at which credibility equals q* exactly is found in integer arithmetic. Along
    every such record, history().deterred, history().honours_needed and honours_needed() must
    match exact honour-by-honour updating at every crisis (so n* = 0 and "deterred" at the tie).
    """
    knife_records = 0
    for m, big_r, big_i, n_a in _lab_records():
        ties = set()
        for t in range(n_a, 13):
            num, den = _grid_odds(m, t - n_a, n_a, big_r, big_i)
            total = num * big_r + den * big_i
            if total % (num + den) == 0:  # 20 q is a whole number: q = q* for that slider value
                ties.add(total // (num + den))
        for big_q in ties:
            _check_record(m, big_r, big_i, n_a, big_q)
            knife_records += 1
    assert knife_records > 2500


def test_honours_needed_on_the_lab_grid():
    """Off the knife edges too: 300 random lab records at every threshold, and n* from every prior
    and threshold on the grid (crises = 0, vectorised), equal exact honour-by-honour counting."""
    rng = np.random.default_rng(9)
    records = list(_lab_records())
    for index in rng.choice(len(records), 300, replace=False).tolist():
        for big_q in range(21):
            _check_record(*records[index], big_q)
    m, big_r, big_i, big_q = np.array(
        [
            (m, big_r, big_i, big_q)
            for m in range(1, 20)
            for big_r in range(1, 21)
            for big_i in range(big_r)
            for big_q in range(21)
        ]
    ).T
    got = rp.honours_needed(m / 20, big_q / 20, big_r / 20, big_i / 20)
    expected = [
        _grid_honours_needed(*_grid_odds(mm, 0, 0, rr, ii), rr, ii, qq)
        for mm, rr, ii, qq in zip(
            m.tolist(), big_r.tolist(), big_i.tolist(), big_q.tolist(), strict=True
        )
    ]
    np.testing.assert_array_equal(got, expected)


def test_threshold_at_h_r_is_never_reached_by_rounding():
    """q* = h_R with h_I > 0: the belief approaches 1 but never reaches it, even when it rounds to 1.0."""
    model = Reputation(0.95, 1.0, 0.05, threshold=1.0)  # each honour multiplies the odds by 20
    path = model.history("H" * 12)
    assert path.beliefs[-1] == 1.0  # 19 * 20**12 odds: 1 - μ is below double precision
    assert not path.deterred.any()
    assert np.all(path.honours_needed == math.inf)
    # ... whereas with h_I = 0 one honour proves resolve and q = h_R exactly
    proved = Reputation(0.95, 0.6, 0.0, threshold=0.6).history("H")
    assert proved.deterred.tolist() == [False, True]
    assert proved.honours_needed.tolist() == [1.0, 0.0]


def test_simulation_deterred_uses_the_same_rule():
    """simulate().deterred agrees with history().deterred on each simulated record, knife edge included."""
    model = Reputation(0.1, 0.3, 0.1, 0.2)  # two honours reach q* exactly
    sim = model.simulate(400, 6, seed=2)
    for row in range(0, 400, 13):
        path = model.history(sim.honoured[row].tolist())
        np.testing.assert_array_equal(sim.deterred[row], path.deterred)
    two_honours_first = sim.honoured[:, :2].all(axis=1)
    assert two_honours_first.any()
    assert sim.deterred[two_honours_first, 2].all()


@settings(max_examples=200, deadline=None)
@given(mu=st.floats(0.0, 1.0), q_star=st.floats(0.0, 1.0), pair=rates)
def test_honours_needed_matches_updating(mu, q_star, pair):
    """R1 oracle 4 (property): n* equals the first n at which repeated honours give q >= q*."""
    h_i, h_r = pair
    # The oracle updates in floats, which underflow from a subnormal prior; the
    # closed form works in log-odds and is right there (see the test at the end).
    assume(mu == 0.0 or mu >= 1e-300)
    got = rp.honours_needed(mu, q_star, h_r, h_i)
    # Float updating, skipping draws too close to a knife edge for floats to settle.
    belief, n = mu, 0
    while n <= 2000:
        q = belief * h_r + (1 - belief) * h_i
        if abs(q - q_star) < 1e-7:
            return
        if q >= q_star:
            break
        belief = rp.belief_after_honour(belief, h_r, h_i)
        n += 1
    else:
        n = math.inf
    if n > 2000:
        assert got == math.inf or got > 1000
    else:
        assert got == n


@settings(max_examples=100, deadline=None)
@given(mu=interior, pair=rates, current=st.floats(0.0, 1.0), outcomes=st.text("HA", max_size=12))
def test_weight_zero_history_irrelevant(mu, pair, current, outcomes):
    """R1 oracle 5: with w = 0 the history has no effect on credibility."""
    h_i, h_r = pair
    assume(not (h_r == 1.0 and h_i == 0.0 and "H" in outcomes and "A" in outcomes))
    rep = Reputation(mu, h_r, h_i).history(outcomes).credibility[-1]
    assert rp.blended_credibility(rep, current, 0.0) == current
    assert rp.blended_credibility(rep, current, 1.0) == pytest.approx(rep)


def test_simulation_beliefs_match_history():
    """Each simulated history's beliefs equal the closed form applied to its outcomes."""
    model = Reputation(0.3, 0.85, 0.4, 0.6)
    sim = model.simulate(50, 15, seed=5)
    for row in range(0, 50, 7):
        path = model.history(sim.honoured[row].tolist())
        np.testing.assert_allclose(sim.beliefs[row], path.beliefs, atol=1e-12)
        np.testing.assert_allclose(sim.credibility[row], path.credibility, atol=1e-12)
    # Resolute guarantors honour at rate h_R (a seeded check of the data-generating process).
    frac = sim.honoured[sim.resolute].mean()
    assert abs(frac - 0.85) < 0.05


def test_simulation_seeded_and_sized():
    a = Reputation(0.5, 0.9, 0.3).simulate(100, 50, seed=1)
    b = Reputation(0.5, 0.9, 0.3).simulate(100, 50, seed=np.random.default_rng(1))
    assert a.beliefs.shape == (100, 51)
    np.testing.assert_array_equal(a.honoured, b.honoured)


def test_r1_broadcasts():
    mu, q_star = np.meshgrid(np.linspace(0, 1, 30), np.linspace(0, 1, 20))
    out = rp.honours_needed(mu, q_star, 0.9, 0.3)
    assert out.shape == (20, 30)
    assert rp.belief_after_history(0.5, np.arange(5), 0, 0.9, 0.3).shape == (5,)


def test_impossible_history_rejected():
    with pytest.raises(ValueError, match="abandoned"):
        rp.belief_after_history(0.5, 1, 1, 1.0, 0.0)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: Reputation(0.0, 0.9, 0.3), "prior"),
        (lambda: Reputation(1.0, 0.9, 0.3), "prior"),
        (lambda: Reputation(float("nan"), 0.9, 0.3), "prior"),
        (lambda: Reputation(0.5, 1.2, 0.3), "honour_resolute"),
        (lambda: Reputation(0.5, 0.3, 0.3), "honour_irresolute"),
        (lambda: Reputation(0.5, 0.9, -0.1), "honour_irresolute"),
        (lambda: Reputation(0.5, 0.9, 0.3, threshold=float("inf")), "threshold"),
        (lambda: Reputation(0.5, 0.9, 0.3).history("HXA"), "outcomes"),
        (lambda: Reputation(0.5, 0.9, 0.3).simulate(0, 5), "n_histories"),
        (lambda: rp.belief_after_history(0.5, 1.5, 0, 0.9, 0.3), "honoured"),
        (lambda: rp.blended_credibility(0.5, 0.5, 1.1), "weight"),
        (lambda: rp.honours_needed(0.5, -0.2, 0.9, 0.3), "threshold"),
    ],
)
def test_r1_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_r1_wrong_types():
    with pytest.raises(TypeError, match="prior"):
        Reputation("0.5", 0.9, 0.3)
    with pytest.raises(TypeError, match="outcomes"):
        Reputation(0.5, 0.9, 0.3).history(42)


# ---------------------------------------------------------------------------
# R2
# ---------------------------------------------------------------------------


def check_backward_induction(a, b, horizon):
    """Compute the weak incumbent's values by backward induction and check every incentive."""

    @cache
    def value(k, p):
        if k == 0:
            return 0.0
        stay = rp.entrant_stay_out_probability(p, k, a, b)
        fight = rp.weak_fight_probability(p, k, b)
        fought = -1.0 + value(k - 1, rp.belief_after_fight(p, k, b))
        accommodated = 0.0 + value(k - 1, 0.0)
        return stay * (a + value(k - 1, p)) + (1 - stay) * (
            fight * fought + (1 - fight) * accommodated
        )

    beliefs = sorted({*np.linspace(0.0, 0.99, 34).tolist(), *(b**j for j in range(1, horizon + 1))})
    checked_mixing = 0
    for k in range(1, horizon + 1):
        for p in beliefs:
            fight = rp.weak_fight_probability(p, k, b)
            fought = -1.0 + value(k - 1, rp.belief_after_fight(p, k, b))
            accommodated = value(k - 1, 0.0)
            # The weak incumbent: indifferent where it mixes, else its choice is a best reply.
            if 0.0 < fight < 1.0:
                assert fought == pytest.approx(accommodated, abs=1e-9)
                checked_mixing += 1
            elif fight == 1.0:
                assert fought >= accommodated - 1e-9
            else:
                assert accommodated >= fought - 1e-9
            # The entrant: enters iff b - P(fight) >= 0, indifferent where it mixes.
            p_fight = p + (1 - p) * fight
            gain = b - p_fight
            stay = rp.entrant_stay_out_probability(p, k, a, b)
            if stay == 1.0:
                assert gain <= 1e-9
            elif stay == 0.0:
                assert gain >= -1e-9
            else:
                assert gain == pytest.approx(0.0, abs=1e-9)
                assert stay == pytest.approx(1 / a)
            # Bayes' rule wherever a fight has positive probability.
            if p_fight > 0:
                assert rp.belief_after_fight(p, k, b) == pytest.approx(p / p_fight, abs=1e-9)
    assert checked_mixing > 0


@pytest.mark.parametrize("a", [1.5, 2.0, 5.0])
@pytest.mark.parametrize("b", [0.3, 0.5, 0.8])
def test_chain_store_backward_induction(a, b):
    """R2 oracle 1: backward induction confirms the weak incumbent's indifference where it mixes and the entrant's incentive constraints."""
    check_backward_induction(a, b, horizon=8)


@pytest.mark.parametrize(
    ("prior", "b", "expected"),
    [
        (0.1, 0.5, 3),
        (0.25, 0.5, 2),  # boundary: δ = b^2 exactly, entrant 2 mixes
        (0.09, 0.3, 2),  # boundary again, with b^2 not exact in binary
        (0.2, 0.8, 7),
        (0.6, 0.5, 0),  # δ > b: nobody ever enters
        (0.01, 0.8, 20),
    ],
)
@pytest.mark.parametrize("periods", [5, 12, 40])
def test_entry_only_in_last_periods(prior, b, expected, periods):
    """R2 oracle 2: entry can occur only in the last floor(ln δ / ln b) periods, independent of N (boundary included)."""
    a = 2.0
    assert rp.entry_periods(prior, b) == expected
    sol = ChainStore(periods, a, b, prior).solve()
    window = min(periods, expected)
    assert sol.entry_periods == window
    entry = sol.entry_probability
    assert np.all(entry[: periods - window] == 0.0)
    if window > 0:
        assert entry[periods - window] > 0.0
        assert sol.first_possible_entry == periods - window + 1
    else:
        assert sol.first_possible_entry is None
    # The tail of the game is the same however long the game is (once N covers the window).
    if periods < expected:
        return
    longer = ChainStore(periods + 10, a, b, prior).solve().entry_probability
    np.testing.assert_allclose(longer[-periods:], entry, atol=1e-12)


def test_near_knife_entry_window_is_consistent():
    """Just above δ = b^3 (by a relative 1e-11, beyond the strategies' 1e-12 tie tolerance)
    entrant 3 stays out, so only two periods can see entry: the summary agrees with the probabilities."""
    prior = 0.125 * (1 + 1e-11)
    sol = ChainStore(5, 2.0, 0.5, prior).solve()
    assert sol.entry_probability[2] == 0.0
    assert np.all(sol.entry_probability[3:] > 0.0)
    assert sol.entry_periods == 2
    assert sol.first_possible_entry == 4
    assert rp.entry_periods(prior, 0.5) == 2
    # and exactly at δ = b^3 the third-last entrant mixes
    sol = ChainStore(5, 2.0, 0.5, 0.125).solve()
    assert sol.entry_periods == 3 and sol.first_possible_entry == 3
    assert sol.entry_probability[2] == pytest.approx(0.5)


@pytest.mark.parametrize("b", [0.3, 0.5, 0.8])
@pytest.mark.parametrize("j", [1, 2, 3, 5, 8])
@pytest.mark.parametrize("nudge", [0.0, 1e-13, -1e-13, 1e-10, -1e-10])
def test_entry_periods_agree_with_solve_near_ties(b, j, nudge):
    """entry_periods() and the periods in which solve() has entry agree, at and around δ = b^j."""
    prior = b**j * (1 + nudge)
    sol = ChainStore(12, 2.0, b, prior).solve()
    assert sol.entry_periods == min(12, rp.entry_periods(prior, b))
    expected = j - 1 if nudge > 1e-12 else j
    assert sol.entry_periods == min(12, expected)


def test_no_underflow_for_long_horizons():
    """b^k underflows to 0 for k = 1100, yet a belief of 0 is still below it: the entrant enters
    and a weak incumbent known to be weak never fights."""
    assert 0.5**1100 == 0.0
    assert rp.entrant_stay_out_probability(0.0, 1100, 2.0, 0.5) == 0.0
    assert rp.weak_fight_probability(0.0, 1100, 0.5) == 0.0
    # a tiny positive belief is far above b^1099 ≈ 1e-331: a sure fight, and no entry
    assert rp.weak_fight_probability(1e-300, 1100, 0.5) == 1.0
    assert rp.entrant_stay_out_probability(1e-300, 1100, 2.0, 0.5) == 1.0
    sol = ChainStore(1200, 2.0, 0.5, 0.1).solve()
    assert sol.entry_periods == 3 and sol.first_possible_entry == 1198


def test_boundary_entry_probability():
    """At δ = b^k exactly the entrant stays out with probability 1/a, so enters with 1 - 1/a."""
    sol = ChainStore(6, 4.0, 0.5, 0.25).solve()
    assert sol.entry_probability[4] == pytest.approx(0.75)


def play_chain_store(periods, a, b, prior, n, seed):
    """Monte Carlo play of the equilibrium, period by period, for n incumbents at once."""
    rng = np.random.default_rng(seed)
    tough = rng.random(n) < prior
    belief = np.full(n, prior)
    entries = np.zeros(periods)
    for t in range(periods):
        k = periods - t
        stay = rp.entrant_stay_out_probability(belief, k, a, b)
        enter = rng.random(n) >= stay
        fight = np.where(tough, True, rng.random(n) < rp.weak_fight_probability(belief, k, b))
        entries[t] = enter.mean()
        new_belief = np.where(fight, rp.belief_after_fight(belief, k, b), 0.0)
        belief = np.where(enter, new_belief, belief)
    return entries


@pytest.mark.parametrize(("a", "b", "prior"), [(2.0, 0.5, 0.1), (1.5, 0.8, 0.3), (5.0, 0.3, 0.05)])
def test_chain_store_forward_probabilities_by_simulation(a, b, prior):
    """The exact path probabilities of solve() match seeded Monte Carlo play within 4 SE."""
    periods, n = 10, 100_000
    exact = ChainStore(periods, a, b, prior).solve().entry_probability
    simulated = play_chain_store(periods, a, b, prior, n, seed=3)
    se = np.sqrt(np.maximum(exact * (1 - exact), 1e-12) / n)
    assert np.all(np.abs(simulated - exact) <= 4 * se + 1e-12)


def test_r2_values():
    assert rp.weak_fight_probability(0.5, 1, 0.5) == 0.0  # last period: accommodate
    p_fight = 0.2 + 0.8 * rp.weak_fight_probability(0.2, 3, 0.5)
    assert p_fight == pytest.approx(0.2 / 0.25)
    assert rp.belief_after_fight(0.3, 2, 0.5) == 0.5
    assert rp.belief_after_fight(0.7, 2, 0.5) == 0.7


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: ChainStore(0, 2.0, 0.5, 0.1), "periods"),
        (lambda: ChainStore(5, 1.0, 0.5, 0.1), "a"),
        (lambda: ChainStore(5, 2.0, 1.0, 0.1), "b"),
        (lambda: ChainStore(5, 2.0, 0.5, 0.0), "prior"),
        (lambda: ChainStore(5, 2.0, float("nan"), 0.1), "b"),
        (lambda: rp.weak_fight_probability(0.5, 0, 0.5), "periods_left"),
        (lambda: rp.weak_fight_probability(0.5, 2.5, 0.5), "periods_left"),
        (lambda: rp.entry_periods(1.0, 0.5), "prior"),
        (lambda: rp.entrant_stay_out_probability(0.5, 2, float("inf"), 0.5), "a"),
    ],
)
def test_r2_bad_input(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_r2_wrong_types():
    with pytest.raises(TypeError, match="periods"):
        ChainStore(5.0, 2.0, 0.5, 0.1)


@settings(max_examples=150, deadline=None)
@given(mu1=st.floats(0.01, 0.99), mu2=st.floats(0.01, 0.99), q_star=st.floats(0.05, 0.85))
def test_honours_needed_comparative_statics(mu1, mu2, q_star):
    """A higher current belief never needs more honours; a higher threshold never needs fewer."""
    lo, hi = sorted((mu1, mu2))
    assert rp.honours_needed(hi, q_star, 0.9, 0.3) <= rp.honours_needed(lo, q_star, 0.9, 0.3)
    assert rp.honours_needed(lo, q_star, 0.9, 0.3) <= rp.honours_needed(lo, q_star + 0.05, 0.9, 0.3)


def test_import_does_not_load_plotting():
    """`import guaranteelab.reputation` loads neither matplotlib nor ipywidgets."""
    import subprocess
    import sys

    code = (
        "import sys, guaranteelab.reputation, guaranteelab.deterrence.brinkmanship; "
        "print('matplotlib' in sys.modules or 'ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_one_honour_proves_resolve_even_from_a_subnormal_belief():
    """With h_I = 0 a single honour sets the belief to 1, however small the prior (no underflow)."""
    assert rp.belief_after_honour(5e-324, 0.5, 0.0) == 1.0
    assert rp.honours_needed(5e-324, 0.5, 0.5, 0.0) == 1
    # With h_I > 0 the log-odds form still counts the honours: ceil((ln 0.5 - logit 5e-324) / ln 4).
    assert rp.honours_needed(5e-324, 0.25, 0.5, 0.125) == 537
