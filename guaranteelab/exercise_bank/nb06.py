"""Self-checks for notebook 06, Credibility and reputation.

Expected numbers are computed with :mod:`guaranteelab.reputation`, so a
correction to the model can never leave an exercise behind.
"""

from guaranteelab.exercises import Boolean, Choices, Exercise, Number
from guaranteelab.reputation import (
    ChainStore,
    Reputation,
    belief_after_honour,
    blended_credibility,
    credibility,
    honours_needed,
)

_AFTER_H = belief_after_honour(0.5, honour_resolute=0.9, honour_irresolute=0.3)
_FATAL = Reputation(0.9, honour_resolute=1.0, honour_irresolute=0.4).history("HHA")
_NEEDED = honours_needed(0.2, threshold=0.7, honour_resolute=0.9, honour_irresolute=0.3)
_CHAIN = ChainStore(periods=20, a=2.0, b=0.5, prior=0.1).solve()
_REP = Reputation(0.5, 0.9, 0.3).history("A").credibility[-1]

EXERCISES = (
    Exercise(
        key="06.1",
        question="The belief μ after one honoured commitment, from μ = 0.5 with h_R = 0.9 and h_I = 0.3.",
        answer=Number(
            _AFTER_H,
            mistakes={
                0.9: "That is h_R, what a resolute guarantor does; the challenger is still unsure which type it faces.",
                credibility(
                    0.5, 0.9, 0.3
                ): "That is the credibility q before the crisis, not the updated belief.",
            },
        ),
        hint="Bayes' rule: μ' = μh_R / (μh_R + (1 − μ)h_I).",
        explanation="μ' = 0.45/(0.45 + 0.15) = 0.75: an honour is three times likelier from a resolute type.",
    ),
    Exercise(
        key="06.2",
        question="Credibility q after the history HHA, from μ = 0.9 with h_R = 1 and h_I = 0.4.",
        answer=Number(
            float(_FATAL.credibility[-1]),
            mistakes={
                float(
                    _FATAL.credibility[2]
                ): "That is q before the abandonment. With h_R = 1, what does one A reveal?",
                0.0: "μ falls to 0, but an irresolute guarantor still honours with probability h_I.",
            },
        ),
        hint="A resolute type never abandons when h_R = 1. What must the challenger conclude after an A?",
        explanation="One abandonment proves the guarantor irresolute: μ = 0 for ever and q = h_I = 0.4.",
    ),
    Exercise(
        key="06.3",
        question="Consecutive honours needed to reach q* = 0.7 from μ = 0.2 with h_R = 0.9 and h_I = 0.3.",
        answer=Number(
            _NEEDED,
            rel_tol=0.0,
            abs_tol=0.01,
            mistakes={
                1.0: "After one honour μ ≈ 0.43 and q ≈ 0.56: not yet.",
                3.0: "Check q after two honours: μ ≈ 0.69, q ≈ 0.72 ≥ 0.7.",
            },
        ),
        hint="Find μ* = (q* − h_I)/(h_R − h_I), then count honours: each multiplies the odds by h_R/h_I = 3.",
        explanation="μ* = 2/3, odds 2; the odds start at 1/4 and triple with each honour: 3/4, then 9/4 ≥ 2. Two honours.",
    ),
    Exercise(
        key="06.4",
        question="Under the pure 'current calculus' view (w = 0), does an abandonment lower credibility?",
        answer=Boolean(
            bool(blended_credibility(_REP, 0.6, 0.0) < blended_credibility(0.6, 0.6, 0.0)),
            if_wrong="With w = 0 the formula ignores q_rep entirely: only present power and interests count.",
        ),
        hint="q = w·q_rep + (1 − w)·q_now. Set w = 0.",
        explanation="With w = 0, q = q_now whatever the record: past actions do not matter in this view.",
    ),
    Exercise(
        key="06.5",
        question="Chain store with N = 20, b = 0.5, δ = 0.1: in how many final periods can entry occur?",
        answer=Number(
            float(_CHAIN.entry_periods),
            rel_tol=0.0,
            abs_tol=0.01,
            mistakes={
                20.0: "The incumbent's reputation deters entry early on: entrants enter only when δ ≤ b^k.",
                4.0: "ln 0.1/ln 0.5 ≈ 3.32: entry is possible for k ≤ 3.32, so k = 1, 2, 3.",
            },
        ),
        hint="On the path, the belief stays at δ until someone enters; entrant k may enter only if δ ≤ b^k.",
        explanation="⌊ln 0.1/ln 0.5⌋ = 3: whether the game lasts 20 periods or 2,000, entry can come only in the last 3.",
    ),
    Exercise(
        key="06.6",
        question="Which statements about Bayesian reputation (R1) are true?",
        answer=Choices(frozenset("ACD"), options="ABCDE"),
        hint="Recall the martingale property and the log-odds form.",
        explanation=(
            "The challenger expects its belief to stay where it is (A); only the counts of outcomes matter, "
            "not their order (C); with h_R = 1 one abandonment is fatal (D). How far an honour moves credibility "
            "depends on the current belief (B is false), and with h_R = 1 even a long record collapses after "
            "one abandonment (E is false)."
        ),
    ),
)
