"""Labs for notebook 05: the risk window and the contest in risk-taking.

* ``risk_window()`` draws the defender's expected payoff against the risk
  :math:`q` its threat carries, the payoff of acquiescing, and the window of
  risks that are both effective and acceptable. The numbers come from
  :class:`guaranteelab.deterrence.brinkmanship.Brinkmanship`.
* ``risk_contest()`` draws the equilibrium quitting time :math:`T(x)` and
  plays one simulated contest (a seed slider draws a new one). The numbers
  come from :class:`guaranteelab.deterrence.brinkmanship.RiskContest`.

This module only draws.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.patches import Rectangle

from guaranteelab.deterrence import brinkmanship as bk
from guaranteelab.labs._core import Lab, int_slider, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["risk_contest", "risk_window"]

_CURVE_POINTS = 401


def _fmt(x: float) -> str:
    return "∞ (no limit)" if math.isinf(x) else f"{x:.3f}"


class RiskWindowView:
    """The defender's payoff from a threat of risk q, with the workable window shaded."""

    def __init__(self) -> None:
        self.q = np.linspace(0.0, 1.0, _CURVE_POINTS)
        self.figure, self.ax = new_figure(figsize=(7.4, 4.8), managed=False)
        with style():
            self.window = Rectangle(
                (0.0, 0.0),
                0.0,
                1.0,
                transform=self.ax.get_xaxis_transform(),
                color=COLORS["deterrence"],
                alpha=0.15,
                label="workable window",
            )
            self.ax.add_patch(self.window)
            (self.threat_line,) = self.ax.plot(
                self.q,
                np.zeros_like(self.q),
                color=COLORS["deterrence"],
                label="threat with risk q",
            )
            (self.acquiesce_line,) = self.ax.plot(
                [0.0, 1.0], [0.0, 0.0], color=COLORS["abandonment"], ls="--", label="acquiesce (−L)"
            )
            self.min_line = self.ax.axvline(0.0, color=COLORS["ink"], lw=1.5, ls=":")
            self.max_line = self.ax.axvline(1.0, color=COLORS["war"], lw=1.5, ls=":")
            self.min_label = self.ax.text(0.0, 0.97, " q_min", transform=self.ax.get_xaxis_transform(), ha="left", va="top", fontsize=11)  # fmt: skip
            self.max_label = self.ax.text(1.0, 0.90, " q_max", transform=self.ax.get_xaxis_transform(), ha="left", va="top", fontsize=11, color=COLORS["war"])  # fmt: skip
            self.choice = self.ax.scatter(
                [0.0], [0.0], s=160, color=COLORS["highlight"], edgecolor=COLORS["ink"],
                linewidth=1.8, zorder=6, label="D's choice",
            )  # fmt: skip
            self.ax.set_xlim(0.0, 1.0)
            self.ax.legend(loc="lower left", fontsize=10)
        finish_axes(
            self.ax,
            title="The threat that leaves something to chance",
            xlabel="Risk of war the threat carries, q",
            ylabel="Defender's expected payoff",
        )

    def update(
        self,
        *,
        hard_probability: float,
        challenger_gain: float,
        challenger_war_cost: float,
        defender_loss: float,
        defender_war_cost: float,
    ) -> str:
        model = bk.Brinkmanship(
            hard_probability=hard_probability,
            challenger_gain=challenger_gain,
            challenger_war_cost=challenger_war_cost,
            defender_loss=defender_loss,
            defender_war_cost=defender_war_cost,
        )
        sol = model.solve()
        payoff = np.asarray(model.threat_payoff(self.q))
        self.threat_line.set_ydata(payoff)
        self.acquiesce_line.set_ydata([-defender_loss, -defender_loss])
        top = min(1.0, sol.maximum_risk)
        self.window.set_x(sol.minimum_risk)
        self.window.set_width(max(0.0, top - sol.minimum_risk) if sol.window_exists else 0.0)
        self.min_line.set_xdata([sol.minimum_risk, sol.minimum_risk])
        self.min_label.set_x(sol.minimum_risk)
        shows_max = sol.maximum_risk <= 1.0
        self.max_line.set_visible(shows_max)
        self.max_label.set_visible(shows_max)
        if shows_max:
            self.max_line.set_xdata([sol.maximum_risk, sol.maximum_risk])
            self.max_label.set_x(sol.maximum_risk)
        self.choice.set_offsets([[sol.chosen_risk, sol.defender_payoff]])
        self.ax.set_ylim(-1.05 * defender_war_cost, 0.05 * defender_war_cost)
        return _window_readout(sol, hard_probability, defender_loss, defender_war_cost)


def _window_readout(sol: bk.RiskWindow, h: float, loss: float, war: float) -> str:
    if sol.window_exists:
        verdict = (
            f"<b style='color:#0072B2'>A workable threat exists</b>: D threatens with the smallest "
            f"effective risk q = {sol.chosen_risk:.3f}; war breaks out with probability "
            f"h·q = {sol.war_probability:.3f}."
        )
    else:
        verdict = (
            "<b style='color:#E69F00'>No workable threat</b>: every risk that would make the soft "
            "challenger comply is too dangerous for D, so D acquiesces."
        )
    if sol.brinkmanship_needed:
        kind = (
            f"A pure threat (q = 1) is <b>too dangerous</b> (h = {h:.2f} > L/W_D = {loss / war:.3f}), "
            "but a partial risk works: this is where brinkmanship earns its keep."
        )
    elif sol.pure_threat_acceptable:
        kind = f"Even a pure threat (q = 1) would be acceptable: h = {h:.2f} ≤ L/W_D = {loss / war:.3f}."
    else:
        kind = "Neither a pure nor a partial threat is acceptable."
    return (
        f"<p>{verdict}</p><p>Effective from q_min = {sol.minimum_risk:.3f}; acceptable up to "
        f"q_max = {_fmt(sol.maximum_risk)}. D's payoff {sol.defender_payoff:.3f} against "
        f"{-loss:.3f} for acquiescing.</p><p>{kind}</p>"
    )


def risk_window() -> Lab:
    """Explore when a threat that carries only a risk of war is both effective and acceptable."""
    controls = {
        "hard_probability": slider("Share of hard challengers h", 0.5, 0.0, 1.0, 0.01),
        "challenger_gain": slider("Challenger's gain G", 1.0, 0.1, 5.0, 0.1),
        "challenger_war_cost": slider("Challenger's war cost W_C", 3.0, 0.1, 10.0, 0.1),
        "defender_loss": slider("Defender's loss if it yields L", 2.0, 0.1, 5.0, 0.1),
        "defender_war_cost": slider("Defender's war cost W_D", 6.0, 0.2, 20.0, 0.1),
    }
    return Lab(
        "The risk window",
        RiskWindowView(),
        controls,
        instructions=(
            "Raise h until a pure threat (q = 1) is no longer acceptable: is there still a window? "
            "Then raise the challenger's war cost W_C and watch q_min fall."
        ),
    )


class RiskContestView:
    """Left: the quitting-time curve T(x). Right: one simulated contest on a time line."""

    def __init__(self) -> None:
        self.share = np.linspace(0.0, 0.995, _CURVE_POINTS)
        self.figure, (self.ax, self.ax_play) = new_figure(1, 2, figsize=(10.5, 4.6), managed=False)
        with style():
            (self.curve,) = self.ax.plot(
                self.share, np.zeros_like(self.share), color=COLORS["deterrence"], label="T(x)"
            )
            self.states = self.ax.scatter(
                [0.0, 0.0], [0.0, 0.0], s=150, color=[COLORS["protege"], COLORS["challenger"]],
                edgecolor=COLORS["ink"], zorder=6, label="this draw",
            )  # fmt: skip
            self.ax.legend(loc="upper left", fontsize=10)
            self.bars = self.ax_play.barh(
                [1, 0], [0.0, 0.0], height=0.5, color=[COLORS["protege"], COLORS["challenger"]]
            )
            self.end_line = self.ax_play.axvline(
                0.0, color=COLORS["ink"], lw=2.0, ls=":", label="crisis ends"
            )
            self.disaster_line = self.ax_play.axvline(
                0.0, color=COLORS["war"], lw=3.0, label="disaster clock"
            )
            self.ax_play.set_yticks([1, 0], ["state A", "state B"])
            self.ax_play.set_ylim(-0.6, 1.9)
            self.ax_play.legend(loc="upper right", fontsize=10, ncol=2)
            self.ax_play.grid(axis="y", visible=False)
        finish_axes(
            self.ax,
            title="When each type backs down",
            xlabel="Type x = v/d (prize relative to disaster)",
            ylabel="Quitting time T(x)",
        )
        finish_axes(
            self.ax_play,
            title="One simulated contest",
            xlabel="Time",
            ylabel="How long each state would stand firm",
        )

    def update(self, *, upper: float, hazard: float, seed: int) -> str:
        contest = bk.RiskContest(upper=upper, hazard=hazard)
        x = self.share * upper
        times = np.asarray(contest.quitting_time(x))
        self.curve.set_data(x, times)
        self.ax.set_xlim(0.0, upper)
        self.ax.set_ylim(0.0, 1.05 * float(times[-1]))
        draw = contest.simulate(1, seed=seed)
        types = draw.types[0]
        quit_at = draw.quitting_times[0]
        self.states.set_offsets(np.column_stack([types, np.minimum(quit_at, 1.05 * times[-1])]))
        for bar, width in zip(self.bars, quit_at, strict=True):
            bar.set_width(width)
        end = float(draw.end_time[0])
        clock = float(draw.disaster_times[0])
        self.end_line.set_xdata([end, end])
        self.disaster_line.set_xdata([clock, clock])
        self.ax_play.set_xlim(
            0.0, 1.25 * max(float(quit_at.min()), min(clock, float(quit_at.max())), 1e-3)
        )
        sol = contest.solve()
        given = float(bk.disaster_probability_given_types(types[0], types[1], upper, hazard))
        return _contest_readout(draw, sol, given, upper, hazard)


def _contest_readout(
    draw: bk.ContestSimulation, sol: bk.ContestSolution, given: float, upper: float, hazard: float
) -> str:
    names = ("A", "B")
    a, b = draw.types[0]
    if draw.disaster[0]:
        what = (
            f"<b style='color:#D55E00'>Disaster</b> struck at t = {draw.disaster_times[0]:.3f}, "
            f"before the less resolute state would have backed down (t = {draw.quitting_times[0].min():.3f})."
        )
    else:
        winner = names[int(draw.winner[0])]
        loser = names[1 - int(draw.winner[0])]
        what = (
            f"State {loser} backed down at t = {draw.end_time[0]:.3f}; "
            f"<b style='color:#0072B2'>state {winner} prevailed</b> (the more resolute one, as always here)."
        )
    return (
        f"<p>Types: A x = {a:.3f} (resolve ρ = {bk.risk_tolerance(a):.2f}), "
        f"B x = {b:.3f} (ρ = {bk.risk_tolerance(b):.2f}). {what}</p>"
        f"<p>With these two types, P(disaster) = {given:.3f}. Before the types are drawn, "
        f"<b>P(disaster) = {sol.disaster_probability:.4f}</b> for X = {upper:.2f}, whatever the "
        f"speed λ = {hazard:.2f}. A crisis lasts {sol.expected_duration:.3f} on average (the weaker "
        f"state would back down at {sol.planned_quitting_time:.3f} on average if disaster did not "
        "strike first).</p>"
    )


def risk_contest() -> Lab:
    """Explore a contest in risk-taking: who backs down, when, and how often disaster strikes."""
    controls = {
        "upper": slider("Largest type X", 1.0, 0.2, 5.0, 0.1),
        "hazard": slider("Speed of escalation λ", 1.0, 0.1, 5.0, 0.1),
        "seed": int_slider("New draw (seed)", 0, 0, 99),
    }
    return Lab(
        "A contest in risk-taking",
        RiskContestView(),
        controls,
        instructions=(
            "Change the speed λ: the times shrink or stretch, but does P(disaster) move? "
            "Then raise X and draw new contests with the seed slider."
        ),
    )
