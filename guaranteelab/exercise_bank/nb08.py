"""Self-checks for notebook 08, Emboldenment and strategic ambiguity.

Expected numbers are computed with :mod:`guaranteelab.moral_hazard`, so a
correction to the model can never leave an exercise behind.
"""

from guaranteelab.exercises import Boolean, Choice, Exercise, Number
from guaranteelab.moral_hazard import CommitmentDesign, challenger_threshold, war_probability

_WAR_INSURED = war_probability(1.0, 0.1, 0.2, 0.4, 1.0, 1.0)
_WAR_UNINSURED = war_probability(1.0, 0.1, 0.2, 0.4, 0.0, 1.0)
_CAPABILITY_RAISES_WAR = bool(
    war_probability(1.0, 0.1, 0.3, 0.4, 0.0, 1.0) > war_probability(1.0, 0.1, 0.1, 0.4, 0.0, 1.0)
)
_GAME = CommitmentDesign(1.0, -3.0, 1.0, 1.0, 1.0, -1.0)
_H_C = challenger_threshold(1.0, -3.0)
_TAU = _GAME.minimum_observability().tau
_CLARITY = {
    "status_quo": "A",
    "unprovoked_attack": "B",
    "provocation_succeeds": "C",
    "provoked_war": "D",
}[_GAME.clarity().outcome]

EXERCISES = (
    Exercise(
        key="08.1",
        question="P(war) at full support h = 1 with p0 = 0.1, Δ = 0.2, c_P0 = 0.4, γ = 1, c̄ = 1.",
        answer=Number(
            _WAR_INSURED,
            mistakes={
                _WAR_UNINSURED: "That is the risk with no insurance (γ = 0). Here the guarantor pays all of P's war cost.",
                0.0: "With c_P < c̄ the protégé asks for more than its war value, so the rival sometimes fights.",
            },
        ),
        hint="In the interior P(war) = (c̄ − c_P)/(2c̄) with c_P = c_P0(1 − γh).",
        explanation="Full insurance makes war free for the protégé, and it pushes its demand until war comes half the time.",
    ),
    Exercise(
        key="08.2",
        question="With γ = 0 (no cost insurance), a larger capability transfer Δ raises the probability of war.",
        answer=Boolean(
            _CAPABILITY_RAISES_WAR,
            if_wrong="A stronger protégé asks for more, by just enough to keep the risk of war the same.",
        ),
        hint="Compare war_probability with Δ = 0.1 and Δ = 0.3, keeping γ = 0.",
        explanation=(
            "The risk-return trade-off: while P's demand is interior, as here, capability changes "
            "what P demands, not the risk it accepts. Once P demands the whole good (y* = 1), "
            "more capability lowers the risk of war instead."
        ),
    ),
    Exercise(
        key="08.3",
        question="h_C for W_C^N = 1 and W_C^I = −3.",
        answer=Number(
            _H_C,
            mistakes={
                1 / 3: "That is W_C^N/|W_C^I|; the denominator is W_C^N − W_C^I = 1 + 3.",
                0.75: "That is 1 − h_C: the probability at which C's war is worth zero is W^N/(W^N − W^I).",
            },
        ),
        hint="C's war is worth h·W_C^I + (1 − h)·W_C^N; set it to zero.",
        explanation="A one-in-four chance of intervention already makes an unprovoked attack unprofitable.",
    ),
    Exercise(
        key="08.4",
        question="In the game (1, −3, 1, 1, 1, −1), above which observability τ does a conditional commitment keep the peace?",
        answer=Number(
            _TAU,
            mistakes={
                0.0: "With τ = 0 the guarantor cannot tell provocation from attack, so h_P = 1 emboldens P.",
                0.25: "That is h_C; the conditional commitment's h_P = 1 − τ must fall below h̄_C = 0.5.",
            },
        ),
        hint="τ* = max(0, 1 − h_T, 1 − h̄_C); compute the thresholds first.",
        explanation="The guarantor must catch more than half of all provocations; exactly half is not enough here, because at τ = 0.5 the challenger is indifferent and gives in.",
    ),
    Exercise(
        key="08.5",
        question="In the same game, what does clarity (h = 1) lead to? (A) status quo (B) C attacks (C) P provokes and C gives in (D) P provokes and war",
        answer=Choice(
            _CLARITY,
            options="ABCD",
            mistakes={
                "A": "Clarity deters C, but it also tells P that any provocation will be backed.",
                "D": "With h = 1 ≥ h̄_C, C prefers to give in rather than fight the guarantor.",
            },
        ),
        hint="At h = 1 compare h with h̄_C (does C give in?) and with h_T (does P dare?).",
        explanation="Certain support emboldens the protégé, and the challenger, facing certain intervention, gives in.",
    ),
)
