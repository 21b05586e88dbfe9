"""Lab for notebook 11: domestic support, veto players and the decay of credibility.

* ``domestic_support()`` draws the credibility :math:`q` of a commitment
  against the years between ratification and a crisis, the long-run limit
  :math:`2^{-k}` and the learner's current crisis date. The numbers come from
  :mod:`guaranteelab.domestic`.

This module only draws.
"""

from __future__ import annotations

import numpy as np

from guaranteelab import domestic
from guaranteelab.labs._core import Lab, int_slider, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["domestic_support"]

_MAX_YEARS = 30.0
_CURVE_POINTS = 600
_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)

_TRENDS = {
    "decay": (
        "Support starts above every veto player's threshold, so drift can only hurt: "
        "q <b>decays</b> towards 2<sup>−k</sup> as the years pass."
    ),
    "drift-up": (
        "Support starts below the veto players' threshold, so drift can only help: "
        "q <b>drifts up</b> towards 2<sup>−k</sup> as the years pass."
    ),
    "constant": (
        "Support starts exactly at the threshold: each veto player is a coin toss at any date, "
        "so q stays at 2<sup>−k</sup>."
    ),
}


class DomesticSupportView:
    """Credibility against the years to the crisis, its long-run limit and the current date."""

    def __init__(self) -> None:
        self.years = np.linspace(_MAX_YEARS / _CURVE_POINTS, _MAX_YEARS, _CURVE_POINTS)
        self.figure, self.ax = new_figure(figsize=(7.8, 5.0), managed=False)
        with style():
            (self.curve,) = self.ax.plot(
                self.years,
                np.zeros_like(self.years),
                color=COLORS["deterrence"],
                label="credibility q",
            )
            self.limit_line = self.ax.axhline(
                0.5, color=COLORS["neutral"], ls="--", lw=2.0, label="long-run limit 2^−k"
            )
            self.current_line = self.ax.axvline(5.0, color=COLORS["neutral"], lw=1.5, ls=":")
            self.current = self.ax.scatter(
                [5.0], [0.5], s=150, color=COLORS["highlight"], edgecolor=COLORS["ink"],
                linewidth=1.8, zorder=7, label="your crisis date", clip_on=False,
            )  # fmt: skip
            self.ax.set_xlim(0.0, _MAX_YEARS)
            self.ax.set_ylim(0.0, 1.0)
            self.ax.set_yticks(_TICKS)
            self.ax.legend(loc="upper right", fontsize=10)
        finish_axes(
            self.ax,
            title="Domestic support and the credibility of a commitment",
            xlabel="Years from ratification to the crisis t",
            ylabel="Credibility q (all veto players agree)",
        )

    def update(
        self,
        *,
        initial_support: float,
        volatility: float,
        years: float,
        veto_players: int,
        threshold: float,
        ratification_threshold: float,
    ) -> str:
        model = domestic.DomesticCommitment(
            initial_support=initial_support,
            volatility=volatility,
            years=years,
            thresholds=(threshold,) * veto_players,
            ratification_threshold=ratification_threshold,
        )
        outcome = model.solve()
        self.curve.set_ydata(model.credibility_over_time(self.years))
        limit = outcome.long_run_credibility
        self.limit_line.set_ydata([limit, limit])
        self.current_line.set_xdata([years, years])
        self.current.set_offsets([[years, outcome.credibility]])
        return _readout(outcome, veto_players, ratification_threshold)


def _readout(outcome: domestic.DomesticOutcome, veto_players: int, r: float) -> str:
    if outcome.ratified:
        status = f"The treaty is <b>ratified</b> (S<sub>0</sub> ≥ r = {r:.2f})."
    else:
        status = (
            f"<b style='color:#E69F00'>The treaty would not be ratified</b> (S<sub>0</sub> < r = {r:.2f}); "
            "the curve shows what its credibility would be if it were."
        )
    players = "veto player" if veto_players == 1 else "veto players"
    return (
        f"<p>{status}</p>"
        f"<p>Credibility at the crisis: <b>q = {outcome.credibility:.3f}</b> with {veto_players} {players}; "
        f"long-run limit 2<sup>−{veto_players}</sup> = {outcome.long_run_credibility:.3f}.</p>"
        f"<p>Expected credibility of a ratified treaty, support at signing spread evenly over [0, 1]: "
        f"<b>E[q | ratified] = {outcome.expected_credibility_if_ratified:.3f}</b>.</p>"
        f"<p>{_TRENDS[outcome.trend]}</p>"
    )


def domestic_support() -> Lab:
    """Explore how veto players, volatility and time erode or build a commitment's credibility."""
    controls = {
        "initial_support": slider("Support at ratification S₀", 0.75, 0.0, 1.0, 0.01),
        "volatility": slider("Volatility of support σ", 0.1, 0.02, 0.5, 0.01),
        "years": slider("Years to the crisis t", 5.0, 0.5, 30.0, 0.5, readout_format=".1f"),
        "veto_players": int_slider("Veto players k", 2, 1, 4),
        "threshold": slider("Veto players' threshold m", 0.6, 0.0, 1.0, 0.01),
        "ratification_threshold": slider("Ratification threshold r", 0.67, 0.0, 0.95, 0.01),
    }
    return Lab(
        "Domestic politics and credibility",
        DomesticSupportView(),
        controls,
        instructions=(
            "Add veto players and watch the dashed limit fall; then lower support below the "
            "threshold m and see time work for the commitment instead of against it."
        ),
    )
