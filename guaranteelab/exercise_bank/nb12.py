"""Self-checks for notebook 12, Designing a guarantee.

Expected answers are computed with :mod:`guaranteelab.design`, so a correction
to a model or to the design layer's assumptions can never leave an exercise
behind.
"""

from dataclasses import replace

from scipy.optimize import brentq

from guaranteelab.design import PRESETS, GuaranteeDesign, Setting, compare
from guaranteelab.exercises import Boolean, Choice, Choices, Exercise, Number

_DEFAULT = Setting()
_DECLINE = Setting(capability_decline=0.03)

# 12.1: the one composition rule, q = will x domestic credibility.
_TRA = PRESETS["tra_1979"].design.scorecard(_DEFAULT, 10.0)

# 12.2: among the presets that keep deterrence >= 0.5 in year 5, the least entangling one.
_PRESET_LETTERS = {"nato_1949": "A", "us_rok_1953": "B", "budapest_1994": "C", "tra_1979": "D"}
_PRESET_CARDS = compare({key: PRESETS[key].design for key in _PRESET_LETTERS}, _DEFAULT, 5.0)
_DETERRING = [key for key, card in _PRESET_CARDS.items() if card.deterrence >= 0.5]
_LEAST_ENTANGLING = min(_DETERRING, key=lambda key: _PRESET_CARDS[key].entanglement)


def _preset_feedback(key: str) -> str:
    """Why preset ``key`` is not the answer to 12.2, from its scorecard."""
    card, best = _PRESET_CARDS[key], _PRESET_CARDS[_LEAST_ENTANGLING]
    name = PRESETS[key].name
    if card.deterrence < 0.5:
        return (
            f"{name} entangles little ({card.entanglement:.3f}), but it deters with probability "
            f"{card.deterrence:.3f}, below the goal of 0.5."
        )
    return (
        f"{name} meets the deterrence goal ({card.deterrence:.3f}), but it entangles the "
        f"guarantor more ({card.entanglement:.3f}) than {PRESETS[_LEAST_ENTANGLING].name} "
        f"({best.entanglement:.3f})."
    )


# 12.3: which candidate designs meet two goals in year 20 under a 3% yearly decline. The options
# were chosen so that each verdict holds by a margin of at least 0.03 under the mappings of
# guaranteelab.design when this was written; the answer itself is always recomputed.
CANDIDATES = {
    "A": GuaranteeDesign("automatic", forward_forces=1.0),
    "B": GuaranteeDesign("automatic", forward_forces=1.0, spending_benchmark=0.02),
    "C": GuaranteeDesign(
        "conditional", forward_forces=1.0, observability=0.8, spending_benchmark=0.02
    ),
    "D": GuaranteeDesign(
        "conditional",
        forward_forces=1.0,
        observability=0.8,
        spending_benchmark=0.02,
        term_years=15,
    ),
    "E": GuaranteeDesign(
        "constitutional_processes", forward_forces=1.0, spending_benchmark=0.02, exit_clause=True
    ),
}
_CANDIDATE_CARDS = compare(CANDIDATES, _DECLINE, 20.0)
_MEETS_GOALS = frozenset(
    letter
    for letter, card in _CANDIDATE_CARDS.items()
    if card.deterrence >= 0.8 and card.entanglement <= 0.3
)
_CANDIDATE_NUMBERS = "; ".join(
    f"{letter} {card.deterrence:.3f} and {card.entanglement:.3f}"
    for letter, card in _CANDIDATE_CARDS.items()
)


# 12.4: the least forward force that keeps deterrence >= 0.9 in year 15 under a 3% decline.
def _least_forces(**choices: object) -> float:
    def shortfall(forces: float) -> float:
        design = GuaranteeDesign("constitutional_processes", forward_forces=forces, **choices)
        return design.scorecard(_DECLINE, 15.0).deterrence - 0.9

    return brentq(shortfall, 0.0, 3.0, xtol=1e-6)


_FORCES = _least_forces(exit_clause=True, spending_benchmark=0.02)
_FORCES_NO_BENCHMARK = _least_forces(exit_clause=True)
_FORCES_NO_EXIT = _least_forces(spending_benchmark=0.02)

# 12.5: a 2% spending benchmark added to the TRA 1979 design.
_TRA_BENCHMARK = replace(PRESETS["tra_1979"].design, spending_benchmark=0.02).scorecard(
    _DEFAULT, 10.0
)

# 12.6: the highest ratification threshold NATO 1949 with a 2% benchmark would still clear.
_NATO = PRESETS["nato_1949"].design
_SUPPORT_BENCHMARK = replace(_NATO, spending_benchmark=0.02).scorecard(_DEFAULT, 10.0)
_SUPPORT_NONE = _NATO.scorecard(_DEFAULT, 10.0)
_BENCHMARK_RAISES_Q = bool(_TRA_BENCHMARK.honour_probability > _TRA.honour_probability)

EXERCISES = (
    Exercise(
        key="12.1",
        question="The TRA 1979 design in the default setting, crisis in year 10: its honour probability q.",
        answer=Number(
            _TRA.honour_probability,
            mistakes={
                _TRA.will: "That is the government's will alone; every veto player must also agree.",
                _TRA.domestic_credibility: "That is the veto players' agreement alone; the government must also be willing.",
            },
        ),
        hint="The one rule: q = will × domestic credibility, two hurdles assumed independent.",
        explanation=(
            f"Will {_TRA.will:.3f} times domestic credibility {_TRA.domestic_credibility:.3f} "
            f"gives q ≈ {_TRA.honour_probability:.3f}: each hurdle alone overstates the promise."
        ),
    ),
    Exercise(
        key="12.2",
        question=(
            "Default setting, year 5: of the presets that deter the challenger with probability "
            "at least 0.5, which entangles the guarantor least? (A NATO 1949, B US–ROK 1953, "
            "C Budapest 1994, D TRA 1979)"
        ),
        answer=Choice(
            _PRESET_LETTERS[_LEAST_ENTANGLING],
            mistakes={
                letter: _preset_feedback(key)
                for key, letter in _PRESET_LETTERS.items()
                if key != _LEAST_ENTANGLING
            },
        ),
        hint="Score the four presets with compare(), keep those with deterrence ≥ 0.5, then compare entanglement.",
        explanation=(
            f"{PRESETS[_LEAST_ENTANGLING].name} deters with probability "
            f"{_PRESET_CARDS[_LEAST_ENTANGLING].deterrence:.3f} and entangles "
            f"{_PRESET_CARDS[_LEAST_ENTANGLING].entanglement:.3f}, the least of the presets that "
            "meet the goal: a weaker promise gives the protégé less help to count on."
        ),
    ),
    Exercise(
        key="12.3",
        question=(
            "Under 3% yearly decline, crisis in year 20: which of designs A–E keep deterrence ≥ 0.8 "
            "and entanglement ≤ 0.3?"
        ),
        answer=Choices(_MEETS_GOALS, options="ABCDE"),
        hint="Score each design with scorecard(Setting(capability_decline=0.03), 20.0) and test both goals.",
        explanation=(
            f"Deterrence and entanglement in year 20: {_CANDIDATE_NUMBERS}. A benchmark raises "
            "domestic support and so q, which deters more and entangles more; conditional wording "
            "with visible provocations cuts the help the protégé counts on; a term that has ended "
            "binds nobody; constitutional-processes wording with an exit clause (E) lowers the "
            "reneging cost below B's, and with it both numbers."
        ),
    ),
    Exercise(
        key="12.4",
        question=(
            "Constitutional-processes wording with an exit clause usable from signing and a 2% "
            "benchmark, 3% decline: "
            "the least forward force that keeps deterrence ≥ 0.9 in year 15."
        ),
        answer=Number(
            _FORCES,
            abs_tol=0.01,
            mistakes={
                _FORCES_NO_BENCHMARK: "That design has no spending benchmark; the benchmark raises domestic support and so lowers the force needed.",
                _FORCES_NO_EXIT: "That ignores the exit clause, which cuts the wording's reneging cost; forces must make up the difference.",
            },
        ),
        hint="Deterrence rises with forward forces: search a fine grid (or use a root finder) for the first value that reaches 0.9.",
        explanation=(
            f"About {_FORCES:.3f} in units of the guarantor's stake: the tripwire must replace "
            "the will that the declining balance of power takes away."
        ),
    ),
    Exercise(
        key="12.5",
        question="Does adding a 2% spending benchmark to the TRA 1979 design raise its honour probability in year 10?",
        answer=Boolean(
            _BENCHMARK_RAISES_Q,
            if_wrong=(
                "The benchmark makes the protégé spend more, which raises the guarantor's "
                "domestic support (B1) and so the chance that every veto player still agrees."
                if _BENCHMARK_RAISES_Q
                else "Compare the two honour probabilities: the benchmark does not raise q here."
            ),
        ),
        hint="Compare scorecard(...).honour_probability with and without spending_benchmark=0.02.",
        explanation=(
            f"Domestic support S₀ goes from {_TRA.domestic_support:.2f} to "
            f"{_TRA_BENCHMARK.domestic_support:.2f} and q from {_TRA.honour_probability:.3f} to "
            f"{_TRA_BENCHMARK.honour_probability:.3f}: burden sharing feeds the guarantor's "
            "domestic support."
        ),
    ),
    Exercise(
        key="12.6",
        question="NATO 1949 with a 2% spending benchmark: the highest ratification threshold r it still clears.",
        answer=Number(
            _SUPPORT_BENCHMARK.domestic_support,
            mistakes={
                _SUPPORT_NONE.domestic_support: "That is the support without the benchmark; the protégé's higher spending raises it.",
                _NATO.ratification_threshold: "That is the US Senate's threshold, which the preset uses; the question asks how high r could go.",
            },
        ),
        hint="The treaty comes into force iff S₀ ≥ r, so the highest threshold it clears is S₀ itself.",
        explanation=(
            f"With the benchmark, support is S₀ = {_SUPPORT_BENCHMARK.domestic_support:.2f}, "
            f"up from {_SUPPORT_NONE.domestic_support:.2f}."
        ),
    ),
)
