"""Tests for veto players, ratification and drift in support (B1), checked independently."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from guaranteelab.domestic import (
    DomesticCommitment,
    DomesticOutcome,
    credibility,
    expected_credibility_if_ratified,
    is_ratified,
    long_run_credibility,
    support_from_burden_sharing,
    support_trend,
)

supports = st.floats(0.0, 1.0)
thresholds = st.floats(0.0, 1.0)
sigmas = st.floats(0.02, 1.0)
years = st.floats(0.1, 30.0)
players = st.integers(1, 5)


@pytest.mark.parametrize(
    ("support", "marks", "sigma", "t"),
    [
        (0.8, (0.6,), 0.1, 4.0),
        (0.7, (0.6, 0.65), 0.15, 2.0),
        (0.5, (0.6, 0.6, 0.55), 0.2, 9.0),
        (0.9, (0.5, 0.7, 0.8, 0.6), 0.05, 25.0),
    ],
)
def test_credibility_monte_carlo_of_drifting_support(support, marks, sigma, t):
    """Independent check: simulate each veto player's drift and count honouring, within 4 SE."""
    rng = np.random.default_rng(2009)
    n = 200_000
    z = rng.standard_normal((n, len(marks)))
    drifted = support + sigma * math.sqrt(t) * z
    honoured = np.all(drifted >= np.asarray(marks), axis=1)
    exact = DomesticCommitment(support, sigma, t, marks).credibility
    se = math.sqrt(exact * (1 - exact) / n)
    assert abs(honoured.mean() - exact) < 4 * se
    if len(set(marks)) == 1:
        assert credibility(support, marks[0], sigma, t, len(marks)) == pytest.approx(exact)


@pytest.mark.parametrize(
    ("r", "m", "sigma", "t", "k"),
    [
        (2 / 3, 0.6, 0.1, 4.0, 1),
        (0.5, 0.6, 0.2, 2.0, 2),
        (0.0, 0.5, 0.1, 1.0, 3),
        (0.8, 0.7, 0.3, 10.0, 4),
    ],
)
def test_expected_credibility_monte_carlo_of_ratified_treaties(r, m, sigma, t, k):
    """Independent check: draw S_0 ~ U[0, 1], keep the ratified, draw the drift; within 4 SE."""
    rng = np.random.default_rng(2000)
    draws = 400_000
    s0 = rng.uniform(0.0, 1.0, draws)
    s0 = s0[s0 >= r]
    n = s0.size
    z = rng.standard_normal((n, k))
    honoured = np.all(s0[:, None] + sigma * math.sqrt(t) * z >= m, axis=1)
    exact = expected_credibility_if_ratified(r, m, sigma, t, k)
    se = math.sqrt(exact * (1 - exact) / n)
    assert abs(honoured.mean() - exact) < 4 * se


@given(supports, thresholds, sigmas, years, players)
def test_oracle_1_more_veto_players_lower_q(s, m, sigma, t, k):
    """B1 oracle 1: adding a veto player never raises q."""
    assert credibility(s, m, sigma, t, k + 1) <= credibility(s, m, sigma, t, k) + 1e-15


@given(supports, thresholds, sigmas, years, players, st.floats(0.001, 1.0))
def test_oracle_1_higher_thresholds_lower_q(s, m, sigma, t, k, dm):
    """B1 oracle 1: raising the veto players' threshold never raises q."""
    higher = min(1.0, m + dm)
    assert credibility(s, higher, sigma, t, k) <= credibility(s, m, sigma, t, k) + 1e-15


@given(supports, st.lists(thresholds, min_size=1, max_size=4), sigmas, years, st.floats(0, 1))
def test_oracle_1_an_extra_player_with_any_threshold_lowers_q(s, marks, sigma, t, extra):
    """B1 oracle 1: with different thresholds, one more veto player never raises q."""
    base = DomesticCommitment(s, sigma, t, tuple(marks)).credibility
    more = DomesticCommitment(s, sigma, t, (*marks, extra)).credibility
    assert more <= base + 1e-15


@given(supports, thresholds, sigmas, years, players, st.floats(0.001, 1.0))
def test_oracle_2_q_rises_in_initial_support(s, m, sigma, t, k, ds):
    """B1 oracle 2: q is non-decreasing in S_0."""
    higher = min(1.0, s + ds)
    assert credibility(higher, m, sigma, t, k) >= credibility(s, m, sigma, t, k) - 1e-15


@given(supports, thresholds, sigmas, players)
def test_oracle_3_long_run_limit(s, m, sigma, k):
    """B1 oracle 3: as t grows without bound, q tends to 2^-k."""
    q = credibility(s, m, sigma, 1e16, k)
    assert q == pytest.approx(long_run_credibility(k), abs=1e-5)
    assert long_run_credibility(k) == 2.0**-k


@given(st.floats(0.3, 1.0), st.floats(0.0, 0.7), sigmas, years, st.floats(0.1, 10.0), players)
def test_oracle_3_decay_and_drift_up(s, m, sigma, t, dt, k):
    """B1 oracle 3: q falls over time when S_0 > m (decay) and rises when S_0 < m (drift-up)."""
    assume(abs(s - m) > 1e-3)
    now = credibility(s, m, sigma, t, k)
    later = credibility(s, m, sigma, t + dt, k)
    limit = long_run_credibility(k)
    if s > m:
        assert support_trend(s, m) == "decay"
        assert limit - 1e-15 <= later <= now + 1e-15
    else:
        assert support_trend(s, m) == "drift-up"
        assert now - 1e-15 <= later <= limit + 1e-15


def test_oracle_3_trend_labels():
    """B1 oracle 3: the trend is constant at S_0 = m and mixed between thresholds."""
    assert support_trend(0.6, 0.6) == "constant"
    assert support_trend(0.6, (0.5, 0.7)) == "mixed"
    assert credibility(0.6, 0.6, 0.1, 3.0, 2) == pytest.approx(0.25)
    assert DomesticCommitment(0.6, 0.1, 3.0, (0.5, 0.7)).solve().trend == "mixed"


@given(st.floats(0.0, 0.9), st.floats(0.01, 0.09), thresholds, sigmas, years, players)
def test_oracle_4_selection_effect_of_supermajorities(r, dr, m, sigma, t, k):
    """B1 oracle 4: E[q | ratified] is non-decreasing in the ratification threshold r."""
    low = expected_credibility_if_ratified(r, m, sigma, t, k)
    high = expected_credibility_if_ratified(r + dr, m, sigma, t, k)
    assert high >= low - 1e-9


def test_oracle_4_closed_form_for_one_player_and_one_year():
    """B1 oracle 4: k = 1, t = 1 matches a fine midpoint sum of Phi((s - m)/sigma) over [r, 1]."""
    from scipy.stats import norm

    r, m, sigma = 2 / 3, 0.6, 0.15
    s = r + (np.arange(200_000) + 0.5) / 200_000 * (1 - r)
    assert expected_credibility_if_ratified(r, m, sigma, 1.0) == pytest.approx(
        norm.cdf((s - m) / sigma).mean(), abs=1e-9
    )


@given(
    st.floats(0.0, 5.0), st.floats(0.01, 3.0), st.floats(50.0, 200.0), st.floats(0.0, 1.0),
    st.floats(0.1, 30.0), thresholds, sigmas, years, players,
)  # fmt: skip
def test_oracle_5_q_rises_in_protege_effort(d, dd, y, s0, beta, m, sigma, t, k):
    """B1 oracle 5: through S_0 = clip(s0 + beta (d/Y - g*)), q is non-decreasing in d_P."""
    low = support_from_burden_sharing(d, y, s0, beta)
    high = support_from_burden_sharing(d + dd, y, s0, beta)
    assert 0.0 <= low <= high <= 1.0
    assert credibility(high, m, sigma, t, k) >= credibility(low, m, sigma, t, k) - 1e-15


def test_oracle_5_burden_sharing_values():
    """B1 oracle 5: spending at the benchmark gives s0; the clip holds S_0 in [0, 1]."""
    assert support_from_burden_sharing(2.0, 100.0, 0.7, 10.0) == pytest.approx(0.7)
    assert support_from_burden_sharing(0.0, 100.0, 0.1, 10.0) == 0.0
    np.testing.assert_allclose(
        support_from_burden_sharing(np.array([1.0, 2.0, 3.0]), 100.0, 0.7, 10.0), [0.6, 0.7, 0.8]
    )


@given(
    st.floats(0.3, 1.0),
    st.floats(0.0, 0.7),
    st.floats(0.02, 0.5),
    st.floats(0.01, 0.5),
    years,
    players,
)
def test_oracle_6_lower_volatility_slows_decay(s, m, sigma, dsigma, t, k):
    """B1 oracle 6: a smaller sigma (democracy) keeps q higher when S_0 > m, lower when S_0 < m."""
    assume(abs(s - m) > 1e-3)
    calm = credibility(s, m, sigma, t, k)
    volatile = credibility(s, m, sigma + dsigma, t, k)
    if s > m:
        assert calm >= volatile - 1e-15
    else:
        assert calm <= volatile + 1e-15


def test_closed_forms_broadcast():
    """A whole parameter map is one call."""
    s, sigma = np.meshgrid(np.linspace(0, 1, 5), np.linspace(0.05, 0.5, 4))
    q = credibility(s, 0.6, sigma, 5.0, 2)
    assert q.shape == (4, 5)
    assert q[0, 4] == pytest.approx(credibility(1.0, 0.6, 0.05, 5.0, 2))
    e = expected_credibility_if_ratified(np.array([0.0, 0.5]), 0.6, np.array([[0.1], [0.2]]), 4.0)
    assert e.shape == (2, 2)
    assert e[1, 0] == pytest.approx(expected_credibility_if_ratified(0.0, 0.6, 0.2, 4.0))
    np.testing.assert_array_equal(is_ratified(np.array([0.5, 0.7]), 2 / 3), [False, True])


def test_model_solve_returns_an_outcome():
    """The dataclass agrees with the closed forms and returns a frozen result."""
    out = DomesticCommitment(0.8, 0.1, 4.0, (0.6, 0.6), 2 / 3).solve()
    assert isinstance(out, DomesticOutcome)
    assert out.ratified
    assert out.credibility == pytest.approx(credibility(0.8, 0.6, 0.1, 4.0, 2))
    assert out.expected_credibility_if_ratified == pytest.approx(
        expected_credibility_if_ratified(2 / 3, 0.6, 0.1, 4.0, 2)
    )
    assert out.long_run_credibility == 0.25
    assert not DomesticCommitment(0.5, 0.1, 4.0, 0.6, 2 / 3).solve().ratified
    curve = DomesticCommitment(0.8, 0.1, 4.0, (0.6,)).credibility_over_time(np.array([1.0, 4.0]))
    assert curve[1] == pytest.approx(credibility(0.8, 0.6, 0.1, 4.0))
    with pytest.raises(AttributeError):
        out.credibility = 0.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"initial_support": 1.5}, "initial_support"),
        ({"initial_support": math.nan}, "initial_support"),
        ({"threshold": -0.1}, "threshold"),
        ({"threshold": math.inf}, "threshold"),
        ({"volatility": 0.0}, "volatility"),
        ({"volatility": math.nan}, "volatility"),
        ({"years": -1.0}, "years"),
        ({"years": math.inf}, "years"),
        ({"veto_players": 0}, "veto_players"),
    ],
)
def test_credibility_rejects_bad_input(kwargs, name):
    args = {"initial_support": 0.7, "threshold": 0.6, "volatility": 0.1, "years": 2.0}
    args.update(kwargs)
    with pytest.raises(ValueError, match=name):
        credibility(**args)


def test_other_functions_reject_bad_input():
    with pytest.raises(ValueError, match="ratification_threshold"):
        expected_credibility_if_ratified(1.0, 0.6, 0.1, 1.0)
    with pytest.raises(ValueError, match="ratification_threshold"):
        is_ratified(0.5, math.nan)
    with pytest.raises(ValueError, match="sensitivity"):
        support_from_burden_sharing(1.0, 100.0, 0.5, 0.0)
    with pytest.raises(ValueError, match="protege_output"):
        support_from_burden_sharing(1.0, 0.0, 0.5, 1.0)
    with pytest.raises(ValueError, match="protege_defence"):
        support_from_burden_sharing(-1.0, 100.0, 0.5, 1.0)
    with pytest.raises(ValueError, match="benchmark"):
        support_from_burden_sharing(1.0, 100.0, 0.5, 1.0, benchmark=math.inf)
    with pytest.raises(ValueError, match="veto_players"):
        long_run_credibility(0)
    with pytest.raises(TypeError, match="veto_players"):
        credibility(0.7, 0.6, 0.1, 1.0, 2.0)
    with pytest.raises(TypeError, match="initial_support"):
        credibility("high", 0.6, 0.1, 1.0)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"initial_support": -0.1}, "initial_support"),
        ({"volatility": math.inf}, "volatility"),
        ({"years": 0.0}, "years"),
        ({"thresholds": (0.5, 1.2)}, "thresholds"),
        ({"thresholds": ()}, "thresholds"),
        ({"thresholds": (math.nan,)}, "thresholds"),
        ({"ratification_threshold": 1.0}, "ratification_threshold"),
    ],
)
def test_model_rejects_bad_input(kwargs, name):
    args = {
        "initial_support": 0.7,
        "volatility": 0.1,
        "years": 2.0,
        "thresholds": (0.6,),
        "ratification_threshold": 0.5,
    }
    args.update(kwargs)
    with pytest.raises(ValueError, match=name):
        DomesticCommitment(**args)
    with pytest.raises(TypeError, match="volatility"):
        DomesticCommitment(0.7, [0.1, 0.2], 2.0, (0.6,))
