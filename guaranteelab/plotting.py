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
second time under the cell, and :func:`render_png` turns it into the bytes
shown by the lab's image widget.

Importing this module imports matplotlib; ``import guaranteelab`` does not.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

__all__ = [
    "COLORS",
    "STYLE",
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


def render_png(figure: Figure) -> bytes:
    """Draw a figure with Agg and encode it as PNG, fast enough for slider drags.

    A light zlib level keeps encoding to a few milliseconds; the files are a
    little larger, which does not matter for an image sent to a local browser.
    """
    canvas = (
        figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
    )
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    buffer = io.BytesIO()
    image.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()
