"""Labs for notebook 04: bluffing and audience costs, and tying hands versus sinking costs.

* ``crisis_signalling()`` draws, against the prior probability that the
  defender is resolute, the irresolute type's bluffing probability, the
  challenger's probability of pressing after resistance and the probability
  of war once a crisis starts, marks the press threshold and the challenge
  threshold, and puts the learner's current prior on every curve. The numbers
  come from :mod:`guaranteelab.deterrence.signalling` (model D3).
* ``costly_signals()`` compares the two kinds of costly signal (model D5):
  the probability of war and the defender's expected payoff under tying hands
  and under sinking costs, as pairs of bars.

This module only draws.
"""

from __future__ import annotations

import numpy as np

from guaranteelab.deterrence import signalling as model
from guaranteelab.labs._core import Lab, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["costly_signals", "crisis_signalling"]

_CURVE_POINTS = 295
#: Held fixed in the crisis lab: the challenger's gain and the defender's cost of conceding
#: set the scale, and the two war payoffs of the defender only decide who fights.
_GAIN = 1.0
_CONCESSION_COST = 1.0
_RESOLUTE_WAR_PAYOFF = -0.5
_IRRESOLUTE_WAR_PAYOFF = -10.0

_REGIME_TEXT = {
    "always_press": "C always presses: the irresolute type concedes at once",
    "pooling": "pooling: both types resist and C backs down",
    "semi_separating": "semi-separating: the irresolute type sometimes bluffs",
}


class CrisisSignallingView:
    """Equilibrium strategies and war risk against the prior, with the current prior marked."""

    def __init__(self) -> None:
        self.priors = np.linspace(0.005, 0.995, _CURVE_POINTS)
        self.figure, self.ax = new_figure(figsize=(8.6, 5.0), managed=False)
        zeros = np.zeros_like(self.priors)
        with style():
            (self.bluff_line,) = self.ax.plot(
                self.priors, zeros, color=COLORS["signal"], label="β: irresolute type bluffs"
            )
            (self.press_line,) = self.ax.plot(
                self.priors, zeros, color=COLORS["challenger"], label="q: C presses if resisted"
            )
            (self.war_line,) = self.ax.plot(
                self.priors, zeros, color=COLORS["war"], label="P(war | challenge)"
            )
            self.press_threshold_line = self.ax.axvline(
                0.5, color=COLORS["neutral"], linestyle="--", linewidth=1.6
            )
            self.challenge_threshold_line = self.ax.axvline(
                0.3, color=COLORS["deterrence"], linestyle=":", linewidth=2.2
            )
            self.press_label = self.ax.text(
                0.5, 1.02, r"$\mu^*$", color=COLORS["neutral"], ha="center", fontsize=11
            )
            self.challenge_label = self.ax.text(
                0.3, 1.02, r"$\bar{\pi}$", color=COLORS["deterrence"], ha="center", fontsize=11
            )
            self.points = self.ax.scatter(
                [0.3, 0.3, 0.3],
                [0.0, 0.0, 0.0],
                s=110,
                color=COLORS["highlight"],
                edgecolor=COLORS["ink"],
                linewidth=1.6,
                zorder=5,
            )
            self.no_challenge = self.ax.axvspan(
                0.3,
                1.0,
                color=COLORS["deterrence"],
                alpha=0.08,
                label=r"no challenge ($\pi \geq \bar{\pi}$)",
            )
            self.ax.set_xlim(0.0, 1.0)
            self.ax.set_ylim(-0.02, 1.08)
            self.ax.set_yticks([0.0, 0.25, 0.5, 0.75, 1.0])
            self.ax.legend(loc="center right", fontsize=10)
        finish_axes(
            self.ax,
            title="Crisis signalling: bluffing, pressing and war",
            xlabel="Prior probability π that the defender is resolute",
            ylabel="Probability",
        )

    def update(
        self,
        *,
        prior_resolve: float,
        audience_cost: float,
        challenger_war_payoff: float,
        challenger_retreat_cost: float,
        defender_retreat_gain: float,
    ) -> str:
        game = model.CrisisSignallingGame(
            prior_resolve=prior_resolve,
            gain=_GAIN,
            concession_cost=_CONCESSION_COST,
            challenger_retreat_cost=challenger_retreat_cost,
            defender_retreat_gain=defender_retreat_gain,
            challenger_war_payoff=challenger_war_payoff,
            resolute_war_payoff=_RESOLUTE_WAR_PAYOFF,
            irresolute_war_payoff=_IRRESOLUTE_WAR_PAYOFF,
            audience_cost=audience_cost,
        )
        eq = game.solve()
        args = (
            self.priors,
            _GAIN,
            _CONCESSION_COST,
            challenger_retreat_cost,
            defender_retreat_gain,
            challenger_war_payoff,
            audience_cost,
        )
        challenger = (self.priors, _GAIN, challenger_retreat_cost, challenger_war_payoff)
        self.bluff_line.set_ydata(model.bluff_probability(*challenger))
        self.press_line.set_ydata(model.press_probability(*args))
        self.war_line.set_ydata(model.war_probability_given_challenge(*args))
        self.points.set_offsets(
            [
                [prior_resolve, eq.bluff_probability],
                [prior_resolve, eq.press_probability],
                [prior_resolve, eq.war_probability_given_challenge],
            ]
        )
        mu, pi_bar = eq.press_threshold, eq.challenge_threshold
        for line, label, x, visible in (
            (self.press_threshold_line, self.press_label, mu, eq.regime != "always_press"),
            (self.challenge_threshold_line, self.challenge_label, pi_bar, pi_bar < 1.0),
        ):
            line.set_xdata([x, x])
            line.set_visible(visible)
            label.set_x(x)
            label.set_visible(visible)
        start = min(pi_bar, 1.0)
        self.no_challenge.set_x(start)
        self.no_challenge.set_width(1.0 - start)
        self.no_challenge.set_visible(pi_bar < 1.0)
        return _crisis_readout(eq, prior_resolve)


def _payoff(value: float) -> str:
    """Three decimals, without the "-0.000" that a rounding error at a tie would print."""
    text = f"{value:.3f}"
    return "0.000" if text == "-0.000" else text


def _crisis_readout(eq: model.CrisisSignallingEquilibrium, prior: float) -> str:
    if eq.challenges and eq.challenge_threshold >= 1.0:
        verdict = (
            "<b style='color:#D55E00'>C challenges</b>: π̄ ≥ 1, so C challenges at every prior "
            f"(war is no worse for C than the status quo); challenging is worth {_payoff(eq.challenge_value)}."
        )
    elif eq.challenges:
        verdict = (
            f"<b style='color:#D55E00'>C challenges</b>: π = {prior:.2f} is below "
            f"π̄ = {eq.challenge_threshold:.3f}, so challenging is worth {_payoff(eq.challenge_value)} &gt; 0."
        )
    else:
        verdict = (
            f"<b style='color:#0072B2'>Deterrence holds</b>: π = {prior:.2f} is at or above "
            f"π̄ = {eq.challenge_threshold:.3f}, so challenging is worth {_payoff(eq.challenge_value)} ≤ 0. "
            "The numbers below describe what would happen after a challenge."
        )
    mu = (
        "μ* ≥ 1: C presses whatever it believes"
        if eq.regime == "always_press"
        else f"μ* = {eq.press_threshold:.3f}"
    )
    return (
        f"<p>{verdict}</p>"
        f"<p>Regime: <b>{_REGIME_TEXT[eq.regime]}</b>. Press threshold {mu}.</p>"
        "<table style='font-size:0.95em'>"
        f"<tr><td>bluffing probability β</td><td><b>{eq.bluff_probability:.3f}</b></td></tr>"
        f"<tr><td>C's belief after resistance</td><td>{eq.posterior_after_resistance:.3f}</td></tr>"
        f"<tr><td>press probability q</td><td><b>{eq.press_probability:.3f}</b></td></tr>"
        f"<tr><td>q* (pressing that leaves a bluffer indifferent)</td><td>{eq.mixing_press_probability:.3f}</td></tr>"
        f"<tr><td>P(D concedes at once | challenge)</td><td>{eq.concession_probability:.3f}</td></tr>"
        f"<tr><td>P(C backs down | resistance)</td><td>{eq.backdown_probability:.3f}</td></tr>"
        f"<tr><td>P(war | challenge)</td><td><b>{eq.war_probability_given_challenge:.3f}</b></td></tr>"
        f"<tr><td>P(war) overall (0 if C does not challenge)</td><td>{eq.war_probability:.3f}</td></tr>"
        "</table>"
    )


def crisis_signalling() -> Lab:
    """Explore bluffing and audience costs in the crisis signalling game (D3)."""
    controls = {
        "prior_resolve": slider("Prior resolve π", 0.3, 0.01, 0.99, 0.01),
        "audience_cost": slider("Audience cost a_D", 1.0, 0.0, 5.0, 0.1),
        "challenger_war_payoff": slider("C's war payoff w_C", -2.0, -5.0, 0.9, 0.1),
        "challenger_retreat_cost": slider("C's cost of backing down a_C", 0.5, 0.0, 2.0, 0.05),
        "defender_retreat_gain": slider("D's gain if C backs down ρ", 0.5, 0.0, 2.0, 0.05),
    }
    return Lab(
        "Crisis signalling: bluffing and audience costs",
        CrisisSignallingView(),
        controls,
        instructions=(
            "Yellow dots mark your prior; in the shaded band the challenger does not challenge. "
            "Raise the audience cost and watch the press probability and the war risk fall "
            "while the challenge threshold π̄ stays put. Then move π across μ*."
        ),
    )


class CostlySignalsView:
    """Two pairs of bars: P(war) and the defender's payoff under each kind of signal."""

    def __init__(self) -> None:
        self.figure, (self.war_ax, self.payoff_ax) = new_figure(
            1, 2, figsize=(9.0, 4.4), managed=False
        )
        colours = [COLORS["deterrence"], COLORS["abandonment"]]
        names = ["tying\nhands", "sinking\ncosts"]
        with style():
            self.war_bars = self.war_ax.bar(names, [0.0, 0.0], color=colours, width=0.6)
            self.payoff_bars = self.payoff_ax.bar(names, [0.0, 0.0], color=colours, width=0.6)
            self.war_labels = [
                self.war_ax.text(i, 0.0, "", ha="center", va="bottom", fontsize=12)
                for i in range(2)
            ]
            self.payoff_labels = [
                self.payoff_ax.text(i, 0.0, "", ha="center", va="bottom", fontsize=12)
                for i in range(2)
            ]
            self.war_ax.set_ylim(0.0, 1.1)
        finish_axes(self.war_ax, title="Risk of war", xlabel="Signal", ylabel="P(war), ex ante")
        finish_axes(
            self.payoff_ax, title="Defender's payoff", xlabel="Signal", ylabel="Expected payoff U_D"
        )

    def update(
        self,
        *,
        prior_high: float,
        high_value: float,
        low_value: float,
        war_cost: float,
        challenge_vs_fighter: float,
    ) -> str:
        game = model.CostlySignalGame(
            prior_high=prior_high,
            high_value=high_value,
            low_value=low_value,
            war_cost=war_cost,
            challenge_vs_fighter=challenge_vs_fighter,
        )
        comparison = game.compare()
        outcomes = (comparison.tying_hands, comparison.sinking_costs)
        for bar, label, outcome in zip(self.war_bars, self.war_labels, outcomes, strict=True):
            bar.set_height(outcome.war_probability)
            label.set_y(outcome.war_probability + 0.02)
            label.set_text(f"{outcome.war_probability:.3f}")
        top = max(o.defender_payoff for o in outcomes)
        for bar, label, outcome in zip(self.payoff_bars, self.payoff_labels, outcomes, strict=True):
            bar.set_height(outcome.defender_payoff)
            label.set_y(outcome.defender_payoff + 0.02 * top)
            label.set_text(f"{outcome.defender_payoff:.3f}")
        self.payoff_ax.set_ylim(0.0, 1.2 * top + 1e-9)
        return _costly_readout(comparison, low_value)


def _costly_readout(comparison: model.SignalComparison, low_value: float) -> str:
    tie, sink = comparison.tying_hands, comparison.sinking_costs
    threshold = comparison.pooling_threshold
    if tie.signallers == "both":
        who = (
            f"v_L = {low_value:.2f} &gt; g·c_D = {threshold:.3f}: <b>both types tie hands</b>, "
            f"with an audience cost of more than {tie.minimum_signal:.3f}; the pledge turns the "
            "low type into a real fighter, so war is more likely than with sunk costs."
        )
    else:
        who = (
            f"v_L = {low_value:.2f} ≤ g·c_D = {threshold:.3f}: <b>only the high type ties hands</b> "
            f"(audience cost at least {tie.minimum_signal:.3f}), and the war risk is the same as with sunk costs."
        )
    return (
        f"<p>{who}</p>"
        f"<p>Sinking costs: only the high type pays, at least m* = {sink.minimum_signal:.3f} "
        f"(and less than {sink.maximum_signal:.3f}). Nobody bluffs with either signal.</p>"
        "<table style='font-size:0.95em'><tr><th></th><th>tying hands</th><th>sinking costs</th></tr>"
        f"<tr><td>P(war)</td><td>{tie.war_probability:.3f}</td><td>{sink.war_probability:.3f}</td></tr>"
        f"<tr><td>U_D</td><td>{tie.defender_payoff:.3f}</td><td>{sink.defender_payoff:.3f}</td></tr>"
        "</table>"
    )


def costly_signals() -> Lab:
    """Compare tying hands with sinking costs (D5): who signals, the war risk and the payoff."""
    controls = {
        "prior_high": slider("Prior high resolve π", 0.5, 0.01, 0.99, 0.01),
        "high_value": slider("High type's value v_H", 2.0, 1.0, 4.0, 0.1),
        "low_value": slider("Low type's value v_L", 0.6, 0.0, 1.9, 0.05),
        "war_cost": slider("Defender's war cost c_D", 1.0, 0.2, 2.0, 0.05),
        "challenge_vs_fighter": slider("P(C challenges a fighter) g", 0.25, 0.01, 0.99, 0.01),
    }
    return Lab(
        "Costly signals: tying hands versus sinking costs",
        CostlySignalsView(),
        controls,
        instructions=(
            "Move the low type's value v_L across g·c_D: below it the two signals risk the same war, "
            "above it tying hands pays more but risks more. (v_L must stay below c_D, and v_H at or above it.)"
        ),
    )
