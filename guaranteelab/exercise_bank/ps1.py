"""Self-checks for problem set 1, Deterrence (notebooks 02 and 03).

Expected numbers are computed with :mod:`guaranteelab.deterrence.classical`
and :mod:`guaranteelab.deterrence.extended`, so a correction to a model can
never leave an exercise behind.
"""

from scipy.optimize import brentq

from guaranteelab.deterrence.classical import challenge_probability, credibility_threshold
from guaranteelab.deterrence.extended import (
    full_deterrence_credibility,
    honour_probability,
    war_probability,
    war_risk_peak,
)
from guaranteelab.exercises import Choices, Exercise, Number

# P1.1: the threshold with a satisfied challenger.
_THRESHOLD = credibility_threshold(gain=4.0, war_cost=1.0, capability=0.6, status_quo_value=1.0)

# P1.3: the least resolve that keeps challenges to one in four.
_RESOLVE = brentq(
    lambda r: challenge_probability(max_gain=2.0, war_cost=1.0, capability=0.5, resolve=r) - 0.25,
    0.0,
    1.0,
)

# P1.4 and P1.5: a Berlin-like garrison (stake 1, capability 0.2, max war cost 1.5,
# challenger's cost 1).
_GARRISON_Q = honour_probability(stake=1.0, reneging_cost=0.5, capability=0.2, max_war_cost=1.5)
_GARRISON_WAR = war_probability(_GARRISON_Q, capability=0.2, challenger_cost=1.0)
_NO_GARRISON_WAR = war_probability(
    honour_probability(stake=1.0, reneging_cost=0.0, capability=0.2, max_war_cost=1.5),
    capability=0.2,
    challenger_cost=1.0,
)
# q = (pv + a)/K must reach the full-deterrence credibility 1/(p + c_C).
_LEAST_RENEGING = full_deterrence_credibility(capability=0.2, challenger_cost=1.0) * 1.5 - 0.2 * 1.0

# P1.6: where war risk peaks.
_PEAK = war_risk_peak(capability=0.2, challenger_cost=1.0)

EXERCISES = (
    Exercise(
        key="P1.1",
        question="The credibility threshold r* for B = 4, c = 1, p = 0.6 and σ = 1.",
        answer=Number(
            _THRESHOLD,
            mistakes={
                4.0
                / (0.6 * 4.0 + 1.0): "You left out the status quo: the numerator is B − σ, not B.",
                3.0
                / (
                    0.6 + 1.0
                ): "Capability multiplies the gain in the denominator: pB + c, not p + c.",
                (0.6 * 4.0 + 1.0) / 3.0: "You inverted the fraction: r* = (B − σ)/(pB + c).",
            },
        ),
        hint="Set EU(attack) = B − r(pB + c) equal to σ and solve for r.",
        explanation="r* = (4 − 1)/(0.6·4 + 1) = 3/3.4 ≈ 0.882: a challenger that values the status quo is easier to deter.",
    ),
    Exercise(
        key="P1.2",
        question="Which signs of the comparative statics of r* = (B − σ)/(pB + c) are right (for 0 ≤ σ < B)?",
        answer=Choices(frozenset("ABD"), options="ABCDE"),
        hint="Differentiate the quotient in each parameter; the sign of the numerator of the derivative decides.",
        explanation=(
            "∂r*/∂p = −B(B − σ)/(pB + c)² < 0 (A); ∂r*/∂B = (c + pσ)/(pB + c)² > 0 (B); "
            "∂r*/∂c < 0, so C is false; ∂r*/∂σ = −1/(pB + c) < 0 (D); with p = 1 the threshold "
            "(B − σ)/(B + c) still falls in c, so E is false."
        ),
    ),
    Exercise(
        key="P1.3",
        question="B uniform on [0, 2], c = 1, p = 0.5: the least resolve r that keeps P(challenge) at or below 0.25.",
        answer=Number(
            _RESOLVE,
            mistakes={
                0.75: "That ignores capability: the cutoff gain is rc/(1 − rp), not rc.",
                0.375: "You solved P(challenge) = 0.75 in the wrong direction: one challenger in four still attacks.",
            },
        ),
        hint="P(challenge) = 1 − rc/((1 − rp)·2). Set it to 0.25 and solve for r, or use a root finder.",
        explanation="rc = 0.75·2·(1 − r/2) gives r = 1.5/1.75 ≈ 0.857.",
    ),
    Exercise(
        key="P1.4",
        question="With the garrison (a = 0.5), the probability of war in the Berlin-like setting.",
        answer=Number(
            _GARRISON_WAR,
            mistakes={
                _NO_GARRISON_WAR: "That is the probability without the garrison (a = 0).",
                _GARRISON_Q: "That is the honouring probability q, not the probability of war.",
                1.0
                - _GARRISON_Q
                * 1.0
                / (
                    1.0 - _GARRISON_Q * 0.2
                ): "That is the probability of attack; war needs the guarantor to honour too.",
            },
        ),
        hint="q = (pv + a)/K̄; P(attack) = 1 − qc_C/(1 − qp); P(war) = q·P(attack).",
        explanation="q = 0.7/1.5 ≈ 0.467, the challenger attacks with probability ≈ 0.485, and war follows with probability ≈ 0.226.",
    ),
    Exercise(
        key="P1.5",
        question="The least reneging cost a that deters every challenger (v = 1, p = 0.2, K̄ = 1.5, c_C = 1).",
        answer=Number(
            _LEAST_RENEGING,
            mistakes={
                1.25: "You forgot the stake: the guarantor's own interest pv = 0.2 already counts.",
                1.0
                / 1.2: "That is the credibility needed, q̂ = 1/(p + c_C), not the reneging cost that buys it.",
            },
        ),
        hint="Full deterrence needs q ≥ q̂ = 1/(p + c_C). Solve (pv + a)/K̄ = q̂ for a.",
        explanation="q̂ = 1/1.2 ≈ 0.833, so a = 0.833·1.5 − 0.2 = 1.05: about twice the garrison's cost in the model.",
    ),
    Exercise(
        key="P1.6",
        question="The credibility q_m at which war risk peaks for p = 0.2 and c_C = 1.",
        answer=Number(
            _PEAK,
            mistakes={
                1.0
                / 1.2: "That is where war risk falls to zero (full deterrence), not where it peaks.",
                0.5: "That is 1/(2c_C), the peak only when p = 0.",
            },
        ),
        hint="q_m = 1/(p + c_C + √(c_C(p + c_C))), or maximise P(war) = q − c_C q²/(1 − pq) numerically.",
        explanation="q_m = 1/(1.2 + √1.2) ≈ 0.436: a guarantee believed a little under half the time is the most war-prone.",
    ),
)
