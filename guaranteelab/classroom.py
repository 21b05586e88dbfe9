r"""An in-class crisis game: two teams play the crisis signalling game (D3) round by round.

One team plays the challenger C, the other the guarantor (defender) D of
model D3 (:class:`~guaranteelab.deterrence.signalling.CrisisSignallingGame`,
after Fearon 1994). Before each round a seeded random generator makes D
*resolute* with probability :math:`\pi` (``prior_resolve``) and *irresolute*
otherwise; only team D is told. The round then runs through at most four
decision nodes:

* ``opening``: C plays ``challenge`` or ``status_quo``; the status quo ends
  the round with payoffs (0, 0);
* ``response``: D plays ``resist`` or ``concede``; conceding ends it with
  :math:`(b, -s)`;
* ``escalation``: C plays ``press`` or ``back_down``; backing down ends it
  with :math:`(-a_C, \rho)`;
* ``showdown``: D plays ``fight`` (war, :math:`(w_C, w_D^\theta)`) or
  ``yield`` (:math:`(b, -s-a_D)`).

Payoffs are (C, D), exactly as in D3's table; :math:`w_D^\theta` is the
resolute or the irresolute type's war payoff. The teams may play any legal
move: the game does not force the types' dominant moves at the showdown, so a
class can see what an irresolute defender pays for fighting.

At the end :meth:`CrisisGameSession.summary` sets what the class did beside
what the model predicts, using the model's equilibrium
(:meth:`~guaranteelab.deterrence.signalling.CrisisSignallingGame.solve`) and
no maths of its own:

* the share of rounds in which C challenged, against 1 or 0 (C challenges iff
  :math:`\pi < \bar\pi`);
* among challenged irresolute defenders, the share that resisted (bluffed),
  against :math:`\beta`;
* among resisted challenges, the share that C pressed, against :math:`q`;
* among challenges, the share that ended in war, against
  :math:`P(\text{war} \mid \text{challenge})`.

With six or ten rounds these shares rest on a handful of plays, so the
comparison is a prompt for discussion, not a test of the model; the summary
reports the counts behind each share so that the instructor can say so.

What this game cannot show: the class knows the model (and often the prior),
plays it repeatedly against the same opponent, so reputations form across
rounds, which D3's one-shot equilibrium ignores; and classroom payoffs are
points, not the stakes of a real crisis.

References
----------
.. [1] Fearon, J. D. (1994). Domestic political audiences and the escalation
   of international disputes. *American Political Science Review*, 88(3), 577–592.

Examples
--------
>>> session = CrisisGameSession(CrisisClassGame(rounds=2, seed=7))
>>> session.mover, session.legal_moves()
('C', ('challenge', 'status_quo'))
>>> session.play("challenge", "resist", "back_down")
>>> session.round_number, session.node
(2, 'opening')
>>> session.history[0].outcome, session.history[0].payoffs
('backdown', (-0.5, 0.5))
>>> session.play("status_quo")
>>> session.finished
True
>>> result = session.summary()
>>> result.challenge_share, result.predicted_challenge
(0.5, 1.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from guaranteelab import _validate as v
from guaranteelab.deterrence.signalling import CrisisSignallingEquilibrium, CrisisSignallingGame

__all__ = [
    "MOVERS",
    "MOVES",
    "NODES",
    "OUTCOMES",
    "TEAM_NAMES",
    "CrisisClassGame",
    "CrisisGameSession",
    "CrisisGameSummary",
    "RoundRecord",
]

#: The decision nodes of a round, in order.
NODES: tuple[str, ...] = ("opening", "response", "escalation", "showdown")
#: Which team moves at each node.
MOVERS: dict[str, str] = {"opening": "C", "response": "D", "escalation": "C", "showdown": "D"}
#: The legal moves at each node; the first one continues the crisis (or ends in war).
MOVES: dict[str, tuple[str, str]] = {
    "opening": ("challenge", "status_quo"),
    "response": ("resist", "concede"),
    "escalation": ("press", "back_down"),
    "showdown": ("fight", "yield"),
}
#: How a round can end; the move that ends it in each case.
OUTCOMES: dict[str, str] = {
    "status_quo": "status_quo",
    "concede": "concession",
    "back_down": "backdown",
    "fight": "war",
    "yield": "yield",
}
#: Plain names of the two teams.
TEAM_NAMES: dict[str, str] = {"C": "challenger", "D": "guarantor"}

_MAX_ROUNDS = 100_000


@dataclass(frozen=True)
class CrisisClassGame:
    """The settings of one classroom crisis game: the model, the number of rounds, the seed.

    Parameters
    ----------
    rounds : int
        Number of rounds, from 1 to 100,000 (a class plays a handful; simulations more).
    seed : int
        Non-negative seed of the generator that draws D's type in each round;
        the same seed gives the same sequence of types.
    game : CrisisSignallingGame
        The D3 model whose payoffs and equilibrium the game uses.

    Raises
    ------
    ValueError
        If ``rounds`` or ``seed`` is out of range (the message names it).
    TypeError
        If ``rounds`` or ``seed`` is not an integer, or ``game`` is not a
        :class:`CrisisSignallingGame`.

    Examples
    --------
    >>> settings = CrisisClassGame.from_parameters(rounds=4, seed=1, prior_resolve=0.2)
    >>> settings.game.prior_resolve, settings.equilibrium.regime
    (0.2, 'semi_separating')
    >>> CrisisClassGame(rounds=0)
    Traceback (most recent call last):
    ...
    ValueError: rounds must be an integer in [1, 100000]; got 0
    """

    rounds: int = 6
    seed: int = 2026
    game: CrisisSignallingGame = field(default_factory=CrisisSignallingGame)

    def __post_init__(self) -> None:
        v.integer("rounds", self.rounds, ge=1, le=_MAX_ROUNDS)
        v.integer("seed", self.seed, ge=0)
        if not isinstance(self.game, CrisisSignallingGame):
            raise TypeError(f"game must be a CrisisSignallingGame; got {type(self.game).__name__}")

    @classmethod
    def from_parameters(
        cls, rounds: int = 6, seed: int = 2026, **parameters: float
    ) -> CrisisClassGame:
        """Build the settings from D3's keyword parameters (``prior_resolve=0.3``, ...).

        Raises
        ------
        ValueError
            If a parameter is out of range.
        TypeError
            If a keyword is not a parameter of :class:`CrisisSignallingGame`.
        """
        return cls(rounds=rounds, seed=seed, game=CrisisSignallingGame(**parameters))

    @property
    def equilibrium(self) -> CrisisSignallingEquilibrium:
        """The model's equilibrium (computed by :meth:`CrisisSignallingGame.solve`)."""
        return self.game.solve()

    def defender_types(self) -> tuple[str, ...]:
        """D's type in every round, ``"resolute"`` or ``"irresolute"``, from the seed.

        All types are drawn at once from ``numpy.random.default_rng(seed)``, so
        the sequence does not depend on how the teams play.

        Examples
        --------
        >>> CrisisClassGame(rounds=3, seed=2026).defender_types() == (
        ...     CrisisClassGame(rounds=3, seed=2026).defender_types()
        ... )
        True
        """
        draws = np.random.default_rng(self.seed).random(self.rounds)
        return tuple(
            "resolute" if draw < self.game.prior_resolve else "irresolute" for draw in draws
        )

    def payoffs(self, outcome: str, defender_type: str) -> tuple[float, float]:
        """The payoffs (C, D) of an outcome of :data:`OUTCOMES`, per D3's table.

        Examples
        --------
        >>> settings = CrisisClassGame()
        >>> settings.payoffs("war", "resolute"), settings.payoffs("yield", "irresolute")
        ((-2.0, -0.5), (1.0, -2.0))
        """
        v.choice("outcome", outcome, tuple(OUTCOMES.values()))
        v.choice("defender_type", defender_type, ("resolute", "irresolute"))
        g = self.game
        war_payoff = (
            g.resolute_war_payoff if defender_type == "resolute" else g.irresolute_war_payoff
        )
        table = {
            "status_quo": (0.0, 0.0),
            "concession": (g.gain, -g.concession_cost),
            "backdown": (-g.challenger_retreat_cost, g.defender_retreat_gain),
            "war": (g.challenger_war_payoff, war_payoff),
            "yield": (g.gain, -g.concession_cost - g.audience_cost),
        }
        challenger, defender = table[outcome]
        return float(challenger), float(defender)


@dataclass(frozen=True)
class RoundRecord:
    """One finished round.

    Attributes
    ----------
    round : int
        1-based round number.
    defender_type : str
        ``"resolute"`` or ``"irresolute"``.
    moves : tuple of str
        The moves played, in order (one to four).
    outcome : str
        One of the values of :data:`OUTCOMES`.
    challenger_payoff, defender_payoff : float
        The round's payoffs.
    """

    round: int
    defender_type: str
    moves: tuple[str, ...]
    outcome: str
    challenger_payoff: float
    defender_payoff: float

    @property
    def payoffs(self) -> tuple[float, float]:
        """(C's payoff, D's payoff)."""
        return (self.challenger_payoff, self.defender_payoff)

    @property
    def challenged(self) -> bool:
        return self.moves[0] == "challenge"

    @property
    def resisted(self) -> bool:
        return len(self.moves) > 1 and self.moves[1] == "resist"

    @property
    def pressed(self) -> bool:
        return len(self.moves) > 2 and self.moves[2] == "press"


@dataclass(frozen=True)
class CrisisGameSummary:
    """What the class did beside what the model predicts.

    A share is ``nan`` when no round reached the node it describes (the
    matching count is then 0).

    Attributes
    ----------
    rounds_played : int
    challenges : int
        Rounds in which C challenged.
    challenge_share : float
        ``challenges / rounds_played``.
    irresolute_challenged : int
        Challenged rounds with an irresolute D.
    bluff_share : float
        Share of those in which D resisted (bluffed).
    resisted : int
        Challenges that D resisted.
    press_share : float
        Share of those that C pressed.
    wars : int
        Rounds ending in war.
    war_share : float
        ``wars / challenges``.
    predicted_challenge : float
        1.0 if C challenges in equilibrium, else 0.0.
    predicted_bluff : float
        :math:`\\beta`.
    predicted_press : float
        :math:`q`.
    predicted_war : float
        :math:`P(\\text{war} \\mid \\text{challenge})`.
    challenger_total, defender_total : float
        The teams' total payoffs.
    predicted_challenger_total, predicted_defender_total : float
        Their expected totals over the rounds played if both follow the
        equilibrium (D's averaged over its type with the prior).
    equilibrium : CrisisSignallingEquilibrium
        The model's full equilibrium.
    """

    rounds_played: int
    challenges: int
    challenge_share: float
    irresolute_challenged: int
    bluff_share: float
    resisted: int
    press_share: float
    wars: int
    war_share: float
    predicted_challenge: float
    predicted_bluff: float
    predicted_press: float
    predicted_war: float
    challenger_total: float
    defender_total: float
    predicted_challenger_total: float
    predicted_defender_total: float
    equilibrium: CrisisSignallingEquilibrium

    def comparison(self) -> tuple[tuple[str, float, float, int], ...]:
        """Rows (label, class share, prediction, count behind the share), for tables and charts."""
        return (
            ("C challenges", self.challenge_share, self.predicted_challenge, self.rounds_played),
            (
                "irresolute D bluffs",
                self.bluff_share,
                self.predicted_bluff,
                self.irresolute_challenged,
            ),
            ("C presses if resisted", self.press_share, self.predicted_press, self.resisted),
            ("war | challenge", self.war_share, self.predicted_war, self.challenges),
        )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else math.nan


class CrisisGameSession:
    """The state of a classroom crisis game: whose move it is, what is legal, what happened.

    Parameters
    ----------
    settings : CrisisClassGame, optional
        Rounds, seed and model; the defaults if omitted.

    Attributes
    ----------
    settings : CrisisClassGame
    equilibrium : CrisisSignallingEquilibrium
        The model's equilibrium, solved once.
    history : tuple of RoundRecord
        The finished rounds.

    Examples
    --------
    >>> session = CrisisGameSession(CrisisClassGame(rounds=1))
    >>> session.play("challenge", "resist", "press")
    >>> session.node, session.mover, session.legal_moves()
    ('showdown', 'D', ('fight', 'yield'))
    >>> session.move("surrender")
    Traceback (most recent call last):
    ...
    ValueError: move 'surrender' is not legal at node 'showdown' (team D, the guarantor, to move); legal moves: 'fight', 'yield'
    """

    def __init__(self, settings: CrisisClassGame | None = None) -> None:
        if settings is None:
            settings = CrisisClassGame()
        if not isinstance(settings, CrisisClassGame):
            raise TypeError(f"settings must be a CrisisClassGame; got {type(settings).__name__}")
        self.settings = settings
        self.equilibrium = settings.equilibrium
        self._types = settings.defender_types()
        self._history: list[RoundRecord] = []
        self._moves: list[str] = []

    # -- state ---------------------------------------------------------------

    @property
    def history(self) -> tuple[RoundRecord, ...]:
        return tuple(self._history)

    @property
    def finished(self) -> bool:
        """Whether every round has been played."""
        return len(self._history) >= self.settings.rounds

    @property
    def round_number(self) -> int:
        """The current round, 1-based (the last round's number once finished)."""
        return min(len(self._history) + 1, self.settings.rounds)

    @property
    def node(self) -> str | None:
        """The current decision node (one of :data:`NODES`), or ``None`` when finished."""
        return None if self.finished else NODES[len(self._moves)]

    @property
    def mover(self) -> str | None:
        """``"C"`` or ``"D"``, the team to move, or ``None`` when finished."""
        node = self.node
        return None if node is None else MOVERS[node]

    @property
    def defender_type(self) -> str | None:
        """D's type in the current round (for team D's eyes only), or ``None`` when finished."""
        return None if self.finished else self._types[len(self._history)]

    @property
    def current_moves(self) -> tuple[str, ...]:
        """The moves played so far in the current round."""
        return tuple(self._moves)

    def legal_moves(self) -> tuple[str, ...]:
        """The moves allowed now; empty when the game is finished."""
        node = self.node
        return () if node is None else MOVES[node]

    # -- play ----------------------------------------------------------------

    def move(self, move: str) -> RoundRecord | None:
        """Play one move for the team whose turn it is.

        Returns
        -------
        RoundRecord or None
            The finished round if this move ended it, else ``None``.

        Raises
        ------
        ValueError
            If the move is not legal now (the message names the move, the node
            and the legal moves), or the game is finished.
        TypeError
            If ``move`` is not a string.
        """
        if not isinstance(move, str):
            raise TypeError(f"move must be a string; got {move!r} ({type(move).__name__})")
        node = self.node
        if node is None:
            raise ValueError(
                f"move {move!r} is not legal: the game is finished after "
                f"{self.settings.rounds} rounds; legal moves: none"
            )
        legal = MOVES[node]
        if move not in legal:
            team = MOVERS[node]
            listed = ", ".join(repr(m) for m in legal)
            raise ValueError(
                f"move {move!r} is not legal at node {node!r} "
                f"(team {team}, the {TEAM_NAMES[team]}, to move); legal moves: {listed}"
            )
        self._moves.append(move)
        if move not in OUTCOMES:
            return None
        outcome = OUTCOMES[move]
        defender_type = self._types[len(self._history)]
        challenger, defender = self.settings.payoffs(outcome, defender_type)
        record = RoundRecord(
            round=len(self._history) + 1,
            defender_type=defender_type,
            moves=tuple(self._moves),
            outcome=outcome,
            challenger_payoff=challenger,
            defender_payoff=defender,
        )
        self._history.append(record)
        self._moves = []
        return record

    def play(self, *moves: str) -> None:
        """Play several moves in order (see :meth:`move`); stops at the first illegal one."""
        for move in moves:
            self.move(move)

    def equilibrium_probabilities(self) -> dict[str, float]:
        """The probability of each legal move now if the mover follows the model's equilibrium.

        At the opening C challenges with probability 1 or 0; a resolute D
        always resists and fights; an irresolute D resists with probability
        :math:`\\beta` and yields; C presses with probability :math:`q`. Empty
        when the game is finished.

        Examples
        --------
        >>> session = CrisisGameSession(CrisisClassGame(rounds=1, seed=0))
        >>> session.equilibrium_probabilities()
        {'challenge': 1.0, 'status_quo': 0.0}
        """
        node = self.node
        if node is None:
            return {}
        eq = self.equilibrium
        resolute = self.defender_type == "resolute"
        first = {
            "opening": 1.0 if eq.challenges else 0.0,
            "response": 1.0 if resolute else eq.bluff_probability,
            "escalation": eq.press_probability,
            "showdown": 1.0 if resolute else 0.0,
        }[node]
        continue_move, stop_move = MOVES[node]
        return {continue_move: float(first), stop_move: float(1.0 - first)}

    # -- results -------------------------------------------------------------

    def summary(self) -> CrisisGameSummary:
        """The class's frequencies and payoffs beside the equilibrium prediction.

        Uses the finished rounds only, so it can be shown mid-game too.
        """
        rounds = self._history
        challenged = [r for r in rounds if r.challenged]
        irresolute = [r for r in challenged if r.defender_type == "irresolute"]
        resisted = [r for r in challenged if r.resisted]
        eq = self.equilibrium
        pi = float(self.settings.game.prior_resolve)
        played = len(rounds)
        defender_expected = pi * eq.resolute_payoff + (1.0 - pi) * eq.irresolute_payoff
        challenger_expected = eq.challenge_value if eq.challenges else 0.0
        return CrisisGameSummary(
            rounds_played=played,
            challenges=len(challenged),
            challenge_share=_share(len(challenged), played),
            irresolute_challenged=len(irresolute),
            bluff_share=_share(sum(r.resisted for r in irresolute), len(irresolute)),
            resisted=len(resisted),
            press_share=_share(sum(r.pressed for r in resisted), len(resisted)),
            wars=sum(r.outcome == "war" for r in rounds),
            war_share=_share(sum(r.outcome == "war" for r in challenged), len(challenged)),
            predicted_challenge=1.0 if eq.challenges else 0.0,
            predicted_bluff=float(eq.bluff_probability),
            predicted_press=float(eq.press_probability),
            predicted_war=float(eq.war_probability_given_challenge),
            challenger_total=float(sum(r.challenger_payoff for r in rounds)),
            defender_total=float(sum(r.defender_payoff for r in rounds)),
            predicted_challenger_total=float(played * challenger_expected),
            predicted_defender_total=float(played * defender_expected),
            equilibrium=eq,
        )
