"""Labs for notebooks 09 and 10: abandonment versus entrapment, and war in alliance networks.

* ``alliance_dilemma()`` draws the two risks of the alliance security dilemma
  (E1) and their sum against the support level, and marks the optimum.
* ``chain_ganging()`` draws each partner's equilibrium probability of
  balancing and the probability that nobody balances (E2) against perceived
  offence dominance.
* ``alliance_network()`` lets a learner edit the pledges of a small network
  and shows, from the exact solver (E3), who is drawn into the war on which
  side: a network drawing coloured by side next to a bar chart.

The numbers all come from :mod:`guaranteelab.entanglement`; this module only draws.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from matplotlib.colors import to_rgb
from matplotlib.patches import FancyArrowPatch
from matplotlib.patheffects import withStroke

from guaranteelab import entanglement as ent
from guaranteelab.labs._core import Lab, dropdown, int_slider, slider
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["alliance_dilemma", "alliance_network", "chain_ganging"]

_CURVE_POINTS = 201


# ---------------------------------------------------------------------------
# E1 · alliance_dilemma
# ---------------------------------------------------------------------------


class AllianceDilemmaView:
    """Abandonment loss, entrapment loss and their sum against support s; s* marked."""

    def __init__(self) -> None:
        self.support = np.linspace(0.0, 1.0, _CURVE_POINTS)
        self.figure, self.ax = new_figure(figsize=(7.8, 5.0), managed=False)
        zeros = np.zeros_like(self.support)
        with style():
            (self.abandonment_line,) = self.ax.plot(
                self.support, zeros, color=COLORS["abandonment"], ls="--",
                label="abandonment loss  D_A·α(1−s)²",
            )  # fmt: skip
            (self.entrapment_line,) = self.ax.plot(
                self.support, zeros, color=COLORS["war"], ls="--",
                label="entrapment loss  D_E·εs²",
            )  # fmt: skip
            (self.loss_line,) = self.ax.plot(
                self.support, zeros, color=COLORS["deterrence"], lw=3.5, label="total loss L(s)"
            )
            self.optimum_line = self.ax.axvline(0.5, color=COLORS["neutral"], lw=1.5, ls=":")
            self.optimum = self.ax.scatter(
                [0.5], [0.0], s=160, color=COLORS["highlight"], edgecolor=COLORS["ink"],
                linewidth=1.8, zorder=6, label="optimal support s*",
            )  # fmt: skip
            self.note = self.ax.text(0.02, 0.97, "", transform=self.ax.transAxes, va="top")
            self.ax.set_xlim(0.0, 1.0)
            self.ax.legend(loc="upper right", fontsize=10)
        finish_axes(
            self.ax,
            title="The alliance security dilemma",
            xlabel="Support for the ally, s",
            ylabel="Expected loss",
        )

    def update(
        self, *, realignment: float, recklessness: float, dependence: float, divergence: float
    ) -> str:
        model = ent.AllianceDilemma(realignment, recklessness, dependence, divergence)
        solution = model.solve()
        abandonment = model.abandonment_loss(self.support)
        entrapment = model.entrapment_loss(self.support)
        self.abandonment_line.set_ydata(abandonment)
        self.entrapment_line.set_ydata(entrapment)
        self.loss_line.set_ydata(model.loss(self.support))
        self.optimum_line.set_xdata([solution.support, solution.support])
        self.optimum.set_offsets([[solution.support, solution.loss]])
        top = float(max(abandonment.max(), entrapment.max(), 1e-3))
        self.ax.set_ylim(0.0, top * 1.25)
        self.note.set_text(f"s* = {solution.support:.2f},  L* = {solution.loss:.3f}")
        return _dilemma_readout(solution, realignment)


def _dilemma_readout(solution: ent.DilemmaSolution, realignment: float) -> str:
    lean = ""
    if realignment == 0:
        # x = αD_A = 0 because the ally cannot realign.
        verdict = (
            "With α = 0 (bipolarity: the ally has nowhere else to go) abandonment is no threat "
            "and the dilemma disappears: the state keeps its distance."
        )
    elif solution.abandonment_weight == 0:
        # x = 0 because the state does not depend on the ally (D_A = 0).
        verdict = "Abandonment costs nothing here: the state keeps its distance whatever α is."
    elif solution.entrapment_weight == 0:
        verdict = "No entrapment risk to weigh: full support is optimal whatever α is."
    else:
        if solution.support >= 0.67:
            lean = " Abandonment is the greater fear: <b>stand firmly by the ally</b>."
        elif solution.support <= 0.33:
            lean = " Entrapment is the greater fear: <b>keep the ally at arm's length</b>."
        else:
            lean = " The two fears are balanced: <b>qualified support</b>."
        verdict = "Lower α towards 0 (bipolarity) and watch both s* and the minimum loss fall."
    return (
        f"<p>Optimal support <b>s* = {solution.support:.3f}</b>; minimum expected loss "
        f"<b>L* = {solution.loss:.3f}</b>.</p>"
        f"<p>At s*: risk of abandonment A = {solution.abandonment_risk:.3f}, "
        f"risk of entrapment E = {solution.entrapment_risk:.3f}.{lean}</p>"
        f"<p>{verdict}</p>"
    )


def alliance_dilemma() -> Lab:
    """Explore the trade-off between the risks of abandonment and entrapment (E1)."""
    controls = {
        "realignment": slider("Ally's propensity to realign α", 0.8, 0.0, 1.0, 0.05),
        "recklessness": slider("Ally's recklessness ε", 0.4, 0.0, 1.0, 0.05),
        "dependence": slider("Dependence on the ally D_A", 1.0, 0.0, 3.0, 0.05),
        "divergence": slider("Divergence of interests D_E", 1.0, 0.0, 3.0, 0.05),
    }
    return Lab(
        "Abandonment versus entrapment",
        AllianceDilemmaView(),
        controls,
        instructions=(
            "Raise the ally's recklessness ε and watch the optimal support s* slide left. "
            "Then set α to 0, as in a bipolar world: what happens to the dilemma?"
        ),
    )


# ---------------------------------------------------------------------------
# E2 · chain_ganging
# ---------------------------------------------------------------------------


class ChainGangingView:
    """σ*, P(nobody balances) and P(collapse) against perceived offence dominance δ."""

    def __init__(self) -> None:
        self.delta = np.linspace(0.0, 1.0, _CURVE_POINTS)
        self.figure, self.ax = new_figure(figsize=(7.8, 5.0), managed=False)
        zeros = np.zeros_like(self.delta)
        with style():
            (self.sigma_line,) = self.ax.plot(
                self.delta, zeros, color=COLORS["deterrence"], lw=3.5,
                label="σ*: each partner balances",
            )  # fmt: skip
            (self.nobody_line,) = self.ax.plot(
                self.delta, zeros, color=COLORS["abandonment"], ls="--",
                label="P(nobody balances)",
            )  # fmt: skip
            (self.collapse_line,) = self.ax.plot(
                self.delta, zeros, color=COLORS["war"], ls=":", label="P(front line collapses)"
            )
            self.threshold_line = self.ax.axvline(0.3, color=COLORS["neutral"], lw=1.5, ls="-.")
            self.threshold_text = self.ax.text(
                0.31, 0.97, "δ = c/V: balancing can start", fontsize=10,
                color=COLORS["neutral"], ha="left", va="top",
            )  # fmt: skip
            self.current = self.ax.scatter(
                [0.5, 0.5], [0.0, 0.0], s=150, color=COLORS["highlight"],
                edgecolor=COLORS["ink"], linewidth=1.8, zorder=7, label="your δ",
            )  # fmt: skip
            self.ax.set_xlim(0.0, 1.0)
            self.ax.set_ylim(0.0, 1.05)
            self.ax.legend(loc="center right", fontsize=10)
        finish_axes(
            self.ax,
            title="Chain-ganging versus buck-passing",
            xlabel="Perceived offence dominance δ",
            ylabel="Probability",
        )

    def update(self, *, powers: int, cost: float, value: float, offence_dominance: float) -> str:
        game = ent.BuckPassingGame(cost, value, offence_dominance, powers)
        eq = game.solve()
        self.sigma_line.set_ydata(ent.balancing_probability(cost, value, self.delta, powers))
        self.nobody_line.set_ydata(ent.nobody_balances_probability(cost, value, self.delta, powers))
        self.collapse_line.set_ydata(ent.collapse_probability(cost, value, self.delta, powers))
        threshold = ent.buck_passing_threshold(cost, value)  # inf when c > V
        shown = min(threshold, 1.0)
        self.threshold_line.set_xdata([shown, shown])
        self.threshold_line.set_visible(threshold <= 1.0)
        left = shown < 0.6
        self.threshold_text.set_position((shown + (0.01 if left else -0.01), 0.97))
        self.threshold_text.set_horizontalalignment("left" if left else "right")
        self.threshold_text.set_visible(threshold <= 1.0)
        self.current.set_offsets(
            [[offence_dominance, eq.balancing_probability], [offence_dominance, eq.nobody_balances]]
        )
        return _chain_readout(game, eq, threshold)


def _chain_readout(
    game: ent.BuckPassingGame, eq: ent.BuckPassingEquilibrium, threshold: float
) -> str:
    n = game.powers
    if eq.balancing_probability > 0:
        regime = (
            f"Balancing can pay (c &lt; δV). In the symmetric equilibrium each of the {n} partners "
            f"balances with probability <b>σ* = {eq.balancing_probability:.3f}</b>; there are also "
            f"{len(eq.pure_equilibria)} pure equilibria in which exactly one partner balances."
        )
    else:
        regime = "Balancing never pays (c ≥ δV): <b>pure buck-passing</b> is the only equilibrium."
    where = (
        f"Buck-passing rules whenever δ ≤ c/V = {threshold:.2f}."
        if threshold <= 1
        else (
            f"The cost c = {game.cost:.2f} exceeds the value V = {game.value:.2f}, so c/V exceeds 1: "
            "no offence dominance makes balancing worth its cost."
        )
    )
    return (
        f"<p>{regime}</p>"
        f"<p>Nobody balances with probability <b>{eq.nobody_balances:.3f}</b>; the front line "
        f"collapses with probability <b>{eq.collapse_probability:.3f}</b>. "
        f"Each partner expects {eq.expected_payoff:.3f}. {where}</p>"
    )


def chain_ganging() -> Lab:
    """Explore how offence dominance and the number of great powers shape balancing (E2)."""
    controls = {
        "powers": int_slider("Great-power partners n", 3, 2, 8),
        "cost": slider("Cost of balancing c", 0.3, 0.05, 1.5, 0.05),
        "value": slider("Value of checking the attack V", 1.0, 0.5, 3.0, 0.1),
        "offence_dominance": slider("Offence dominance δ", 0.7, 0.0, 1.0, 0.01),
    }
    return Lab(
        "Chain gangs and passed bucks",
        ChainGangingView(),
        controls,
        instructions=(
            "Slide δ from 1 down to 0: where does balancing stop? Then raise the number of "
            "partners n and watch the probability that nobody balances."
        ),
    )


# ---------------------------------------------------------------------------
# E3 · alliance_network
# ---------------------------------------------------------------------------

#: Names shown in the readout for the states of the example networks.
STATE_NAMES: dict[str, str] = {
    "AH": "Austria-Hungary", "SRB": "Serbia", "RUS": "Russia", "FRA": "France",
    "GBR": "Britain", "BEL": "Belgium", "GER": "Germany", "ITA": "Italy",
    "PRK": "North Korea", "KOR": "South Korea", "USA": "United States", "JPN": "Japan",
    "PHL": "Philippines", "AUS": "Australia", "CHN": "China", "POL": "Poland",
    "DEU": "Germany", "BLR": "Belarus",
}  # fmt: skip

_KIND_STYLE = {"D": "-", "O": "--", "U": ":"}
_KIND_OPTIONS = [
    ("defensive (D)", "D"),
    ("offensive (O)", "O"),
    ("unconditional (U)", "U"),
    ("none (remove)", "none"),
]

_LAYOUT_1914 = {
    "GBR": (-1.0, 0.7), "BEL": (-0.5, 0.95), "FRA": (-0.8, -0.05), "GER": (-0.1, 0.45),
    "AH": (0.35, -0.05), "ITA": (-0.2, -0.7), "SRB": (0.6, -0.7), "RUS": (1.0, 0.75),
}  # fmt: skip
_LAYOUT_ASIA = {
    "USA": (0.6, -0.15), "KOR": (-0.3, 0.45), "JPN": (0.25, 0.75), "PHL": (-0.2, -0.6),
    "AUS": (0.3, -0.9), "PRK": (-0.55, 0.9), "CHN": (-1.0, 0.4),
}  # fmt: skip
_LAYOUT_NATO = {
    "RUS": (1.0, 0.2), "POL": (0.35, 0.2), "DEU": (-0.2, 0.65), "GBR": (-0.75, 0.3),
    "USA": (-0.6, -0.55), "BLR": (0.8, -0.6),
}  # fmt: skip


@dataclass(frozen=True)
class _Preset:
    label: str
    build: Callable[[], ent.AllianceCascade]
    layout: dict[str, tuple[float, float]]


PRESETS: dict[str, _Preset] = {
    "1914": _Preset("1914: Austria-Hungary attacks Serbia", ent.crisis_1914, _LAYOUT_1914),
    "1914_belgium": _Preset(
        "1914: ... and Germany attacks Belgium",
        lambda: ent.crisis_1914(belgium=True),
        _LAYOUT_1914,
    ),
    "asia": _Preset(
        "Asia, hub and spoke: North Korea attacks South Korea",
        ent.asia_hub_and_spoke,
        _LAYOUT_ASIA,
    ),
    "nato": _Preset(
        "Europe, a multilateral web: Russia attacks Poland", ent.nato_web, _LAYOUT_NATO
    ),
}


def _pledge_key(pledge: ent.Pledge) -> str:
    return f"{pledge.guarantor}->{pledge.ally}"


def pledge_options(preset: str) -> list[tuple[str, str]]:
    """The pledge drop-down's (label, key) pairs for a preset."""
    cascade = PRESETS[preset].build()
    return [
        (f"{STATE_NAMES.get(p.guarantor, p.guarantor)} → {STATE_NAMES.get(p.ally, p.ally)}",
         _pledge_key(p))
        for p in cascade.network.pledges
    ]  # fmt: skip


class AllianceNetworkView:
    """A network drawing coloured by side, and P(attacking)/P(defending) per state."""

    def __init__(self) -> None:
        self.figure, (self.net_ax, self.bar_ax) = new_figure(
            1, 2, figsize=(11.5, 5.2), managed=False, gridspec_kw={"width_ratios": [1.0, 1.15]}
        )
        self.base = {key: preset.build() for key, preset in PRESETS.items()}
        # The learner's edits: per preset, per pledge key, (kind or "none", probability).
        self.edits: dict[str, dict[str, tuple[str, float]]] = {
            key: {_pledge_key(p): (p.kind, p.probability) for p in c.network.pledges}
            for key, c in self.base.items()
        }
        self.preset = "1914"
        self._syncing = 0
        self._last_readout = ""
        self._tick_states: tuple[str, ...] = ()
        self.nodes: dict[str, object] = {}
        self.labels: dict[str, list] = {}
        self.arrows: dict[str, dict[str, FancyArrowPatch]] = {}
        self._colours = {
            "attacking": np.array(to_rgb(COLORS["challenger"])),
            "defending": np.array(to_rgb(COLORS["deterrence"])),
            "neutral": np.array(to_rgb(COLORS["neutral"])),
        }
        max_states = max(len(c.network.states) for c in self.base.values())
        with style():
            for key, cascade in self.base.items():
                layout = PRESETS[key].layout
                states = cascade.network.states
                xy = np.array([layout[s] for s in states])
                self.arrows[key] = {}
                for p in cascade.network.pledges:
                    arrow = FancyArrowPatch(
                        layout[p.guarantor], layout[p.ally], arrowstyle="-|>", mutation_scale=16,
                        shrinkA=17, shrinkB=17, color=COLORS["ink"], lw=1.0, zorder=2,
                        connectionstyle="arc3,rad=0.12",
                    )  # fmt: skip
                    self.net_ax.add_patch(arrow)
                    self.arrows[key][_pledge_key(p)] = arrow
                self.nodes[key] = self.net_ax.scatter(
                    xy[:, 0], xy[:, 1], s=900, color=self._colours["neutral"],
                    edgecolor=COLORS["ink"], linewidth=1.5, zorder=3,
                )  # fmt: skip
                seeds = set(cascade.attackers) | set(cascade.targets)
                self.labels[key] = [
                    self.net_ax.text(
                        x,
                        y,
                        s,
                        ha="center",
                        va="center",
                        fontsize=9.5,
                        zorder=4,
                        fontweight="bold" if s in seeds else "normal",
                    )
                    for s, (x, y) in zip(states, xy, strict=True)
                ]
            self.net_ax.set_xlim(-1.3, 1.3)
            self.net_ax.set_ylim(-1.15, 1.15)
            self.net_ax.set_aspect("equal")
            self.net_ax.grid(False)
            self.net_ax.set_xticks([])
            self.net_ax.set_yticks([])
            positions = np.arange(max_states)
            self.attacking_bars = self.bar_ax.bar(
                positions - 0.2, np.zeros(max_states), width=0.4, color=COLORS["challenger"],
                label="P(attacking side)",
            )  # fmt: skip
            self.defending_bars = self.bar_ax.bar(
                positions + 0.2, np.zeros(max_states), width=0.4, color=COLORS["deterrence"],
                label="P(defending side)",
            )  # fmt: skip
            self.bar_ax.set_ylim(0.0, 1.12)
            self.bar_ax.legend(loc="upper right", fontsize=10)
        finish_axes(
            self.net_ax,
            title="Pledges; blue defends, purple attacks",
            xlabel="pledge kind: — D   - - O   ··· U;  width: probability",
            ylabel="arrow g → j: g pledges to defend j",
        )
        finish_axes(
            self.bar_ax,
            title="Who is drawn in (exact)",
            xlabel="State",
            ylabel="Probability",
        )
        self._show_preset("1914")

    def _show_preset(self, preset: str) -> None:
        for key in PRESETS:
            visible = key == preset
            self.nodes[key].set_visible(visible)
            for text in self.labels[key]:
                text.set_visible(visible)
            for arrow in self.arrows[key].values():
                arrow.set_visible(visible)
        self.preset = preset

    def network(self, preset: str) -> ent.AllianceCascade:
        """The preset's cascade with the learner's edits applied."""
        base = self.base[preset]
        pledges = []
        for p in base.network.pledges:
            kind, probability = self.edits[preset][_pledge_key(p)]
            if kind != "none":
                pledges.append(ent.Pledge(p.guarantor, p.ally, kind, probability, p.source))
        network = ent.AllianceNetwork(tuple(pledges), base.network.states)
        return ent.AllianceCascade(network, base.attacker, base.target)

    def update(self, *, preset: str, pledge: str, probability: float, kind: str) -> str:
        if self._syncing:
            return self._last_readout
        if preset != self.preset:
            self._show_preset(preset)
        if pledge in self.edits[preset]:
            self.edits[preset][pledge] = (kind, float(probability))
        cascade = self.network(preset)
        result = cascade.exact()
        states = result.states
        colours = (
            np.outer(result.attacking, self._colours["attacking"])
            + np.outer(result.defending, self._colours["defending"])
            + np.outer(result.neutral, self._colours["neutral"])
        )
        self.nodes[preset].set_facecolor(np.clip(colours, 0.0, 1.0))
        for key, arrow in self.arrows[preset].items():
            kind_now, p_now = self.edits[preset][key]
            arrow.set_visible(kind_now != "none")
            if kind_now != "none":
                width = 0.6 + 3.4 * p_now
                arrow.set_linestyle(_KIND_STYLE[kind_now])
                arrow.set_linewidth(width)
                if key == pledge:
                    # the learner's current pledge: highlight colour with a dark edge
                    arrow.set_color(COLORS["highlight"])
                    arrow.set_path_effects(
                        [withStroke(linewidth=width + 2.5, foreground=COLORS["ink"])]
                    )
                else:
                    arrow.set_color(COLORS["ink"])
                    arrow.set_path_effects([])
        n = len(states)
        for i, (a_bar, d_bar) in enumerate(
            zip(self.attacking_bars, self.defending_bars, strict=True)
        ):
            a_bar.set_visible(i < n)
            d_bar.set_visible(i < n)
            a_bar.set_height(float(result.attacking[i]) if i < n else 0.0)
            d_bar.set_height(float(result.defending[i]) if i < n else 0.0)
        if states != self._tick_states:  # new tick labels only when the preset changes
            self.bar_ax.set_xticks(range(n), list(states), fontsize=10)
            self.bar_ax.set_xlim(-0.6, n - 0.4)
            self._tick_states = states
        self._last_readout = _network_readout(cascade, result, pledge)
        return self._last_readout


def _network_readout(cascade: ent.AllianceCascade, result: ent.CascadeResult, pledge: str) -> str:
    sizes = ", ".join(f"{k}: {p:.3f}" for k, p in enumerate(result.war_size) if p > 5e-4)
    big = max(len(cascade.attackers) + len(cascade.targets) + 2, 4)
    rows = "".join(
        f"<tr><td>{html.escape(STATE_NAMES.get(s, s))}</td><td>{a:.3f}</td><td>{d:.3f}</td>"
        f"<td>{x:.3f}</td></tr>"
        for s, a, d, x in zip(
            result.states, result.attacking, result.defending, result.cross_pressured, strict=True
        )
    )
    selected = next(
        (p for p in cascade.network.pledges if f"{p.guarantor}->{p.ally}" == pledge), None
    )
    edited = (
        f"Selected pledge {html.escape(selected.label)}: kind {selected.kind}, honoured with "
        f"probability {selected.probability:.2f}."
        if selected
        else f"Selected pledge {html.escape(pledge.replace('->', ' -> '))} is removed."
    )
    return (
        f"<p>{edited} Expected war size <b>{result.expected_war_size:.2f}</b> states; "
        f"P(war size ≥ {big}) = <b>{result.systemic_war_probability(big):.3f}</b>.</p>"
        f"<p>Distribution of war size: {sizes}.</p>"
        "<table style='font-size:0.9em'><tr><th>State</th><th>P(attacking)</th>"
        "<th>P(defending)</th><th>P(cross-pressured)</th></tr>" + rows + "</table>"
    )


def alliance_network(preset: str = "1914") -> Lab:
    """Edit the pledges of an alliance network and watch who is drawn into the war (E3).

    Parameters
    ----------
    preset
        The network to start from: ``"1914"``, ``"1914_belgium"``, ``"asia"``
        or ``"nato"``.
    """
    if preset not in PRESETS:
        raise ValueError(f"preset must be one of {list(PRESETS)}; got {preset!r}")
    view = AllianceNetworkView()
    options = pledge_options(preset)
    first_pledge = options[0][1]
    kind0, p0 = view.edits[preset][first_pledge]
    controls = {
        "preset": dropdown("Network", [(p.label, key) for key, p in PRESETS.items()], preset),
        "pledge": dropdown("Pledge", options, first_pledge),
        "probability": slider("Honouring probability", p0, 0.0, 1.0, 0.01),
        "kind": dropdown("Kind of pledge", _KIND_OPTIONS, kind0),
    }

    def show_pledge(_change: object = None) -> None:
        # Move the slider and the kind menu to the selected pledge's current values
        # without recording them as an edit of that pledge.
        key = controls["pledge"].value
        current = view.edits[controls["preset"].value].get(key)
        if current is None:
            return
        view._syncing += 1
        try:
            controls["kind"].value = current[0]
            controls["probability"].value = current[1]
        finally:
            view._syncing -= 1

    def show_preset(change: dict) -> None:
        view._syncing += 1
        try:
            controls["pledge"].options = pledge_options(change["new"])
            controls["pledge"].value = controls["pledge"].options[0][1]
            show_pledge()
        finally:
            view._syncing -= 1

    # Registered before the Lab's own observers, so the controls are consistent
    # by the time the Lab redraws.
    controls["preset"].observe(show_preset, names="value")
    controls["pledge"].observe(show_pledge, names="value")
    if preset != view.preset:
        view._show_preset(preset)
    return Lab(
        "War spreading through alliance pledges",
        view,
        controls,
        instructions=(
            "Pick the pledge Germany → Austria-Hungary and change its kind from offensive to "
            "defensive: who stays out now? Then lower Britain's pledge to France."
        ),
    )
