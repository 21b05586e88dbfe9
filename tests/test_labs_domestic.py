"""Headless tests of the domestic-politics lab: domestic_support()."""

from __future__ import annotations

import numpy as np
import pytest

from guaranteelab import domestic, labs
from guaranteelab.labs.domestic import domestic_support


@pytest.fixture(scope="module")
def lab():
    return domestic_support()


def test_lab_is_listed():
    """The lab is reachable as guaranteelab.labs.domestic_support()."""
    assert labs.available()["domestic_support"] == "guaranteelab.labs.domestic"


def test_starts_rendered(lab):
    """The lab renders a PNG and a readout at its default settings."""
    assert lab.error is None
    assert lab.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "q =" in lab.readout.value


def test_curve_limit_and_point_follow_the_model(lab):
    """Curve, limit line and current point show the model's numbers at the chosen settings."""
    lab.set(
        initial_support=0.8,
        volatility=0.1,
        years=4.0,
        veto_players=2,
        threshold=0.6,
        ratification_threshold=0.67,
    )
    view = lab.view
    np.testing.assert_allclose(
        view.curve.get_ydata(), domestic.credibility(0.8, 0.6, 0.1, view.years, 2)
    )
    assert view.limit_line.get_ydata()[0] == pytest.approx(0.25)
    q = domestic.credibility(0.8, 0.6, 0.1, 4.0, 2)
    np.testing.assert_allclose(view.current.get_offsets(), [[4.0, q]])
    assert view.current_line.get_xdata()[0] == pytest.approx(4.0)
    text = lab.readout.value
    assert f"q = {q:.3f}" in text
    expected = domestic.expected_credibility_if_ratified(0.67, 0.6, 0.1, 4.0, 2)
    assert f"E[q | ratified] = {expected:.3f}" in text
    assert "decays" in text and "ratified</b>" in text
    assert view.ax.get_xlim() == (0.0, 30.0) and view.ax.get_ylim() == (0.0, 1.0)


def test_drift_up_below_the_threshold(lab):
    """S_0 < m: the readout says drift raises q, and the curve rises towards 2^-k."""
    lab.set(initial_support=0.4, threshold=0.6, veto_players=1, ratification_threshold=0.3)
    assert "drifts up" in lab.readout.value
    ydata = lab.view.curve.get_ydata()
    assert np.all(np.diff(ydata) >= -1e-15) and ydata[-1] <= 0.5


def test_constant_at_the_threshold(lab):
    """S_0 = m: q stays at 2^-k, and the readout says so."""
    lab.set(initial_support=0.6, threshold=0.6, veto_players=3)
    np.testing.assert_allclose(lab.view.curve.get_ydata(), 0.125)
    assert "stays at" in lab.readout.value


def test_not_ratified_is_reported(lab):
    """S_0 < r: the readout says the treaty would not be ratified, without an error."""
    lab.set(initial_support=0.5, ratification_threshold=0.67)
    assert lab.error is None
    assert "would not be ratified" in lab.readout.value


def test_sweep_every_control(lab):
    """Every control over its whole range: no exception and no rejected setting."""
    defaults = lab.values()
    for name, control in lab.controls.items():
        for value in np.linspace(control.min, control.max, 9):
            value = round(float(value)) if name == "veto_players" else float(value)
            lab.set(**{name: value})
            assert lab.error is None, (name, value, lab.error)
            assert 0.0 <= lab.view.current.get_offsets()[0][1] <= 1.0
        lab.set(**defaults)
