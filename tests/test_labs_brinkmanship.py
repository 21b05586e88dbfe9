"""Headless tests of the brinkmanship labs: risk_window() and risk_contest()."""

from __future__ import annotations

import numpy as np
import pytest

from guaranteelab import labs
from guaranteelab.deterrence import brinkmanship as bk
from guaranteelab.labs.brinkmanship import risk_contest, risk_window


@pytest.fixture(scope="module")
def window():
    return risk_window()


@pytest.fixture(scope="module")
def contest():
    return risk_contest()


def test_labs_are_listed():
    """Both labs are reachable as guaranteelab.labs.<name>()."""
    found = labs.available()
    assert found["risk_window"] == "guaranteelab.labs.brinkmanship"
    assert found["risk_contest"] == "guaranteelab.labs.brinkmanship"


def test_window_starts_rendered(window):
    assert window.error is None
    assert window.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "q_min = 0.250" in window.readout.value


def test_window_draws_the_model(window):
    """Curve, shaded window, q lines and D's choice show the model's numbers."""
    window.set(
        hard_probability=0.5,
        challenger_gain=1.0,
        challenger_war_cost=3.0,
        defender_loss=2.0,
        defender_war_cost=6.0,
    )
    view = window.view
    expected = bk.defender_threat_payoff(view.q, 0.5, 1.0, 3.0, 2.0, 6.0)
    np.testing.assert_allclose(view.threat_line.get_ydata(), expected)
    np.testing.assert_allclose(view.acquiesce_line.get_ydata(), [-2.0, -2.0])
    assert view.window.get_x() == pytest.approx(0.25)
    assert view.window.get_width() == pytest.approx(0.25)
    assert view.max_line.get_visible()
    np.testing.assert_allclose(view.choice.get_offsets(), [[0.25, -1.5]])
    assert "too dangerous" in window.readout.value
    assert "A workable threat exists" in window.readout.value


def test_window_closed_and_pure_threat(window):
    """A closed window is drawn with zero width; a small h makes the pure threat acceptable."""
    window.set(hard_probability=0.9)
    assert window.view.window.get_width() == 0.0
    assert "No workable threat" in window.readout.value
    np.testing.assert_allclose(window.view.choice.get_offsets(), [[0.0, -2.0]])
    window.set(hard_probability=0.0)
    assert not window.view.max_line.get_visible()  # q_max = inf
    assert "∞" in window.readout.value
    assert "Even a pure threat" in window.readout.value
    window.set(hard_probability=0.5)


def test_window_knife_edge_is_open(window):
    """h = 0.8, G = 1, W_C = 4, L = 4, W_D = 9: q_min = q_max = 0.2 exactly, so the window is just open."""
    window.set(hard_probability=0.8, challenger_gain=1.0, challenger_war_cost=4.0,
               defender_loss=4.0, defender_war_cost=9.0)  # fmt: skip
    assert "A workable threat exists" in window.readout.value
    assert "q = 0.200" in window.readout.value
    np.testing.assert_allclose(window.view.choice.get_offsets(), [[0.2, -4.0]])
    window.set(hard_probability=0.5, challenger_gain=1.0, challenger_war_cost=3.0,
               defender_loss=2.0, defender_war_cost=6.0)  # fmt: skip


def test_window_war_cost_below_loss_reported(window):
    """W_D <= L is outside the model: reported in the readout, the figure kept."""
    before = window.image.value
    window.set(defender_war_cost=1.0)
    assert window.error is not None and "defender_loss" in window.error
    assert "outside the model's range" in window.readout.value
    assert window.image.value == before
    window.set(defender_war_cost=6.0)
    assert window.error is None


def _sweep(lab, allowed=()):
    for name, control in lab.controls.items():
        start = control.value
        for value in np.linspace(control.min, control.max, 7):
            lab.set(**{name: type(start)(round(float(value), 6))})
            assert lab.error is None or any(word in lab.error for word in allowed), lab.error
        lab.set(**{name: start})


def test_window_sweep_every_control(window):
    """Every control over its whole range: no exception, only the documented W_D > L message."""
    _sweep(window, allowed=("defender_loss must be less than defender_war_cost",))


def test_contest_starts_rendered(contest):
    assert contest.error is None
    assert contest.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "P(disaster) = 0.1269" in contest.readout.value


def test_contest_draws_the_model(contest):
    """The curve is T(x); markers and bars show the seeded draw."""
    contest.set(upper=2.0, hazard=0.5, seed=7)
    view = contest.view
    x, t = view.curve.get_data()
    np.testing.assert_allclose(t, bk.quitting_time(x, 2.0, 0.5))
    draw = bk.RiskContest(2.0, 0.5).simulate(1, seed=7)
    np.testing.assert_allclose(view.states.get_offsets()[:, 0], draw.types[0])
    widths = [bar.get_width() for bar in view.bars]
    np.testing.assert_allclose(widths, draw.quitting_times[0])
    np.testing.assert_allclose(view.end_line.get_xdata(), [draw.end_time[0]] * 2)
    expected = f"P(disaster) = {bk.contest_disaster_probability(2.0):.4f}"
    assert expected in contest.readout.value


def test_contest_readout_separates_length_from_planned_quitting_time(contest):
    """The readout gives the average length of a crisis, P(disaster)/λ, and separately the
    weaker state's planned quitting time X/(6λ)."""
    contest.set(upper=5.0, hazard=0.1, seed=0)
    text = contest.readout.value
    assert f"A crisis lasts {bk.expected_crisis_duration(5.0, 0.1):.3f} on average" in text
    assert "A crisis lasts 3.494 on average" in text
    assert "would back down at 8.333 on average if disaster did not strike first" in text


def test_contest_speed_is_neutral_in_readout(contest):
    """Changing λ rescales the times but not the disaster probability shown."""
    contest.set(upper=1.0, hazard=0.5, seed=3)
    slow = contest.view.curve.get_data()[1].copy()
    assert "P(disaster) = 0.1269" in contest.readout.value
    contest.set(hazard=2.0)
    assert "P(disaster) = 0.1269" in contest.readout.value
    np.testing.assert_allclose(contest.view.curve.get_data()[1], slow / 4.0)


def test_contest_new_draws_change_outcome(contest):
    """Different seeds give different contests; some end in disaster, some do not."""
    contest.set(upper=3.0, hazard=1.0)
    outcomes = set()
    for seed in range(0, 100, 5):
        contest.set(seed=seed)
        outcomes.add("Disaster" in contest.readout.value)
    assert outcomes == {True, False}


def test_contest_sweep_every_control(contest):
    _sweep(contest)
