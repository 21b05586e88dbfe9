r"""Extended deterrence (D2): a guarantor, a protégé and a challenger.

A stylised triad after Huth (1988), Huth & Russett (1984) and Signorino &
Tarar (2006), with Schelling's (1966) tripwire entering as a cost of
reneging. The notation and closed forms are ours (a reconstruction for
teaching), not these authors' models.

Players, moves and information
------------------------------
A **challenger** C may attack a **protégé** P, whom a **guarantor** G has
promised to defend. P is passive here.

1. Nature draws G's cost of war :math:`k \sim U[0, \bar K]`, known only to G,
   and C's gain :math:`\theta \sim U[0, 1]`, known only to C.
2. C attacks or keeps the status quo.
3. After an attack, G intervenes or abandons P.

Parameters
----------
* :math:`v \ge 0`: what P is worth to G (``stake``; the balance of interests);
* :math:`p \in [0, 1]`: the probability that G and P together defeat C
  (``capability``);
* :math:`a \ge 0`: G's cost of reneging (``reneging_cost``: lost
  reputation, audience costs, and the casualties of a tripwire force);
* :math:`\bar K > 0`: the upper bound of G's war cost (``max_war_cost``);
* :math:`c_C > 0`: C's cost of war (``challenger_cost``).

=========== ======================= ========================
outcome     G                       C
=========== ======================= ========================
status quo  0                       0
abandon     :math:`-(v + a)`        :math:`\theta`
intervene   :math:`-(1-p)v - k`     :math:`(1-p)\theta - c_C`
=========== ======================= ========================

Equilibrium
-----------
There is no signalling, so backward induction gives the perfect Bayesian
equilibrium. G intervenes iff :math:`-(1-p)v - k \ge -(v + a)`, that is iff
:math:`k \le pv + a`, so C expects help to come with the **honouring
probability** (the guarantee's credibility)

.. math::

    q = \min\{1,\ (pv + a)/\bar K\}.

C attacks iff :math:`q[(1-p)\theta - c_C] + (1-q)\theta > 0`, i.e. iff
:math:`\theta(1 - qp) > q c_C`: the **attack threshold** is

.. math::

    \theta^* = \frac{q\,c_C}{1 - qp} \quad (\theta^* = \infty \text{ when } qp = 1),

and :math:`P(\text{attack}) = 1 - \min\{1, \theta^*\}`,
:math:`P(\text{war}) = q\,P(\text{attack})`,
:math:`P(\text{abandonment}) = (1-q)\,P(\text{attack})`.

Where war risk peaks
--------------------
Below :math:`\hat q = 1/(p + c_C)` (:func:`full_deterrence_credibility`)

.. math::

    P(\text{war}) = q - \frac{c_C\, q^2}{1 - pq},

which is concave in :math:`q`; it is 0 at :math:`q = 0` and for every
:math:`q \ge \hat q` (the challenger never attacks). Setting the derivative to
zero gives :math:`(1 - pq)^2 = c_C\, q(2 - pq)`, whose root in
:math:`[0, \hat q)` is

.. math::

    q_m = \frac{1 - \sqrt{c_C/(p + c_C)}}{p}
        = \frac{1}{p + c_C + \sqrt{c_C(p + c_C)}}

(:func:`war_risk_peak`; the second form is ours, algebraically equal, and
stays finite at :math:`p = 0`, where it gives :math:`1/(2c_C)`). On the
attainable range :math:`q \in [0, 1]` war risk is therefore **hump-shaped**
(a partly credible guarantee is the most war-prone) iff :math:`q_m < 1`, and
otherwise rises all the way to :math:`q = 1`, so full credibility is the
most war-prone (:func:`war_risk_is_hump_shaped`,
:func:`most_war_prone_credibility`).

**Which regime.** For every :math:`p \in [0, 1]`, including :math:`p = 0`,

.. math::

    q_m < 1 \iff c_C > \frac{(1-p)^2}{2-p}.

Derivation: :math:`q_m < 1` iff :math:`\sqrt{c_C(p + c_C)} > 1 - p - c_C`.
If the right-hand side is negative this holds, and so does the condition,
since :math:`c_C > 1 - p \ge (1-p)^2/(2-p)`. Otherwise both sides are
non-negative and squaring gives :math:`c_C p + c_C^2 > (1-p)^2 - 2(1-p)c_C
+ c_C^2`, that is :math:`c_C(2 - p) > (1-p)^2`. The bound
:math:`(1-p)^2/(2-p)` falls from :math:`1/2` at :math:`p = 0` to 0 at
:math:`p = 1`. So the rising regime needs war to be cheap for the
challenger (:math:`c_C \le 1/2` at the very least), and a weaker coalition
widens the range of costs for which it occurs; a weak coalition on its own
is neither necessary nor sufficient (:math:`p = 0.75`, :math:`c_C = 0.04`
rises all the way; :math:`p = 0`, :math:`c_C = 1` is hump-shaped).

For :math:`p > 0` the specification's form, :math:`(1-p)^2(p + c_C) < c_C`,
is the same condition (expand it: :math:`p\,[(1-p)^2 - c_C(2-p)] < 0`). At
:math:`p = 0` that form fails, because the rearrangement multiplies by
:math:`p`: both sides equal :math:`c_C`, so it never holds, yet
:math:`q_m = 1/(2c_C) < 1` whenever :math:`c_C > 1/2`. The code tests
:math:`q_m < 1` itself, which is right for every :math:`p`.

Comparative statics: P(attack) never falls as :math:`\bar K` rises (the
dearer the war for the guarantor, the less believable the promise: would it
trade its own city for its ally's?) and never rises with :math:`a`,
:math:`v`, :math:`p` or :math:`c_C`.

What the model cannot show
--------------------------
The protégé does nothing: it cannot provoke the challenger, arm itself or
drag the guarantor in (see the moral-hazard and entanglement families).
Credibility is exogenous: G cannot signal its cost, C learns nothing over
time, and there is one crisis only. Capability enters as a single
probability of victory, with no nuclear escalation or limited war.

References
----------
* Huth, P. K. (1988). Extended deterrence and the outbreak of war.
  *American Political Science Review*, 82(2), 423–443.
* Huth, P. K. (1988). *Extended Deterrence and the Prevention of War*. New
  Haven: Yale University Press.
* Huth, P., & Russett, B. (1984). What makes deterrence work? Cases from
  1900 to 1980. *World Politics*, 36(4), 496–526.
* Signorino, C. S., & Tarar, A. (2006). A unified theory and test of extended
  immediate deterrence. *American Journal of Political Science*, 50(3),
  586–605. doi:10.1111/j.1540-5907.2006.00203.x
* Schelling, T. C. (1966). *Arms and Influence*. New Haven: Yale University
  Press.

Examples
--------
>>> model = ExtendedDeterrence(stake=1.0, reneging_cost=0.0, capability=0.5,
...                            max_war_cost=1.0, challenger_cost=0.5)
>>> outcome = model.solve()
>>> outcome.honour_probability, round(outcome.attack_probability, 4)
(0.5, 0.6667)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from guaranteelab import _validate as v
from guaranteelab._validate import Number

__all__ = [
    "ExtendedDeterrence",
    "ExtendedDeterrenceOutcome",
    "abandonment_probability",
    "attack_probability",
    "attack_threshold",
    "full_deterrence_credibility",
    "honour_probability",
    "most_war_prone_credibility",
    "war_probability",
    "war_risk_is_hump_shaped",
    "war_risk_peak",
]


def honour_probability(
    stake: object, reneging_cost: object, capability: object, max_war_cost: object
) -> Number:
    r"""The probability that the guarantor intervenes, :math:`q = \min\{1, (pv + a)/\bar K\}`.

    The guarantor intervenes iff its war cost :math:`k \sim U[0, \bar K]` is
    at most :math:`pv + a`: what it saves by fighting (the part of the
    protégé's value it rescues, plus the reneging cost it avoids).

    Parameters
    ----------
    stake : float or array
        :math:`v \ge 0`, the protégé's value to the guarantor.
    reneging_cost : float or array
        :math:`a \ge 0`, the guarantor's cost of abandoning.
    capability : float or array
        :math:`p \in [0, 1]`, the probability the coalition wins.
    max_war_cost : float or array
        :math:`\bar K > 0`.

    Returns
    -------
    float or numpy.ndarray
        :math:`q \in [0, 1]`.

    Examples
    --------
    >>> honour_probability(stake=1.0, reneging_cost=0.2, capability=0.6, max_war_cost=2.0)
    0.4
    >>> honour_probability(stake=0.0, reneging_cost=3.0, capability=0.5, max_war_cost=2.0)
    1.0
    """
    val = v.nonnegative("stake", stake)
    a = v.nonnegative("reneging_cost", reneging_cost)
    p = v.probability("capability", capability)
    kmax = v.positive("max_war_cost", max_war_cost)
    return v.as_result(np.minimum(1.0, (np.asarray(p) * val + a) / kmax))


def _credibility_args(
    credibility: object, capability: object, challenger_cost: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    q = v.probability("credibility", credibility)
    p = v.probability("capability", capability)
    c = v.positive("challenger_cost", challenger_cost)
    return np.asarray(q), np.asarray(p), np.asarray(c)


def attack_threshold(credibility: object, capability: object, challenger_cost: object) -> Number:
    r"""The least gain for which the challenger attacks, :math:`\theta^* = q c_C/(1 - qp)`.

    Parameters
    ----------
    credibility : float or array
        :math:`q \in [0, 1]`, the honouring probability.
    capability : float or array
        :math:`p \in [0, 1]`.
    challenger_cost : float or array
        :math:`c_C > 0`.

    Returns
    -------
    float or numpy.ndarray
        :math:`\theta^*`; ``inf`` where :math:`qp = 1` (a sure and sure-to-win
        guarantor: no gain makes an attack pay).

    Examples
    --------
    >>> attack_threshold(credibility=0.5, capability=0.5, challenger_cost=0.5)
    0.3333333333333333
    >>> attack_threshold(credibility=1.0, capability=1.0, challenger_cost=0.5)
    inf
    """
    q, p, c = _credibility_args(credibility, capability, challenger_cost)
    slack = 1.0 - q * p
    with np.errstate(divide="ignore", invalid="ignore"):
        threshold = np.where(slack > 0, q * c / np.where(slack > 0, slack, 1.0), math.inf)
    return v.as_result(threshold)


def attack_probability(credibility: object, capability: object, challenger_cost: object) -> Number:
    r"""P(attack) :math:`= 1 - \min\{1, \theta^*\}`, with :math:`\theta \sim U[0, 1]`.

    Examples
    --------
    >>> round(attack_probability(credibility=0.5, capability=0.5, challenger_cost=0.5), 4)
    0.6667
    >>> attack_probability(credibility=0.0, capability=0.5, challenger_cost=0.5)
    1.0
    """
    return v.as_result(
        1.0 - np.minimum(1.0, attack_threshold(credibility, capability, challenger_cost))
    )


def war_probability(credibility: object, capability: object, challenger_cost: object) -> Number:
    r"""P(war) :math:`= q \cdot P(\text{attack})`: C attacks and G honours the guarantee.

    Broadcasts, so the whole war-risk curve against :math:`q` is one call.

    Examples
    --------
    >>> import numpy as np
    >>> war_probability(np.array([0.0, 0.5, 1.0]), capability=0.5, challenger_cost=0.5).round(4)
    array([0.    , 0.3333, 0.    ])
    """
    q = v.probability("credibility", credibility)
    return v.as_result(np.asarray(q) * attack_probability(q, capability, challenger_cost))


def abandonment_probability(
    credibility: object, capability: object, challenger_cost: object
) -> Number:
    r"""P(abandonment) :math:`= (1 - q) \cdot P(\text{attack})`: C attacks and G walks away.

    Examples
    --------
    >>> round(abandonment_probability(credibility=0.5, capability=0.5, challenger_cost=0.5), 4)
    0.3333
    """
    q = v.probability("credibility", credibility)
    return v.as_result((1.0 - np.asarray(q)) * attack_probability(q, capability, challenger_cost))


def full_deterrence_credibility(capability: object, challenger_cost: object) -> Number:
    r"""The credibility at which no challenger attacks, :math:`\hat q = 1/(p + c_C)`.

    P(attack) is 0 for every :math:`q \ge \hat q`. A value above 1 means even
    a certain guarantee leaves some challengers attacking.

    Examples
    --------
    >>> full_deterrence_credibility(capability=0.5, challenger_cost=0.5)
    1.0
    """
    p = v.probability("capability", capability)
    c = v.positive("challenger_cost", challenger_cost)
    return v.as_result(1.0 / (np.asarray(p) + c))


def war_risk_peak(capability: object, challenger_cost: object) -> Number:
    r"""The credibility that maximises P(war) when :math:`q` is unconstrained, :math:`q_m`.

    .. math::

        q_m = \frac{1 - \sqrt{c_C/(p + c_C)}}{p} = \frac{1}{p + c_C + \sqrt{c_C(p+c_C)}},

    which is :math:`1/(2 c_C)` at :math:`p = 0`. It may exceed 1, in which
    case the risk of war rises over the whole attainable range
    (:func:`most_war_prone_credibility` caps it at 1).

    Examples
    --------
    >>> round(war_risk_peak(capability=0.5, challenger_cost=0.5), 4)
    0.5858
    >>> war_risk_peak(capability=0.0, challenger_cost=0.25)
    2.0
    """
    p = np.asarray(v.probability("capability", capability))
    c = np.asarray(v.positive("challenger_cost", challenger_cost))
    return v.as_result(1.0 / (p + c + np.sqrt(c * (p + c))))


def most_war_prone_credibility(capability: object, challenger_cost: object) -> Number:
    r"""The credibility in [0, 1] at which war is most likely, :math:`\min\{1, q_m\}`.

    Examples
    --------
    >>> most_war_prone_credibility(capability=0.0, challenger_cost=0.25)
    1.0
    """
    return v.as_result(np.minimum(1.0, war_risk_peak(capability, challenger_cost)))


def war_risk_is_hump_shaped(capability: object, challenger_cost: object) -> bool | np.ndarray:
    r"""Whether P(war) peaks at a partially credible guarantee, :math:`q_m < 1`.

    ``True``: war risk rises then falls over :math:`q \in [0, 1]`, so a
    partly credible guarantee is the most war-prone. ``False``: it rises all
    the way to :math:`q = 1`. For every :math:`p \in [0, 1]` this is
    :math:`c_C > (1-p)^2/(2-p)` (derived in the module docstring): only a
    challenger for whom war is cheap, :math:`c_C \le 1/2` at most, puts the
    guarantee in the rising regime.

    Examples
    --------
    >>> war_risk_is_hump_shaped(capability=0.5, challenger_cost=0.5)
    True
    >>> war_risk_is_hump_shaped(capability=0.05, challenger_cost=0.2)
    False
    """
    return v.as_result(np.asarray(war_risk_peak(capability, challenger_cost)) < 1.0)


@dataclass(frozen=True)
class ExtendedDeterrenceOutcome:
    r"""The equilibrium of the extended-deterrence triad.

    Attributes
    ----------
    honour_probability : float
        :math:`q`, the probability the guarantor intervenes.
    attack_threshold : float
        :math:`\theta^*` (``inf`` if no challenger attacks at any gain).
    attack_probability, war_probability, abandonment_probability : float
        The three outcome probabilities; the status quo has the rest.
    war_risk_peak : float
        :math:`q_m`, the credibility that maximises war risk (may exceed 1).
    hump_shaped : bool
        Whether war risk peaks at a partially credible guarantee.
    """

    honour_probability: float
    attack_threshold: float
    attack_probability: float
    war_probability: float
    abandonment_probability: float
    war_risk_peak: float
    hump_shaped: bool


@dataclass(frozen=True)
class ExtendedDeterrence:
    r"""The extended-deterrence triad (D2), after Huth (1988) and Signorino & Tarar (2006).

    Parameters
    ----------
    stake : float
        :math:`v \ge 0`, the protégé's value to the guarantor.
    reneging_cost : float
        :math:`a \ge 0`, the guarantor's cost of abandoning (tripwire, reputation).
    capability : float
        :math:`p \in [0, 1]`, the probability that the coalition defeats C.
    max_war_cost : float
        :math:`\bar K > 0`, the upper bound of the guarantor's war cost.
    challenger_cost : float
        :math:`c_C > 0`, the challenger's war cost.

    Raises
    ------
    ValueError
        If a parameter is out of range, NaN or infinite, naming it.

    Examples
    --------
    >>> ExtendedDeterrence(1.0, 3.0, 0.5, 2.0, 0.5).solve().attack_probability
    0.0
    """

    stake: float
    reneging_cost: float
    capability: float
    max_war_cost: float
    challenger_cost: float

    def __post_init__(self) -> None:
        for name, check in (
            ("stake", v.nonnegative),
            ("reneging_cost", v.nonnegative),
            ("capability", v.probability),
            ("max_war_cost", v.positive),
            ("challenger_cost", v.positive),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check))

    @property
    def honour_probability(self) -> float:
        """:math:`q`, the probability that the guarantor intervenes."""
        return honour_probability(
            self.stake, self.reneging_cost, self.capability, self.max_war_cost
        )

    def war_risk_curve(self, credibility: object) -> Number:
        """P(war) at other credibilities, holding capability and the challenger's cost fixed."""
        return war_probability(credibility, self.capability, self.challenger_cost)

    def solve(self) -> ExtendedDeterrenceOutcome:
        """Solve the game by backward induction at these parameters."""
        q = self.honour_probability
        args = (q, self.capability, self.challenger_cost)
        return ExtendedDeterrenceOutcome(
            honour_probability=q,
            attack_threshold=attack_threshold(*args),
            attack_probability=attack_probability(*args),
            war_probability=war_probability(*args),
            abandonment_probability=abandonment_probability(*args),
            war_risk_peak=war_risk_peak(self.capability, self.challenger_cost),
            hump_shaped=war_risk_is_hump_shaped(self.capability, self.challenger_cost),
        )
