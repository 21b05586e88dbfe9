"""Self-checks for problem set 2, Reputation and brinkmanship (notebooks 04–06).

Expected numbers are computed with :mod:`guaranteelab.deterrence.brinkmanship`
and :mod:`guaranteelab.reputation`, so a correction to a model can never leave
an exercise behind.
"""

from scipy.optimize import brentq

from guaranteelab.deterrence.brinkmanship import (
    Brinkmanship,
    contest_disaster_probability,
    maximum_acceptable_risk,
    minimum_effective_risk,
)
from guaranteelab.exercises import Boolean, Exercise, Number
from guaranteelab.reputation import belief_after_history, credibility, entry_periods, honours_needed

# The October 1962 illustration: h = 0.3, G = 1, W_C = 4, L = 2, W_D = 10.
_CUBA = {
    "hard_probability": 0.3,
    "challenger_gain": 1.0,
    "challenger_war_cost": 4.0,
    "defender_loss": 2.0,
    "defender_war_cost": 10.0,
}
_WINDOW = Brinkmanship(**_CUBA).solve()

# P2.3: the largest share of hard challengers for which the window stays open.
_Q_MIN = minimum_effective_risk(challenger_gain=1.0, challenger_war_cost=4.0)
_H_MAX = brentq(
    lambda h: maximum_acceptable_risk(h, defender_loss=2.0, defender_war_cost=10.0) - _Q_MIN,
    1e-9,
    1.0 - 1e-9,
)

# P2.4: the contest in risk-taking with types uniform on [0, 2].
_DISASTER = contest_disaster_probability(upper=2.0)

# P2.5 and P2.6: a record of two honours and one abandonment.
_BELIEF = belief_after_history(
    prior=0.5, honoured=2, abandoned=1, honour_resolute=0.9, honour_irresolute=0.4
)
_CREDIBILITY = credibility(_BELIEF, honour_resolute=0.9, honour_irresolute=0.4)
_HONOURS = honours_needed(_BELIEF, threshold=0.75, honour_resolute=0.9, honour_irresolute=0.4)

# P2.7: the chain store.
_ENTRY = entry_periods(prior=0.1, b=0.5)

EXERCISES = (
    Exercise(
        key="P2.1",
        question="The largest acceptable risk q_max for h = 0.3, L = 2 and W_D = 10.",
        answer=Number(
            _WINDOW.maximum_risk,
            mistakes={
                _WINDOW.minimum_risk: "That is q_min, the least risk that works on the soft challenger.",
                2.0
                / 10.0: "That is L/W_D, the largest share of hard types for which a pure threat is acceptable.",
                2.0
                * 0.7
                / (
                    0.3 * 10.0
                ): "The denominator is h(W_D − L): war costs the defender W_D instead of L.",
            },
        ),
        hint="The defender's payoff from a threat of risk q is −h[L + q(W_D − L)]; compare it with −L.",
        explanation="q_max = L(1 − h)/(h(W_D − L)) = 1.4/2.4 ≈ 0.583, well above q_min = 0.2: the window is open.",
    ),
    Exercise(
        key="P2.2",
        question="Is brinkmanship (a partial risk) needed in the October 1962 illustration?",
        answer=Boolean(
            bool(_WINDOW.brinkmanship_needed),
            if_wrong="A pure threat is acceptable only if h ≤ L/W_D = 0.2; here h = 0.3, but the window is open.",
        ),
        hint="Brinkmanship is needed when the pure threat (q = 1) is too dangerous but some smaller risk still works.",
        explanation="h = 0.3 exceeds L/W_D = 0.2, so a certain threat is unacceptable, yet q_min ≤ q_max: only a partial risk works.",
    ),
    Exercise(
        key="P2.3",
        question="The largest share h of hard challengers for which a workable threat exists (G = 1, W_C = 4, L = 2, W_D = 10).",
        answer=Number(
            _H_MAX,
            mistakes={
                0.2: "That is L/W_D, the limit for a pure threat, not for brinkmanship.",
                1.0
                / 1.2: "The acceptable risk falls with h through both (1 − h) and h; solve q_max(h) = q_min.",
            },
        ),
        hint="Solve L(1 − h)/(h(W_D − L)) = G/(G + W_C) for h.",
        explanation="h* = L/(L + q_min(W_D − L)) = 2/3.6 ≈ 0.556; above it even the smallest effective risk is too dangerous.",
    ),
    Exercise(
        key="P2.4",
        question="P(disaster) in the contest in risk-taking with types uniform on [0, 2].",
        answer=Number(
            _DISASTER,
            rel_tol=1e-3,
            mistakes={
                11.0
                - 4.0 * 2.718281828459045: "That is the value for types on [0, 1]; here X = 2.",
            },
        ),
        hint="Use contest_disaster_probability, or check it by simulating many crises with RiskContest(...).simulate.",
        explanation="About 0.208: more valuable prizes (relative to disaster) make both sides hold on longer.",
    ),
    Exercise(
        key="P2.5",
        question="The challenger's credibility estimate after H, A, H (prior 0.5, h_R = 0.9, h_I = 0.4).",
        answer=Number(
            _CREDIBILITY,
            mistakes={
                _BELIEF: "That is the belief that the guarantor is resolute; credibility is μh_R + (1 − μ)h_I.",
                0.65: "That is the credibility before any crisis: the record has moved it.",
            },
        ),
        hint="Each H multiplies the odds by h_R/h_I and each A by (1 − h_R)/(1 − h_I); the order does not matter.",
        explanation="The odds become 1·(9/4)²·(1/6) ≈ 0.844, so μ ≈ 0.458 and q = 0.4 + 0.5μ ≈ 0.629.",
    ),
    Exercise(
        key="P2.6",
        question="How many further honours restore deterrence (q* = 0.75) after that record?",
        answer=Number(
            _HONOURS,
            abs_tol=0.1,
            rel_tol=0.0,
            mistakes={1.0: "One honour raises q to about 0.72, still short of 0.75."},
        ),
        hint="Find μ* = (q* − h_I)/(h_R − h_I) and count how many multiplications of the odds by 9/4 it takes.",
        explanation="μ* = 0.7 (odds 2.33); from odds 0.844, one honour gives 1.90 and two give 4.27: two honours.",
    ),
    Exercise(
        key="P2.7",
        question="In the chain store with δ = 0.1 and b = 0.5, in how many final periods can entry occur?",
        answer=Number(
            _ENTRY,
            abs_tol=0.1,
            rel_tol=0.0,
            mistakes={4.0: "Round down: entry needs δ ≤ b^k, and 0.5⁴ = 0.0625 < 0.1."},
        ),
        hint="Entry is possible only while δ ≤ b^k, i.e. k ≤ ln δ/ln b.",
        explanation="ln 0.1/ln 0.5 ≈ 3.32, so only the last 3 periods can see entry, however long the game.",
    ),
)
