"""Headless tests of the deterrence labs: credibility() and extended_deterrence()."""

from __future__ import annotations

import numpy as np
import pytest

from guaranteelab import labs
from guaranteelab.deterrence import classical, extended
from guaranteelab.labs.deterrence import credibility, extended_deterrence


@pytest.fixture(scope="module")
def cred():
    return credibility()


@pytest.fixture(scope="module")
def ext():
    return extended_deterrence()


def test_labs_are_listed():
    """Both labs are reachable as guaranteelab.labs.<name>()."""
    found = labs.available()
    assert found["credibility"] == "guaranteelab.labs.deterrence"
    assert found["extended_deterrence"] == "guaranteelab.labs.deterrence"


def test_credibility_starts_rendered(cred):
    """The lab renders a PNG and a readout at its default settings."""
    assert cred.error is None
    assert cred.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "r* =" in cred.readout.value


def test_credibility_map_and_curve_follow_the_model(cred):
    """Image, threshold curve and point show the model's numbers at the chosen settings."""
    cred.set(gain=1.0, war_cost=3.0, capability=1.0, resolve=0.3, status_quo_value=0.0)
    view = cred.view
    expected_map = classical.is_deterred(1.0, 3.0, view._p, view._r, 0.0)
    np.testing.assert_array_equal(np.asarray(view.image.get_array()), expected_map.astype(float))
    curve = classical.credibility_threshold(1.0, 3.0, view.capability, 0.0)
    np.testing.assert_allclose(view.threshold_line.get_ydata(), curve)
    assert view.threshold_line.get_ydata()[-1] == pytest.approx(0.25)
    np.testing.assert_allclose(view.point.get_offsets(), [[1.0, 0.3]])
    assert "Deterrence holds" in cred.readout.value
    assert "r* = 0.250" in cred.readout.value


def test_credibility_zero_resolve_never_deters(cred):
    """Product, not sum: with resolve 0 the readout reports an attack at full capability."""
    cred.set(gain=1.0, war_cost=5.0, capability=1.0, resolve=0.0, status_quo_value=0.0)
    assert "challenger attacks" in cred.readout.value
    # the bottom row of the map (r = 0) is attack everywhere
    assert not np.asarray(cred.view.image.get_array())[0].any()


def test_credibility_no_capability_no_cost_hides_the_curve(cred):
    """With p = 0 and c = 0 the threshold is inf at p = 0: not drawn, and explained."""
    cred.set(gain=1.0, war_cost=0.0, capability=0.0, resolve=1.0, status_quo_value=0.0)
    assert np.isnan(cred.view.threshold_line.get_ydata()[0])
    assert "No resolve is enough" in cred.readout.value


def test_credibility_incapable_threat_explained(cred):
    """r* > 1 is reported as a threat that is not capable."""
    cred.set(gain=4.0, war_cost=0.5, capability=0.2, resolve=1.0, status_quo_value=0.0)
    assert "not <i>capable</i>" in cred.readout.value


def test_credibility_decimal_knife_edge_is_capable_and_deters(cred):
    """B1: r* = 1 exactly in decimals (B = 0.2, c = 0.15, p = 0.25) deters at r = 1.

    The readout must not call the threat incapable, and its verdict must agree with it.
    """
    cred.set(gain=0.2, war_cost=0.15, capability=0.25, resolve=1.0, status_quo_value=0.0)
    text = cred.readout.value
    assert cred.error is None
    assert "Deterrence holds" in text
    assert "not <i>capable</i>" not in text
    assert "r* = 1.000." in text
    # the map agrees: the top row (r = 1) is deterred at p = 0.25
    view = cred.view
    column = int(np.argmin(np.abs(view.capability - 0.25)))
    assert np.asarray(view.image.get_array())[-1, column] == 1.0


def test_credibility_resolve_at_threshold_deters(cred):
    """B1: r = r* = 0.75 exactly in decimals (B = 2.1, c = 1.75, p = 0.5) is a tie: deterred."""
    cred.set(gain=2.1, war_cost=1.75, capability=0.5, resolve=0.75, status_quo_value=0.0)
    text = cred.readout.value
    assert "Deterrence holds" in text and "challenger attacks" not in text
    assert "r* = 0.750" in text


def test_credibility_threshold_just_above_one_does_not_print_as_one(cred):
    """r* = 1.0002 (a slider position) is reported above 1, not as "r* = 1.000 exceeds 1"."""
    cred.set(gain=4.9, war_cost=2.4, capability=0.51, resolve=1.0, status_quo_value=0.0)
    text = cred.readout.value
    assert "not <i>capable</i>" in text and "challenger attacks" in text
    assert "r* = 1.000 " not in text
    assert "r* = 1.0002 exceeds 1" in text


def test_credibility_status_quo_above_gain_is_reported_not_raised(cred):
    """A status-quo value at or above the gain is out of range: reported, figure kept."""
    cred.set(gain=1.0, war_cost=1.0, capability=0.5, resolve=0.5, status_quo_value=0.5)
    before = cred.image.value
    cred.set(status_quo_value=2.0)
    assert cred.error is not None and "status_quo_value" in cred.error
    assert "outside the model's range" in cred.readout.value
    assert cred.image.value == before
    cred.set(status_quo_value=0.0)
    assert cred.error is None


def _sweep(lab, documented):
    defaults = lab.values()
    for name, control in lab.controls.items():
        for value in np.linspace(control.min, control.max, 9):
            lab.set(**{name: float(value)})
            assert lab.error is None or documented in lab.error, (name, value, lab.error)
        lab.set(**defaults)


def test_credibility_sweep_every_control(cred):
    """Every control over its whole range: no exception, only the documented message."""
    _sweep(cred, "status_quo_value must be less than gain")


def test_extended_curves_follow_the_model(ext):
    """The three curves, the peak marker and the current point show the model's numbers."""
    ext.set(stake=1.0, max_war_cost=2.0, reneging_cost=0.2, capability=0.5, challenger_cost=0.5)
    view = ext.view
    np.testing.assert_allclose(
        view.war_line.get_ydata(), extended.war_probability(view.q, 0.5, 0.5)
    )
    np.testing.assert_allclose(
        view.attack_line.get_ydata(), extended.attack_probability(view.q, 0.5, 0.5)
    )
    np.testing.assert_allclose(
        view.abandon_line.get_ydata(), extended.abandonment_probability(view.q, 0.5, 0.5)
    )
    q_m = extended.war_risk_peak(0.5, 0.5)
    peak = view.peak.get_offsets()[0]
    assert peak[0] == pytest.approx(q_m)
    assert peak[1] == pytest.approx(extended.war_probability(q_m, 0.5, 0.5))
    # the peak marker sits at the top of the drawn war curve
    assert peak[1] >= view.war_line.get_ydata().max() - 1e-9
    out = extended.ExtendedDeterrence(1.0, 0.2, 0.5, 2.0, 0.5).solve()
    current = view.current.get_offsets()
    assert current[0][0] == pytest.approx(out.honour_probability)
    assert current[0][1] == pytest.approx(out.war_probability)
    assert current[1][1] == pytest.approx(out.attack_probability)
    assert view.current_line.get_xdata()[0] == pytest.approx(out.honour_probability)
    assert "hump-shaped" in ext.readout.value
    assert f"q = {out.honour_probability:.3f}" in ext.readout.value


def test_extended_rising_regime(ext):
    """Weak capability and cheap war: the readout says war risk rises to q = 1; marker at 1."""
    ext.set(capability=0.05, challenger_cost=0.2)
    assert "rises all the way" in ext.readout.value
    assert ext.view.peak.get_offsets()[0][0] == pytest.approx(1.0)


def test_extended_rising_regime_with_a_strong_coalition(ext):
    """Cheap war, strong coalition (p = 0.7, c_C = 0.05): war risk still rises to q = 1."""
    ext.set(capability=0.7, challenger_cost=0.05)
    assert "rises all the way" in ext.readout.value
    assert ext.view.peak.get_offsets()[0][0] == pytest.approx(1.0)


def test_extended_peak_just_below_one_is_not_printed_as_one(ext):
    """q_m = 0.99981 (p = 0.63, c_C = 0.1) is hump-shaped and printed with enough digits."""
    ext.set(stake=1.0, max_war_cost=2.0, reneging_cost=0.2, capability=0.63, challenger_cost=0.1)
    text = ext.readout.value
    assert "hump-shaped" in text
    assert "q<sub>m</sub> = 0.9998." in text
    assert "1.000." not in text


def test_extended_threshold_above_every_gain(ext):
    """M3: theta* = 1.273 > 1 means no challenger attacks; the readout says so."""
    ext.set(stake=1.0, max_war_cost=2.0, reneging_cost=0.2, capability=0.5, challenger_cost=3.0)
    out = extended.ExtendedDeterrence(1.0, 0.2, 0.5, 2.0, 3.0).solve()
    assert out.attack_threshold > 1.0 and out.attack_probability == 0.0
    text = ext.readout.value
    assert "θ* = 1.273" in text and "no challenger attacks" in text
    assert "gain above" not in text
    assert "P(attack) = <b>0.000</b>" in text


def test_extended_no_threshold_when_help_is_certain_and_sure_to_win(ext):
    """M3: with q = 1 and p = 1, theta* is infinite: no gain makes an attack pay."""
    ext.set(stake=1.0, max_war_cost=2.0, reneging_cost=3.0, capability=1.0, challenger_cost=0.5)
    text = ext.readout.value
    assert "θ* = ∞" in text and "no challenger attacks" in text
    assert "gain above" not in text


def test_extended_tripwire_raises_credibility(ext):
    """A reneging cost above the war-cost bound makes help certain: q = 1."""
    ext.set(stake=1.0, max_war_cost=2.0, reneging_cost=3.0, capability=0.5, challenger_cost=0.5)
    assert ext.view.current_line.get_xdata()[0] == pytest.approx(1.0)
    assert "q = 1.000" in ext.readout.value


def test_extended_sweep_every_control(ext):
    """Every control over its whole range: no exception and no rejected setting."""
    _sweep(ext, "never")
