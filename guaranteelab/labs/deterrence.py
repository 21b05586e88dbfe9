"""Labs for notebooks 02 and 03: the credibility threshold and extended deterrence.

* ``credibility()`` draws the challenger's decision over every combination of
  the defender's capability and resolve: the region where deterrence holds,
  the threshold curve :math:`r^*(p)` and the learner's current point. The
  numbers come from :mod:`guaranteelab.deterrence.classical`.
* ``extended_deterrence()`` draws P(attack), P(war) and P(abandonment)
  against the guarantee's credibility :math:`q`, marks where war risk peaks
  and where the current parameters put :math:`q`. The numbers come from
  :mod:`guaranteelab.deterrence.extended`.

This module only draws.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.colors import ListedColormap, to_rgba
from matplotlib.patches import Patch

from guaranteelab.deterrence import classical, extended
from guaranteelab.labs._core import Lab, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["credibility", "extended_deterrence"]

_MAP_POINTS = 161
_CURVE_POINTS = 401
_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


def _finite_or_nan(values: np.ndarray) -> np.ndarray:
    """Hide thresholds that do not exist (inf) instead of drawing them."""
    values = np.asarray(values, dtype=float)
    return np.where(np.isfinite(values), values, np.nan)


def _digits_apart(x: float, ref: float) -> int:
    """Decimals (3 to 9) needed so that x and ref, if they differ beyond rounding, print differently."""
    for digits in range(3, 10):
        if round(x, digits) != round(ref, digits):
            return digits
    return 3


def _fmt_apart_from_one(x: float) -> str:
    """Three decimals, or more if needed so that a value other than 1 does not print as 1.000."""
    return f"{x:.{_digits_apart(x, 1.0)}f}"


class CredibilityView:
    """A capability × resolve map of deterrence, the threshold curve and the current point."""

    def __init__(self) -> None:
        self.capability = np.linspace(0.0, 1.0, _MAP_POINTS)
        self.resolve = np.linspace(0.0, 1.0, _MAP_POINTS)
        self._p, self._r = np.meshgrid(self.capability, self.resolve)
        self.figure, self.ax = new_figure(figsize=(6.6, 5.4), managed=False)
        attack = to_rgba(COLORS["war"], 0.35)
        deter = to_rgba(COLORS["deterrence"], 0.35)
        with style():
            self.image = self.ax.imshow(
                np.zeros_like(self._p),
                origin="lower",
                extent=(0.0, 1.0, 0.0, 1.0),
                cmap=ListedColormap([attack, deter]),
                vmin=0.0,
                vmax=1.0,
                interpolation="nearest",
                aspect="auto",
            )
            (self.threshold_line,) = self.ax.plot(
                self.capability,
                np.zeros_like(self.capability),
                color=COLORS["ink"],
                label="credibility threshold r*(p)",
            )
            self.point = self.ax.scatter(
                [0.5],
                [0.5],
                s=160,
                color=COLORS["highlight"],
                edgecolor=COLORS["ink"],
                linewidth=1.8,
                zorder=5,
                label="your defender",
                clip_on=False,
            )
            self.ax.set_xlim(0.0, 1.0)
            self.ax.set_ylim(0.0, 1.0)
            self.ax.set_xticks(_TICKS)
            self.ax.set_yticks(_TICKS)
            self.ax.grid(False)
            handles, _ = self.ax.get_legend_handles_labels()
            handles += [
                Patch(color=deter, label="deterred"),
                Patch(color=attack, label="challenger attacks"),
            ]
            self.ax.legend(
                handles=handles, loc="lower left", fontsize=10, framealpha=0.85, frameon=True
            )
        finish_axes(
            self.ax,
            title="Where deterrence holds: capability × resolve",
            xlabel="Defender's capability p (probability of winning)",
            ylabel="Defender's resolve r (probability of fighting)",
        )

    def update(
        self,
        *,
        gain: float,
        war_cost: float,
        capability: float,
        resolve: float,
        status_quo_value: float,
    ) -> str:
        model = classical.ClassicalDeterrence(
            gain=gain,
            war_cost=war_cost,
            capability=capability,
            resolve=resolve,
            status_quo_value=status_quo_value,
        )
        outcome = model.solve()
        deterred = classical.is_deterred(gain, war_cost, self._p, self._r, status_quo_value)
        self.image.set_data(deterred.astype(float))
        curve = classical.credibility_threshold(gain, war_cost, self.capability, status_quo_value)
        self.threshold_line.set_ydata(_finite_or_nan(curve))
        self.point.set_offsets([[capability, resolve]])
        share = float(np.mean(deterred))
        return _credibility_readout(outcome, resolve, share)


def _credibility_readout(outcome: classical.DeterrenceOutcome, resolve: float, share: float) -> str:
    verdict = (
        "<b style='color:#0072B2'>Deterrence holds</b>: attacking is worth no more than the status quo."
        if outcome.deterred
        else "<b style='color:#D55E00'>The challenger attacks</b>: attacking beats the status quo."
    )
    if math.isinf(outcome.threshold):
        need = "No resolve is enough: with no capability and a costless war, the threat carries no weight."
    elif outcome.capable_threat:
        # enough decimals that an r* just above the current resolve does not print as equal to it
        need = (
            "Deterrence needs resolve of at least "
            f"r* = {outcome.threshold:.{_digits_apart(outcome.threshold, resolve)}f}."
        )
    else:
        need = (
            f"r* = {_fmt_apart_from_one(outcome.threshold)} exceeds 1: the threat is not "
            "<i>capable</i>, so no degree of resolve deters."
        )
    digits = _digits_apart(outcome.attack_payoff, outcome.status_quo_value)
    return (
        f"<p>{verdict}</p>"
        f"<p>Attack payoff {outcome.attack_payoff:.{digits}f} against status quo "
        f"{outcome.status_quo_value:.{digits}f}. {need}</p>"
        f"<p>Product form: r × (pB + c)/(B − σ) = {resolve:.2f} × (threat's weight) = "
        f"<b>{_fmt_apart_from_one(outcome.index)}</b>; deterrence holds iff it is at least 1.</p>"
        f"<p>At these B, c and σ, deterrence holds on {share:.0%} of the capability × resolve map.</p>"
    )


def credibility() -> Lab:
    """Explore the credibility threshold and why capability and resolve multiply."""
    controls = {
        "gain": slider("Challenger's gain B", 1.0, 0.1, 5.0, 0.1),
        "war_cost": slider("Challenger's war cost c", 0.5, 0.0, 5.0, 0.05),
        "capability": slider("Defender's capability p", 0.5, 0.0, 1.0, 0.01),
        "resolve": slider("Defender's resolve r", 0.6, 0.0, 1.0, 0.01),
        "status_quo_value": slider("Status-quo value σ", 0.0, 0.0, 4.9, 0.1),
    }
    return Lab(
        "The credibility threshold",
        CredibilityView(),
        controls,
        instructions=(
            "Set resolve to 0 and raise capability as far as it goes: does the point ever turn blue? "
            "Then raise the challenger's war cost and watch the threshold curve fall."
        ),
    )


class ExtendedDeterrenceView:
    """War, attack and abandonment risk against the guarantee's credibility q."""

    def __init__(self) -> None:
        self.q = np.linspace(0.0, 1.0, _CURVE_POINTS)
        self.figure, self.ax = new_figure(figsize=(7.8, 5.0), managed=False)
        with style():
            (self.attack_line,) = self.ax.plot(
                self.q, np.zeros_like(self.q), color=COLORS["challenger"], label="P(attack)"
            )
            (self.war_line,) = self.ax.plot(
                self.q, np.zeros_like(self.q), color=COLORS["war"], lw=3.5, label="P(war)"
            )
            (self.abandon_line,) = self.ax.plot(
                self.q,
                np.zeros_like(self.q),
                color=COLORS["abandonment"],
                ls="--",
                label="P(abandonment)",
            )
            self.current_line = self.ax.axvline(0.5, color=COLORS["neutral"], lw=1.5, ls=":")
            self.peak = self.ax.scatter(
                [0.5], [0.0], s=140, marker="v", color=COLORS["war"], edgecolor=COLORS["ink"],
                zorder=6, label="war risk peaks", clip_on=False,
            )  # fmt: skip
            self.current = self.ax.scatter(
                [0.5, 0.5], [0.0, 0.0], s=150, color=COLORS["highlight"],
                edgecolor=COLORS["ink"], linewidth=1.8, zorder=7, label="your guarantee", clip_on=False,
            )  # fmt: skip
            self.ax.set_xlim(0.0, 1.0)
            self.ax.set_ylim(0.0, 1.05)
            self.ax.set_xticks(_TICKS)
            self.ax.set_yticks(_TICKS)
            self.ax.legend(loc="upper right", fontsize=10)
        finish_axes(
            self.ax,
            title="Extended deterrence: risk against credibility",
            xlabel="Credibility q (probability the guarantor intervenes)",
            ylabel="Probability",
        )

    def update(
        self,
        *,
        stake: float,
        max_war_cost: float,
        reneging_cost: float,
        capability: float,
        challenger_cost: float,
    ) -> str:
        model = extended.ExtendedDeterrence(
            stake=stake,
            reneging_cost=reneging_cost,
            capability=capability,
            max_war_cost=max_war_cost,
            challenger_cost=challenger_cost,
        )
        outcome = model.solve()
        self.attack_line.set_ydata(extended.attack_probability(self.q, capability, challenger_cost))
        self.war_line.set_ydata(extended.war_probability(self.q, capability, challenger_cost))
        self.abandon_line.set_ydata(
            extended.abandonment_probability(self.q, capability, challenger_cost)
        )
        peak_q = extended.most_war_prone_credibility(capability, challenger_cost)
        peak_war = extended.war_probability(peak_q, capability, challenger_cost)
        self.peak.set_offsets([[peak_q, peak_war]])
        q = outcome.honour_probability
        self.current_line.set_xdata([q, q])
        self.current.set_offsets([[q, outcome.war_probability], [q, outcome.attack_probability]])
        return _extended_readout(outcome, peak_q, peak_war)


def _extended_readout(
    outcome: extended.ExtendedDeterrenceOutcome, peak_q: float, peak_war: float
) -> str:
    q_m = _fmt_apart_from_one(outcome.war_risk_peak)
    shape = (
        f"War risk is <b>hump-shaped</b>: it peaks at a partly credible guarantee, q<sub>m</sub> = {q_m}."
        if outcome.hump_shaped
        else f"War risk <b>rises all the way to q = 1</b> (q<sub>m</sub> = {q_m} ≥ 1): here full credibility is the most war-prone."
    )
    if math.isinf(outcome.attack_threshold):
        who = (
            "no threshold exists (θ* = ∞): with certain help and a coalition sure to win, "
            "no gain makes an attack pay, so no challenger attacks"
        )
    elif outcome.attack_probability == 0.0:
        # P(attack) = 1 − min{1, θ*} is 0 exactly when θ* ≥ 1
        who = (
            f"θ* = {outcome.attack_threshold:.3f}, and no possible gain (at most 1) exceeds it: "
            "no challenger attacks"
        )
    else:
        who = f"challengers with a gain above θ* = {outcome.attack_threshold:.3f} attack"
    return (
        f"<p>The guarantor honours its promise with probability <b>q = {outcome.honour_probability:.3f}</b>; "
        f"{who}.</p>"
        f"<p>P(attack) = <b>{outcome.attack_probability:.3f}</b>, "
        f"P(war) = <b style='color:#D55E00'>{outcome.war_probability:.3f}</b>, "
        f"P(abandonment) = <b style='color:#E69F00'>{outcome.abandonment_probability:.3f}</b>.</p>"
        f"<p>{shape} Highest war risk on [0, 1]: {peak_war:.3f} at q = {_fmt_apart_from_one(peak_q)}.</p>"
    )


def extended_deterrence() -> Lab:
    """Explore how the guarantor's stake, costs and tripwires move war and abandonment risk."""
    controls = {
        "stake": slider("Guarantor's stake v", 1.0, 0.0, 5.0, 0.1),
        "max_war_cost": slider("Guarantor's war-cost bound K̄", 2.0, 0.1, 10.0, 0.1),
        "reneging_cost": slider("Cost of reneging a", 0.2, 0.0, 5.0, 0.1),
        "capability": slider("Coalition's capability p", 0.5, 0.0, 1.0, 0.01),
        "challenger_cost": slider("Challenger's war cost c_C", 0.5, 0.05, 3.0, 0.05),
    }
    return Lab(
        "Extended deterrence: attack, war and abandonment",
        ExtendedDeterrenceView(),
        controls,
        instructions=(
            "Raise the cost of reneging a (a tripwire force) and follow the yellow points along the "
            "curves: does war become more or less likely before deterrence finally holds?"
        ),
    )
