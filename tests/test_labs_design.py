"""Headless tests of the design lab: guarantee_design()."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pytest

from guaranteelab import design, labs
from guaranteelab.labs.design import _CURVE_YEARS, _ORDER, _YOURS, guarantee_design


@pytest.fixture(scope="module")
def lab():
    return guarantee_design()


def _designs(lab) -> dict[str, design.GuaranteeDesign]:
    """The learner's design as the lab's controls describe it, and the four presets."""
    values = lab.values()
    yours = design.GuaranteeDesign(
        wording=values["wording"],
        forward_forces=values["forward_forces"],
        observability=values["observability"],
        spending_benchmark=values["spending_benchmark"],
        exit_clause=values["exit_clause"],
        term_years=values["term_years"] or None,
        ratification_threshold=values["ratification_threshold"],
    )
    return {_YOURS: yours} | {key: preset.design for key, preset in design.PRESETS.items()}


def _setting(lab) -> design.Setting:
    values = lab.values()
    return design.Setting(capability_decline=values["capability_decline"], stake=values["stake"])


def test_lab_is_listed():
    """The lab is reachable as guaranteelab.labs.guarantee_design()."""
    assert labs.available()["guarantee_design"] == "guaranteelab.labs.design"


def test_starts_rendered(lab):
    """The lab renders a PNG and a readout at its default settings."""
    assert lab.error is None
    assert lab.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "headline numbers" in lab.readout.value


def test_controls_cover_the_design_and_the_setting(lab):
    """One control per design choice, the crisis date and the three setting parameters."""
    assert set(lab.controls) == {
        "wording", "forward_forces", "observability", "spending_benchmark", "exit_clause",
        "term_years", "ratification_threshold", "years", "capability_decline", "stake",
    }  # fmt: skip
    wordings = [value for _, value in lab.controls["wording"].options]
    assert wordings == list(design.WORDINGS)
    assert (lab.controls["term_years"].min, lab.controls["term_years"].max) == (0, 50)


def test_bars_show_every_scorecard_in_one_setting(lab):
    """Bar widths are each design's headline numbers, all scored in the same setting and year."""
    lab.set(
        wording="automatic",
        forward_forces=0.5,
        exit_clause=True,
        spending_benchmark=0.02,
        years=12.0,
        capability_decline=0.03,
        stake=1.5,
    )
    setting = _setting(lab)
    for key, each in _designs(lab).items():
        expected = list(each.scorecard(setting, 12.0).headlines().values())
        widths = [bar.get_width() for bar in lab.view.bars[key]]
        np.testing.assert_allclose(widths, expected, err_msg=key)
    card = _designs(lab)[_YOURS].scorecard(setting, 12.0)
    shown = [text.get_text() for text in lab.view.values]
    assert shown == [f"{value:.2f}" for value in card.headlines().values()]


def test_lines_show_deterrence_over_time(lab):
    """Each line is the design's deterrence over the crisis dates; the marker sits at year t."""
    lab.set(wording="consultative_assurance", capability_decline=0.05, years=7.5, term_years=20)
    setting = _setting(lab)
    designs = _designs(lab)
    for key in _ORDER:
        expected = designs[key].over_time(setting, _CURVE_YEARS).deterrence
        np.testing.assert_allclose(lab.view.lines[key].get_ydata(), expected, err_msg=key)
    card = designs[_YOURS].scorecard(setting, 7.5)
    np.testing.assert_allclose(lab.view.crisis.get_offsets(), [[7.5, card.deterrence]])
    assert lab.view.crisis_line.get_xdata()[0] == pytest.approx(7.5)
    assert lab.view.ax_time.get_xlim() == (0.0, 30.0)
    assert lab.view.ax_time.get_ylim() == (0.0, 1.0)
    lab.set(term_years=0)


def test_readout_lists_numbers_with_their_models(lab):
    """The readout's table shows the scorecard's numbers and the model behind each."""
    lab.set(wording="discretionary", forward_forces=0.2, years=10.0, capability_decline=0.02)
    card = _designs(lab)[_YOURS].scorecard(_setting(lab), 10.0)
    text = lab.readout.value
    for name in ("deterrence", "honour_probability", "emboldenment", "will", "war_probability"):
        assert f"<b>{getattr(card, name):.3f}</b>" in text, name
    assert f"<b>{card.protege_burden:.1%}</b>" in text
    assert f"<b>{card.guarantor_burden:.1%}</b>" in text
    assert f"<b>{card.domestic_support:.3f}</b>" in text
    assert "Domestic support at signing S<sub>0</sub>" in text
    for label in ("D2", "B1", "M1", "M2", "D2 × B1"):
        assert f">{label}</td>" in text, label
    assert "Not ratified" not in text and "Term over" not in text
    assert "if it were in force" not in text


def test_frame_and_labels_are_neutral(lab):
    """Titles do not change with the setting, and the design's benchmark is written b* (g* is the public's)."""
    titles = (lab.view.ax_card.get_title(), lab.view.ax_time.get_title())
    assert titles[1] == "(b) Deterrence over the years"
    lab.set(capability_decline=0.0)
    assert (lab.view.ax_card.get_title(), lab.view.ax_time.get_title()) == titles
    lab.set(capability_decline=0.02)
    assert "b*" in lab.controls["spending_benchmark"].description


def test_not_ratified_is_explained(lab):
    """S0 < r: the readout says there is no treaty and so no guarantee, and q is 0."""
    lab.set(ratification_threshold=0.9, spending_benchmark=0.0)
    assert lab.error is None
    assert "no treaty, so no guarantee" in lab.readout.value
    assert lab.view.bars[_YOURS][1].get_width() == 0.0
    text = lab.readout.value
    assert "Government willing to fight <i>(if it were in force)</i>" in text
    assert "Every veto player agrees <i>(if it were in force)</i>" in text
    lab.set(ratification_threshold=0.5)


def test_term_over_is_explained(lab):
    """A crisis after the term: the readout says nobody is bound any more."""
    lab.set(term_years=5, years=10.0)
    assert "Term over" in lab.readout.value
    assert lab.readout.value.count("<i>(if it were in force)</i>") == 2
    assert lab.view.bars[_YOURS][1].get_width() == 0.0
    lab.set(term_years=0)
    assert "Term over" not in lab.readout.value


def test_conditional_wording_is_explained(lab):
    """Conditional wording explains h = (1 - tau) q; other wordings say tau has no effect."""
    lab.set(wording="conditional", observability=0.6)
    card = _designs(lab)[_YOURS].scorecard(_setting(lab), lab.values()["years"])
    assert "Conditional wording" in lab.readout.value
    assert f"{card.provoked_support:.3f}" in lab.readout.value
    lab.set(wording="automatic")
    assert "only conditional wording uses it" in lab.readout.value


def test_exit_clause_is_explained(lab):
    """The learner's exit clause applies from signing; the readout shows the reduced a."""
    lab.set(exit_clause=True, wording="automatic", forward_forces=0.2)
    card = _designs(lab)[_YOURS].scorecard(_setting(lab), lab.values()["years"])
    assert card.reneging_cost == pytest.approx(
        design.WORDINGS["automatic"].reneging_cost * design.EXIT_CLAUSE_FACTOR + 0.2
    )
    assert f"a = {card.reneging_cost:.2f}" in lab.readout.value
    assert "from year 20" in lab.readout.value
    lab.set(exit_clause=False, wording="discretionary")
    assert "exit clause" not in lab.readout.value.lower()


def _grid(control) -> list:
    if isinstance(control, widgets.Dropdown):
        return [value for _, value in control.options]
    if isinstance(control, widgets.Checkbox):
        return [False, True]
    if isinstance(control, widgets.IntSlider):
        return sorted({round(float(v)) for v in np.linspace(control.min, control.max, 6)})
    return [float(v) for v in np.linspace(control.min, control.max, 6)]


def test_sweep_every_control(lab):
    """Every control over its whole range: no exception and no rejected setting."""
    defaults = lab.values()
    for name, control in lab.controls.items():
        for value in _grid(control):
            lab.set(**{name: value})
            assert lab.error is None, (name, value, lab.error)
            assert 0.0 <= lab.view.crisis.get_offsets()[0][1] <= 1.0
        lab.set(**defaults)
