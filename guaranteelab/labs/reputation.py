"""Lab for notebook 06: a guarantor's record, crisis by crisis.

``crisis_history()`` lets a learner play out a sequence of crises in which the
guarantor honours its commitment except where the learner makes it back down,
and draws the challenger's belief :math:`\\mu_t` that the guarantor is
resolute and its credibility :math:`q_t` against the deterrence threshold
:math:`q^*`. The numbers come from :class:`guaranteelab.reputation.Reputation`.

The history is set with sliders, not typed: how many crises to show, and at
which crisis (if any) the guarantor abandons its protégé, once or twice.
This module only draws.
"""

from __future__ import annotations

import math

import numpy as np

from guaranteelab import reputation
from guaranteelab.labs._core import Lab, int_slider, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["crisis_history"]

MAX_CRISES = 12


def history_string(crises: int, abandon_at: int, abandon_again_at: int) -> str:
    """The history the sliders describe: ``crises`` outcomes, H except at the chosen crises.

    A position of 0, or beyond the last crisis shown, means "no abandonment".

    >>> history_string(5, 2, 0)
    'HAHHH'
    >>> history_string(3, 3, 1)
    'AHA'
    """
    marks = ["H"] * crises
    for position in (abandon_at, abandon_again_at):
        if 1 <= position <= crises:
            marks[position - 1] = "A"
    return "".join(marks)


class CrisisHistoryView:
    """Belief and credibility after each crisis, with the deterrence threshold."""

    def __init__(self) -> None:
        self.figure, self.ax = new_figure(figsize=(8.0, 4.8), managed=False)
        empty = np.empty((0, 2))
        with style():
            (self.belief_line,) = self.ax.plot(
                [], [], color=COLORS["signal"], ls="--", marker="o", ms=5,
                label="belief μ (resolute)",
            )  # fmt: skip
            (self.cred_line,) = self.ax.plot(
                [], [], color=COLORS["deterrence"], label="credibility q"
            )
            (self.threshold_line,) = self.ax.plot(
                [0, MAX_CRISES], [0.5, 0.5], color=COLORS["neutral"], ls=":", lw=2,
                label="threshold q*",
            )  # fmt: skip
            self.honoured = self.ax.scatter(
                empty[:, 0], empty[:, 1], s=110, marker="o", color=COLORS["deterrence"],
                edgecolor=COLORS["ink"], zorder=5, label="honoured (H)",
            )  # fmt: skip
            self.abandoned = self.ax.scatter(
                empty[:, 0], empty[:, 1], s=150, marker="X", color=COLORS["abandonment"],
                edgecolor=COLORS["ink"], zorder=6, label="abandoned (A)",
            )  # fmt: skip
            self.note = self.ax.text(0.02, 0.03, "", transform=self.ax.transAxes, fontsize=11)
            self.ax.set_xlim(-0.3, MAX_CRISES + 0.3)
            self.ax.set_ylim(-0.03, 1.03)
            self.ax.set_xticks(range(MAX_CRISES + 1))
            self.ax.legend(loc="lower right", fontsize=9, ncol=2)
        finish_axes(
            self.ax,
            title="A guarantor's record and its credibility",
            xlabel="Crises so far",
            ylabel="Probability",
        )

    def update(
        self,
        *,
        prior: float,
        honour_resolute: float,
        honour_irresolute: float,
        threshold: float,
        crises: int,
        abandon_at: int,
        abandon_again_at: int,
    ) -> str:
        model = reputation.Reputation(
            prior=prior,
            honour_resolute=honour_resolute,
            honour_irresolute=honour_irresolute,
            threshold=threshold,
        )
        outcomes = history_string(crises, abandon_at, abandon_again_at)
        path = model.history(outcomes)
        t = np.arange(len(outcomes) + 1)
        self.belief_line.set_data(t, path.beliefs)
        self.cred_line.set_data(t, path.credibility)
        self.threshold_line.set_ydata([threshold, threshold])
        marks = np.array([c == "H" for c in outcomes], dtype=bool)
        after = np.column_stack([t[1:], path.credibility[1:]])
        self.honoured.set_offsets(after[marks] if marks.any() else np.empty((0, 2)))
        self.abandoned.set_offsets(after[~marks] if (~marks).any() else np.empty((0, 2)))
        deterred = bool(path.deterred[-1])
        self.note.set_text("deterrence holds now" if deterred else "deterrence fails now")
        self.note.set_color(COLORS["deterrence"] if deterred else COLORS["war"])
        # n* after the history, from its log-odds (so a belief that has rounded to 1 is not
        # mistaken for certainty) and by the same rule as the verdict above.
        needed = float(path.honours_needed[-1])
        return _readout(outcomes, path, needed, honour_resolute, honour_irresolute, threshold)


def _readout(
    outcomes: str,
    path: reputation.ReputationHistory,
    needed: float,
    h_r: float,
    h_i: float,
    threshold: float,
) -> str:
    mu, q = float(path.beliefs[-1]), float(path.credibility[-1])
    shown = outcomes or "(no crises yet)"
    verdict = (
        "<b style='color:#0072B2'>Deterrence holds</b>"
        if path.deterred[-1]
        else "<b style='color:#D55E00'>Deterrence fails</b>"
    )
    if math.isinf(needed):
        restore = "No run of honoured commitments can restore deterrence " + (
            "(the challenger is certain the guarantor is irresolute)."
            if mu == 0.0
            else "(the threshold is above what even a resolute guarantor delivers)."
            if threshold > h_r and not math.isclose(threshold, h_r, abs_tol=1e-12)
            else "(the belief approaches but never reaches certainty)."
        )
    elif needed == 0:
        restore = "No further honours are needed."
    else:
        restore = f"Honours needed to restore deterrence: <b>{needed:.0f}</b>."
    fatal = ""
    if h_r == 1.0 and "A" in outcomes:
        fatal = (
            " <i>Resolute guarantors never back down here (h_R = 1), so one abandonment proved "
            f"this one irresolute: μ = 0 for ever and q = h_I = {h_i:.2f}.</i>"
        )
    return (
        f"<p>History: <code>{shown}</code>. Belief μ = {mu:.3f}, credibility q = {q:.3f} against "
        f"q* = {threshold:.2f}: {verdict}.</p><p>{restore}{fatal}</p>"
    )


def crisis_history() -> Lab:
    """Play out a guarantor's record and watch its credibility rise and fall."""
    controls = {
        "prior": slider("Prior belief μ₀ (resolute)", 0.5, 0.05, 0.95, 0.05),
        "honour_resolute": slider("Resolute type honours h_R", 0.9, 0.0, 1.0, 0.05),
        "honour_irresolute": slider("Irresolute type honours h_I", 0.4, 0.0, 1.0, 0.05),
        "threshold": slider("Deterrence threshold q*", 0.7, 0.0, 1.0, 0.05),
        "crises": int_slider("Crises shown", 6, 0, MAX_CRISES),
        "abandon_at": int_slider("Abandon at crisis (0 = never)", 0, 0, MAX_CRISES),
        "abandon_again_at": int_slider("Abandon again at (0 = never)", 0, 0, MAX_CRISES),
    }
    return Lab(
        "Reputation across crises",
        CrisisHistoryView(),
        controls,
        instructions=(
            "Make the guarantor abandon at crisis 3, then count the honours it takes to climb back "
            "over the threshold. Now set h_R = 1 and try again."
        ),
    )
