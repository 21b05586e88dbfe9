"""Every lab's incremental rendering gives exactly the pixels of a fresh render.

A lab redraws only the artists inside its axes while the frame (ticks,
labels, titles) is unchanged. If a view changed some part of the frame that
the renderer does not watch, the image would go stale; this test drives every
lab through random control settings and compares, pixel for pixel, the image
the lab shows with a render from scratch.
"""

import io

import ipywidgets as widgets
import numpy as np
import pytest
from PIL import Image

from guaranteelab import labs
from guaranteelab.plotting import IncrementalRenderer, new_figure, render_png

LABS = sorted(labs.available())


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(bytes(png))).convert("RGBA"))


def _random_value(control, rng):
    if isinstance(control, widgets.IntRangeSlider):
        low, high = sorted(rng.integers(control.min, control.max + 1, size=2).tolist())
        return (low, high)
    if isinstance(control, widgets.IntSlider):
        return int(rng.integers(control.min, control.max + 1))
    if isinstance(control, widgets.FloatSlider):
        steps = round((control.max - control.min) / control.step)
        return control.min + control.step * int(rng.integers(0, steps + 1))
    if isinstance(control, widgets.Checkbox):
        return bool(rng.integers(0, 2))
    if isinstance(control, widgets.Dropdown):
        values = [option[1] if isinstance(option, tuple) else option for option in control.options]
        return values[int(rng.integers(0, len(values)))]
    raise TypeError(f"no random values for {type(control).__name__}")


@pytest.mark.parametrize("name", LABS)
def test_incremental_render_matches_a_fresh_render(name):
    lab = getattr(labs, name)()
    rng = np.random.default_rng(20261126)
    names = sorted(lab.controls)
    for _ in range(15):
        control = names[int(rng.integers(0, len(names)))]
        lab.set(**{control: _random_value(lab.controls[control], rng)})
        if lab.error is not None:
            continue
        fresh = IncrementalRenderer(lab.view.figure).render()
        assert np.array_equal(_pixels(lab.image.value), _pixels(fresh)), (
            f"stale frame after setting {control}"
        )


def test_frame_is_drawn_once_while_only_data_moves():
    figure, ax = new_figure(managed=False)
    (line,) = ax.plot([0, 1], [0, 1])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 2)
    renderer = IncrementalRenderer(figure)
    first = renderer.render()
    line.set_ydata([1, 2])
    second = renderer.render()
    assert renderer.frame_draws == 1 and first != second
    ax.set_title("New title")
    renderer.render()
    assert renderer.frame_draws == 2
    renderer.invalidate()
    renderer.render()
    assert renderer.frame_draws == 3


def test_plain_render_is_a_png():
    figure, _ = new_figure(managed=False)
    assert render_png(figure).startswith(b"\x89PNG")
