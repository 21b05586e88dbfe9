"""Self-checks for notebook 04, Signalling resolve: bluffing, audience costs and costly signals.

Expected numbers come from :mod:`guaranteelab.deterrence.signalling`, so a
correction to a model can never leave an exercise behind.
"""

from guaranteelab.deterrence.signalling import (
    CostlySignalGame,
    CrisisSignallingGame,
    challenge_threshold,
)
from guaranteelab.exercises import Boolean, Choices, Exercise, Number

#: The notebook's running example (the model's defaults).
_BASE = CrisisSignallingGame().solve()
_HIGH_AUDIENCE = CrisisSignallingGame(audience_cost=3.0).solve()
_NO_AUDIENCE = CrisisSignallingGame(audience_cost=0.0).solve()
_THRESHOLD = challenge_threshold(1.0, -3.0)
_COMPARISON = CostlySignalGame(
    prior_high=0.4, high_value=2.0, low_value=0.6, war_cost=1.0, challenge_vs_fighter=0.25
).compare()

EXERCISES = (
    Exercise(
        key="04.1",
        question="In the running example, with what probability does the irresolute defender bluff?",
        answer=Number(
            _BASE.bluff_probability,
            rel_tol=1e-3,
            mistakes={
                _BASE.press_probability: "That is q*, the challenger's press probability; it makes the bluffer indifferent.",
                _BASE.press_threshold: "That is μ*, the posterior the bluffing produces, not the bluffing probability.",
                1
                - _BASE.bluff_probability: "That is the probability that the irresolute type concedes at once.",
            },
        ),
        hint="β = π(1 − μ*)/((1 − π)μ*), with μ* = (b + a_C)/(b − w_C).",
        explanation="With μ* = 0.5 and π = 0.3, β = 0.15/0.35 = 3/7: just enough bluffing to make the challenger indifferent.",
    ),
    Exercise(
        key="04.2",
        question="Raise the audience cost from 1 to 3 in the running example. What is P(war | challenge)?",
        answer=Number(
            _HIGH_AUDIENCE.war_probability_given_challenge,
            rel_tol=1e-3,
            mistakes={
                _BASE.war_probability_given_challenge: "That is the value at a_D = 1; recompute q* with a_D = 3.",
                _NO_AUDIENCE.war_probability_given_challenge: "That is the value with no audience cost (q* = 1).",
                _HIGH_AUDIENCE.press_probability: "That is q*; war needs a resolute defender too, so multiply by π.",
            },
        ),
        hint="P(war | challenge) = π q*, with q* = (ρ + s)/(ρ + s + a_D).",
        explanation="q* = 1.5/4.5 = 1/3, so P(war | challenge) = 0.3/3 = 0.1, down from 0.18: a costlier retreat makes the challenger back down more often.",
    ),
    Exercise(
        key="04.3",
        question="True or false: in this model, a large enough audience cost deters a challenger who would otherwise challenge.",
        answer=Boolean(
            False,
            if_wrong=(
                "Check the challenge threshold π̄ = b/(b − w_C): the audience cost does not appear in it. "
                "Audience costs change how the crisis unfolds, not whether it starts."
            ),
        ),
        hint="Compare CrisisSignallingGame(audience_cost=0).solve().challenges with audience_cost=5.",
        explanation=(
            "C challenges iff π < b/(b − w_C) whatever a_D is: audience costs lower the war risk once a crisis "
            "starts, but in this model they do not prevent the crisis."
        ),
    ),
    Exercise(
        key="04.4",
        question="With b = 1 and w_C = −3, below which prior does the challenger challenge?",
        answer=Number(
            _THRESHOLD,
            rel_tol=1e-3,
            mistakes={
                1 / 3: "That is the threshold for w_C = −2. Use w_C = −3.",
                0.75: "That is |w_C|/(b + |w_C|); the threshold is b/(b − w_C).",
            },
        ),
        hint="π̄ = b/(b − w_C), the B/(B + C) threshold of notebook 02.",
        explanation="π̄ = 1/(1 + 3) = 0.25: a costlier war for the challenger deters it at a lower prior of resolve.",
    ),
    Exercise(
        key="04.5",
        question=(
            "With π = 0.4, v_H = 2, v_L = 0.6, c_D = 1 and g = 0.25, how much higher is the ex-ante "
            "probability of war with tying hands than with sinking costs?"
        ),
        answer=Number(
            _COMPARISON.extra_war_risk,
            rel_tol=1e-3,
            mistakes={
                0.0: "Check whether v_L > g c_D: if so, both types tie hands and both fight when challenged.",
                _COMPARISON.tying_hands.war_probability: "That is P(war) with tying hands alone; subtract P(war) with sinking costs.",
                _COMPARISON.sinking_costs.war_probability: "That is P(war) with sinking costs alone; subtract it from P(war) with tying hands.",
            },
        ),
        hint="v_L = 0.6 > g c_D = 0.25, so with tying hands P(war) = g; with sinking costs it is π g.",
        explanation="0.25 − 0.4 × 0.25 = 0.25 − 0.1 = 0.15: the pledge turns the low type into a committed fighter, so war comes whenever a hard challenger challenges, not only when the defender is the high type.",
    ),
    Exercise(
        key="04.6",
        question="Which statements about the costly-signal model are true?",
        answer=Choices(frozenset({"A", "B", "E"}), options="ABCDE"),
        hint="Reread the D5 section: who signals, who pays what, and which results depend on equilibrium selection.",
        explanation=(
            "In the selected sunk-cost equilibrium the low type pays nothing (A); in the selected "
            "equilibria tying hands pays at least as much (B); and the no-signal pool is a plain PBE "
            "with sinking costs (E). Tying hands risks strictly more war only when v_L > g c_D (not C), "
            "and a tied-hands cost is paid only if the state backs down, which never happens on the "
            "path (not D)."
        ),
    ),
)
