r"""Designing a guarantee: a scorecard computed by the course's models.

A guarantor writing a guarantee chooses its wording, whether to station
forces forward, how narrowly to define the case it covers, how to share the
burden, how long the promise lasts and how the guarantor's own institutions
must approve it. Each choice helps on some counts and hurts on others: a
firmer promise deters the challenger but emboldens the protégé and exposes
the guarantor to wars it did not choose. This module lets a learner fill in a
:class:`GuaranteeDesign`, place it in a :class:`Setting` (the strategic
situation, which the designer does not choose) and read a :class:`Scorecard`.

The design layer adds **no model of its own**. It translates design choices
into the parameters of models already in the library, using the assumption
table below, and every number on the scorecard is either the output of a
model function or one of the listed mappings (:data:`TRACE` names which, and
the tests recompute each number by calling that function directly).

From design choices to model parameters
---------------------------------------
These mappings are teaching assumptions, not estimates. They are printed so
that a learner can disagree with them and change them.

* **Wording** sets the guarantor's cost of walking away, the reneging cost
  :math:`a` of model D2 (:data:`WORDINGS`): a text that promises help at
  once leaves less room to explain a failure to help than one that promises
  consultation. The values (in units of the guarantor's stake in the
  protégé) are given to the dataset's wording classes
  (:data:`guaranteelab.cases.WORDING_CLASSES`); both their **ranking and
  their sizes are assumptions**. A class is a coarse summary of a text: it
  cannot see, for example, that NATO's Art. 5 also declares an attack on one
  an attack on all, or that the Taiwan Relations Act promises no particular response to an attack.
* **An exit clause** (the right to leave after notice, available once the
  guarantee has been in force for ``exit_after_years``) halves the wording's
  part of the reneging cost from then on: leaving by the rules costs less than
  breaking them. **Forward-deployed forces** add their own reneging cost (a
  tripwire, after Schelling 1966), which an exit clause does not reduce.
* **A term** (in years) ends the guarantee: after it, nobody is bound.
* **Conditional wording** withholds help after a provocation that the
  guarantor detects, with probability :math:`\tau` (the observability of
  provocation; model M3, :func:`~guaranteelab.moral_hazard.provoked_support`).
* **A spending benchmark** :math:`b^*` obliges the protégé to spend at least
  :math:`b^* Y_P` on defence; the protégé is assumed to comply. Without it,
  the protégé spends its Nash contribution of model M1, and with it the more
  of that and :math:`b^* Y_P` (the protégé never wants to spend more than a
  binding benchmark, so this is the constrained equilibrium); the guarantor
  best-responds (M1).
* **The ratification threshold** :math:`r` of model B1 decides whether the
  treaty comes into force: it does iff the guarantor's domestic support
  :math:`S_0 \ge r`. Support depends on the protégé's spending through B1's
  burden-sharing link, which compares it with the share :math:`g^*` of income
  that the guarantor's public expects (a property of the setting, not of the
  design).

How the scorecard is computed, at a crisis :math:`t` years after signing
------------------------------------------------------------------------
1. The guarantor's capability declines at a constant yearly rate
   :math:`d` (a shifting balance of power):
   :math:`p_t = p_0 (1 - d)^t`.
2. **Will (D2).** The guarantor's government is willing to fight with
   probability :math:`q^W_t = \min\{1, (p_t v + a)/\bar K\}`
   (:func:`~guaranteelab.deterrence.honour_probability`).
3. **Domestic support (B1).** Every veto player still backs the promise with
   probability :math:`q^D_t = \Phi((S_0 - m)/(\sigma\sqrt t))^k`
   (:func:`~guaranteelab.domestic.credibility`).
4. **The one rule this layer adds.** The guarantor honours the guarantee iff
   the government is willing *and* every veto player agrees, two
   independent hurdles: :math:`q_t = q^W_t\, q^D_t`, or 0 if the treaty was
   not ratified or its term is over. Independence is an assumption; in a real
   crisis the two tend to move together, and then :math:`q_t` exceeds the product.
5. **Deterrence (D2)**: the probability the challenger is deterred,
   :math:`1 - \Pr(\text{attack})`, with :math:`q_t` and :math:`p_t`; also the
   probabilities of a war the guarantor fights and of abandonment.
6. **Emboldenment (M2)**: the protégé expects help :math:`h = q_t` (or
   :math:`(1 - \tau) q_t` under conditional wording) and sets its demands on
   its rival accordingly; the scorecard reports the probability that those
   demands end in war, and the same without a guarantee (:math:`h = 0`).
7. **Entanglement (M2)**: the guarantor's exposure to a war its protégé's
   demands started, :math:`h \cdot \Pr(\text{war})`.
8. **Free riding (M1)**: each side's defence spending as a share of its
   income, and a free-riding index
   :math:`\max\{0, 1 - (d_P/Y_P)/(d_G/Y_G)\}` (1: the protégé spends
   nothing; 0: it carries at least the guarantor's burden).

What the design layer cannot show
---------------------------------
It inherits every limitation of the models it calls. It also treats the
models as separate stages, so a protégé's provocation does not change the
challenger's choice, the challenger does not react to the protégé's
spending, and the guarantor cannot renegotiate. The presets approximate
historical designs with assumed numbers; they illustrate trade-offs and
are not estimates of history.

References
----------
* Schelling, T. C. (1966). *Arms and Influence*. New Haven, CT: Yale
  University Press.
* Benson, B. V. (2012). *Constructing International Security: Alliances,
  Deterrence, and Moral Hazard*. Cambridge: Cambridge University Press.
* Kim, T. (2011). Why alliances entangle but seldom entrap states.
  *Security Studies*, 20(3), 350–377.
* Martin, L. L. (2000). *Democratic Commitments: Legislatures and
  International Cooperation*. Princeton, NJ: Princeton University Press.

Examples
--------
A discretionary promise backed by a small force, scored ten years after
signing while the guarantor's capability shrinks by 2% a year:

>>> design = GuaranteeDesign(wording="discretionary", forward_forces=0.2)
>>> card = design.scorecard(Setting(capability_decline=0.02), years=10.0)
>>> round(card.honour_probability, 3), round(card.deterrence, 3), round(card.emboldenment, 3)
(0.411, 0.538, 0.366)

The same design's deterrence at three crisis dates, in one call:

>>> design.over_time(Setting(capability_decline=0.02), [1.0, 10.0, 20.0]).deterrence.round(3)
array([0.931, 0.538, 0.355])
>>> sorted(PRESETS)
['budapest_1994', 'nato_1949', 'tra_1979', 'us_rok_1953']
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields

import numpy as np

from guaranteelab import _validate as v
from guaranteelab import domestic, moral_hazard
from guaranteelab._validate import Number
from guaranteelab.deterrence import extended

__all__ = [
    "EXIT_CLAUSE_FACTOR",
    "MODEL_OF",
    "PRESETS",
    "TRACE",
    "WORDINGS",
    "DesignPath",
    "GuaranteeDesign",
    "Preset",
    "Scorecard",
    "Setting",
    "Wording",
    "compare",
]


@dataclass(frozen=True)
class Wording:
    """How a wording class translates into model D2's reneging cost.

    Attributes
    ----------
    reneging_cost
        The guarantor's cost :math:`a` of not helping when the text applies,
        in units of its stake in the protégé (an assumption).
    conditional
        Whether help after a detected provocation is withheld (model M3).
    meaning
        What the wording promises, in words.
    """

    reneging_cost: float
    conditional: bool
    meaning: str


#: The wording classes a designer can choose, from firmest to weakest. The ranking and
#: the sizes of the reneging costs are teaching assumptions, not measurements. A
#: conditional text costs a little less to walk away from than an automatic one,
#: because its condition gives the guarantor an argument that the case has not arisen.
WORDINGS: dict[str, Wording] = {
    "automatic": Wording(0.6, False, "help at once and with all means"),
    "conditional": Wording(0.5, True, "help at once, but not after a provocation it detects"),
    "constitutional_processes": Wording(
        0.4, False, "act to meet the common danger by constitutional processes"
    ),
    "discretionary": Wording(0.25, False, "such action as each party deems necessary"),
    "consultative_assurance": Wording(0.05, False, "consult, or seek action by others"),
}

#: The share of the wording's reneging cost left when the text has an exit clause.
EXIT_CLAUSE_FACTOR = 0.5

#: The model function behind each number of the scorecard (and of :class:`DesignPath`).
TRACE: dict[str, str] = {
    "capability": "assumption: p_t = p_0 (1 - d)^t",
    "reneging_cost": "WORDINGS (halved once an exit clause applies) + forward_forces",
    "in_force": "assumption: the crisis comes within term_years",
    "protege_defence": "max(guaranteelab.moral_hazard.nash_contributions, benchmark x income)",
    "guarantor_defence": "guaranteelab.moral_hazard.public_good_best_response",
    "domestic_support": "guaranteelab.domestic.support_from_burden_sharing",
    "ratified": "guaranteelab.domestic.is_ratified",
    "will": "guaranteelab.deterrence.honour_probability",
    "domestic_credibility": "guaranteelab.domestic.credibility",
    "honour_probability": "will x domestic_credibility, or 0 if not ratified or not in "
    "force (this module's one rule)",
    "deterrence": "1 - guaranteelab.deterrence.attack_probability",
    "war_probability": "guaranteelab.deterrence.war_probability",
    "abandonment_probability": "guaranteelab.deterrence.abandonment_probability",
    "provoked_support": "guaranteelab.moral_hazard.provoked_support",
    "emboldenment": "guaranteelab.moral_hazard.war_probability",
    "emboldenment_without_guarantee": "guaranteelab.moral_hazard.war_probability at h = 0",
    "entanglement": "guaranteelab.moral_hazard.entanglement_exposure",
    "protege_burden": "protege_defence / protege_income",
    "guarantor_burden": "guarantor_defence / guarantor_income",
    "free_riding": "max(0, 1 - protege_burden / guarantor_burden)",
}


#: The course model behind each number of the scorecard ("assumption" for a mapping).
MODEL_OF: dict[str, str] = {
    "capability": "assumption",
    "reneging_cost": "assumption",
    "in_force": "assumption",
    "protege_defence": "M1",
    "guarantor_defence": "M1",
    "domestic_support": "B1",
    "ratified": "B1",
    "will": "D2",
    "domestic_credibility": "B1",
    "honour_probability": "D2 × B1",
    "deterrence": "D2",
    "war_probability": "D2",
    "abandonment_probability": "D2",
    "provoked_support": "M3",
    "emboldenment": "M2",
    "emboldenment_without_guarantee": "M2",
    "entanglement": "M2",
    "protege_burden": "M1",
    "guarantor_burden": "M1",
    "free_riding": "M1",
}


@dataclass(frozen=True)
class Setting:
    r"""The strategic situation a guarantee is written for (the designer does not choose it).

    Parameters
    ----------
    stake : float
        D2's :math:`v \ge 0`, the protégé's value to the guarantor.
    capability : float
        D2's :math:`p_0 \in [0, 1]`, the chance the coalition defeats the challenger, at signing.
    capability_decline : float
        :math:`d \in [0, 1)`, the yearly rate at which that chance shrinks.
    max_war_cost : float
        D2's :math:`\bar K > 0`, the top of the guarantor's war cost.
    challenger_cost : float
        D2's :math:`c_C > 0`, the challenger's cost of war.
    protege_base_win, capability_transfer, protege_war_cost, insurance, rival_cost_max : float
        M2's :math:`p_0`, :math:`\Delta`, :math:`c_{P0}`, :math:`\gamma` and
        :math:`\bar c`: the protégé's chance of beating its rival alone, what the
        guarantor's help adds to it, the protégé's war cost, the share of it the
        guarantor's help absorbs, and the top of the rival's war cost. The
        design layer reads M2's support :math:`h` as the probability of help,
        so that :math:`p_0 + h\Delta` is the protégé's expected chance of
        winning; that needs :math:`p_0 + \Delta \le 1`.
    guarantor_income, protege_income : float
        M1's incomes :math:`Y_G, Y_P > 0`.
    guarantor_taste, protege_taste : float
        M1's tastes for defence :math:`\alpha_G, \alpha_P \in (0, 1)`.
    base_support : float
        B1's :math:`s_0 \in [0, 1]`: the guarantor's domestic support when the
        protégé spends exactly what the guarantor's public expects.
    support_sensitivity : float
        B1's :math:`\beta > 0`.
    public_benchmark : float
        B1's :math:`g^* \in [0, 1]`: the share of income the guarantor's public
        expects the protégé to spend on defence.
    veto_players : int
        B1's :math:`k \ge 1`.
    veto_threshold : float
        B1's :math:`m \in [0, 1]`, common to the veto players.
    volatility : float
        B1's :math:`\sigma > 0`, the yearly drift in support.

    Examples
    --------
    >>> Setting(capability=0.8).capability
    0.8
    >>> Setting(capability=1.5)
    Traceback (most recent call last):
    ...
    ValueError: capability must be in [0, 1]; got 1.5
    """

    stake: float = 1.0
    capability: float = 0.7
    capability_decline: float = 0.0
    max_war_cost: float = 2.0
    challenger_cost: float = 1.0
    protege_base_win: float = 0.3
    capability_transfer: float = 0.3
    protege_war_cost: float = 0.4
    insurance: float = 0.8
    rival_cost_max: float = 1.0
    guarantor_income: float = 100.0
    protege_income: float = 10.0
    guarantor_taste: float = 0.04
    protege_taste: float = 0.015
    base_support: float = 0.8
    support_sensitivity: float = 5.0
    public_benchmark: float = 0.02
    veto_players: int = 2
    veto_threshold: float = 0.5
    volatility: float = 0.05

    def __post_init__(self) -> None:
        for name, check, bounds in (
            ("stake", v.nonnegative, {}),
            ("capability", v.probability, {}),
            ("capability_decline", v.probability, {"open_high": True}),
            ("max_war_cost", v.positive, {}),
            ("challenger_cost", v.positive, {}),
            ("protege_base_win", v.probability, {}),
            ("capability_transfer", v.nonnegative, {}),
            ("protege_war_cost", v.positive, {}),
            ("insurance", v.probability, {}),
            ("rival_cost_max", v.positive, {}),
            ("guarantor_income", v.positive, {}),
            ("protege_income", v.positive, {}),
            ("guarantor_taste", v.real, {"gt": 0.0, "lt": 1.0}),
            ("protege_taste", v.real, {"gt": 0.0, "lt": 1.0}),
            ("base_support", v.probability, {}),
            ("support_sensitivity", v.positive, {}),
            ("public_benchmark", v.probability, {}),
            ("veto_threshold", v.probability, {}),
            ("volatility", v.positive, {}),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check, **bounds))
        object.__setattr__(self, "veto_players", v.integer("veto_players", self.veto_players, ge=1))
        if self.protege_base_win + self.capability_transfer > 1.0:
            raise ValueError(
                "protege_base_win + capability_transfer must be at most 1 (a chance of winning); "
                f"got {self.protege_base_win} + {self.capability_transfer}"
            )


@dataclass(frozen=True)
class GuaranteeDesign:
    r"""The guarantee a learner writes.

    Parameters
    ----------
    wording : str
        A key of :data:`WORDINGS`.
    forward_forces : float
        The extra reneging cost of forces stationed in the protégé's
        territory (a tripwire), :math:`\ge 0`, in units of the guarantor's stake.
    observability : float
        :math:`\tau \in [0, 1]`, how often the guarantor detects a provocation;
        used only by conditional wording.
    spending_benchmark : float
        :math:`b^* \in [0, 1]`, the share of income the protégé must spend on
        defence (0: no rule).
    exit_clause : bool
        Whether a party may leave after notice.
    exit_after_years : float
        How long the guarantee must have been in force before the exit clause
        applies (:math:`\ge 0`; 20 for the North Atlantic Treaty).
    term_years : float or None
        How long the guarantee lasts; ``None`` for no end date.
    ratification_threshold : float
        :math:`r \in [0, 1)`, the domestic support needed to ratify it.

    Examples
    --------
    >>> GuaranteeDesign(wording="discretionary").reneging_cost(10.0)
    0.25
    >>> nato_like = GuaranteeDesign(wording="discretionary", forward_forces=0.5,
    ...                             exit_clause=True, exit_after_years=20.0)
    >>> nato_like.reneging_cost([10.0, 25.0]).tolist()
    [0.75, 0.625]
    >>> GuaranteeDesign(wording="binding")
    Traceback (most recent call last):
    ...
    ValueError: wording must be one of 'automatic', 'conditional', 'constitutional_processes', 'discretionary', 'consultative_assurance'; got 'binding'
    """

    wording: str = "discretionary"
    forward_forces: float = 0.0
    observability: float = 0.0
    spending_benchmark: float = 0.0
    exit_clause: bool = False
    exit_after_years: float = 0.0
    term_years: float | None = None
    ratification_threshold: float = 0.5

    def __post_init__(self) -> None:
        v.choice("wording", self.wording, WORDINGS)
        for name, check, bounds in (
            ("forward_forces", v.nonnegative, {}),
            ("observability", v.probability, {}),
            ("spending_benchmark", v.probability, {}),
            ("exit_after_years", v.nonnegative, {}),
            ("ratification_threshold", v.probability, {"open_high": True}),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check, **bounds))
        if not isinstance(self.exit_clause, bool | np.bool_):
            raise TypeError(f"exit_clause must be True or False; got {self.exit_clause!r}")
        object.__setattr__(self, "exit_clause", bool(self.exit_clause))
        if self.term_years is not None:
            term = v.scalar("term_years", self.term_years, v.positive)
            object.__setattr__(self, "term_years", term)

    def reneging_cost(self, years: object) -> Number:
        """D2's reneging cost :math:`a` at crisis dates ``years`` (broadcasts).

        The wording's part, halved from the date the exit clause applies, plus
        the forward forces' part.
        """
        t = np.asarray(v.positive("years", years))
        exit_open = self.exit_clause & (t >= self.exit_after_years)
        wording = WORDINGS[self.wording].reneging_cost
        return v.as_result(
            wording * np.where(exit_open, EXIT_CLAUSE_FACTOR, 1.0) + self.forward_forces
        )

    def scorecard(self, setting: Setting, years: float) -> Scorecard:
        """The scorecard at a crisis ``years`` after signing (``years > 0``)."""
        t = v.scalar("years", years, v.positive)
        values = _evaluate(self, setting, np.asarray(t))
        return Scorecard(years=t, **{name: _plain(values[name]) for name in _SCORECARD_FIELDS})

    def over_time(self, setting: Setting, years: object) -> DesignPath:
        """How the scorecard's time-varying numbers move over an array of crisis dates (all > 0)."""
        t = np.atleast_1d(np.asarray(v.positive("years", years), dtype=float))
        values = _evaluate(self, setting, t)
        return DesignPath(
            years=t,
            **{
                name: np.broadcast_to(np.asarray(values[name], dtype=float), t.shape).copy()
                for name in _PATH_FIELDS
            },
        )


@dataclass(frozen=True)
class Scorecard:
    r"""What a design achieves at one crisis date; :data:`TRACE` gives each number's model function.

    Attributes
    ----------
    years
        The crisis date :math:`t`.
    capability
        :math:`p_t`, the guarantor coalition's chance of defeating the challenger then.
    reneging_cost
        D2's :math:`a`.
    protege_defence, guarantor_defence
        Defence spending :math:`d_P, d_G` (M1, with the benchmark if any).
    protege_burden, guarantor_burden
        Defence spending as a share of income.
    free_riding
        :math:`\max\{0, 1 - (d_P/Y_P)/(d_G/Y_G)\}`.
    domestic_support
        B1's :math:`S_0`.
    ratified
        Whether :math:`S_0 \ge r`.
    will
        D2's :math:`q^W_t`: the government would be willing to fight (as if
        the treaty were in force).
    domestic_credibility
        B1's :math:`q^D_t`: every veto player would still agree (as if the
        treaty were in force).
    in_force
        Whether the crisis falls within the term.
    honour_probability
        :math:`q_t`, the chance the guarantee is honoured.
    deterrence, war_probability, abandonment_probability
        D2: the challenger is deterred; it attacks and the guarantor fights;
        it attacks and the guarantor walks away.
    provoked_support
        :math:`h`, the help the protégé expects if its own demands start a war.
    emboldenment, emboldenment_without_guarantee
        M2: the probability the protégé's demands end in war, with the
        guarantee and without one.
    entanglement
        M2: the guarantor's exposure to that war, :math:`h \cdot \Pr(\text{war})`.
    """

    years: float
    capability: float
    reneging_cost: float
    protege_defence: float
    guarantor_defence: float
    protege_burden: float
    guarantor_burden: float
    free_riding: float
    domestic_support: float
    ratified: bool
    will: float
    domestic_credibility: float
    in_force: bool
    honour_probability: float
    deterrence: float
    war_probability: float
    abandonment_probability: float
    provoked_support: float
    emboldenment: float
    emboldenment_without_guarantee: float
    entanglement: float

    #: The five headline numbers a comparison chart shows, with whether more is better.
    HEADLINES = (
        ("deterrence", "challenger deterred", True),
        ("honour_probability", "guarantee honoured", True),
        ("emboldenment", "protégé's demands end in war", False),
        ("entanglement", "guarantor drawn into that war", False),
        ("free_riding", "protégé free-rides", False),
    )

    def headlines(self) -> dict[str, float]:
        """The headline numbers by field name, in :attr:`HEADLINES` order."""
        return {name: float(getattr(self, name)) for name, _, _ in self.HEADLINES}


@dataclass(frozen=True)
class DesignPath:
    """The time-varying numbers of a design over several crisis dates (arrays of one shape).

    Attributes
    ----------
    years, capability, reneging_cost, will, domestic_credibility, honour_probability,
    deterrence, war_probability, provoked_support, emboldenment, entanglement
        As in :class:`Scorecard`, one entry per date.
    """

    years: np.ndarray
    capability: np.ndarray
    reneging_cost: np.ndarray
    will: np.ndarray
    domestic_credibility: np.ndarray
    honour_probability: np.ndarray
    deterrence: np.ndarray
    war_probability: np.ndarray
    provoked_support: np.ndarray
    emboldenment: np.ndarray
    entanglement: np.ndarray


_SCORECARD_FIELDS = tuple(f.name for f in fields(Scorecard) if f.name != "years")
_PATH_FIELDS = tuple(f.name for f in fields(DesignPath) if f.name != "years")


def _plain(value: object) -> float | bool:
    array = np.asarray(value)
    return bool(array) if array.dtype == bool else float(array)


def _evaluate(design: GuaranteeDesign, setting: Setting, years: np.ndarray) -> dict[str, object]:
    """Every scorecard number at crisis dates ``years`` (an array), by model functions."""
    s = setting
    capability = s.capability * (1.0 - s.capability_decline) ** years

    nash = moral_hazard.nash_contributions(
        [s.guarantor_income, s.protege_income], [s.guarantor_taste, s.protege_taste]
    )
    protege_defence = max(float(nash[1]), design.spending_benchmark * s.protege_income)
    guarantor_defence = moral_hazard.public_good_best_response(
        s.guarantor_income, s.guarantor_taste, protege_defence
    )
    protege_burden = protege_defence / s.protege_income
    guarantor_burden = guarantor_defence / s.guarantor_income
    free_riding = max(0.0, 1.0 - protege_burden / guarantor_burden) if guarantor_burden else 0.0

    support = domestic.support_from_burden_sharing(
        protege_defence, s.protege_income, s.base_support, s.support_sensitivity, s.public_benchmark
    )
    ratified = domestic.is_ratified(support, design.ratification_threshold)
    in_force = years <= (math.inf if design.term_years is None else design.term_years)

    reneging_cost = design.reneging_cost(years)
    will = extended.honour_probability(s.stake, reneging_cost, capability, s.max_war_cost)
    domestic_credibility = domestic.credibility(
        support, s.veto_threshold, s.volatility, years, s.veto_players
    )
    honour = np.where(ratified & in_force, will * domestic_credibility, 0.0)

    tau = design.observability if WORDINGS[design.wording].conditional else 0.0
    provoked = moral_hazard.provoked_support(tau, honour)
    m2 = (s.protege_base_win, s.capability_transfer, s.protege_war_cost, s.insurance)
    return {
        "capability": capability,
        "reneging_cost": reneging_cost,
        "protege_defence": protege_defence,
        "guarantor_defence": guarantor_defence,
        "protege_burden": protege_burden,
        "guarantor_burden": guarantor_burden,
        "free_riding": free_riding,
        "domestic_support": support,
        "ratified": ratified,
        "will": will,
        "domestic_credibility": domestic_credibility,
        "in_force": in_force,
        "honour_probability": honour,
        "deterrence": 1.0 - extended.attack_probability(honour, capability, s.challenger_cost),
        "war_probability": extended.war_probability(honour, capability, s.challenger_cost),
        "abandonment_probability": extended.abandonment_probability(
            honour, capability, s.challenger_cost
        ),
        "provoked_support": provoked,
        "emboldenment": moral_hazard.war_probability(provoked, *m2, s.rival_cost_max),
        "emboldenment_without_guarantee": moral_hazard.war_probability(0.0, *m2, s.rival_cost_max),
        "entanglement": moral_hazard.entanglement_exposure(provoked, *m2, s.rival_cost_max),
    }


@dataclass(frozen=True)
class Preset:
    """A historical design approximated for the design lab.

    Attributes
    ----------
    name
        A readable name.
    design
        The design as coded here.
    source
        What the design coding rests on (treaty articles, the dataset row).
    assumptions
        Which numbers are assumptions, and why they were chosen.
    """

    name: str
    design: GuaranteeDesign
    source: str
    assumptions: str


#: Four historical designs, approximated. Every preset is scored in the same setting
#: (the learner's), so that a comparison isolates the design.
PRESETS: dict[str, Preset] = {
    "nato_1949": Preset(
        "NATO 1949",
        GuaranteeDesign(
            wording="discretionary",
            forward_forces=0.4,
            exit_clause=True,
            exit_after_years=20.0,
            ratification_threshold=2 / 3,
        ),
        "North Atlantic Treaty: Art. 5 (each ally takes 'such action as it deems necessary'), "
        "Art. 11 (ratified and carried out by constitutional processes), Art. 13 (after 20 "
        "years in force a party may leave one year after notice); the US Senate's two-thirds "
        "rule for treaties; dataset row nato_1949.",
        "The wording class and the exit clause (from year 20) follow the text. The forward "
        "forces stand for the US troops kept in Europe; they grew after 1950, so their size (0.4) is an "
        "assumption about the alliance of the 1950s. The 2% spending guideline came decades "
        "later, so there is no benchmark.",
    ),
    "us_rok_1953": Preset(
        "US–ROK 1953",
        GuaranteeDesign(
            wording="constitutional_processes",
            forward_forces=0.6,
            exit_clause=True,
            ratification_threshold=2 / 3,
        ),
        "Mutual Defense Treaty: Art. III (act to meet the common danger in accordance with "
        "constitutional processes), Art. IV (US forces may be stationed in and about Korea), "
        "Art. VI (in force indefinitely; either party may end it one year after notice); the "
        "US Senate's two-thirds rule for treaties; dataset row us_rok_1953.",
        "The wording class and the exit clause follow the text. The forward forces stand for "
        "US ground forces near the armistice line, a tripwire; their size (0.6, more than "
        "NATO's because a larger share of the defence rested on them) is an assumption.",
    ),
    "budapest_1994": Preset(
        "Budapest 1994",
        GuaranteeDesign(wording="consultative_assurance", ratification_threshold=0.0),
        "Memorandum on Security Assurances (5 December 1994): the United States, the United "
        "Kingdom and Russia reaffirm their commitment to respect Ukraine's independence and "
        "borders and to seek Security Council action if Ukraine is the victim of aggression, "
        "or of a threat of aggression, in which nuclear weapons are used; signed as a political commitment, with no legislative ratification; dataset "
        "row budapest_1994.",
        "The wording class follows the dataset; its reneging cost is the assumed size in "
        "WORDINGS. A ratification threshold of 0 stands for a "
        "commitment that needed no legislative vote. The text promises no defence, stations "
        "no forces, sets no spending rule and has no exit clause or end date.",
    ),
    "tra_1979": Preset(
        "TRA 1979",
        GuaranteeDesign(wording="discretionary", ratification_threshold=0.5),
        "Taiwan Relations Act (US Public Law 96-8, 1979): a statute, which needs only simple "
        "majorities (it passed both houses by large ones), that treats a non-peaceful attempt to settle Taiwan's future as 'of "
        "grave concern to the United States' and leaves the response to the President and "
        "Congress; dataset row tra_1979.",
        "The wording class follows the dataset; its reneging cost is the assumed size in "
        "WORDINGS. A statute needs simple majorities (threshold 0.5) and can be amended or repealed by a later Congress, which the model treats as "
        "drift in support rather than an exit clause. No US forces are stationed as a tripwire.",
    ),
}


def compare(
    designs: Mapping[str, GuaranteeDesign], setting: Setting, years: float
) -> dict[str, Scorecard]:
    """Scorecards of several designs in one setting, by the designs' names.

    Examples
    --------
    >>> cards = compare({name: p.design for name, p in PRESETS.items()}, Setting(), 10.0)
    >>> max(cards, key=lambda name: cards[name].deterrence)
    'us_rok_1953'
    """
    return {name: design.scorecard(setting, years) for name, design in designs.items()}
