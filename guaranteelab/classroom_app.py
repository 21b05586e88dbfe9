"""The in-class crisis game as a widget app, for projecting in a seminar.

``crisis_game()`` shows the game of :mod:`guaranteelab.classroom` (model D3,
the crisis signalling game) for two teams: a round counter, a panel saying
which team moves, one button per legal move, D's type behind a "Show type to
team D" toggle (off by default, and switched off again at every new round, so
the type is never projected by accident), a running history, and at the end a
bar chart of what the class did beside the equilibrium prediction, with a
readout explaining the prediction in plain words. D's type in each past round
appears in the history only once the game is over.

All numbers come from :mod:`guaranteelab.classroom` and
:mod:`guaranteelab.deterrence.signalling`; this module only draws. Tests and
scripts drive it without clicking: ``app.play("challenge", "resist")``; a
button press never raises.

Examples
--------
>>> app = crisis_game(rounds=1, seed=3)
>>> app.play("status_quo")
>>> app.session.finished, app.results.layout.display is None
(True, True)
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets

from guaranteelab.classroom import (
    MOVES,
    TEAM_NAMES,
    CrisisClassGame,
    CrisisGameSession,
    CrisisGameSummary,
)
from guaranteelab.plotting import COLORS, finish_axes, new_figure, render_png, style

__all__ = ["CrisisGameApp", "crisis_game"]

#: Button labels, one per move.
MOVE_LABELS: dict[str, str] = {
    "challenge": "Challenge",
    "status_quo": "Keep the status quo",
    "resist": "Resist",
    "concede": "Concede",
    "press": "Press",
    "back_down": "Back down",
    "fight": "Fight",
    "yield": "Yield",
}
_ESCALATION = {"challenge", "resist", "press", "fight"}

_QUESTIONS = {
    "opening": "challenge the status quo, or leave it alone?",
    "response": "resist the challenge, or concede at once?",
    "escalation": "D resisted: press on, or back down?",
    "showdown": "C pressed: fight, or yield?",
}
_OUTCOME_TEXT = {
    "status_quo": "status quo",
    "concession": "D conceded",
    "backdown": "C backed down",
    "war": "war",
    "yield": "D yielded after resisting",
}
_TEAM_COLOURS = {"C": COLORS["challenger"], "D": COLORS["deterrence"]}
_REGIME_TEXT = {
    "always_press": (
        "A resisted challenger always presses (its war payoff beats backing down), so bluffing "
        "never pays: an irresolute guarantor concedes at once and only a resolute one resists."
    ),
    "pooling": (
        "The guarantor is likely enough to be resolute that both types resist and the "
        "challenger backs down: resisting reveals nothing."
    ),
    "semi_separating": (
        "An irresolute guarantor bluffs just often enough that a resisting guarantor is resolute "
        "with probability μ*, which leaves the challenger indifferent; the challenger presses just "
        "often enough that bluffing and conceding pay the irresolute type the same."
    ),
}

_TABLE_STYLE = "border-collapse:collapse;font-size:0.95em"
_CELL = "padding:0.15em 0.7em;border-bottom:1px solid #ddd;text-align:{align}"


def _fmt_share(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.2f}"


def _cell(text: str, align: str = "left", tag: str = "td") -> str:
    return f"<{tag} style='{_CELL.format(align=align)}'>{text}</{tag}>"


class CrisisGameApp:
    """Two teams play the crisis signalling game (D3) over several rounds.

    Parameters
    ----------
    settings : CrisisClassGame
        Rounds, seed and model.

    Attributes
    ----------
    session : CrisisGameSession
        The game's state; replaced by :meth:`restart`.
    buttons : dict of ipywidgets.Button
        One per move (keys as in :data:`guaranteelab.classroom.MOVES`); only the
        legal ones are shown and enabled.
    show_type : ipywidgets.ToggleButton
        Shows D's type in :attr:`type_panel`; off by default and at each new round.
    round_counter, turn, type_panel, history, status, readout : ipywidgets.HTML
    chart : ipywidgets.Image
        The results chart (PNG), drawn when the last round ends.
    results : ipywidgets.VBox
        The chart and the readout; hidden until the game is over.
    restart_button : ipywidgets.Button
    widget : ipywidgets.VBox
        Everything, laid out; the app displays as this widget.
    figure : matplotlib.figure.Figure or None
        The results figure, once drawn.
    """

    def __init__(self, settings: CrisisClassGame) -> None:
        self.settings = settings
        self.session = CrisisGameSession(settings)
        self.figure = None
        game = settings.game
        header = (
            "<h3 style='margin:0.2em 0'>Crisis game: challenger against guarantor</h3>"
            "<p style='margin:0.2em 0'>Team C (the challenger) and team D (the guarantor) play "
            f"{settings.rounds} rounds of the crisis signalling game. Before each round chance "
            f"makes D resolute with probability {game.prior_resolve:g}; only team D may know "
            "which. Payoffs (C, D): status quo (0, 0); D concedes "
            f"({game.gain:g}, {-game.concession_cost:g}); C backs down "
            f"({-game.challenger_retreat_cost:g}, {game.defender_retreat_gain:g}); "
            f"D yields after resisting ({game.gain:g}, "
            f"{-game.concession_cost - game.audience_cost:g}); war "
            f"({game.challenger_war_payoff:g}, {game.resolute_war_payoff:g} if D is resolute, "
            f"{game.irresolute_war_payoff:g} if not).</p>"
        )
        self.header = widgets.HTML(header, layout={"width": "100%"})
        self.round_counter = widgets.HTML()
        self.turn = widgets.HTML(layout={"width": "100%"})
        self.buttons: dict[str, widgets.Button] = {}
        for node_moves in MOVES.values():
            for move in node_moves:
                button = widgets.Button(
                    description=MOVE_LABELS[move],
                    button_style="danger" if move in _ESCALATION else "",
                    layout={"width": "14em"},
                    tooltip=MOVE_LABELS[move],
                )
                button.on_click(lambda _button, move=move: self._press(move))
                self.buttons[move] = button
        self.show_type = widgets.ToggleButton(
            value=False,
            description="Show type to team D",
            tooltip="For team D's eyes only: turn off before projecting",
            icon="eye",
            layout={"width": "14em"},
        )
        self.show_type.observe(lambda _change: self._safely(self._refresh_type), names="value")
        self.type_panel = widgets.HTML()
        self.status = widgets.HTML()
        self.history = widgets.HTML(layout={"width": "100%"})
        self.chart = widgets.Image(format="png", layout={"width": "100%", "max_width": "760px"})
        self.readout = widgets.HTML(layout={"width": "100%"})
        self.results = widgets.VBox(
            [widgets.HTML("<h4 style='margin:0.3em 0'>Results</h4>"), self.chart, self.readout],
            layout={"display": "none"},
        )
        self.restart_button = widgets.Button(
            description="Play again", icon="refresh", layout={"width": "14em"}
        )
        self.restart_button.on_click(lambda _button: self._safely(self.restart))
        self.widget = widgets.VBox(
            [
                self.header,
                self.round_counter,
                self.turn,
                widgets.HBox(list(self.buttons.values()), layout={"flex_flow": "row wrap"}),
                widgets.HBox([self.show_type, self.type_panel], layout={"align_items": "center"}),
                self.status,
                self.history,
                self.results,
                self.restart_button,
            ]
        )
        self._refresh()

    # -- driving the game ----------------------------------------------------

    def play(self, *moves: str) -> None:
        """Play moves in order, as the buttons would, and update the display.

        Raises
        ------
        ValueError
            If a move is not legal when it is played (the display shows the
            moves played before it).
        """
        try:
            for move in moves:
                self._apply(move)
        finally:
            self._refresh()

    def restart(self) -> None:
        """Start the same game again (same rounds, seed and so the same types)."""
        self.session = CrisisGameSession(self.settings)
        self.status.value = ""
        self.results.layout.display = "none"
        self.chart.value = b""
        self.readout.value = ""
        self.figure = None
        self._refresh()

    def summary(self) -> CrisisGameSummary:
        """The session's summary (see :meth:`CrisisGameSession.summary`)."""
        return self.session.summary()

    def _apply(self, move: str) -> None:
        before = len(self.session.history)
        self.session.move(move)
        if len(self.session.history) > before:
            # A new round (or the end): hide D's type before anything else is projected.
            self.show_type.value = False

    def _press(self, move: str) -> None:
        def act() -> None:
            self._apply(move)
            self.status.value = ""
            self._refresh()

        self._safely(act)

    def _safely(self, action) -> None:
        """Run a button's action; report any failure on screen instead of raising."""
        try:
            action()
        except Exception as exc:  # a classroom display must never crash
            self.status.value = (
                f"<p style='color:{COLORS['war']}'><b>That did not work:</b> "
                f"{html.escape(str(exc))}</p>"
            )
            try:
                self._refresh()
            except Exception:  # pragma: no cover - last resort, keep the widget alive
                pass

    # -- display ---------------------------------------------------------------

    def _refresh(self) -> None:
        session = self.session
        legal = set(session.legal_moves())
        for move, button in self.buttons.items():
            button.disabled = move not in legal
            button.layout.display = None if move in legal else "none"
        rounds = self.settings.rounds
        if session.finished:
            self.round_counter.value = f"<b>Game over</b> after {rounds} rounds"
            self.turn.value = "<p>The equilibrium prediction is revealed below.</p>"
            self.show_type.disabled = True
        else:
            self.round_counter.value = f"<b>Round {session.round_number} of {rounds}</b>"
            team = session.mover
            colour = _TEAM_COLOURS[team]
            played = ", ".join(MOVE_LABELS[m].lower() for m in session.current_moves)
            so_far = f" <span style='color:#555'>(so far: {played})</span>" if played else ""
            self.turn.value = (
                f"<p style='font-size:1.15em;margin:0.3em 0'>"
                f"<b style='color:{colour}'>Team {team} ({TEAM_NAMES[team]})</b> moves: "
                f"{_QUESTIONS[session.node]}{so_far}</p>"
            )
            self.show_type.disabled = False
        self._refresh_type()
        self.history.value = self._history_table()
        if session.finished and self.results.layout.display == "none":
            self._show_results()

    def _refresh_type(self) -> None:
        kind = self.session.defender_type
        if kind is None:
            self.type_panel.value = ""
        elif self.show_type.value:
            war = (
                self.settings.game.resolute_war_payoff
                if kind == "resolute"
                else self.settings.game.irresolute_war_payoff
            )
            meaning = (
                "it prefers war to yielding" if kind == "resolute" else "it prefers yielding to war"
            )
            self.type_panel.value = (
                f"<span style='margin-left:1em'>Team D only: this round D is "
                f"<b>{kind}</b> (war pays D {war:g}; {meaning}).</span>"
            )
        else:
            self.type_panel.value = (
                "<span style='margin-left:1em;color:#555'>D's type is hidden. The instructor "
                "can show it to team D alone.</span>"
            )

    def _history_table(self) -> str:
        history = self.session.history
        if not history:
            return "<p style='color:#555'>No rounds played yet.</p>"
        reveal = self.session.finished
        head = "".join(
            _cell(text, align, "th")
            for text, align in (
                ("Round", "right"),
                ("Moves", "left"),
                ("Outcome", "left"),
                ("C's payoff", "right"),
                ("D's payoff", "right"),
                ("D's type", "left"),
            )
        )
        rows = []
        for record in history:
            rows.append(
                "<tr>"
                + _cell(str(record.round), "right")
                + _cell(", ".join(MOVE_LABELS[m].lower() for m in record.moves))
                + _cell(_OUTCOME_TEXT[record.outcome])
                + _cell(f"{record.challenger_payoff:g}", "right")
                + _cell(f"{record.defender_payoff:g}", "right")
                + _cell(record.defender_type if reveal else "shown at the end")
                + "</tr>"
            )
        result = self.session.summary()
        rows.append(
            "<tr>"
            + _cell("<b>Total</b>", "right")
            + _cell("")
            + _cell("")
            + _cell(f"<b>{result.challenger_total:g}</b>", "right")
            + _cell(f"<b>{result.defender_total:g}</b>", "right")
            + _cell("")
            + "</tr>"
        )
        return (
            f"<table style='{_TABLE_STYLE}'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def _show_results(self) -> None:
        result = self.session.summary()
        self.figure = _results_figure(result)
        self.chart.value = render_png(self.figure)
        self.readout.value = _results_text(result, self.settings)
        self.results.layout.display = None

    def _repr_mimebundle_(self, **kwargs: Any) -> Mapping[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        if self.chart.value:
            bundle["image/png"] = base64.b64encode(self.chart.value).decode("ascii")
        bundle["text/plain"] = f"<{type(self).__name__}: {self.settings.rounds} rounds>"
        return bundle


def _results_figure(result: CrisisGameSummary):
    """Grouped bars: the class's shares beside the equilibrium prediction."""
    rows = result.comparison()
    figure, ax = new_figure(figsize=(8.4, 4.4), managed=False)
    positions = list(range(len(rows)))
    width = 0.38
    with style():
        observed = [0.0 if math.isnan(share) else share for _, share, _, _ in rows]
        predicted = [prediction for _, _, prediction, _ in rows]
        ax.bar(
            [x - width / 2 for x in positions],
            observed,
            width,
            color=COLORS["highlight"],
            edgecolor=COLORS["ink"],
            linewidth=1.2,
            label="the class",
        )
        ax.bar(
            [x + width / 2 for x in positions],
            predicted,
            width,
            color=COLORS["neutral"],
            label="equilibrium prediction",
        )
        for x, (_, share, _, count) in zip(positions, rows, strict=True):
            label = "n/a" if math.isnan(share) else f"n={count}"
            ax.text(x, 1.04, label, ha="center", fontsize=10, color=COLORS["ink"])
        ax.set_xticks(positions, [label for label, _, _, _ in rows])
        ax.set_ylim(0.0, 1.42)
        ax.set_yticks([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.legend(loc="upper center", ncols=2)
    finish_axes(
        ax,
        title="What the class did and what the model predicts",
        xlabel="choice (among the rounds that reached it)",
        ylabel="share or probability",
    )
    return figure


def _results_text(result: CrisisGameSummary, settings: CrisisClassGame) -> str:
    eq = result.equilibrium
    pi = settings.game.prior_resolve
    if eq.challenges:
        opening = (
            f"The guarantor is resolute with probability {pi:g}, below the threshold "
            f"π̄ = {eq.challenge_threshold:.2f}, so the model predicts that the challenger "
            "<b>always challenges</b>."
        )
    else:
        opening = (
            f"The guarantor is resolute with probability {pi:g}, at or above the threshold "
            f"π̄ = {eq.challenge_threshold:.2f}, so the model predicts that the challenger "
            "<b>never challenges</b>: deterrence holds. The rest describes a crisis had one begun."
        )
    inside = (
        f"{_REGIME_TEXT[eq.regime]} Here μ* = {eq.press_threshold:.2f}. Prediction: an irresolute guarantor bluffs with probability "
        f"β = {eq.bluff_probability:.2f}, a resisted challenger presses with probability "
        f"q = {eq.press_probability:.2f}, and a challenge ends in war with probability "
        f"{eq.war_probability_given_challenge:.2f}."
    )
    rows = "".join(
        "<tr>"
        + _cell(label)
        + _cell(_fmt_share(share), "right")
        + _cell(f"{prediction:.2f}", "right")
        + _cell(str(count), "right")
        + "</tr>"
        for label, share, prediction, count in result.comparison()
    )
    head = "".join(
        _cell(text, align, "th")
        for text, align in (
            ("", "left"),
            ("class", "right"),
            ("model", "right"),
            ("rounds behind it", "right"),
        )
    )
    payoffs = (
        f"Total payoffs: team C {result.challenger_total:g} (equilibrium expectation "
        f"{result.predicted_challenger_total:.2f}), team D {result.defender_total:g} "
        f"(expectation {result.predicted_defender_total:.2f})."
    )
    caution = (
        "With so few rounds a share can sit far from its prediction by chance alone; "
        "ask whether the teams' reasons matched the model's, not only their numbers."
    )
    return (
        f"<p>{opening}</p><p>{inside}</p>"
        f"<table style='{_TABLE_STYLE}'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
        f"</table><p>{payoffs}</p><p style='color:#555'>{caution}</p>"
    )


def crisis_game(rounds: int = 6, seed: int = 2026, **parameters: float) -> CrisisGameApp:
    """An in-class crisis game for two teams, with the prediction revealed at the end.

    Parameters
    ----------
    rounds : int
        Number of rounds (1 to 100,000).
    seed : int
        Seed for D's types; the same seed gives the same types.
    **parameters
        Parameters of :class:`~guaranteelab.deterrence.signalling.CrisisSignallingGame`
        (``prior_resolve``, ``audience_cost``, ...); its defaults otherwise.

    Returns
    -------
    CrisisGameApp
        Displays as a widget.

    Raises
    ------
    ValueError
        If a parameter is out of range.

    Examples
    --------
    >>> app = crisis_game(rounds=2, seed=5, prior_resolve=0.2)
    >>> app.session.legal_moves()
    ('challenge', 'status_quo')
    >>> app.buttons["challenge"].click()
    >>> app.session.mover
    'D'
    """
    return CrisisGameApp(CrisisClassGame.from_parameters(rounds=rounds, seed=seed, **parameters))
