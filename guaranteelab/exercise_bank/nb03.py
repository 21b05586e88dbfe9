"""Self-checks for notebook 03, Extended deterrence.

Expected numbers are computed with :mod:`guaranteelab.deterrence.extended`,
so a correction to the model can never leave an exercise behind.
"""

from guaranteelab.deterrence.extended import (
    ExtendedDeterrence,
    full_deterrence_credibility,
    honour_probability,
    war_probability,
    war_risk_peak,
)
from guaranteelab.exercises import Boolean, Choices, Exercise, Number

_Q = honour_probability(stake=2.0, reneging_cost=0.3, capability=0.6, max_war_cost=2.5)
_OUT = ExtendedDeterrence(
    stake=2.0, reneging_cost=0.3, capability=0.6, max_war_cost=2.5, challenger_cost=0.5
).solve()
_PEAK = war_risk_peak(capability=0.6, challenger_cost=0.5)

EXERCISES = (
    Exercise(
        key="03.1",
        question="The honouring probability q for v = 2, a = 0.3, p = 0.6 and K̄ = 2.5.",
        answer=Number(
            _Q,
            mistakes={
                (2.0 + 0.3)
                / 2.5: "Fighting rescues only the share p of the protégé's value: use pv, not v.",
                (0.6 * 2.0)
                / 2.5: "You left out the cost of reneging a, which the guarantor saves by fighting.",
            },
        ),
        hint="The guarantor fights iff its war cost k is at most pv + a, and k is uniform on [0, K̄].",
        explanation="pv + a = 1.5, and a cost uniform on [0, 2.5] is below 1.5 with probability 0.6.",
    ),
    Exercise(
        key="03.2",
        question="With the parameters of 03.1 and c_C = 0.5, the probability of war.",
        answer=Number(
            _OUT.war_probability,
            mistakes={
                _OUT.attack_probability: "That is P(attack). War needs an attack and the guarantor's intervention: multiply by q.",
                _OUT.abandonment_probability: "That is P(abandonment), an attack the guarantor does not answer.",
                _OUT.attack_threshold: "That is the attack threshold θ*, the least gain for which the challenger attacks.",
            },
        ),
        hint="θ* = q c_C/(1 − qp), P(attack) = 1 − min{1, θ*}, and P(war) = q · P(attack).",
        explanation="θ* = 0.3/0.64 ≈ 0.469, so P(attack) ≈ 0.531 and P(war) = 0.6 × 0.531 ≈ 0.319.",
    ),
    Exercise(
        key="03.3",
        question="For p = 0.6 and c_C = 0.5, the credibility q_m at which war is most likely.",
        answer=Number(
            _PEAK,
            mistakes={
                0.5: "War risk does not peak at exactly one half in general: maximise q − c_C q²/(1 − pq).",
                full_deterrence_credibility(
                    capability=0.6, challenger_cost=0.5
                ): "That is q̂ = 1/(p + c_C), where war risk has fallen back to zero.",
            },
        ),
        hint="q_m = (1 − √(c_C/(p + c_C)))/p, or use war_risk_peak.",
        explanation="q_m ≈ 0.543: a guarantee honoured about half the time is the most dangerous one here.",
    ),
    Exercise(
        key="03.4",
        question="With p = 0.1 and c_C = 0.3, is a half-credible guarantee more war-prone than a certain one?",
        answer=Boolean(
            bool(
                war_probability(0.5, capability=0.1, challenger_cost=0.3)
                > war_probability(1.0, capability=0.1, challenger_cost=0.3)
            ),
            if_wrong="Here q_m exceeds 1: war risk rises all the way to q = 1, so the certain guarantee is the riskier one.",
        ),
        hint="Compute q_m for these values, or compare war_probability at q = 0.5 and q = 1.",
        explanation=(
            "War is cheap for the challenger: c_C = 0.3 is below (1 − p)²/(2 − p) ≈ 0.426, so q_m ≈ 1.34 > 1, "
            "war risk keeps rising and full credibility is the most war-prone."
        ),
    ),
    Exercise(
        key="03.5",
        question="Which statements about the extended-deterrence model are true?",
        answer=Choices(frozenset("ABD"), options="ABCDE"),
        hint="Think about how each parameter moves q, and how q moves P(attack), P(war) and P(abandonment).",
        explanation=(
            "A higher K̄ can only lower q, and a lower q never deters more challengers, so P(attack) never falls (A); "
            "a tripwire raises a, which can only raise q, so P(attack) never rises (B). Both effects can be nil: "
            "once q is high enough that no challenger attacks, or when q is already capped at 1, P(attack) stays put. "
            "P(abandonment) falls as q rises (D). Raising credibility can raise war risk when q < q_m (C is false), "
            "and a ≥ K̄ makes help certain but does not stop challengers whose gain exceeds c_C/(1 − p) (E is false)."
        ),
    ),
)
