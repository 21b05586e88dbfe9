"""Self-checks for notebook 05, Brinkmanship and escalation.

Expected numbers are computed with :mod:`guaranteelab.deterrence.brinkmanship`,
so a correction to the model can never leave an exercise behind.
"""

from guaranteelab.deterrence.brinkmanship import (
    Brinkmanship,
    contest_disaster_probability,
    maximum_acceptable_risk,
    minimum_effective_risk,
)
from guaranteelab.exercises import Boolean, Choices, Exercise, Number

_Q_MIN = minimum_effective_risk(challenger_gain=1.0, challenger_war_cost=3.0)
_Q_MAX = maximum_acceptable_risk(hard_probability=0.4, defender_loss=2.0, defender_war_cost=6.0)
_WINDOW = Brinkmanship(
    hard_probability=0.4,
    challenger_gain=1.0,
    challenger_war_cost=3.0,
    defender_loss=2.0,
    defender_war_cost=6.0,
).solve()
_DISASTER = contest_disaster_probability(upper=1.0)

EXERCISES = (
    Exercise(
        key="05.1",
        question="The smallest effective risk q_min for G = 1 and W_C = 3.",
        answer=Number(
            _Q_MIN,
            mistakes={
                3.0
                / 4.0: "That is W_C/(G + W_C), the chance of no war the soft challenger needs. Invert the roles.",
                1.0
                / 3.0: "That is G/W_C. Defying pays G only when war does not come: compare (1 − q)G with qW_C.",
            },
        ),
        hint="The soft challenger complies iff defying, (1 − q)G − qW_C, is worth no more than 0.",
        explanation="q_min = G/(G + W_C) = 1/4: a one-in-four risk of a war costing three times the gain is enough.",
    ),
    Exercise(
        key="05.2",
        question="The largest acceptable risk q_max for h = 0.4, L = 2 and W_D = 6.",
        answer=Number(
            _Q_MAX,
            mistakes={
                2.0
                / 6.0: "L/W_D is the largest share of hard challengers for which a pure threat is acceptable, not q_max.",
                2.0
                * 0.6
                / (
                    0.4 * 6.0
                ): "War replaces the loss L rather than adding to it: the extra cost of war is W_D − L.",
            },
        ),
        hint="With only the hard type defying, D gets −h[L + q(W_D − L)]; compare with −L.",
        explanation="q_max = L(1 − h)/(h(W_D − L)) = 1.2/1.6 = 0.75.",
    ),
    Exercise(
        key="05.3",
        question="With h = 0.4, G = 1, W_C = 3, L = 2, W_D = 6: is brinkmanship needed?",
        answer=Boolean(
            _WINDOW.brinkmanship_needed,
            if_wrong="A pure threat is acceptable only if h ≤ L/W_D = 1/3, and h = 0.4. But the window [0.25, 0.75] is open.",
        ),
        hint="Check two things: is a pure threat (q = 1) acceptable, and is q_min ≤ q_max?",
        explanation="h = 0.4 > L/W_D = 1/3, so certain war with the hard type is too costly, yet any risk in [0.25, 0.75] works.",
    ),
    Exercise(
        key="05.4",
        question="In the threat of 05.3, the probability that war breaks out.",
        answer=Number(
            _WINDOW.war_probability,
            mistakes={
                0.25: "That is the risk the threat carries. Only the hard type (share h) defies and runs it.",
                0.4: "That is the share of hard challengers; war needs both defiance and the risk materialising.",
            },
        ),
        hint="D picks q = q_min; the soft type complies; the hard type defies and war follows with probability q.",
        explanation="P(war) = h · q_min = 0.4 × 0.25 = 0.1: brinkmanship accepts a real risk of war.",
    ),
    Exercise(
        key="05.5",
        question="In the contest in risk-taking with X = 1, the probability of disaster.",
        answer=Number(
            _DISASTER,
            rel_tol=5e-3,
            mistakes={
                1.0 - _DISASTER: "That is the probability the contest ends peacefully, 4e − 10.",
            },
        ),
        hint="P(disaster) = 1 − 2∫₀¹ e^{u}(1 − u)² du at X = 1; integrate by parts, or use the library.",
        explanation="The integral is 2e − 5, so P(disaster) = 1 − 2(2e − 5) = 11 − 4e ≈ 0.127, whatever the speed λ.",
    ),
    Exercise(
        key="05.6",
        question="Which statements about the symmetric contest in risk-taking are true?",
        answer=Choices(frozenset("BCD"), options="ABCDE"),
        hint="Think about what λ does to every quitting time, and who quits first.",
        explanation=(
            "Faster escalation shortens every quitting time by the same factor, so the crisis, which lasts "
            "P(disaster)/λ on average, is half as long (B), but the risk run is the same (A is false). The "
            "less resolute state always quits first (C). A larger X raises the risk (D): states then "
            "typically value the prize more relative to disaster, so they stand firm longer; in this model "
            "it is the level of the stakes, not uncertainty as such, that drives the risk. Powell's result "
            "that resolve need not win needs his asymmetric, discrete game (E is false)."
        ),
    ),
)
