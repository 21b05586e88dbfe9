"""Self-checks for notebook 11, Domestic politics and credibility.

Expected numbers are computed with :mod:`guaranteelab.domestic`, so a
correction to the model can never leave an exercise behind.
"""

from guaranteelab.domestic import (
    credibility,
    expected_credibility_if_ratified,
    long_run_credibility,
    support_from_burden_sharing,
)
from guaranteelab.exercises import Boolean, Exercise, Number

_Q = credibility(0.8, 0.6, volatility=0.1, years=4.0, veto_players=2)
_E = expected_credibility_if_ratified(2 / 3, 0.6, volatility=0.1, years=4.0, veto_players=2)
_S0 = support_from_burden_sharing(1.2, 100.0, base_support=0.7, sensitivity=10.0, benchmark=0.02)
_Q_BURDEN = credibility(_S0, 0.6, volatility=0.1, years=4.0)

EXERCISES = (
    Exercise(
        key="11.1",
        question="q for S₀ = 0.8, two veto players with m = 0.6, σ = 0.1 and a crisis t = 4 years on.",
        answer=Number(
            _Q,
            mistakes={
                credibility(
                    0.8, 0.6, 0.1, 4.0
                ): "That is one veto player's chance of still agreeing; both must agree, so square it.",
                credibility(
                    0.8, 0.6, 0.1, 1.0, 2
                ): "The drift's standard deviation grows with the square root of time: σ√t = 0.2, not σ.",
            },
        ),
        hint="q = Φ((S₀ − m)/(σ√t))^k, with Φ the standard normal distribution function.",
        explanation="(0.8 − 0.6)/(0.1 × 2) = 1, Φ(1) ≈ 0.841, and two independent veto players give 0.841² ≈ 0.708.",
    ),
    Exercise(
        key="11.2",
        question=(
            "With support at signing spread evenly over [0, 1], the expected credibility of a treaty "
            "ratified by a two-thirds majority (r = 2/3), with the settings of 11.1 otherwise."
        ),
        answer=Number(
            _E,
            mistakes={
                expected_credibility_if_ratified(
                    0.0, 0.6, 0.1, 4.0, 2
                ): "That averages over every treaty, ratified or not; keep only S₀ ≥ r.",
                _Q: "That is q at S₀ = 0.8 only; average q over every ratified S₀ between 2/3 and 1.",
            },
        ),
        hint="Average Φ((s − m)/(σ√t))^k over s from r to 1: integrate and divide by 1 − r.",
        explanation="Numerical integration (scipy.integrate.quad) gives about 0.737.",
    ),
    Exercise(
        key="11.3",
        question="Three veto players: the limit of q as the crisis recedes into the distant future.",
        answer=Number(
            long_run_credibility(3),
            mistakes={
                0.5: "That is one veto player's limit; all three must agree, each with probability 1/2.",
                0.0: "Drift does not destroy support: far in the future each veto player is a coin toss.",
            },
        ),
        hint="As t grows, (S₀ − m)/(σ√t) goes to 0 for every veto player, and Φ(0) = 1/2.",
        explanation="Each factor tends to 1/2, so q tends to 2⁻³ = 0.125 whatever S₀ is.",
    ),
    Exercise(
        key="11.4",
        question=(
            "Support S₀ = 0.5 falls short of one veto player's threshold m = 0.6. Does a calmer "
            "domestic politics (σ = 0.05 instead of 0.2) make the commitment more credible at t = 4?"
        ),
        answer=Boolean(
            bool(credibility(0.5, 0.6, 0.05, 4.0) > credibility(0.5, 0.6, 0.2, 4.0)),
            if_wrong=(
                "Below the threshold, only drift can bring the veto player round: less volatility "
                "leaves support stuck below m, so q is lower."
            ),
        ),
        hint="Compare Φ((S₀ − m)/(σ√t)) for both values of σ; the argument is negative.",
        explanation=(
            "With σ = 0.05, q = Φ(−1) ≈ 0.159; with σ = 0.2, q = Φ(−0.25) ≈ 0.401. Low volatility "
            "protects a commitment that starts with enough support and hurts one that does not."
        ),
    ),
    Exercise(
        key="11.5",
        question=(
            "The protégé spends 1.2% of its GDP on defence against a 2% benchmark; base support 0.7, "
            "sensitivity β = 10. With one veto player (m = 0.6, σ = 0.1, t = 4), what is q?"
        ),
        answer=Number(
            _Q_BURDEN,
            mistakes={
                credibility(
                    0.7, 0.6, 0.1, 4.0
                ): "You left out the shortfall: S₀ = 0.7 + 10 × (0.012 − 0.02) = 0.62.",
                _S0: "That is S₀, support at ratification; now compute q from it.",
            },
        ),
        hint="First S₀ = clip(s₀ + β(d_P/Y_P − g*), 0, 1), then q = Φ((S₀ − m)/(σ√t)).",
        explanation="S₀ = 0.62, and q = Φ(0.02/0.2) = Φ(0.1) ≈ 0.540: free riding costs credibility.",
    ),
)
