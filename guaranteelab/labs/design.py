"""Lab for notebook 12: designing a guarantee and comparing it with four historical designs.

* :func:`guarantee_design` scores the learner's design and the four
  :data:`~guaranteelab.design.PRESETS` in one setting: (a) the five headline
  numbers of each scorecard side by side at the chosen crisis date, and (b)
  deterrence against the crisis date while the guarantor's capability
  declines. The readout lists the learner's scorecard with the model behind
  each number (:data:`~guaranteelab.design.MODEL_OF`).

Every number comes from :mod:`guaranteelab.design`; this module only draws.
"""

from __future__ import annotations

from itertools import zip_longest

import numpy as np
from matplotlib import patheffects
from matplotlib.colors import to_rgba

from guaranteelab import design
from guaranteelab.labs._core import Lab, dropdown, int_slider, slider, toggle
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["guarantee_design"]

_MAX_YEARS = 30.0
_CURVE_YEARS = np.linspace(0.5, _MAX_YEARS, 119)  # every quarter year
_YOURS = "yours"
_BAR_HEIGHT = 0.15
_VALUE_LIMIT = 1.14  # room right of a full bar for its value


def _lighter(colour: str, share: float = 0.5) -> tuple[float, float, float, float]:
    """``colour`` mixed with white: a muted tone of a course colour."""
    red, green, blue, _ = to_rgba(colour)
    return (1 - share * (1 - red), 1 - share * (1 - green), 1 - share * (1 - blue), 1.0)


#: How each design is drawn: label, colour (bars and line) and line style. The learner's design
#: is the highlight (yellow with a dark edge); the presets are muted blues and greys.
_LOOKS: dict[str, tuple[str, object, str]] = {
    _YOURS: ("your design", COLORS["highlight"], "-"),
    "nato_1949": (design.PRESETS["nato_1949"].name, COLORS["signal"], "--"),
    "us_rok_1953": (design.PRESETS["us_rok_1953"].name, _lighter(COLORS["signal"]), "-."),
    "budapest_1994": (design.PRESETS["budapest_1994"].name, COLORS["neutral"], ":"),
    "tra_1979": (design.PRESETS["tra_1979"].name, _lighter(COLORS["neutral"]), (0, (6, 2, 1, 2))),
}
_ORDER = tuple(_LOOKS)


def _category(label: str, higher_is_better: bool) -> str:
    arrow = "↑ better" if higher_is_better else "↓ better"
    return f"{label[0].upper()}{label[1:]}\n({arrow})"


class GuaranteeDesignView:
    """Left: the five headline numbers of every design; right: deterrence over time."""

    def __init__(self) -> None:
        self.figure, (self.ax_card, self.ax_time) = new_figure(
            1, 2, figsize=(11.6, 5.6), managed=False, width_ratios=(1.15, 1.0)
        )
        headlines = design.Scorecard.HEADLINES
        rows = np.arange(len(headlines))[::-1]  # first headline at the top
        zeros = np.zeros(len(headlines))
        outline = [patheffects.withStroke(linewidth=5.5, foreground=COLORS["ink"])]
        self.bars = {}
        self.lines = {}
        with style():
            for slot, key in enumerate(_ORDER):
                label, colour, line_style = _LOOKS[key]
                offset = (len(_ORDER) / 2 - 0.5 - slot) * _BAR_HEIGHT
                yours = key == _YOURS
                self.bars[key] = self.ax_card.barh(
                    rows + offset, zeros, height=_BAR_HEIGHT, color=colour,
                    edgecolor=COLORS["ink"] if yours else "white",
                    linewidth=1.2 if yours else 0.5, zorder=3 if yours else 2, label=label,
                )  # fmt: skip
                (self.lines[key],) = self.ax_time.plot(
                    _CURVE_YEARS, np.zeros_like(_CURVE_YEARS), color=colour, ls=line_style,
                    lw=3.0 if yours else 2.2, zorder=4 if yours else 2, clip_on=False,
                    path_effects=outline if yours else None, label=label,
                )  # fmt: skip
            top = (len(_ORDER) / 2 - 0.5) * _BAR_HEIGHT
            value_style = {"va": "center", "fontsize": 11, "fontweight": "bold"}
            self.values = [
                self.ax_card.text(0.0, row + top, "", color=COLORS["ink"], **value_style)
                for row in rows
            ]
            self.crisis_line = self.ax_time.axvline(10.0, color=COLORS["neutral"], lw=1.5, ls=":")
            self.crisis = self.ax_time.scatter(
                [10.0], [0.5], s=150, color=COLORS["highlight"], edgecolor=COLORS["ink"],
                linewidth=1.8, zorder=7, clip_on=False,
            )  # fmt: skip
            self.ax_card.set_yticks(rows, [_category(text, up) for _, text, up in headlines])
            self.ax_card.set_ylim(-0.55, len(headlines) - 0.45)
            self.ax_card.set_xlim(0.0, _VALUE_LIMIT)
            self.ax_card.set_xticks((0.0, 0.25, 0.5, 0.75, 1.0))
            self.ax_card.grid(axis="y", visible=False)
            self.ax_time.set_xlim(0.0, _MAX_YEARS)
            self.ax_time.set_ylim(0.0, 1.0)
            self.ax_time.set_yticks((0.0, 0.25, 0.5, 0.75, 1.0))
            self.figure.legend(
                handles=[self.lines[key] for key in _ORDER], loc="outside lower center",
                ncols=len(_ORDER), fontsize=12, handlelength=3.0,
            )  # fmt: skip
        finish_axes(
            self.ax_card,
            title="(a) Scorecards at your crisis date",
            xlabel="Probability or index (0 to 1)",
            ylabel="Headline number",
        )
        finish_axes(
            self.ax_time,
            title="(b) Deterrence over the years",
            xlabel="Years from signing to the crisis",
            ylabel="Probability the challenger is deterred",
        )

    def update(
        self,
        *,
        wording: str,
        forward_forces: float,
        observability: float,
        spending_benchmark: float,
        exit_clause: bool,
        term_years: int,
        ratification_threshold: float,
        years: float,
        capability_decline: float,
        stake: float,
    ) -> str:
        yours = design.GuaranteeDesign(
            wording=wording,
            forward_forces=forward_forces,
            observability=observability,
            spending_benchmark=spending_benchmark,
            exit_clause=exit_clause,
            term_years=term_years or None,
            ratification_threshold=ratification_threshold,
        )
        setting = design.Setting(capability_decline=capability_decline, stake=stake)
        designs = {_YOURS: yours} | {key: preset.design for key, preset in design.PRESETS.items()}
        cards = design.compare(designs, setting, years)
        for key in _ORDER:
            for bar, value in zip(self.bars[key], cards[key].headlines().values(), strict=True):
                bar.set_width(value)
            self.lines[key].set_ydata(designs[key].over_time(setting, _CURVE_YEARS).deterrence)
        card = cards[_YOURS]
        for text, value in zip(self.values, card.headlines().values(), strict=True):
            text.set_position((value + 0.015, text.get_position()[1]))
            text.set_text(f"{value:.2f}")
        self.crisis_line.set_xdata([years, years])
        self.crisis.set_offsets([[years, card.deterrence]])
        return _readout(card, yours, setting)


def _percent(value: float) -> str:
    return f"{value:.1%}"


#: The readout's table: (scorecard field, label, format) for the headline numbers and,
#: beside them, the intermediate numbers behind them.
_HEADLINE_ROWS = tuple(
    (name, f"{label[0].upper()}{label[1:]} ({'↑' if up else '↓'})", "{:.3f}".format)
    for name, label, up in design.Scorecard.HEADLINES
)
_INTERMEDIATE_ROWS = (
    ("will", "Government willing to fight", "{:.3f}".format),
    ("domestic_credibility", "Every veto player agrees", "{:.3f}".format),
    ("domestic_support", "Domestic support at signing S<sub>0</sub>", "{:.3f}".format),
    ("war_probability", "Challenger attacks, guarantor fights", "{:.3f}".format),
    ("emboldenment_without_guarantee", "Protégé's war risk, no guarantee", "{:.3f}".format),
    ("protege_burden", "Protégé's defence, % of income", _percent),
    ("guarantor_burden", "Guarantor's defence, % of income", _percent),
)
#: Rows that describe the treaty as if it were in force: greyed out when it is not.
_IF_IN_FORCE = frozenset({"will", "domestic_credibility"})
_CELL = "padding:1px 6px;text-align:{}"
_GREY = "#7F7F7F"
_EMPTY_ROW = "<td colspan='3'></td>"


def _row(card: design.Scorecard, name: str, label: str, show) -> str:
    hypothetical = name in _IF_IN_FORCE and not (card.ratified and card.in_force)
    if hypothetical:
        label += " <i>(if it were in force)</i>"
    colour = f";color:{_GREY}" if hypothetical else ""
    return (
        f"<td style='{_CELL.format('left')}{colour}'>{label}</td>"
        f"<td style='{_CELL.format('right')}{colour}'><b>{show(getattr(card, name))}</b></td>"
        f"<td style='{_CELL.format('left')};color:{_GREY}'>{design.MODEL_OF[name]}</td>"
    )


def _notes(card: design.Scorecard, yours: design.GuaranteeDesign, setting: design.Setting) -> list:
    notes = []
    if not card.ratified:
        notes.append(
            "<b style='color:#E69F00'>Not ratified:</b> domestic support "
            f"S<sub>0</sub> = {card.domestic_support:.2f} falls short of the threshold "
            f"r = {yours.ratification_threshold:.2f}: no treaty, so no guarantee (q = 0). "
            "The grey rows say what the government and veto players would do if it were in force."
        )
    if not card.in_force:
        notes.append(
            f"<b style='color:#E69F00'>Term over:</b> the guarantee ended after "
            f"{yours.term_years:g} years, before the crisis in year {card.years:g}, so nobody "
            "is bound (q = 0). The grey rows say what would happen if it were still in force."
        )
    if design.WORDINGS[yours.wording].conditional:
        notes.append(
            "<b>Conditional wording:</b> help is withheld after a provocation the guarantor "
            f"detects (observability τ = {yours.observability:.2f}), so the protégé expects "
            f"h = (1 − τ)q = {card.provoked_support:.3f} rather than q = "
            f"{card.honour_probability:.3f} if its own demands start a war."
        )
    elif yours.observability > 0:
        notes.append(
            f"Observability τ = {yours.observability:.2f} has no effect: only conditional "
            "wording uses it."
        )
    if yours.exit_clause:
        notes.append(
            "Your exit clause can be used from signing, so the wording's part of the reneging "
            f"cost is already cut: a = {card.reneging_cost:.2f} (NATO 1949's applies only from "
            f"year {design.PRESETS['nato_1949'].design.exit_after_years:g})."
        )
    notes.append(
        f"The guarantor's chance of defeating the challenger has fallen to "
        f"p<sub>t</sub> = {card.capability:.2f} by year {card.years:g} "
        f"({setting.capability_decline:.1%} a year from {setting.capability:.2f})."
    )
    return notes


def _readout(card: design.Scorecard, yours: design.GuaranteeDesign, setting: design.Setting) -> str:
    body = "".join(
        f"<tr>{_row(card, *headline) if headline else _EMPTY_ROW}{_row(card, *intermediate)}</tr>"
        for headline, intermediate in zip_longest(_HEADLINE_ROWS, _INTERMEDIATE_ROWS)
    )
    header = (
        f"<tr><th style='{_CELL.format('left')}' colspan='3'>Your design in year "
        f"{card.years:g}: headline numbers</th><th style='{_CELL.format('left')}' "
        "colspan='3'>Behind them</th></tr>"
    )
    notes = "".join(f"<li>{note}</li>" for note in _notes(card, yours, setting))
    return (
        f"<table style='border-collapse:collapse;font-size:0.95em'>{header}{body}</table>"
        f"<p style='margin:0.3em 0;color:{_GREY}'>Grey, after each number: the model behind it "
        "(q = will × veto players' agreement, D2 × B1). All five designs are scored in the same setting.</p>"
        f"<ul style='margin:0.2em 0'>{notes}</ul>"
    )


def guarantee_design() -> Lab:
    """Write a guarantee and compare its scorecard with four historical designs."""
    controls = {
        "wording": dropdown(
            "Wording",
            [(key.replace("_", " "), key) for key in design.WORDINGS],
            "discretionary",
        ),
        "forward_forces": slider("Forward forces (tripwire)", 0.2, 0.0, 1.0, 0.05),
        "observability": slider("Observability τ", 0.5, 0.0, 1.0, 0.05),
        "spending_benchmark": slider(
            "Spending benchmark b*", 0.0, 0.0, 0.05, 0.005, readout_format=".1%"
        ),
        "exit_clause": toggle("Exit clause (leave after notice)", False),
        "term_years": int_slider("Term in years (0: no end)", 0, 0, 50),
        "ratification_threshold": slider("Ratification threshold r", 0.5, 0.0, 0.95, 0.01),
        "years": slider("Crisis in year t", 10.0, 1.0, _MAX_YEARS, 0.5, readout_format=".1f"),
        "capability_decline": slider(
            "Capability decline per year d", 0.02, 0.0, 0.10, 0.005, readout_format=".1%"
        ),
        "stake": slider("Guarantor's stake v", 1.0, 0.0, 2.0, 0.05),
    }
    return Lab(
        "Designing a guarantee",
        GuaranteeDesignView(),
        controls,
        instructions=(
            "Add a tripwire (forward forces) and watch deterrence and entanglement rise together. "
            "Switch to conditional wording and raise observability τ (it matters only for "
            "conditional wording). Add a 2% spending benchmark, then raise the ratification "
            "threshold until the treaty fails. Finally set a capability decline and follow each "
            "design over time in panel (b)."
        ),
    )
