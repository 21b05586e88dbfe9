"""Headless tests of the reputation lab: crisis_history()."""

from __future__ import annotations

import numpy as np
import pytest

from guaranteelab import labs
from guaranteelab.labs.reputation import crisis_history, history_string
from guaranteelab.reputation import Reputation


@pytest.fixture(scope="module")
def lab():
    return crisis_history()


def test_lab_is_listed():
    assert labs.available()["crisis_history"] == "guaranteelab.labs.reputation"


def test_history_string():
    assert history_string(0, 0, 0) == ""
    assert history_string(4, 2, 0) == "HAHH"
    assert history_string(4, 2, 4) == "HAHA"
    assert history_string(3, 5, 0) == "HHH"  # beyond the crises shown: ignored


def test_starts_rendered(lab):
    assert lab.error is None
    assert lab.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "HHHHHH" in lab.readout.value


def test_lines_follow_the_model(lab):
    """Belief and credibility lines are the model's path for the history the sliders describe."""
    lab.set(prior=0.5, honour_resolute=0.9, honour_irresolute=0.4, threshold=0.7,
            crises=8, abandon_at=3, abandon_again_at=0)  # fmt: skip
    path = Reputation(0.5, 0.9, 0.4, 0.7).history("HHAHHHHH")
    x, mu = lab.view.belief_line.get_data()
    np.testing.assert_allclose(x, np.arange(9))
    np.testing.assert_allclose(mu, path.beliefs)
    np.testing.assert_allclose(lab.view.cred_line.get_data()[1], path.credibility)
    np.testing.assert_allclose(lab.view.threshold_line.get_ydata(), [0.7, 0.7])
    np.testing.assert_allclose(lab.view.abandoned.get_offsets(), [[3, path.credibility[3]]])
    assert len(lab.view.honoured.get_offsets()) == 7
    assert "HHAHHHHH" in lab.readout.value


def test_one_abandonment_is_fatal_when_resolute_types_never_back_down(lab):
    """With h_R = 1 one abandonment leaves q = h_I for ever, and no honours can restore deterrence."""
    lab.set(honour_resolute=1.0, honour_irresolute=0.4, threshold=0.7, crises=10, abandon_at=2)
    q = lab.view.cred_line.get_data()[1]
    np.testing.assert_allclose(q[2:], 0.4)
    assert "one abandonment proved" in lab.readout.value
    assert "No run of honoured commitments" in lab.readout.value
    assert lab.view.note.get_text() == "deterrence fails now"


def test_honours_needed_in_readout(lab):
    lab.set(prior=0.5, honour_resolute=0.9, honour_irresolute=0.4, threshold=0.7,
            crises=3, abandon_at=3, abandon_again_at=0)  # fmt: skip
    model = Reputation(0.5, 0.9, 0.4, 0.7)
    mu = model.history("HHA").beliefs[-1]
    needed = model.honours_needed(mu)
    assert needed >= 1
    assert f"Honours needed to restore deterrence: <b>{needed:.0f}</b>" in lab.readout.value


def test_exact_tie_deters_in_the_readout(lab):
    """Prior 0.75, h_R 0.6, h_I 0.2, q* 0.5, no crises: q = 0.5 = q* exactly, so deterrence holds."""
    lab.set(prior=0.75, honour_resolute=0.6, honour_irresolute=0.2, threshold=0.5,
            crises=0, abandon_at=0, abandon_again_at=0)  # fmt: skip
    assert "credibility q = 0.500 against q* = 0.50" in lab.readout.value
    assert "Deterrence holds" in lab.readout.value
    assert "No further honours are needed" in lab.readout.value
    assert lab.view.note.get_text() == "deterrence holds now"
    # two honours bring q exactly to q*: the verdict flips at the second, not later
    lab.set(prior=0.1, honour_resolute=0.3, honour_irresolute=0.1, threshold=0.2, crises=1)
    assert "Deterrence fails" in lab.readout.value
    assert "Honours needed to restore deterrence: <b>1</b>" in lab.readout.value
    lab.set(crises=2)
    assert "Deterrence holds" in lab.readout.value
    lab.set(prior=0.5, honour_resolute=0.9, honour_irresolute=0.4, threshold=0.7, crises=6)


def test_threshold_at_h_r_never_reached(lab):
    """q* = h_R with h_I > 0: even when the belief rounds to 1.0, deterrence is not restored."""
    lab.set(prior=0.95, honour_resolute=1.0, honour_irresolute=0.05, threshold=1.0,
            crises=12, abandon_at=0, abandon_again_at=0)  # fmt: skip
    assert "Deterrence fails" in lab.readout.value
    assert "never reaches certainty" in lab.readout.value
    lab.set(prior=0.5, honour_resolute=0.9, honour_irresolute=0.4, threshold=0.7, crises=6)


def test_no_crises(lab):
    lab.set(crises=0)
    assert "(no crises yet)" in lab.readout.value
    assert len(lab.view.honoured.get_offsets()) == 0
    assert lab.error is None
    lab.set(crises=6)


def test_out_of_range_reported(lab):
    """h_I >= h_R is outside the model: reported, not raised."""
    lab.set(honour_resolute=0.5, honour_irresolute=0.6)
    assert lab.error is not None and "honour_irresolute" in lab.error
    lab.set(honour_resolute=0.9, honour_irresolute=0.4)
    assert lab.error is None


ALLOWED = (
    "honour_irresolute must be less than honour_resolute",
    "impossible when honour_resolute = 1 and honour_irresolute = 0",
)


def test_sweep_every_control(lab):
    """Every control over its whole range, with an abandonment in the history."""
    lab.set(prior=0.5, honour_resolute=0.9, honour_irresolute=0.4, threshold=0.7,
            crises=12, abandon_at=4, abandon_again_at=9)  # fmt: skip
    for name, control in lab.controls.items():
        start = control.value
        for value in np.linspace(control.min, control.max, 7):
            lab.set(**{name: type(start)(round(float(value), 6))})
            assert lab.error is None or any(a in lab.error for a in ALLOWED), lab.error
        lab.set(**{name: start})
    for h_r, h_i in [(1.0, 0.0), (1.0, 0.95), (0.05, 0.0)]:
        lab.set(honour_resolute=h_r, honour_irresolute=h_i)
        assert lab.error is None or any(a in lab.error for a in ALLOWED)
