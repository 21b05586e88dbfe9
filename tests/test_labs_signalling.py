"""Headless tests of the signalling labs: crisis_signalling() and costly_signals()."""

from __future__ import annotations

import re
from fractions import Fraction

import numpy as np
import pytest

from guaranteelab import labs
from guaranteelab.deterrence import signalling as model
from guaranteelab.labs.signalling import costly_signals, crisis_signalling


@pytest.fixture(scope="module")
def crisis():
    return crisis_signalling()


@pytest.fixture(scope="module")
def costly():
    return costly_signals()


def _sweep(control) -> np.ndarray:
    """Every position of a slider, from its minimum to its maximum."""
    count = round((control.max - control.min) / control.step) + 1
    return np.linspace(control.min, control.max, count)


def _grid(control) -> list[float]:
    """Every position of a slider as the float nearest the decimal it shows."""
    count = round((control.max - control.min) / control.step) + 1
    return [round(control.min + k * control.step, 2) for k in range(count)]


def _exact(x: float) -> Fraction:
    """The decimal a slider position stands for."""
    return Fraction(repr(x))


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_labs_are_listed():
    """Both labs are reachable as guaranteelab.labs.<name>()."""
    found = labs.available()
    assert found["crisis_signalling"] == "guaranteelab.labs.signalling"
    assert found["costly_signals"] == "guaranteelab.labs.signalling"


def test_crisis_starts_rendered(crisis):
    assert crisis.error is None
    assert crisis.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "semi-separating" in crisis.readout.value


def test_crisis_curves_and_points_follow_the_model(crisis):
    """Curves against the prior and the marked point show the model's numbers."""
    crisis.set(
        prior_resolve=0.3,
        audience_cost=1.0,
        challenger_war_payoff=-2.0,
        challenger_retreat_cost=0.5,
        defender_retreat_gain=0.5,
    )
    view = crisis.view
    np.testing.assert_allclose(
        view.bluff_line.get_ydata(), model.bluff_probability(view.priors, 1.0, 0.5, -2.0)
    )
    np.testing.assert_allclose(
        view.war_line.get_ydata(),
        model.war_probability_given_challenge(view.priors, 1.0, 1.0, 0.5, 0.5, -2.0, 1.0),
    )
    np.testing.assert_allclose(view.points.get_offsets(), [[0.3, 3 / 7], [0.3, 0.6], [0.3, 0.18]])
    assert view.press_threshold_line.get_xdata()[0] == pytest.approx(0.5)
    assert view.challenge_threshold_line.get_xdata()[0] == pytest.approx(1 / 3)
    readout = crisis.readout.value
    assert "C challenges" in readout
    assert "0.429" in readout and "0.600" in readout and "0.180" in readout


def test_crisis_audience_cost_lowers_war_but_not_the_threshold(crisis):
    """Raising a_D lowers q and P(war | challenge); the challenge threshold line does not move."""
    crisis.set(prior_resolve=0.2, audience_cost=0.0, challenger_war_payoff=-2.0)
    war_before = crisis.view.points.get_offsets()[2, 1]
    threshold_before = crisis.view.challenge_threshold_line.get_xdata()[0]
    crisis.set(audience_cost=4.0)
    assert crisis.view.points.get_offsets()[2, 1] < war_before
    assert crisis.view.challenge_threshold_line.get_xdata()[0] == threshold_before


def test_crisis_pooling_and_deterrence(crisis):
    crisis.set(prior_resolve=0.8, audience_cost=1.0, challenger_war_payoff=-2.0)
    assert "pooling" in crisis.readout.value and "Deterrence holds" in crisis.readout.value
    np.testing.assert_allclose(crisis.view.points.get_offsets()[:, 1], [1.0, 0.0, 0.0])


def test_crisis_always_press_hides_the_press_threshold(crisis):
    """With w_C >= -a_C, mu* >= 1: the press-threshold line is hidden and the readout says why."""
    crisis.set(prior_resolve=0.5, challenger_war_payoff=0.5, challenger_retreat_cost=0.5)
    assert not crisis.view.press_threshold_line.get_visible()
    assert not crisis.view.challenge_threshold_line.get_visible()
    assert "always presses" in crisis.readout.value
    crisis.set(challenger_war_payoff=-2.0)


def test_crisis_readout_matches_exact_arithmetic_across_the_sliders(crisis):
    """A product sweep over (π, w_C, a_C): the readout says "C challenges" iff π < 1/(1 − w_C) and
    names the regime that the exact μ* comparison gives.

    Exact rational arithmetic decides which positions to look at: every
    position on or next to a knife edge (π within one step of π̄ or μ*, or
    μ* = 1), and a regular lattice of all the others.
    """
    controls = crisis.controls
    priors = _grid(controls["prior_resolve"])
    war_payoffs = _grid(controls["challenger_war_payoff"])
    retreat_costs = _grid(controls["challenger_retreat_cost"])
    regime_text = {
        "always_press": "C always presses",
        "pooling": "pooling: both types resist",
        "semi_separating": "semi-separating",
    }
    step = Fraction(1, 100)
    seen = {"on an edge": 0, "elsewhere": 0}
    for j, w_c in enumerate(war_payoffs):
        for k, a_c in enumerate(retreat_costs):
            pi_bar = 1 / (1 - _exact(w_c))
            mu = (1 + _exact(a_c)) / (1 - _exact(w_c))
            for i, pi in enumerate(priors):
                edge = mu == 1 or min(abs(_exact(pi) - pi_bar), abs(_exact(pi) - mu)) <= step
                if not edge and (i % 4 or j % 3 or k % 4):
                    continue
                seen["on an edge" if edge else "elsewhere"] += 1
                readout = _text(
                    crisis.view.update(
                        prior_resolve=pi,
                        audience_cost=1.0,
                        challenger_war_payoff=w_c,
                        challenger_retreat_cost=a_c,
                        defender_retreat_gain=0.5,
                    )
                )
                regime = (
                    "always_press"
                    if mu >= 1
                    else ("pooling" if _exact(pi) >= mu else "semi_separating")
                )
                position = (pi, w_c, a_c)
                assert ("C challenges" in readout) == (_exact(pi) < pi_bar), position
                assert regime_text[regime] in readout, position
                others = [text for name, text in regime_text.items() if name != regime]
                assert not any(text in readout for text in others), position
    assert seen["on an edge"] > 5000 and seen["elsewhere"] > 5000
    crisis.set(prior_resolve=0.3, challenger_war_payoff=-2.0, challenger_retreat_cost=0.5)


def test_crisis_readout_at_the_reviewed_knife_edges(crisis):
    """π = π̄ reads as deterrence, π = μ* as pooling with β = 1, as the tie rules say."""
    crisis.set(prior_resolve=0.25, challenger_war_payoff=-3.0, challenger_retreat_cost=0.5)
    readout = _text(crisis.readout.value)
    assert "Deterrence holds" in readout and "C challenges" not in readout
    assert "-0.000" not in readout
    crisis.set(prior_resolve=0.35, challenger_war_payoff=-2.0, challenger_retreat_cost=0.05)
    readout = _text(crisis.readout.value)
    assert "pooling" in readout and "sometimes bluffs" not in readout
    np.testing.assert_allclose(crisis.view.points.get_offsets()[:, 1], [1.0, 0.0, 0.0])
    crisis.set(prior_resolve=0.3, challenger_war_payoff=-2.0, challenger_retreat_cost=0.5)


def test_crisis_readout_when_war_beats_the_status_quo(crisis):
    """With w_C > 0 the threshold exceeds 1: the readout says C challenges at every prior, not π̄ = 10."""
    crisis.set(prior_resolve=0.99, challenger_war_payoff=0.9, challenger_retreat_cost=0.0)
    readout = _text(crisis.readout.value)
    assert "π̄ ≥ 1" in readout and "every prior" in readout
    assert "10.000" not in readout  # neither π̄ nor μ* is printed as 10
    assert "μ* ≥ 1" in readout
    assert not crisis.view.no_challenge.get_visible()
    crisis.set(prior_resolve=0.3, challenger_war_payoff=-2.0, challenger_retreat_cost=0.5)


def test_crisis_never_fails_at_any_setting(crisis):
    """Every position of every slider, with the others at their defaults, draws without error."""
    defaults = {name: control.value for name, control in crisis.controls.items()}
    for name, control in crisis.controls.items():
        for value in _sweep(control):
            crisis.set(**{name: float(value)})
            assert crisis.error is None, (name, value, crisis.error)
        crisis.set(**defaults)


def test_costly_starts_rendered(costly):
    assert costly.error is None
    assert costly.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "both types tie hands" in costly.readout.value


def test_costly_bars_follow_the_model(costly):
    costly.set(
        prior_high=0.5, high_value=2.0, low_value=0.6, war_cost=1.0, challenge_vs_fighter=0.25
    )
    view = costly.view
    heights = [bar.get_height() for bar in view.war_bars]
    assert heights == pytest.approx([0.25, 0.125])
    payoffs = [bar.get_height() for bar in view.payoff_bars]
    assert payoffs == pytest.approx([1.05, 0.65])
    assert view.war_labels[0].get_text() == "0.250"
    readout = _text(costly.readout.value)
    assert "g·c_D = 0.250" in readout  # the threshold the model reports
    assert "more than 0.400" in readout  # the pooling pledge must exceed c_D − v_L
    assert "less than 0.750" in readout  # and the sunk cost stay below (1 − g) c_D
    costly.set(low_value=0.2)
    heights = [bar.get_height() for bar in view.war_bars]
    assert heights == pytest.approx([0.125, 0.125])
    assert "only the high type ties hands" in costly.readout.value


def test_costly_readout_matches_exact_arithmetic_at_the_pooling_tie(costly):
    """Across (v_L, c_D, g), the readout says both types tie hands iff v_L > g·c_D exactly.

    Every position within one v_L step of the tie is drawn, plus a lattice of the rest.
    """
    controls = costly.controls
    lows = _grid(controls["low_value"])
    costs = _grid(controls["war_cost"])
    shares = _grid(controls["challenge_vs_fighter"])
    step = Fraction(5, 100)
    seen = {"at the tie": 0, "near it": 0, "elsewhere": 0}
    for i, v_l in enumerate(lows):
        for j, c_d in enumerate(costs):
            if v_l >= c_d:
                continue
            for k, g in enumerate(shares):
                threshold = _exact(g) * _exact(c_d)
                gap = abs(_exact(v_l) - threshold)
                if gap > step and (i % 3 or j % 3 or k % 5):
                    continue
                seen["at the tie" if gap == 0 else "near it" if gap <= step else "elsewhere"] += 1
                readout = _text(
                    costly.view.update(
                        prior_high=0.5,
                        high_value=2.0,
                        low_value=v_l,
                        war_cost=c_d,
                        challenge_vs_fighter=g,
                    )
                )
                pools = _exact(v_l) > threshold
                assert ("both types tie hands" in readout) == pools, (v_l, c_d, g)
                assert ("only the high type ties hands" in readout) == (not pools), (v_l, c_d, g)
    assert min(seen.values()) > 100
    costly.set(
        prior_high=0.5, high_value=2.0, low_value=0.6, war_cost=1.0, challenge_vs_fighter=0.25
    )


def test_costly_out_of_range_is_reported(costly):
    """v_L >= c_D or v_H < c_D is outside the model: reported in the readout, figure kept."""
    costly.set(
        prior_high=0.5, high_value=2.0, low_value=0.6, war_cost=1.0, challenge_vs_fighter=0.25
    )
    before = costly.image.value
    costly.set(low_value=1.5)
    assert costly.error is not None and "low_value" in costly.error
    assert "outside the model's range" in costly.readout.value
    assert costly.image.value == before
    costly.set(low_value=0.6, war_cost=2.0, high_value=1.0)
    assert "high_value" in costly.error
    costly.set(high_value=2.0, war_cost=1.0)
    assert costly.error is None


def test_costly_never_fails_at_any_setting(costly):
    """Every slider position either draws or is the documented out-of-range message."""
    defaults = {name: control.value for name, control in costly.controls.items()}
    for name, control in costly.controls.items():
        for value in _sweep(control):
            costly.set(**{name: float(value)})
            if costly.error is not None:
                assert "low_value must be less than war_cost" in costly.error or (
                    "high_value must be at least war_cost" in costly.error
                ), costly.error
        costly.set(**defaults)
        assert costly.error is None
