"""One figure style for the whole course.

Every figure in the notebooks and labs is made here or with these helpers, so
the course looks the same everywhere and stays readable on a projector:

* colours come from the Okabe–Ito palette, which stays distinguishable under
  the common forms of colour blindness, and each colour has one meaning
  throughout the course (:data:`COLORS`);
* fonts are large (13 pt text, 15 pt titles) and lines thick;
* :func:`finish_axes` insists on a title and on labelled axes.

Labs draw on a :class:`matplotlib.figure.Figure` that pyplot does not manage
(:func:`new_figure` with ``managed=False``), so a lab's figure never appears a
second time under the cell, and an :class:`IncrementalRenderer` turns it into
the bytes shown by the lab's image widget, redrawing only what moved.

Importing this module imports matplotlib; ``import guaranteelab`` does not.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain

import matplotlib as mpl
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

__all__ = [
    "COLORS",
    "STYLE",
    "IncrementalRenderer",
    "finish_axes",
    "new_figure",
    "render_png",
    "style",
]

#: Okabe & Ito (2008) colour-blind-safe palette, each colour given one meaning.
COLORS: dict[str, str] = {
    "deterrence": "#0072B2",  # blue: deterrence holds, the status quo, the guarantor
    "war": "#D55E00",  # vermillion: war, escalation, disaster
    "abandonment": "#E69F00",  # orange: abandonment, reneging
    "challenger": "#CC79A7",  # reddish purple: the challenger
    "protege": "#009E73",  # bluish green: the protégé, allies
    "signal": "#56B4E9",  # sky blue: signals, beliefs, secondary series
    "highlight": "#F0E442",  # yellow: the learner's current point (with a dark edge)
    "neutral": "#7F7F7F",  # grey: reference lines, neutral states
    "ink": "#222222",  # text and outlines
}

#: Matplotlib settings applied while a course figure is built.
STYLE: dict[str, object] = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 13,
    "axes.titlesize": 15,
    "axes.titleweight": "bold",
    "axes.labelsize": 13,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "legend.fontsize": 11,
    "legend.frameon": False,
    "lines.linewidth": 2.5,
    "lines.markersize": 9,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(
        color=[COLORS[k] for k in ("deterrence", "war", "abandonment", "protege", "challenger")]
    ),
    "figure.constrained_layout.use": True,
}


@contextmanager
def style() -> Iterator[None]:
    """Apply the course style to every artist created inside the block."""
    with mpl.rc_context(STYLE):
        yield


def new_figure(
    nrows: int = 1,
    ncols: int = 1,
    *,
    figsize: tuple[float, float] = (9.0, 4.8),
    managed: bool = True,
    **subplot_kw: object,
) -> tuple[Figure, Axes | np.ndarray]:
    """Create a figure and axes in the course style.

    Parameters
    ----------
    nrows, ncols
        Grid of axes.
    figsize
        Size in inches; the default suits a notebook column and a projector.
    managed
        ``True`` creates the figure through pyplot, so Jupyter shows it under
        the cell; ``False`` creates a free-standing figure with an Agg canvas,
        as labs need.
    **subplot_kw
        Passed to :meth:`~matplotlib.figure.Figure.subplots`.

    Returns
    -------
    (Figure, Axes or array of Axes)
    """
    with style():
        if managed:
            import matplotlib.pyplot as plt

            figure = plt.figure(figsize=figsize)
        else:
            figure = Figure(figsize=figsize)
            FigureCanvasAgg(figure)
        axes = figure.subplots(nrows, ncols, **subplot_kw)
    return figure, axes


def finish_axes(ax: Axes, *, title: str, xlabel: str, ylabel: str) -> Axes:
    """Give axes the title and axis labels every course figure must have.

    Raises
    ------
    ValueError
        If any of the three is empty: an unlabelled axis teaches nothing.
    """
    for name, text in (("title", title), ("xlabel", xlabel), ("ylabel", ylabel)):
        if not text or not text.strip():
            raise ValueError(f"{name} must be a non-empty string; got {text!r}")
    with style():
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
    return ax


def _agg_canvas(figure: Figure) -> FigureCanvasAgg:
    return figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)


def _encode_png(canvas: FigureCanvasAgg) -> bytes:
    # A light zlib level keeps encoding to a few milliseconds; the files are a
    # little larger, which does not matter for an image sent to a local browser.
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def render_png(figure: Figure) -> bytes:
    """Draw a whole figure with Agg and encode it as PNG."""
    canvas = _agg_canvas(figure)
    canvas.draw()
    return _encode_png(canvas)


def _tick_labels(axis) -> tuple:
    ticks = axis.get_majorticklocs()
    return (tuple(ticks), tuple(axis.get_major_formatter().format_ticks(ticks)))


class IncrementalRenderer:
    """Render a figure to PNG again and again, redrawing only what can change.

    Most of the time a lab spends on a slider step goes into drawing text:
    tick labels, titles, axis labels. Those rarely change. This renderer
    draws the figure's *frame* (everything except the artists inside each
    axes: lines, markers, patches, images, texts and legends) once, keeps it
    as a bitmap, and on later renders restores the bitmap and draws only the
    artists inside the axes on top, axes by axes in z-order.

    The frame is redrawn whenever anything that shapes it changes: figure
    size, axes positions, limits, scales, tick positions and tick labels,
    titles and axis labels, figure-level texts and legends. A view that
    changes some other frame property should call :meth:`invalidate`.
    Either way, every image is the frame with the data drawn over it, so an
    incremental render and a fresh one give identical pixels (the test suite
    checks this for every lab).
    """

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        self.canvas = _agg_canvas(figure)
        self._frame = None
        self._frame_key: tuple | None = None
        #: How many times the frame was drawn in full (for tests and benchmarks).
        self.frame_draws = 0

    def invalidate(self) -> None:
        """Force the next render to redraw the frame."""
        self._frame = None

    def render(self) -> bytes:
        """Return the figure as PNG bytes."""
        layers = self._data_layers()
        key = self._key()
        if self._frame is None or key != self._frame_key:
            shown = [artist for layer in layers for artist in layer if artist.get_visible()]
            for artist in shown:
                artist.set_visible(False)
            try:
                self.canvas.draw()
            finally:
                for artist in shown:
                    artist.set_visible(True)
            self._frame = self.canvas.copy_from_bbox(self.figure.bbox)
            # Read the key after drawing: a layout engine may have moved the axes.
            self._frame_key = self._key()
            self.frame_draws += 1
        else:
            self.canvas.restore_region(self._frame)
        renderer = self.canvas.get_renderer()
        for layer in layers:
            for artist in layer:
                artist.draw(renderer)
        return _encode_png(self.canvas)

    def _data_layers(self) -> list[list[Artist]]:
        """Per axes, the artists inside it, in the order Axes.draw would use."""
        layers = []
        for ax in self.figure.axes:
            inside = {
                id(artist)
                for artist in chain(
                    ax.collections, ax.images, ax.lines, ax.patches, ax.tables, ax.texts, ax.artists
                )
            }
            if ax.get_legend() is not None:
                inside.add(id(ax.get_legend()))
            children = [artist for artist in ax.get_children() if id(artist) in inside]
            layers.append(
                sorted(children, key=lambda artist: artist.get_zorder()) if ax.get_visible() else []
            )
        return layers

    def _key(self) -> tuple:
        """Everything the frame's pixels depend on that a view might change."""
        parts: list[object] = [tuple(self.figure.get_size_inches()), self.figure.dpi]
        for ax in self.figure.axes:
            parts.append(
                (
                    ax.get_visible(),
                    tuple(ax.get_position().bounds),
                    ax.get_xlim(),
                    ax.get_ylim(),
                    ax.get_xscale(),
                    ax.get_yscale(),
                    _tick_labels(ax.xaxis),
                    _tick_labels(ax.yaxis),
                    ax.get_title("left"),
                    ax.get_title("center"),
                    ax.get_title("right"),
                    ax.get_xlabel(),
                    ax.get_ylabel(),
                    tuple(ax.get_facecolor()),
                )
            )
        parts.append(tuple(text.get_text() for text in self.figure.texts))
        parts.append(
            tuple(text.get_text() for legend in self.figure.legends for text in legend.get_texts())
        )
        return tuple(parts)
