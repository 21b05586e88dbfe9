"""The lab convention itself, driven with a tiny view."""

import base64

import pytest

from guaranteelab import labs
from guaranteelab.labs._core import Lab, slider
from guaranteelab.plotting import finish_axes, new_figure


class LineView:
    """y = slope * x, rejecting negative slopes the way a model rejects bad input."""

    def __init__(self):
        self.figure, self.ax = new_figure(managed=False)
        (self.line,) = self.ax.plot([0, 1], [0, 0])
        finish_axes(self.ax, title="A line", xlabel="x", ylabel="y")
        self.updates = 0

    def update(self, *, slope, intercept):
        if slope < 0:
            raise ValueError(f"slope must be in [0, inf); got {slope:g}")
        self.updates += 1
        self.line.set_ydata([intercept, intercept + slope])
        return f"<b>slope {slope:.2f}</b>"


@pytest.fixture
def lab():
    controls = {
        "slope": slider("Slope", 1.0, -1.0, 2.0, 0.5),
        "intercept": slider("Intercept", 0.0, 0.0, 1.0, 0.5),
    }
    return Lab("Test lab", LineView(), controls, instructions="Move the slope.")


def test_construction_draws_once_and_renders_png(lab):
    assert lab.view.updates == 1
    assert bytes(lab.image.value).startswith(b"\x89PNG")
    assert lab.readout.value == "<b>slope 1.00</b>" and lab.error is None


def test_a_control_change_updates_artists_readout_and_image(lab):
    before = lab.image.value
    lab.controls["slope"].value = 2.0
    assert list(lab.view.line.get_ydata()) == [0.0, 2.0]
    assert "2.00" in lab.readout.value and lab.image.value != before


def test_set_changes_several_controls_with_one_redraw(lab):
    lab.set(slope=0.5, intercept=1.0)
    assert lab.view.updates == 2
    assert list(lab.view.line.get_ydata()) == [1.0, 1.5]


def test_set_rejects_unknown_controls(lab):
    with pytest.raises(ValueError, match=r"unknown control\(s\) \['slop'\]"):
        lab.set(slop=1)


def test_rejected_settings_are_explained_and_the_figure_kept(lab):
    lab.set(slope=1.5)
    image = lab.image.value
    lab.set(slope=-1.0)
    assert lab.error == "slope must be in [0, inf); got -1"
    assert "outside the model's range" in lab.readout.value and lab.image.value == image
    lab.set(slope=0.0)
    assert lab.error is None


def test_displays_as_widget_with_a_png_fallback(lab):
    bundle = lab._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert base64.b64decode(bundle["image/png"]) == bytes(lab.image.value)
    assert "Test lab" in bundle["text/plain"]


def test_labs_package_lists_and_resolves_labs():
    found = labs.available()
    assert found["timeline"] == "guaranteelab.labs.cases"
    assert callable(labs.timeline)
    with pytest.raises(AttributeError, match="no lab named 'nonexistent'"):
        labs.nonexistent  # noqa: B018
