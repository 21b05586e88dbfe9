"""The lab convention: controls, a figure updated in place, and a text readout.

A lab has three parts:

* a **view**: an object that owns a matplotlib figure, builds its artists
  once, and has an ``update(**values) -> str`` method that moves those
  artists to show the model at the given control values and returns the
  readout text (HTML). Views call model functions; they hold no model maths.
* **controls**: ipywidgets whose ``value`` the view's ``update`` takes as
  keyword arguments, one control per argument.
* a :class:`Lab`, which wires them together: any control change calls
  ``update`` once, renders the figure to PNG and shows it in an image widget,
  and writes the readout. Only the artists inside the axes are redrawn while
  the axes' frame stays the same (:class:`~guaranteelab.plotting.IncrementalRenderer`).

Rendering to an image widget (rather than an interactive canvas) makes a lab
behave the same in JupyterLab, Voilà, Binder and plain pytest, and lets a lab
fall back to a static PNG where no widget can be drawn (a static website).

Tests drive a lab headlessly: ``lab.set(resolve=0.4)`` then assert on
``lab.view``'s artists and on ``lab.readout.value``. A lab never raises on
any control position: a combination the model rejects is reported in the
readout and the figure keeps its last valid state.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import ipywidgets as widgets
from matplotlib.figure import Figure

from guaranteelab.plotting import IncrementalRenderer

__all__ = ["Lab", "View", "dropdown", "int_range_slider", "int_slider", "slider", "toggle"]

_CONTROL_STYLE = {"description_width": "14em"}
_CONTROL_LAYOUT = {"width": "30em"}


class View(Protocol):
    """What a lab needs from a view."""

    figure: Figure

    def update(self, **values: Any) -> str:
        """Move the artists to show ``values``; return the readout as HTML."""


def slider(
    description: str,
    value: float,
    low: float,
    high: float,
    step: float,
    *,
    readout_format: str = ".2f",
) -> widgets.FloatSlider:
    """A float slider in the course style."""
    return widgets.FloatSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        readout_format=readout_format,
        continuous_update=True,
        style=_CONTROL_STYLE,
        layout=_CONTROL_LAYOUT,
    )


def int_slider(
    description: str, value: int, low: int, high: int, step: int = 1
) -> widgets.IntSlider:
    """An integer slider in the course style."""
    return widgets.IntSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        continuous_update=True,
        style=_CONTROL_STYLE,
        layout=_CONTROL_LAYOUT,
    )


def int_range_slider(
    description: str, value: tuple[int, int], low: int, high: int, step: int = 1
) -> widgets.IntRangeSlider:
    """A two-handled integer range slider in the course style (e.g. an era of years)."""
    return widgets.IntRangeSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        continuous_update=True,
        style=_CONTROL_STYLE,
        layout=_CONTROL_LAYOUT,
    )


def dropdown(description: str, options: Sequence[Any], value: Any) -> widgets.Dropdown:
    """A drop-down menu in the course style; ``options`` may be (label, value) pairs."""
    return widgets.Dropdown(
        options=options,
        value=value,
        description=description,
        style=_CONTROL_STYLE,
        layout=_CONTROL_LAYOUT,
    )


def toggle(description: str, value: bool) -> widgets.Checkbox:
    """A checkbox in the course style."""
    return widgets.Checkbox(
        value=value,
        description=description,
        indent=False,
        style=_CONTROL_STYLE,
        layout=_CONTROL_LAYOUT,
    )


class Lab:
    """Controls wired to a view, shown as one widget.

    Parameters
    ----------
    title
        Shown above the controls.
    view
        Owns the figure and turns control values into artists and a readout.
    controls
        Maps each keyword of ``view.update`` to the widget that sets it.
    instructions
        One or two sentences telling the learner what to try.

    Attributes
    ----------
    image : ipywidgets.Image
        The rendered figure; its ``value`` is PNG bytes.
    readout : ipywidgets.HTML
        The view's readout, or the reason the last change was rejected.
    error : str or None
        The message of the last rejected change, ``None`` after a good one.
    widget : ipywidgets.VBox
        Everything, laid out; a lab displays as this widget.
    """

    def __init__(
        self,
        title: str,
        view: View,
        controls: Mapping[str, widgets.ValueWidget],
        *,
        instructions: str = "",
    ) -> None:
        self.title = title
        self.view = view
        self.controls = dict(controls)
        self.error: str | None = None
        self._paused = False
        self.renderer = IncrementalRenderer(view.figure)
        self.image = widgets.Image(format="png", layout={"width": "100%", "max_width": "960px"})
        self.readout = widgets.HTML(layout={"width": "100%"})
        header = f"<h3 style='margin:0.2em 0'>{html.escape(title)}</h3>"
        if instructions:
            header += f"<p style='margin:0.2em 0'>{html.escape(instructions)}</p>"
        controls_box = widgets.VBox(list(self.controls.values()), layout={"flex": "0 0 auto"})
        self.widget = widgets.VBox(
            [
                widgets.HTML(header),
                widgets.Box(
                    [controls_box, self.image],
                    layout={
                        "display": "flex",
                        "flex_flow": "row wrap",
                        "align_items": "flex-start",
                    },
                ),
                self.readout,
            ]
        )
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.redraw()
        # Lay the figure out once, then keep it: re-running the constrained
        # layout on every slider step would cost more than drawing the artists.
        view.figure.set_layout_engine("none")

    def values(self) -> dict[str, Any]:
        """The current value of every control, keyed as ``view.update`` takes them."""
        return {name: control.value for name, control in self.controls.items()}

    def set(self, **values: Any) -> None:
        """Set several controls at once and redraw a single time.

        Raises
        ------
        ValueError
            If a name is not one of this lab's controls.
        """
        unknown = sorted(set(values) - set(self.controls))
        if unknown:
            raise ValueError(f"unknown control(s) {unknown}; this lab has {sorted(self.controls)}")
        self._paused = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
        finally:
            self._paused = False
        self.redraw()

    def redraw(self) -> None:
        """Update the view from the controls, re-render the image and the readout."""
        try:
            text = self.view.update(**self.values())
        except ValueError as exc:
            # A combination the model rejects (say, a status-quo value above the
            # gain) is a teaching moment, not a crash: explain it, keep the figure.
            self.error = str(exc)
            self.readout.value = (
                "<p style='color:#D55E00'><b>These settings are outside the model's range:</b> "
                f"{html.escape(self.error)}</p>"
            )
            return
        self.error = None
        self.readout.value = text
        self.image.value = self.renderer.render()

    def _on_change(self, _change: Mapping[str, Any]) -> None:
        if not self._paused:
            self.redraw()

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        # The widget where a kernel can draw it; a PNG of the current figure
        # where it cannot (nbconvert, a static website, GitHub's viewer).
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        bundle["image/png"] = base64.b64encode(self.image.value).decode("ascii")
        bundle["text/plain"] = f"<{type(self).__name__}: {self.title}>"
        return bundle
