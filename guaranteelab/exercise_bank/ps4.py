"""Self-checks for problem set 4, Entanglement (notebooks 09 and 10).

Expected numbers are computed with :mod:`guaranteelab.entanglement`, so a
correction to a model or to an example network can never leave an exercise
behind.
"""

from guaranteelab.entanglement import (
    balancing_probability,
    crisis_1914,
    minimum_loss,
    nobody_balances_probability,
    optimal_support,
)
from guaranteelab.exercises import Exercise, Number

# P4.1 and P4.2: the alliance security dilemma with alpha = 0.8, epsilon = 0.3,
# dependence 1 and divergence 2 (x = 0.8, y = 0.6).
_SUPPORT = optimal_support(realignment=0.8, recklessness=0.3, dependence=1.0, divergence=2.0)
_LOSS = minimum_loss(realignment=0.8, recklessness=0.3, dependence=1.0, divergence=2.0)

# P4.3 and P4.4: the volunteer's dilemma with c = 1, V = 4, delta = 0.8 and three powers.
_SIGMA = balancing_probability(cost=1.0, value=4.0, offence_dominance=0.8, powers=3)
_NOBODY = nobody_balances_probability(cost=1.0, value=4.0, offence_dominance=0.8, powers=3)

# P4.5 and P4.6: the July crisis in the toy network of notebook 10.
_BRITAIN = crisis_1914().exact(progress=False).probability("GBR")
_BRITAIN_BELGIUM = crisis_1914(belgium=True).exact(progress=False).probability("GBR")

EXERCISES = (
    Exercise(
        key="P4.1",
        question="The optimal support s* for α = 0.8, ε = 0.3, D_A = 1 and D_E = 2.",
        answer=Number(
            _SUPPORT,
            mistakes={
                0.8 / (0.8 + 0.3): "You left out the weights: x = αD_A and y = εD_E.",
                0.6 / 1.4: "That is y/(x + y), the weight on entrapment: s* = x/(x + y).",
            },
        ),
        hint="Minimise x(1 − s)² + ys² with x = αD_A and y = εD_E.",
        explanation="x = 0.8 and y = 0.6, so s* = 0.8/1.4 ≈ 0.571.",
    ),
    Exercise(
        key="P4.2",
        question="The least loss L* at that support.",
        answer=Number(
            _LOSS,
            mistakes={0.8 * 0.6: "That is xy; divide by x + y."},
        ),
        hint="Substitute s* = x/(x + y) into x(1 − s)² + ys².",
        explanation="L* = xy/(x + y) = 0.48/1.4 ≈ 0.343.",
    ),
    Exercise(
        key="P4.3",
        question="Each power's balancing probability σ* for c = 1, V = 4, δ = 0.8 and n = 3.",
        answer=Number(
            _SIGMA,
            mistakes={
                1.0 - 1.0 / 3.2: "The exponent is 1/(n − 1) = 1/2: σ* = 1 − (c/δV)^(1/2).",
                (1.0 / 3.2) ** 0.5: "That is 1 − σ*, the probability of passing the buck.",
            },
        ),
        hint="Indifference: V − c = V − δV(1 − σ)^(n−1).",
        explanation="(1 − σ)² = c/(δV) = 0.3125, so σ* = 1 − 0.559 ≈ 0.441.",
    ),
    Exercise(
        key="P4.4",
        question="The probability that nobody balances in that equilibrium.",
        answer=Number(
            _NOBODY,
            mistakes={
                1.0 / 3.2: "That is (1 − σ*)² for two of the powers; all three must pass.",
                0.8
                * (1.0 / 3.2)
                ** 1.5: "That is the probability of collapse: nobody balances and the front line falls.",
            },
        ),
        hint="(1 − σ*)^n = (c/δV)^(n/(n−1)).",
        explanation="0.3125^1.5 ≈ 0.175: more than one time in six the front-line state is left alone.",
    ),
    Exercise(
        key="P4.5",
        question="In the toy network of 1914, the probability that Britain fights.",
        answer=Number(
            _BRITAIN,
            mistakes={
                0.6: "Britain is called only if France has joined, and France only if Russia has.",
                0.9: "That is Britain's pledge to Belgium, which is not called unless Belgium is attacked.",
            },
        ),
        hint="Follow the chain Serbia → Russia → France → Britain and multiply the honouring probabilities.",
        explanation="0.8 · 0.9 · 0.6 = 0.432: each link in the chain may fail.",
    ),
    Exercise(
        key="P4.6",
        question="The same probability when Germany also attacks Belgium.",
        answer=Number(
            _BRITAIN_BELGIUM,
            mistakes={
                0.9: "If the pledge to Belgium fails, Britain may still be called later through France.",
                1.0
                - 0.1 * 0.4: "France's call comes only if France has joined (probability 0.72).",
            },
        ),
        hint="Britain is called first by Belgium (0.9); if that trial fails, later through the chain via France.",
        explanation="0.9 + 0.1 · 0.432 = 0.9432: the invasion of Belgium makes Britain's entry almost certain in the model.",
    ),
)
