"""The course figure style."""

import pytest
from matplotlib.figure import Figure

from guaranteelab.plotting import COLORS, finish_axes, new_figure, render_png


def test_unmanaged_figures_are_free_standing_and_render_to_png():
    figure, ax = new_figure(managed=False)
    assert isinstance(figure, Figure)
    finish_axes(ax, title="A title", xlabel="x (units)", ylabel="y")
    png = render_png(figure)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert (
        figure.canvas.manager is None
    )  # pyplot does not know it, so Jupyter will not show it twice


@pytest.mark.parametrize("missing", ["title", "xlabel", "ylabel"])
def test_every_figure_needs_a_title_and_axis_labels(missing):
    _, ax = new_figure(managed=False)
    labels = {"title": "t", "xlabel": "x", "ylabel": "y", missing: " "}
    with pytest.raises(ValueError, match=missing):
        finish_axes(ax, **labels)


def test_palette_is_okabe_ito_with_fixed_meanings():
    assert COLORS["deterrence"] == "#0072B2" and COLORS["war"] == "#D55E00"
    assert len(set(COLORS.values())) == len(COLORS)


def test_style_is_projector_sized():
    _, ax = new_figure(managed=False)
    finish_axes(ax, title="t", xlabel="x", ylabel="y")
    assert ax.title.get_fontsize() >= 14
    assert ax.xaxis.label.get_fontsize() >= 12
