"""Labs for notebooks 07 and 08: burden sharing, emboldenment and commitment design.

* :func:`burden_sharing` (M1): allies of unequal size share the cost of a
  common defence; watch who pays and how far the total falls short of the
  efficient level as the alliance grows.
* :func:`emboldenment` (M2): the guarantor's support makes a protégé ask for
  more; separate insurance against the costs of war from capability.
* :func:`commitment_design` (M3): the window of ambiguous commitments that
  keeps the peace, what clarity or silence would do instead, and the
  conditional commitment that needs the guarantor to see provocations.

Every number shown comes from :mod:`guaranteelab.moral_hazard`; this module
only draws.
"""

from __future__ import annotations

import math

import numpy as np

from guaranteelab import moral_hazard as mh
from guaranteelab.labs._core import Lab, int_slider, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["burden_sharing", "commitment_design", "emboldenment"]

_MAX_ALLIES = 30
_H_STEP = 0.01  # step of the ambiguous-commitment slider h
_TOTAL_INCOME = 100.0


def _fmt3(x: float) -> str:
    """Three significant figures, keeping trailing zeros (0.500, 0.333)."""
    return "∞" if math.isinf(x) else f"{x:#.3g}"


class BurdenSharingView:
    """Left: each ally's income and defence; right: Nash and Pareto totals by alliance size."""

    def __init__(self) -> None:
        self.figure, (self.ax_allies, self.ax_size) = new_figure(
            1, 2, figsize=(11.0, 4.6), managed=False
        )
        ranks = np.arange(1, _MAX_ALLIES + 1)
        sizes = np.arange(1, _MAX_ALLIES + 1)
        with style():
            self.income_bars = self.ax_allies.bar(
                ranks, np.zeros(_MAX_ALLIES), width=0.8, fill=False,
                edgecolor=COLORS["neutral"], linewidth=1.5, label="income",
            )  # fmt: skip
            self.defence_bars = self.ax_allies.bar(
                ranks, np.zeros(_MAX_ALLIES), width=0.8, color=COLORS["deterrence"],
                label="defence spending",
            )  # fmt: skip
            self.ax_allies.legend(loc="upper right")
            (self.nash_line,) = self.ax_size.plot(
                sizes, np.zeros(_MAX_ALLIES), color=COLORS["deterrence"], label="Nash total"
            )
            (self.pareto_line,) = self.ax_size.plot(
                sizes, np.zeros(_MAX_ALLIES), color=COLORS["protege"], ls="--",
                label="Pareto-efficient total",
            )  # fmt: skip
            (self.marker,) = self.ax_size.plot(
                [1], [0], "o", color=COLORS["highlight"], markeredgecolor=COLORS["ink"],
                markersize=12, label="this alliance",
            )  # fmt: skip
            self.ax_size.legend(loc="center right")
        self.ax_allies.set_xlim(0.4, _MAX_ALLIES + 0.6)
        self.ax_size.set_xlim(0.5, _MAX_ALLIES + 0.5)
        self.ax_size.set_ylim(0, _TOTAL_INCOME)
        finish_axes(
            self.ax_allies,
            title="Who pays for the common defence",
            xlabel="Ally, largest first",
            ylabel="Income and defence",
        )
        finish_axes(
            self.ax_size,
            title="Under-provision grows with the alliance",
            xlabel="Number of allies (same total income)",
            ylabel="Total defence",
        )

    def update(self, *, n_allies: int, inequality: float, alpha: float) -> str:
        incomes = mh.ranked_incomes(n_allies, inequality, total=_TOTAL_INCOME)
        alliance = mh.PublicGoodAlliance(tuple(incomes), alpha)
        eq = alliance.solve()
        for i, (income_bar, defence_bar) in enumerate(
            zip(self.income_bars, self.defence_bars, strict=True)
        ):
            shown = i < n_allies
            income_bar.set_visible(shown)
            defence_bar.set_visible(shown)
            if shown:
                income_bar.set_height(incomes[i])
                defence_bar.set_height(eq.contributions[i])
        self.ax_allies.set_xlim(0.4, n_allies + 0.6)
        self.ax_allies.set_ylim(0, incomes[0] * 1.1)
        totals = [
            mh.nash_total_defence(mh.ranked_incomes(k, inequality, total=_TOTAL_INCOME), alpha)
            for k in range(1, _MAX_ALLIES + 1)
        ]
        self.nash_line.set_ydata(totals)
        self.pareto_line.set_ydata(np.full(_MAX_ALLIES, eq.pareto_total))
        self.marker.set_data([n_allies], [eq.total])
        top = eq.contributions[0]
        return (
            f"<p><b>Nash total</b> {eq.total:.1f} against a <b>Pareto-efficient</b> "
            f"{eq.pareto_total:.1f}: the alliance provides <b>{eq.efficiency:.0%}</b> of the "
            f"efficient level. <b>{len(eq.contributors)}</b> of {n_allies} allies spend anything.</p>"
            f"<p>The largest ally has {incomes[0] / _TOTAL_INCOME:.0%} of the income and pays "
            f"{top / eq.total:.0%} of the defence (a burden of {eq.burdens[0]:.0%} of its "
            f"income); the smallest pays {eq.burdens[-1]:.0%} of its income.</p>"
        )


def burden_sharing() -> Lab:
    """Allies of unequal size providing a common defence (M1, after Olson and Zeckhauser 1966)."""
    controls = {
        "n_allies": int_slider("Number of allies", 5, 2, _MAX_ALLIES),
        "inequality": slider("Income inequality", 1.0, 0.0, 2.0, 0.05),
        "alpha": slider("Taste for defence α", 0.3, 0.05, 0.95, 0.05),
    }
    return Lab(
        "Burden sharing: the exploitation of the large by the small",
        BurdenSharingView(),
        controls,
        instructions=(
            "Set inequality to 0 (equal allies), then raise it: who stops paying? "
            "Add allies and watch the gap to the Pareto-efficient total widen."
        ),
    )


class EmboldenmentView:
    """Demand, win probability, war risk and exposure as the guarantor's support grows."""

    def __init__(self) -> None:
        self.grid = np.linspace(0.0, 1.0, 201)
        self.figure, self.ax = new_figure(figsize=(9.0, 4.8), managed=False)
        blank = np.zeros_like(self.grid)
        with style():
            (self.demand,) = self.ax.plot(
                self.grid, blank, color=COLORS["protege"], label="protégé's demand y*"
            )
            (self.win,) = self.ax.plot(
                self.grid, blank, color=COLORS["protege"], ls=":", label="chance of winning p(h)"
            )
            (self.war,) = self.ax.plot(
                self.grid, blank, color=COLORS["war"], label="probability of war"
            )
            (self.exposure,) = self.ax.plot(
                self.grid, blank, color=COLORS["deterrence"], ls="--",
                label="guarantor's exposure h·P(war)",
            )  # fmt: skip
            self.cursor = self.ax.axvline(0.5, color=COLORS["neutral"], lw=1.5)
            (self.points,) = self.ax.plot(
                [0.5] * 4, [0.0] * 4, "o", color=COLORS["highlight"],
                markeredgecolor=COLORS["ink"], markersize=10,
            )  # fmt: skip
            self.ax.legend(loc="upper left", fontsize=10)
        self.ax.set_xlim(0, 1)
        self.ax.set_ylim(0, 1.02)
        finish_axes(
            self.ax,
            title="Emboldenment: support, demands and the risk of war",
            xlabel="Guarantor's support h",
            ylabel="Share of the good / probability",
        )

    def update(
        self,
        *,
        support: float,
        base_win: float,
        capability: float,
        base_cost: float,
        insurance: float,
        rival_cost_max: float,
    ) -> str:
        model = mh.EmboldenmentModel(base_win, capability, base_cost, insurance, rival_cost_max)
        args = (base_win, capability, base_cost, insurance, rival_cost_max)
        p = mh.win_probability(self.grid, base_win, capability)
        cost = mh.protege_war_cost(self.grid, base_cost, insurance)
        self.demand.set_ydata(mh.optimal_demand(p, cost, rival_cost_max))
        self.win.set_ydata(p)
        self.war.set_ydata(mh.war_probability(self.grid, *args))
        self.exposure.set_ydata(mh.entanglement_exposure(self.grid, *args))
        out = model.solve(support)
        self.cursor.set_xdata([support, support])
        self.points.set_data(
            [support] * 4, [out.demand, out.win, out.war_probability, out.exposure]
        )
        at_zero = model.solve(0.0)
        war = np.asarray(self.war.get_ydata())
        regimes = mh.demand_regime(self.grid, *args)
        return (
            f"<p>At support h = {support:.2f} the protégé demands <b>{out.demand:.2f}</b> "
            f"(wins a war with probability {out.win:.2f}, pays a war cost of "
            f"{out.protege_cost:.2f}). The rival fights with probability "
            f"<b>{out.war_probability:.2f}</b> (without support: {at_zero.war_probability:.2f}); "
            f"the guarantor's exposure is <b>{out.exposure:.2f}</b>.</p>"
            f"<p>As support grows from 0 to 1, the risk of war {_trend(self.grid, war)}."
            f"{_corner_onset(self.grid, regimes)}</p>"
            f"<p>{_regime_text(out, insurance, rival_cost_max)}</p>"
        )


def _trend(grid: np.ndarray, values: np.ndarray) -> str:
    """Describe a line drawn over ``grid`` in words: where it stays, rises and falls."""
    steps = np.diff(values)
    kinds = np.where(steps > 1e-9, "rises", np.where(steps < -1e-9, "falls", "stays"))
    runs: list[tuple[str, int, int]] = []  # (kind, first point, last point)
    for i, kind in enumerate(kinds):
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1], i + 1)
        else:
            runs.append((kind, i, i + 1))
    if len(runs) == 1 and runs[0][0] == "stays":
        return f"stays at {values[0]:.3f} whatever the support"
    parts = []
    for n, (kind, first, last) in enumerate(runs):
        end = "" if last == len(grid) - 1 else f" by h ≈ {grid[last]:.2f}"
        if kind == "stays":
            until = "" if last == len(grid) - 1 else f" until h ≈ {grid[last]:.2f}"
            parts.append(f"stays at {values[first]:.3f}{until}" if n == 0 else "then stays there")
        elif n == 0:
            parts.append(f"{kind} from {values[first]:.3f} to {values[last]:.3f}{end}")
        else:
            parts.append(f"then {kind} to {values[last]:.3f}{end}")
    return ", ".join(parts)


def _corner_onset(grid: np.ndarray, regimes: np.ndarray) -> str:
    corner = regimes == "corner"
    if corner.all():
        return " The protégé demands the whole good at every level of support."
    if corner.any():
        edge = grid[max(0, int(np.argmax(corner)) - 1)]
        return f" Beyond h ≈ {edge:.2f}, the protégé demands the whole good."
    return ""


def _regime_text(out: mh.EmboldenmentOutcome, insurance: float, rival_cost_max: float) -> str:
    at = f"At h = {out.support:.2f}"
    if out.regime == "no_war":
        return (
            f"{at} the protégé's war cost ({out.protege_cost:.2f}) is at least the rival's "
            f"largest ({rival_cost_max:.2f}): it asks only for its war value, its chance of "
            "winning, and the rival never fights."
        )
    if out.regime == "corner" and out.win >= 1.0:
        return (
            f"{at} the protégé is sure to win a war, so it demands the whole good and the "
            "rival, with nothing to gain from fighting, gives in."
        )
    if out.regime == "corner":
        return (
            f"{at} the protégé already demands the whole good (y* = 1). More capability now "
            "lowers the risk of war, (1 − p)/c̄, and insurance no longer changes it."
        )
    if insurance > 0:
        return (
            f"{at} the demand is interior: the risk of war, (c̄ − c_P)/(2c̄), ignores the "
            "chance of winning, so capability only raises the demand, while insurance "
            "(γ > 0), by cutting the protégé's war cost, raises the risk."
        )
    return (
        f"{at} the demand is interior and there is no insurance (γ = 0): more support "
        "raises the demand but not the risk of war."
    )


def emboldenment() -> Lab:
    """A protégé's demands as its guarantor's support grows (M2)."""
    controls = {
        "support": slider("Support h", 0.5, 0.0, 1.0, 0.01),
        "base_win": slider("Win alone p₀", 0.3, 0.0, 1.0, 0.01),
        "capability": slider("Capability transfer Δ", 0.3, 0.0, 1.0, 0.01),
        "base_cost": slider("Protégé's war cost c_P0", 0.4, 0.02, 2.0, 0.02),
        "insurance": slider("Cost insurance γ", 0.5, 0.0, 1.0, 0.01),
        "rival_cost_max": slider("Rival's top cost c̄", 1.0, 0.1, 2.0, 0.05),
    }
    return Lab(
        "Emboldenment: insurance versus capability",
        EmboldenmentView(),
        controls,
        instructions=(
            "Set cost insurance γ to 0 and move the capability transfer Δ, with Δ small enough "
            "that the demand stays below 1: the red war line stays flat. Now raise γ. Which "
            "kind of help makes the protégé risk war? Then raise Δ until the demand reaches 1: "
            "what does more capability do to the risk there?"
        ),
    )


_OUTCOME_ORDER = ("status_quo", "provocation_succeeds", "provoked_war", "unprovoked_attack")
_OUTCOME_LABELS = {
    "status_quo": "status quo",
    "provocation_succeeds": "P provokes, C gives in",
    "provoked_war": "P provokes, war",
    "unprovoked_attack": "C attacks",
}
_OUTCOME_COLOURS = {
    "status_quo": COLORS["deterrence"],
    "provocation_succeeds": COLORS["protege"],
    "provoked_war": COLORS["war"],
    "unprovoked_attack": COLORS["challenger"],
}


class CommitmentDesignView:
    """Top: the outcome of each ambiguous commitment h; bottom: of each conditional one, by τ."""

    def __init__(self) -> None:
        self.grid = np.linspace(0.0, 1.0, 401)
        self.figure, (self.ax_h, self.ax_tau) = new_figure(2, 1, figsize=(9.5, 6.4), managed=False)
        levels = range(len(_OUTCOME_ORDER))
        with style():
            self.window = self.ax_h.axvspan(0.0, 0.0, color=COLORS["deterrence"], alpha=0.15)
            self.h_lines = {
                name: self.ax_h.axvline(0.0, color=colour, ls=ls, lw=1.5)
                for name, colour, ls in (
                    ("challenger", COLORS["challenger"], "--"),
                    ("acquiescence", COLORS["challenger"], ":"),
                    ("protege", COLORS["protege"], "--"),
                )
            }
            self.h_outcomes = {
                name: self.ax_h.plot(self.grid, self.grid * np.nan, color=_OUTCOME_COLOURS[name],
                                     lw=6, solid_capstyle="butt")[0]
                for name in _OUTCOME_ORDER
            }  # fmt: skip
            (self.h_marker,) = self.ax_h.plot(
                [0.5], [0], "o", color=COLORS["highlight"], markeredgecolor=COLORS["ink"],
                markersize=12,
            )  # fmt: skip
            self.tau_outcomes = {
                name: self.ax_tau.plot(self.grid, self.grid * np.nan, color=_OUTCOME_COLOURS[name],
                                       lw=6, solid_capstyle="butt")[0]
                for name in _OUTCOME_ORDER
            }  # fmt: skip
            self.tau_line = self.ax_tau.axvline(0.0, color=COLORS["neutral"], ls="--", lw=1.5)
            (self.tau_marker,) = self.ax_tau.plot(
                [0.5], [0], "o", color=COLORS["highlight"], markeredgecolor=COLORS["ink"],
                markersize=12,
            )  # fmt: skip
        for ax in (self.ax_h, self.ax_tau):
            ax.set_yticks(list(levels), [_OUTCOME_LABELS[n] for n in _OUTCOME_ORDER])
            ax.set_ylim(-0.6, len(_OUTCOME_ORDER) - 0.4)
            ax.set_xlim(0, 1)
            ax.grid(axis="y", visible=False)
        finish_axes(
            self.ax_h,
            title="Ambiguity: one probability h for every attack",
            xlabel="Intervention probability h (dashed: h_C purple, h_T green; dotted: h̄_C)",
            ylabel="Outcome",
        )
        finish_axes(
            self.ax_tau,
            title="Conditional commitment: h_U = 1, h_P = 1 − τ",
            xlabel="Observability of provocation τ (dashed: least τ that works)",
            ylabel="Outcome",
        )

    def _draw(self, lines: dict, names: np.ndarray) -> None:
        for level, name in enumerate(_OUTCOME_ORDER):
            lines[name].set_ydata(np.where(names == name, level, np.nan))

    def update(
        self,
        *,
        challenger_war_alone: float,
        challenger_war_with_guarantor: float,
        challenger_acquiescence_cost: float,
        protege_provocation_gain: float,
        protege_war_with_guarantor: float,
        protege_war_alone: float,
        h: float,
        observability: float,
    ) -> str:
        game = mh.CommitmentDesign(
            challenger_war_alone,
            challenger_war_with_guarantor,
            challenger_acquiescence_cost,
            protege_provocation_gain,
            protege_war_with_guarantor,
            protege_war_alone,
        )
        t = game.thresholds()
        window = game.ambiguity_window()
        payoffs = (
            challenger_war_alone,
            challenger_war_with_guarantor,
            challenger_acquiescence_cost,
            protege_provocation_gain,
            protege_war_with_guarantor,
            protege_war_alone,
        )
        self._draw(self.h_outcomes, mh.commitment_outcomes(self.grid, self.grid, *payoffs))
        self._draw(
            self.tau_outcomes,
            mh.conditional_outcomes(
                self.grid,
                challenger_war_alone,
                challenger_war_with_guarantor,
                challenger_acquiescence_cost,
                protege_war_with_guarantor,
                protege_war_alone,
            ),
        )
        low, high = (window.low, window.high) if window.exists else (0.0, 0.0)
        self.window.set_x(low)
        self.window.set_width(high - low)
        for name, value in (
            ("challenger", t.challenger),
            ("acquiescence", t.acquiescence),
            ("protege", t.protege),
        ):
            line = self.h_lines[name]
            line.set_visible(value <= 1.0)
            if value <= 1.0:
                line.set_xdata([value, value])
        current = game.ambiguity(h)
        self.h_marker.set_data([h], [_OUTCOME_ORDER.index(current.outcome)])
        tau_min = game.minimum_observability()
        self.tau_line.set_xdata([tau_min.tau, tau_min.tau])
        conditional = game.conditional(observability)
        self.tau_marker.set_data([observability], [_OUTCOME_ORDER.index(conditional.outcome)])
        if window.exists:
            close = "]" if window.high_included else ")"
            window_text = (
                f"ambiguity works for h in [{_fmt3(window.low)}, {_fmt3(window.high)}{close}"
            )
            if window.width < _H_STEP:
                window_text += (
                    f", a window narrower than the h slider's step of {_H_STEP}, so the "
                    "slider may miss it"
                )
        else:
            window_text = "no ambiguous commitment keeps the status quo (h_C > h_T)"
        need = f"τ ≥ {_fmt3(tau_min.tau)}" if tau_min.attained else f"τ > {_fmt3(tau_min.tau)}"
        return (
            f"<p>Thresholds: h_C = {_fmt3(t.challenger)}, h̄_C = {_fmt3(t.acquiescence)}, "
            f"h_T = {_fmt3(t.protege)}. So {window_text}.</p>"
            f"<p>Your h = {h:.2f}: <b>{_OUTCOME_LABELS[current.outcome]}</b>. "
            f"Clarity (h = 1): <b>{_OUTCOME_LABELS[game.clarity().outcome]}</b>; "
            f"silence (h = 0): <b>{_OUTCOME_LABELS[game.no_commitment().outcome]}</b>.</p>"
            f"<p>Conditional commitment with τ = {observability:.2f}: "
            f"<b>{_OUTCOME_LABELS[conditional.outcome]}</b>; it needs {need}.</p>"
        )


def commitment_design() -> Lab:
    """Strategic ambiguity versus a conditional commitment (M3, after Benson 2012)."""
    controls = {
        "challenger_war_alone": slider("C: war without G  W_C^N", 1.0, 0.1, 3.0, 0.05),
        "challenger_war_with_guarantor": slider("C: war with G  W_C^I", -2.0, -4.0, -0.1, 0.05),
        "challenger_acquiescence_cost": slider("C: cost of giving in  L_C", 1.0, 0.1, 3.0, 0.05),
        "protege_provocation_gain": slider("P: gain if C gives in  I_P", 1.0, 0.1, 3.0, 0.05),
        "protege_war_with_guarantor": slider("P: war with G  W_P^I", 0.5, -2.0, 3.0, 0.05),
        "protege_war_alone": slider("P: war alone  W_P^N", -1.0, -3.0, -0.1, 0.05),
        "h": slider("Ambiguous commitment h", 0.4, 0.0, 1.0, _H_STEP),
        "observability": slider("Observability τ", 0.8, 0.0, 1.0, 0.01),
    }
    return Lab(
        "Designing the commitment: ambiguity, clarity or conditions",
        CommitmentDesignView(),
        controls,
        instructions=(
            "Find the blue window of ambiguous commitments that keep the status quo. "
            "Raise P's payoff from a war fought with G, W_P^I: h_T falls and the window "
            "shrinks; with the other sliders at their defaults it closes once W_P^I passes 2. "
            "What happens to clarity on the way?"
        ),
    )
