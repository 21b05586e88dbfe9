"""Headless tests of the moral-hazard labs: set controls, check artists and readouts."""

from __future__ import annotations

import numpy as np
import pytest

from guaranteelab import labs
from guaranteelab import moral_hazard as mh
from guaranteelab.labs import moral_hazard as lab_module


def sweep(lab, name, values):
    for value in values:
        lab.set(**{name: value})
        assert lab.error is None, (name, value, lab.error)
        assert lab.image.value[:4] == b"\x89PNG"


def control_values(control, count=7):
    if hasattr(control, "options") and not hasattr(control, "step"):
        return [value for _, value in control.options]
    values = np.linspace(control.min, control.max, count)
    if isinstance(control.value, int):
        return sorted({int(np.rint(x)) for x in values})
    return [float(x) for x in values]


def test_labs_are_listed():
    found = labs.available()
    for name in lab_module.__all__:
        assert found[name] == "guaranteelab.labs.moral_hazard"


@pytest.mark.parametrize(
    "factory", [labs.burden_sharing, labs.emboldenment, labs.commitment_design]
)
def test_every_control_sweeps_its_whole_range(factory):
    lab = factory()
    assert lab.error is None
    for name, control in lab.controls.items():
        sweep(lab, name, control_values(control))


def test_burden_sharing_draws_the_equilibrium():
    lab = labs.burden_sharing()
    lab.set(n_allies=5, inequality=1.0, alpha=0.3)
    view = lab.view
    incomes = mh.ranked_incomes(5, 1.0)
    eq = mh.PublicGoodAlliance(tuple(incomes), 0.3).solve()
    heights = [bar.get_height() for bar in view.defence_bars[:5]]
    np.testing.assert_allclose(heights, eq.contributions)
    assert not any(bar.get_visible() for bar in view.defence_bars[5:])
    assert view.marker.get_ydata()[0] == pytest.approx(eq.total)
    assert view.pareto_line.get_ydata()[0] == pytest.approx(30.0)
    nash = view.nash_line.get_ydata()
    assert np.all(np.diff(nash) <= 1e-12)  # under-provision grows with size
    assert f"{eq.efficiency:.0%}" in lab.readout.value
    lab.set(inequality=0.0, n_allies=4, alpha=0.5)
    assert "<b>4</b> of 4 allies" in lab.readout.value  # equal allies all pay


def test_emboldenment_separates_insurance_from_capability():
    lab = labs.emboldenment()
    lab.set(insurance=0.0, capability=0.2, base_win=0.1, base_cost=0.4, rival_cost_max=1.0)
    war = lab.view.war.get_ydata()
    assert np.allclose(war, war[0])
    assert "does not" in lab.readout.value or "not the risk" in lab.readout.value
    lab.set(insurance=1.0)
    war = lab.view.war.get_ydata()
    assert war[-1] > war[0]
    lab.set(support=0.5)
    out = mh.EmboldenmentModel(0.1, 0.2, 0.4, 1.0, 1.0).solve(0.5)
    assert lab.view.points.get_ydata()[2] == pytest.approx(out.war_probability)
    assert f"{out.demand:.2f}" in lab.readout.value


def test_commitment_design_shows_the_window():
    lab = labs.commitment_design()
    lab.set(
        challenger_war_alone=1.0,
        challenger_war_with_guarantor=-3.0,
        challenger_acquiescence_cost=1.0,
        protege_provocation_gain=1.0,
        protege_war_with_guarantor=1.0,
        protege_war_alone=-1.0,
        h=0.4,
        observability=0.8,
    )
    view = lab.view
    assert view.window.get_x() == pytest.approx(0.25)
    assert view.window.get_width() == pytest.approx(0.25)
    assert "[0.250, 0.500)" in lab.readout.value  # three significant figures
    assert "it needs τ > 0.500" in lab.readout.value  # tau* = 0.5 itself does not work
    assert "status quo" in lab.readout.value
    assert view.h_marker.get_ydata()[0] == 0  # status quo level
    status = view.h_outcomes["status_quo"].get_ydata()
    inside = (view.grid >= 0.25) & (view.grid < 0.5)
    assert np.all(status[inside] == 0) and np.all(np.isnan(status[~inside]))
    assert view.tau_line.get_xdata()[0] == pytest.approx(0.5)
    lab.set(h=0.9)
    assert "P provokes, C gives in" in lab.readout.value
    # An empty window: C needs a likely intervention, P is emboldened early.
    lab.set(challenger_war_with_guarantor=-0.5, protege_war_with_guarantor=2.0)
    assert "no ambiguous commitment" in lab.readout.value
    assert view.window.get_width() == 0.0


def test_emboldenment_readout_at_the_corner_with_capability_only():
    """Defaults with gamma = 0 and a large Delta: the war line is flat, then falls at y* = 1."""
    lab = labs.emboldenment()
    lab.set(insurance=0.0, capability=1.0)
    war = lab.view.war.get_ydata()
    expected = mh.war_probability(lab.view.grid, 0.3, 1.0, 0.4, 0.0, 1.0)
    np.testing.assert_allclose(war, expected)
    assert war[-1] < war[0]
    text = lab.readout.value
    assert "stays at 0.300 until h ≈ 0.40, then falls to 0.000" in text
    assert "already demands the whole good" in text and "lowers the risk" in text
    assert "but not the risk of war" not in text


def test_emboldenment_readout_when_insurance_cannot_raise_the_risk():
    """gamma > 0 but P demands the whole good throughout: the risk falls, and the readout says so."""
    lab = labs.emboldenment()
    lab.set(
        support=0.5, base_win=0.48, capability=0.26, base_cost=0.32, insurance=0.69,
        rival_cost_max=1.5,
    )  # fmt: skip
    war = lab.view.war.get_ydata()
    assert war[0] == pytest.approx(0.52 / 1.5) and war[-1] == pytest.approx(0.26 / 1.5)
    text = lab.readout.value
    assert "falls from 0.347 to 0.173" in text
    assert "at every level of support" in text
    assert "raises the risk" not in text


def test_emboldenment_readout_without_any_risk():
    """c_P >= c_bar at every support: no war anywhere, and no claim that anything raises it."""
    lab = labs.emboldenment()
    lab.set(base_cost=2.0, rival_cost_max=1.0)
    assert np.all(lab.view.war.get_ydata() == 0.0)
    text = lab.readout.value
    assert "stays at 0.000 whatever the support" in text
    assert "never fights" in text
    assert "raises the risk" not in text


def test_commitment_design_tie_at_the_protege_threshold():
    """From the defaults, W_P^I = 1.5 puts h_T = 0.40 on the slider h = 0.40: the tie keeps the SQ."""
    lab = labs.commitment_design()
    lab.set(protege_war_with_guarantor=1.5)
    text = lab.readout.value
    assert "[0.333, 0.400]" in text
    assert "Your h = 0.40: <b>status quo</b>" in text
    assert lab.view.h_marker.get_ydata()[0] == 0


def test_commitment_design_window_shrinks_to_a_point_then_closes():
    """From the defaults: W_P^I = 2 gives h_T = h_C = 1/3, a single point; beyond 2 it closes."""
    lab = labs.commitment_design()
    lab.set(protege_war_with_guarantor=2.0)
    assert "[0.333, 0.333]" in lab.readout.value
    assert "narrower than the h slider's step" in lab.readout.value
    lab.set(protege_war_with_guarantor=lab.controls["protege_war_with_guarantor"].max)
    assert "no ambiguous commitment" in lab.readout.value


def test_commitment_design_markers_agree_with_the_drawn_outcomes():
    """On random slider positions the marked outcome is the one drawn at that h and that tau."""
    rng = np.random.default_rng(11)
    lab = labs.commitment_design()
    names = list(lab_module._OUTCOME_ORDER)
    for _ in range(60):
        values = {}
        for name, control in lab.controls.items():
            steps = round((control.max - control.min) / control.step)
            values[name] = round(control.min + int(rng.integers(0, steps + 1)) * control.step, 2)
        lab.set(**values)
        assert lab.error is None
        view = lab.view
        for lines, marker, x in (
            (view.h_outcomes, view.h_marker, values["h"]),
            (view.tau_outcomes, view.tau_marker, values["observability"]),
        ):
            i = int(np.argmin(np.abs(view.grid - x)))
            drawn = [n for n in names if not np.isnan(lines[n].get_ydata()[i])]
            assert drawn == [names[int(marker.get_ydata()[0])]], (values, drawn)
        game = mh.CommitmentDesign(*(values[k] for k in list(values)[:6]))
        tau_min = game.minimum_observability()
        assert game.conditional(values["observability"]).status_quo == tau_min.works(
            values["observability"]
        )
        yours = lab.readout.value.split("Your h")[1].split(". Clarity")[0]
        assert ("<b>status quo</b>" in yours) == game.ambiguity_window().contains(values["h"])
