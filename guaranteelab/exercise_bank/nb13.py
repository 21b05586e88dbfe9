"""Self-checks for notebook 13, Debates, law and arms control.

Expected numbers are computed with :mod:`guaranteelab.deterrence`,
:mod:`guaranteelab.moral_hazard` and :mod:`guaranteelab.domestic`, and the
wording class of the Budapest Memorandum is read from the course dataset, so
a correction to a model or to the data can never leave an exercise behind.
"""

from guaranteelab.cases import load_guarantees
from guaranteelab.deterrence import (
    full_deterrence_credibility,
    most_war_prone_credibility,
)
from guaranteelab.domestic import credibility
from guaranteelab.exercises import Choice, Choices, Exercise, Number
from guaranteelab.moral_hazard import nash_contributions

_INCOMES = (40.0, 30.0, 15.0, 10.0, 5.0)
_TASTE = 2 / 3
_DEFENCE = nash_contributions(_INCOMES, _TASTE)
_LARGEST_SHARE = float(_DEFENCE[0] / _DEFENCE.sum())

_PEAK = most_war_prone_credibility(0.3, 0.4)

# Credibility with two veto players, and three common slips: one veto player,
# the volatility σ in place of σ√t (as if t = 1), and σt in place of σ√t.
_TWO_VETO = credibility(0.8, 0.6, 0.1, 4.0, 2)
_ONE_VETO = credibility(0.8, 0.6, 0.1, 4.0, 1)
_SIGMA_NOT_SCALED = credibility(0.8, 0.6, 0.1, 1.0, 2)
_SIGMA_TIMES_T = credibility(0.8, 0.6, 0.1 * 4.0, 1.0, 2)

_WORDING_LETTERS = {
    "automatic": "A",
    "constitutional_processes": "B",
    "discretionary": "C",
    "consultative_assurance": "D",
}
_BUDAPEST = _WORDING_LETTERS[load_guarantees().loc["budapest_1994", "wording_class"]]

EXERCISES = (
    Exercise(
        key="13.1",
        question=(
            "In the extended-deterrence model (D2) with capability p = 0.3 and challenger cost "
            "c_C = 0.4, the credibility q at which war is most likely."
        ),
        answer=Number(
            _PEAK,
            mistakes={
                1.0: "A certain guarantee is not the most war-prone here: it deters more challengers.",
                full_deterrence_credibility(0.3, 0.4): (
                    "That is q̂ = 1/(p + c_C), where every challenger is deterred; it lies above 1 "
                    "here and is not the peak of the war risk."
                ),
                0.5: "The peak is not at the midpoint; maximise q·P(attack) over q.",
            },
        ),
        hint="P(war) = q·P(attack); find the q that maximises it (D2's q_m, capped at 1).",
        explanation=(
            "q_m = 1/(p + c_C + √(c_C(p + c_C))) = 1/(0.7 + √0.28) ≈ 0.814: a guarantee that is "
            "credible enough to mean war when honoured, but not enough to deter, is the most war-prone."
        ),
    ),
    Exercise(
        key="13.2",
        question=(
            "Five allies with incomes 40, 30, 15, 10 and 5 and a common taste for defence α = 2/3 "
            "(model M1). What share of the alliance's total defence does the largest ally pay?"
        ),
        answer=Number(
            _LARGEST_SHARE,
            mistakes={
                0.4: "That is its share of the alliance's income; the question asks for its share of defence.",
                40.0 / 70.0: (
                    "That is its share of the contributors' income (40 of 70); the question asks for "
                    "its share of the defence they buy."
                ),
                float(
                    _DEFENCE[0]
                ): "That is the largest ally's defence spending; divide by the total.",
                1.0: "The second ally also contributes in this equilibrium.",
            },
        ),
        hint="Compute the Nash contributions d_i = max{0, Y_i − θD}, then d_1 / Σd_i.",
        explanation=(
            "Only the two largest allies contribute (22.5 and 12.5), so the largest pays 22.5/35 ≈ 0.643 "
            "of the defence with 0.4 of the income: Olson and Zeckhauser's exploitation of the great by the small."
        ),
    ),
    Exercise(
        key="13.3",
        question=(
            "Which wording class does the course dataset give the 1994 Budapest Memorandum? "
            "(A) automatic, (B) constitutional processes, (C) discretionary, (D) consultative assurance."
        ),
        answer=Choice(
            _BUDAPEST,
            options="ABCD",
            mistakes={
                "A": "No signatory promised to defend Ukraine, let alone at once and with all means.",
                "B": "That formula ('act to meet the common danger') belongs to defence treaties such as US–ROK.",
                "C": "NATO's Art. 5 promises 'such action as it deems necessary'; the memorandum promises no action in Ukraine's defence.",
            },
        ),
        hint="Read the row budapest_1994 of cases.load_guarantees(): what did the signatories promise to do?",
        explanation=(
            "The memorandum reaffirms respect for Ukraine's borders, renounces force and coercion, and "
            "promises to seek Security Council action and to consult: an assurance, not a guarantee."
        ),
    ),
    Exercise(
        key="13.4",
        question=(
            "Under the customary law of self-defence as the ICJ stated it in Nicaragua (1986), which are "
            "conditions for lawful collective self-defence? (A) an armed attack on the state being defended; "
            "(B) a request for help from that state; (C) a defence treaty between the helper and the victim; "
            "(D) the response is necessary and proportionate; (E) prior authorisation by the Security Council."
        ),
        answer=Choices(frozenset("ABD"), options="ABCDE"),
        hint=(
            "Ask what must have happened to the victim, what the victim must do, and what limits the "
            "response must respect; then ask whether anything else has to be in place beforehand."
        ),
        explanation=(
            "An armed attack must have occurred, the victim must declare itself attacked and ask for help, "
            "and the response must be necessary and proportionate. No treaty is needed, and self-defence "
            "needs no Council authorisation, though under Art. 51 it lasts only until the Council has acted. "
            "Because a US reservation kept the Charter outside the Court's jurisdiction, the Court ruled on "
            "customary law, which it found to match Art. 51 in essentials."
        ),
    ),
    Exercise(
        key="13.5",
        question=(
            "Democratic accountability as veto players (model B1): support S₀ = 0.8, thresholds m = 0.6, "
            "σ = 0.1, a crisis t = 4 years away. The credibility q with two veto players."
        ),
        answer=Number(
            _TWO_VETO,
            mistakes={
                _ONE_VETO: (
                    "That is q with one veto player; both must still agree, so multiply the two "
                    "factors."
                ),
                _SIGMA_NOT_SCALED: (
                    "You used σ as the spread of support after t years; the drift's standard "
                    "deviation grows with the square root of time, σ√t = 0.2."
                ),
                _SIGMA_TIMES_T: (
                    "You used σt = 0.4 as the spread; the drift's standard deviation grows with the "
                    "square root of time, σ√t = 0.2."
                ),
            },
        ),
        hint="q = Φ((S₀ − m)/(σ√t))^k with k = 2.",
        explanation=(
            "(0.8 − 0.6)/(0.1 × 2) = 1, so each veto player still agrees with probability Φ(1) ≈ 0.841, "
            "and two together give 0.841² ≈ 0.708: every added check on the decision to fight is also a "
            "further chance that the commitment is not honoured."
        ),
    ),
)
