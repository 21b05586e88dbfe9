"""Self-checks for notebook 02, Deterrence and credibility.

Expected numbers are computed with :mod:`guaranteelab.deterrence.classical`,
so a correction to the model can never leave an exercise behind.
"""

from guaranteelab.deterrence.classical import (
    challenge_probability,
    credibility_threshold,
    is_capable_threat,
)
from guaranteelab.exercises import Boolean, Choices, Exercise, Number

_THRESHOLD = credibility_threshold(gain=3.0, war_cost=2.0, capability=0.5)
_CHALLENGE = challenge_probability(max_gain=2.0, war_cost=1.0, capability=0.5, resolve=0.6)

EXERCISES = (
    Exercise(
        key="02.1",
        question="The credibility threshold r* for B = 3, c = 2, p = 0.5 and σ = 0.",
        answer=Number(
            _THRESHOLD,
            mistakes={
                3.0
                / (
                    3.0 + 2.0
                ): "That is B/(B + c), which assumes the defender always wins (p = 1). Here p = 0.5.",
                (0.5 * 3.0 + 2.0)
                / 3.0: "You inverted the fraction: r* is (B − σ) divided by (pB + c).",
                3.0 / (0.5 + 2.0): "Capability multiplies the gain in the denominator: pB, not p.",
            },
        ),
        hint="r* = (B − σ)/(pB + c): the gain at stake over the harm a war would do to the challenger.",
        explanation="A war costs the challenger half its gain (pB = 1.5) plus c = 2, so it takes resolve of 3/3.5 ≈ 0.857 to deter.",
    ),
    Exercise(
        key="02.2",
        question="With B = 4, c = 0.5 and p = 0.2, can any degree of resolve deter?",
        answer=Boolean(
            bool(is_capable_threat(gain=4.0, war_cost=0.5, capability=0.2)),
            if_wrong="Even a war for certain leaves the challenger (1 − p)B − c = 2.7 better off than the status quo.",
        ),
        hint="Check whether the threat is capable: is (1 − p)B − c at most σ? Equivalently, is r* at most 1?",
        explanation="r* = 4/1.3 ≈ 3.1 exceeds 1, so the threat is not capable: no resolve can make up for weak means.",
    ),
    Exercise(
        key="02.3",
        question="P(challenge) with B uniform on [0, 2], c = 1, p = 0.5 and r = 0.6.",
        answer=Number(
            _CHALLENGE,
            mistakes={
                1.0
                - _CHALLENGE: "That is the probability the challenger is deterred, not that it challenges.",
                1.0 - 0.6 * 1.0 / 2.0: "The defender's capability also deters: divide by (1 − rp).",
            },
        ),
        hint="The challenger attacks iff B(1 − rp) > rc. Find the cutoff gain and the share of [0, 2] above it.",
        explanation="The cutoff gain is rc/(1 − rp) = 0.6/0.7 ≈ 0.857, and 1 − 0.857/2 ≈ 0.571 of challengers exceed it.",
    ),
    Exercise(
        key="02.4",
        question="Which statements about the threshold r* = (B − σ)/(pB + c) are true?",
        answer=Choices(frozenset("BCE"), options="ABCDE"),
        hint="Look at where each parameter sits in the fraction, and remember that resolve multiplies.",
        explanation=(
            "With zero resolve no arsenal deters (B); a more satisfied challenger (higher σ) is easier to deter (C); "
            "r* above 1 means no resolve is enough (E). Doubling p halves r* only if c = 0 (A is false), "
            "and a larger gain raises r* (D is false)."
        ),
    ),
)
