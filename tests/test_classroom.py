"""Tests for the in-class crisis game: the state machine in guaranteelab.classroom and the
widget in guaranteelab.classroom_app.

The payoffs are checked against D3's table written out by hand, the summary
against frequencies counted by hand on a scripted game, and the prediction by
seeded Monte Carlo play: two teams that follow the model's equilibrium
strategies for many rounds reproduce the predicted frequencies within 4
standard errors.
"""

from __future__ import annotations

import math
import subprocess
import sys
from dataclasses import FrozenInstanceError

import numpy as np
import pytest

from guaranteelab.classroom import (
    MOVERS,
    MOVES,
    NODES,
    CrisisClassGame,
    CrisisGameSession,
)
from guaranteelab.classroom_app import CrisisGameApp, crisis_game
from guaranteelab.deterrence.signalling import CrisisSignallingGame

#: A game with no default values, so that every payoff is distinguishable.
PARAMETERS = {
    "prior_resolve": 0.25,
    "gain": 1.5,
    "concession_cost": 0.8,
    "challenger_retreat_cost": 0.4,
    "defender_retreat_gain": 0.3,
    "challenger_war_payoff": -1.7,
    "resolute_war_payoff": -0.2,
    "irresolute_war_payoff": -6.0,
    "audience_cost": 1.1,
}


def _types(seed: int, rounds: int, prior: float) -> tuple[str, ...]:
    """D's types recomputed directly from numpy's generator."""
    draws = np.random.default_rng(seed).random(rounds)
    return tuple("resolute" if d < prior else "irresolute" for d in draws)


# ---------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------


def test_settings_compose_the_model():
    settings = CrisisClassGame.from_parameters(rounds=4, seed=3, **PARAMETERS)
    assert settings.game == CrisisSignallingGame(**PARAMETERS)
    assert settings.equilibrium == CrisisSignallingGame(**PARAMETERS).solve()
    with pytest.raises(FrozenInstanceError):
        settings.rounds = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"rounds": 0}, ValueError, "rounds"),
        ({"rounds": 100_001}, ValueError, "rounds"),
        ({"rounds": 2.0}, TypeError, "rounds"),
        ({"rounds": True}, TypeError, "rounds"),
        ({"rounds": math.nan}, TypeError, "rounds"),
        ({"seed": -1}, ValueError, "seed"),
        ({"seed": math.inf}, TypeError, "seed"),
        ({"seed": "1"}, TypeError, "seed"),
        ({"game": {"prior_resolve": 0.3}}, TypeError, "game"),
    ],
)
def test_settings_reject_bad_input(kwargs, error, match):
    with pytest.raises(error, match=match):
        CrisisClassGame(**kwargs)


@pytest.mark.parametrize(
    ("parameters", "match"),
    [
        ({"prior_resolve": 1.5}, "prior_resolve"),
        ({"prior_resolve": math.nan}, "prior_resolve"),
        ({"gain": math.inf}, "gain"),
        ({"audience_cost": -1.0}, "audience_cost"),
        ({"irresolute_war_payoff": -1.5}, "irresolute_war_payoff"),
    ],
)
def test_model_parameters_are_validated(parameters, match):
    with pytest.raises(ValueError, match=match):
        CrisisClassGame.from_parameters(**parameters)
    with pytest.raises(ValueError, match=match):
        crisis_game(**parameters)


def test_unknown_parameter_is_a_type_error():
    with pytest.raises(TypeError, match="resolve"):
        CrisisClassGame.from_parameters(resolve=0.3)


def test_payoffs_follow_the_d3_table():
    """D3's payoff table, written out by hand for both types."""
    settings = CrisisClassGame.from_parameters(**PARAMETERS)
    table = {
        ("status_quo", "resolute"): (0.0, 0.0),
        ("status_quo", "irresolute"): (0.0, 0.0),
        ("concession", "resolute"): (1.5, -0.8),
        ("concession", "irresolute"): (1.5, -0.8),
        ("backdown", "resolute"): (-0.4, 0.3),
        ("backdown", "irresolute"): (-0.4, 0.3),
        ("war", "resolute"): (-1.7, -0.2),
        ("war", "irresolute"): (-1.7, -6.0),
        ("yield", "resolute"): (1.5, -0.8 - 1.1),
        ("yield", "irresolute"): (1.5, -0.8 - 1.1),
    }
    for (outcome, kind), expected in table.items():
        assert settings.payoffs(outcome, kind) == pytest.approx(expected)
    with pytest.raises(ValueError, match="outcome"):
        settings.payoffs("peace", "resolute")
    with pytest.raises(ValueError, match="defender_type"):
        settings.payoffs("war", "stubborn")


# ---------------------------------------------------------------------------
# Types and reproducibility
# ---------------------------------------------------------------------------


def test_types_are_seeded_and_reproducible():
    settings = CrisisClassGame(rounds=50, seed=11, game=CrisisSignallingGame(prior_resolve=0.4))
    assert settings.defender_types() == _types(11, 50, 0.4)
    assert CrisisGameSession(settings)._types == settings.defender_types()
    others = {CrisisClassGame(rounds=50, seed=seed).defender_types() for seed in (11, 12, 13, 14)}
    assert len(others) == 4, "different seeds give different sequences"


def test_types_do_not_depend_on_play():
    """The same seed deals the same types whatever the teams do."""
    settings = CrisisClassGame(rounds=3, seed=8)
    a, b = CrisisGameSession(settings), CrisisGameSession(settings)
    a.play("status_quo", "status_quo", "status_quo")
    b.play("challenge", "resist", "press", "fight", "challenge", "concede", "status_quo")
    assert [r.defender_type for r in a.history] == [r.defender_type for r in b.history]


def test_type_frequency_matches_the_prior():
    """Monte Carlo: the share of resolute types is within 4 SE of the prior."""
    prior, rounds = 0.3, 20_000
    types = CrisisClassGame(
        rounds=rounds, seed=5, game=CrisisSignallingGame(prior_resolve=prior)
    ).defender_types()
    share = types.count("resolute") / rounds
    assert abs(share - prior) < 4 * math.sqrt(prior * (1 - prior) / rounds)


# ---------------------------------------------------------------------------
# The state machine
# ---------------------------------------------------------------------------


def test_nodes_movers_and_legal_moves():
    session = CrisisGameSession(CrisisClassGame(rounds=2, seed=1))
    expected = [
        ("opening", "C", ("challenge", "status_quo")),
        ("response", "D", ("resist", "concede")),
        ("escalation", "C", ("press", "back_down")),
        ("showdown", "D", ("fight", "yield")),
    ]
    for (node, mover, legal), move in zip(
        expected, ("challenge", "resist", "press", "fight"), strict=True
    ):
        assert (session.round_number, session.node, session.mover) == (1, node, mover)
        assert session.legal_moves() == legal
        assert session.move(move) is None or node == "showdown"
    assert (session.round_number, session.node, session.mover) == (2, "opening", "C")
    assert [MOVERS[n] for n in NODES] == ["C", "D", "C", "D"]
    assert set(MOVES) == set(NODES)


@pytest.mark.parametrize(
    ("moves", "outcome"),
    [
        (("status_quo",), "status_quo"),
        (("challenge", "concede"), "concession"),
        (("challenge", "resist", "back_down"), "backdown"),
        (("challenge", "resist", "press", "fight"), "war"),
        (("challenge", "resist", "press", "yield"), "yield"),
    ],
)
def test_every_path_ends_in_its_outcome_with_the_table_payoffs(moves, outcome):
    settings = CrisisClassGame.from_parameters(rounds=1, seed=4, **PARAMETERS)
    session = CrisisGameSession(settings)
    kind = session.defender_type
    records = [session.move(m) for m in moves]
    assert records[:-1] == [None] * (len(moves) - 1)
    record = records[-1]
    assert record == session.history[0]
    assert (record.round, record.moves, record.outcome, record.defender_type) == (
        1,
        moves,
        outcome,
        kind,
    )
    assert record.payoffs == settings.payoffs(outcome, kind)
    assert session.finished and session.node is None and session.mover is None
    assert session.legal_moves() == () and session.defender_type is None
    assert session.equilibrium_probabilities() == {}


def test_illegal_move_names_move_node_and_legal_moves():
    session = CrisisGameSession()
    with pytest.raises(ValueError, match=r"'press'.*'opening'.*'challenge', 'status_quo'"):
        session.move("press")
    session.play("challenge")
    with pytest.raises(ValueError, match=r"'fight'.*'response'.*team D.*'resist', 'concede'"):
        session.move("fight")
    assert session.current_moves == ("challenge",), "an illegal move changes nothing"
    with pytest.raises(TypeError, match="move"):
        session.move(None)  # type: ignore[arg-type]


def test_play_stops_at_the_first_illegal_move():
    session = CrisisGameSession(CrisisClassGame(rounds=2))
    with pytest.raises(ValueError, match="'yield'"):
        session.play("status_quo", "yield", "challenge")
    assert len(session.history) == 1 and session.current_moves == ()


def test_no_move_after_the_last_round():
    session = CrisisGameSession(CrisisClassGame(rounds=1))
    session.play("status_quo")
    assert session.round_number == 1
    with pytest.raises(ValueError, match=r"'challenge'.*finished"):
        session.move("challenge")


def test_session_rejects_wrong_settings():
    with pytest.raises(TypeError, match="settings"):
        CrisisGameSession({"rounds": 3})  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# The summary
# ---------------------------------------------------------------------------

SCRIPT = (
    ("challenge", "resist", "press", "yield"),  # round 1: resolute
    ("challenge", "concede"),  # round 2: irresolute
    ("status_quo",),  # round 3: irresolute
    ("challenge", "resist", "back_down"),  # round 4: irresolute
    ("challenge", "resist", "press", "fight"),  # round 5: irresolute
    ("challenge", "concede"),  # round 6: irresolute
)


def test_summary_on_a_scripted_game_counted_by_hand():
    settings = CrisisClassGame(rounds=6, seed=2026)
    assert settings.defender_types() == ("resolute",) + ("irresolute",) * 5
    session = CrisisGameSession(settings)
    for moves in SCRIPT:
        session.play(*moves)
    result = session.summary()
    # Challenged: rounds 1, 2, 4, 5, 6. Irresolute and challenged: 2, 4, 5, 6, of which
    # 4 and 5 resisted. Resisted: 1, 4, 5, of which 1 and 5 were pressed. War: round 5.
    assert (result.rounds_played, result.challenges) == (6, 5)
    assert result.challenge_share == pytest.approx(5 / 6)
    assert (result.irresolute_challenged, result.bluff_share) == (4, pytest.approx(2 / 4))
    assert (result.resisted, result.press_share) == (3, pytest.approx(2 / 3))
    assert (result.wars, result.war_share) == (1, pytest.approx(1 / 5))
    # Payoffs by hand with the default game: yield (1, -2), concession (1, -1),
    # status quo (0, 0), backdown (-0.5, 0.5), war for an irresolute D (-2, -10).
    assert result.challenger_total == pytest.approx(1 + 1 + 0 - 0.5 - 2 + 1)
    assert result.defender_total == pytest.approx(-2 - 1 + 0 + 0.5 - 10 - 1)
    eq = CrisisSignallingGame().solve()
    assert result.equilibrium == eq
    assert (result.predicted_challenge, result.predicted_bluff) == (1.0, eq.bluff_probability)
    assert (result.predicted_press, result.predicted_war) == (
        eq.press_probability,
        eq.war_probability_given_challenge,
    )
    assert result.predicted_challenger_total == pytest.approx(6 * eq.challenge_value)
    assert result.predicted_defender_total == pytest.approx(
        6 * (0.3 * eq.resolute_payoff + 0.7 * eq.irresolute_payoff)
    )
    labels = [row[0] for row in result.comparison()]
    assert labels == [
        "C challenges",
        "irresolute D bluffs",
        "C presses if resisted",
        "war | challenge",
    ]


def test_summary_shares_are_nan_when_no_round_reached_the_node():
    session = CrisisGameSession(CrisisClassGame(rounds=2))
    empty = session.summary()
    assert empty.rounds_played == 0 and math.isnan(empty.challenge_share)
    session.play("status_quo", "status_quo")
    result = session.summary()
    assert result.challenge_share == 0.0
    for share in (result.bluff_share, result.press_share, result.war_share):
        assert math.isnan(share)


def test_equilibrium_probabilities_are_the_models_strategies():
    settings = CrisisClassGame(rounds=40, seed=9)
    eq = settings.equilibrium
    session = CrisisGameSession(settings)
    seen = set()
    while not session.finished:
        kind = session.defender_type
        probabilities = session.equilibrium_probabilities()
        expected_first = {
            "opening": 1.0,
            "response": 1.0 if kind == "resolute" else eq.bluff_probability,
            "escalation": eq.press_probability,
            "showdown": 1.0 if kind == "resolute" else 0.0,
        }[session.node]
        first, second = session.legal_moves()
        assert probabilities == pytest.approx({first: expected_first, second: 1 - expected_first})
        seen.add((session.node, kind))
        session.move(first)  # walk every path to the showdown
    assert len(seen) == 8


def _play_equilibrium(settings: CrisisClassGame, seed: int) -> CrisisGameSession:
    """Both teams follow the model's equilibrium strategies, drawn with their own generator."""
    rng = np.random.default_rng(seed)
    session = CrisisGameSession(settings)
    while not session.finished:
        (first, p), (second, _) = session.equilibrium_probabilities().items()
        session.move(first if rng.random() < p else second)
    return session


def _within(share: float, predicted: float, count: int) -> bool:
    se = math.sqrt(max(predicted * (1 - predicted), 1e-12) / count)
    return abs(share - predicted) <= 4 * se


@pytest.mark.parametrize(
    ("parameters", "regime"),
    [
        ({}, "semi_separating"),
        ({"prior_resolve": 0.15, "audience_cost": 3.0}, "semi_separating"),
        ({"challenger_war_payoff": -0.2}, "always_press"),
    ],
)
def test_equilibrium_play_converges_to_the_prediction(parameters, regime):
    """Monte Carlo: equilibrium play reproduces P(challenge), β, q and P(war | challenge)."""
    settings = CrisisClassGame.from_parameters(rounds=20_000, seed=31, **parameters)
    assert settings.equilibrium.regime == regime and settings.equilibrium.challenges
    session = _play_equilibrium(settings, seed=32)
    result = session.summary()
    assert result.challenge_share == result.predicted_challenge == 1.0
    assert _within(result.bluff_share, result.predicted_bluff, result.irresolute_challenged)
    assert _within(result.press_share, result.predicted_press, result.resisted)
    assert _within(result.war_share, result.predicted_war, result.challenges)
    # Payoffs too: the class's average is within 4 SE of the equilibrium expectation.
    payoffs = np.array([r.challenger_payoff for r in session.history])
    assert abs(payoffs.mean() - result.predicted_challenger_total / 20_000) <= 4 * (
        payoffs.std(ddof=1) / math.sqrt(payoffs.size)
    )


def test_deterred_challenger_never_challenges():
    """Above the challenge threshold, equilibrium play is the status quo in every round."""
    settings = CrisisClassGame.from_parameters(rounds=200, seed=2, prior_resolve=0.6)
    result = _play_equilibrium(settings, seed=3).summary()
    assert result.predicted_challenge == 0.0 and result.challenge_share == 0.0
    assert result.challenger_total == result.defender_total == 0.0


def test_import_pulls_in_no_plotting_or_widgets():
    code = (
        "import sys, guaranteelab.classroom\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'ipywidgets')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------------
# The widget, driven headlessly
# ---------------------------------------------------------------------------


def _visible(app: CrisisGameApp) -> list[str]:
    return [
        move
        for move, button in app.buttons.items()
        if button.layout.display != "none" and not button.disabled
    ]


def test_app_shows_only_the_legal_buttons():
    app = crisis_game(rounds=2, seed=1)
    assert "Round 1 of 2" in app.round_counter.value
    for moves, expected in [
        ((), ["challenge", "status_quo"]),
        (("challenge",), ["resist", "concede"]),
        (("resist",), ["press", "back_down"]),
        (("press",), ["fight", "yield"]),
    ]:
        app.play(*moves)
        assert _visible(app) == expected
        team = MOVERS[app.session.node]
        assert f"Team {team}" in app.turn.value
    for move, button in app.buttons.items():
        if move not in ("fight", "yield"):
            assert button.disabled and button.layout.display == "none"


def test_buttons_click_through_a_whole_game():
    app = crisis_game(rounds=2, seed=1)
    assert app.results.layout.display == "none" and app.chart.value == b""
    for move in ("challenge", "resist", "back_down", "challenge", "concede"):
        app.buttons[move].click()
    assert app.session.finished
    assert [r.outcome for r in app.session.history] == ["backdown", "concession"]
    assert "Game over" in app.round_counter.value
    assert _visible(app) == []
    assert app.results.layout.display is None
    assert app.chart.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "always challenges" in app.readout.value
    assert f"{app.session.equilibrium.bluff_probability:.2f}" in app.readout.value
    axes = app.figure.axes[0]
    heights = [patch.get_height() for patch in axes.patches]
    summary = app.summary()
    expected = [0.0 if math.isnan(row[1]) else row[1] for row in summary.comparison()]
    expected += [row[2] for row in summary.comparison()]
    assert heights == pytest.approx(expected)


def test_type_is_shown_only_through_the_toggle_and_hidden_at_each_new_round():
    app = crisis_game(rounds=3, seed=2026)
    kind = app.session.defender_type
    assert app.show_type.value is False
    assert kind not in app.type_panel.value and "hidden" in app.type_panel.value
    app.show_type.value = True
    assert f"<b>{kind}</b>" in app.type_panel.value
    app.play("challenge")
    assert app.show_type.value is True, "the type stays shown within a round"
    app.play("concede")
    assert app.show_type.value is False and "hidden" in app.type_panel.value


def test_history_reveals_types_only_at_the_end():
    app = crisis_game(rounds=2, seed=2026)
    app.play("challenge", "concede")
    assert "shown at the end" in app.history.value and "resolute" not in app.history.value
    assert "D conceded" in app.history.value
    app.play("status_quo")
    assert "shown at the end" not in app.history.value
    assert "resolute" in app.history.value and "irresolute" in app.history.value


def test_app_play_raises_on_an_illegal_move_but_buttons_never_do():
    app = crisis_game(rounds=1)
    with pytest.raises(ValueError, match=r"'fight'.*'opening'"):
        app.play("fight")
    app.buttons["fight"].click()  # hidden and disabled, but click() still fires handlers
    assert "did not work" in app.status.value and "&#x27;fight&#x27;" in app.status.value
    app.buttons["status_quo"].click()
    assert app.status.value == "" and app.session.finished


def test_any_button_sequence_never_raises():
    """Seeded random presses of every button (legal or not), the toggle and restart."""
    rng = np.random.default_rng(0)
    app = crisis_game(rounds=3, seed=4)
    controls = [*app.buttons.values(), app.restart_button]
    for _ in range(400):
        choice = rng.integers(len(controls) + 1)
        if choice == len(controls):
            app.show_type.value = not app.show_type.value
        else:
            controls[choice].click()
        if app.session.finished:
            assert app.results.layout.display is None and app.chart.value


def test_restart_replays_the_same_types():
    app = crisis_game(rounds=1, seed=6)
    app.play("challenge", "concede")
    first = app.session.history[0].defender_type
    app.restart_button.click()
    assert not app.session.history and app.results.layout.display == "none"
    assert app.session.defender_type == first
    assert "Round 1 of 1" in app.round_counter.value


def test_app_displays_as_a_widget_with_a_png_fallback_at_the_end():
    app = crisis_game(rounds=1)
    bundle = app._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle and "image/png" not in bundle
    app.play("status_quo")
    assert "image/png" in app._repr_mimebundle_()


def test_deterred_game_readout_says_no_challenge():
    app = crisis_game(rounds=1, prior_resolve=0.6)
    app.play("challenge", "resist", "back_down")
    assert "never challenges" in app.readout.value
