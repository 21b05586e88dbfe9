"""Lab for notebook 01: a timeline of historical security guarantees.

``timeline()`` draws every guarantee in the dataset as a bar from the year it
entered into force to the year it ended (or today), coloured by its form, and
lets a learner filter by type, era and outcome. The filtering itself is
:func:`guaranteelab.cases.filter_guarantees`; this module only draws.
"""

from __future__ import annotations

import html

import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from guaranteelab import cases
from guaranteelab.labs._core import Lab, dropdown, int_range_slider, toggle
from guaranteelab.plotting import COLORS, finish_axes, new_figure, style

__all__ = ["timeline"]

#: Bar colours: the nine types grouped into five families a learner can tell apart.
TYPE_FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Collective defence": (
        COLORS["deterrence"],
        ("multilateral_collective_defense", "accession_collective_defense"),
    ),
    "Bilateral defence": (COLORS["protege"], ("bilateral_mutual_defense",)),
    "Guarantee of status": (
        COLORS["challenger"],
        ("neutrality_guarantee", "guarantee_treaty"),
    ),
    "Assurance or declaration": (
        COLORS["abandonment"],
        ("security_assurance", "unilateral_declaration"),
    ),
    "No defence promise": (
        COLORS["neutral"],
        ("basing_security_treaty", "security_partnership"),
    ),
}
_COLOUR_OF_TYPE = {t: colour for colour, types in TYPE_FAMILIES.values() for t in types}
_ALL = "all"


class TimelineView:
    """Every guarantee as a bar; filtering hides bars and re-stacks the visible ones."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table.sort_values(["year_in_force", "year_signed", "id"])
        self.figure, self.ax = new_figure(figsize=(10.5, 7.5), managed=False)
        ended = self.table["year_ended"].fillna(cases.CURRENT_YEAR).astype(int)
        start = self.table["year_in_force"].astype(int)
        with style():
            self.bars = self.ax.barh(
                range(len(self.table)),
                (ended - start).clip(lower=1).to_numpy(),
                left=start.to_numpy(),
                height=0.7,
                color=[_COLOUR_OF_TYPE[t] for t in self.table["type"]],
            )
            for bar, tested in zip(self.bars, self.table["invoked_or_tested"], strict=True):
                if tested != "no":
                    bar.set_edgecolor(COLORS["ink"])
                    bar.set_linewidth(2.0)
                    bar.set_linestyle("-" if tested == "yes" else "--")
            self.empty_note = self.ax.text(
                0.5, 0.5, "No guarantee matches these filters.", transform=self.ax.transAxes,
                ha="center", va="center", visible=False,
            )  # fmt: skip
            handles = [
                Patch(color=colour, label=family) for family, (colour, _) in TYPE_FAMILIES.items()
            ]
            handles += [
                Line2D([], [], color=COLORS["ink"], lw=2, label="invoked"),
                Line2D([], [], color=COLORS["ink"], lw=2, ls="--", label="tested, not invoked"),
            ]
            self.figure.legend(handles=handles, loc="outside lower center", ncol=4, fontsize=10)
            self.ax.grid(axis="y", visible=False)
        finish_axes(
            self.ax,
            title="Security guarantees, from entry into force to end (or today)",
            xlabel="Year",
            ylabel="Guarantee",
        )

    def update(self, *, era: tuple[int, int], type: str, outcome: str, tested_only: bool) -> str:
        shown = cases.filter_guarantees(
            self.table,
            era=era,
            type=None if type == _ALL else type,
            outcome=None if outcome == _ALL else outcome,
            tested_only=tested_only,
        )
        position = {row_id: i for i, row_id in enumerate(shown.index)}
        for row_id, bar in zip(self.table.index, self.bars, strict=True):
            bar.set_visible(row_id in position)
            bar.set_y(position.get(row_id, 0) - 0.35)
        self.ax.set_yticks(range(len(shown)), list(shown["short_name"]), fontsize=10)
        self.ax.set_ylim(len(shown) - 0.5 if len(shown) else 1, -0.5)
        self.ax.set_xlim(era[0] - 2, era[1] + 2)
        self.empty_note.set_visible(shown.empty)
        return _readout(shown, len(self.table), era)


def _readout(shown: pd.DataFrame, total: int, era: tuple[int, int]) -> str:
    tested = int((shown["invoked_or_tested"] != "no").sum())
    summary = (
        f"<p><b>{len(shown)} of {total}</b> guarantees were in force at some time in "
        f"{era[0]}–{era[1]} and match the filters; <b>{tested}</b> of them were invoked or tested.</p>"
    )
    if shown.empty:
        return summary
    rows = "".join(
        "<tr>"
        f"<td>{html.escape(str(r.name))}</td><td>{r.year_signed}</td>"
        f"<td>{'' if pd.isna(r.year_ended) else r.year_ended}</td>"
        f"<td>{html.escape(str(r.wording_class).replace('_', ' '))}</td>"
        f"<td>{html.escape(str(r.outcome).replace('_', ' '))}</td>"
        "</tr>"
        for r in shown.itertuples()
    )
    return (
        summary + "<table style='font-size:0.9em'><tr><th>Guarantee</th><th>Signed</th>"
        "<th>Ended</th><th>Wording</th><th>Outcome</th></tr>" + rows + "</table>"
    )


def timeline(table: pd.DataFrame | None = None) -> Lab:
    """Explore the dataset of guarantees on a timeline filtered by era, type and outcome.

    Parameters
    ----------
    table
        A table as returned by :func:`guaranteelab.cases.load_guarantees`;
        the packaged dataset by default.
    """
    data = cases.load_guarantees() if table is None else table
    first = int(data["year_in_force"].min())
    controls = {
        "era": int_range_slider(
            "Era (years)", (first, cases.CURRENT_YEAR), first, cases.CURRENT_YEAR
        ),
        "type": dropdown(
            "Type",
            [("all types", _ALL)] + [(t.replace("_", " "), t) for t in cases.TYPES],
            _ALL,
        ),
        "outcome": dropdown(
            "Outcome",
            [("all outcomes", _ALL)] + [(o.replace("_", " "), o) for o in cases.OUTCOMES],
            _ALL,
        ),
        "tested_only": toggle("Only invoked or tested", False),
    }
    return Lab(
        "Timeline of security guarantees",
        TimelineView(data),
        controls,
        instructions=(
            "Narrow the era to the Cold War (1947–1991), then pick a type or an outcome. "
            "Which forms of guarantee were tested most often?"
        ),
    )
