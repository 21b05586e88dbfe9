r"""Entanglement: abandonment versus entrapment, and war spreading through alliances.

Three models, all stylized reconstructions ("after" their sources: the
notation and the closed forms are ours, not the authors').

E1 · The alliance security dilemma (after Snyder 1984)
------------------------------------------------------
A state chooses how firmly to support an ally, a support level
:math:`s \in [0, 1]`. Weak support risks **abandonment**: the ally, doubting
the state, realigns or de-aligns. The risk of abandonment is

.. math:: A(s) = \alpha (1 - s)^2,

where :math:`\alpha \ge 0` is the ally's propensity to realign (high when
there are other partners to realign with, as under multipolarity). Firm
support risks **entrapment**: being dragged into the ally's quarrel. The risk
of entrapment is

.. math:: E(s) = \varepsilon s^2,

where :math:`\varepsilon \ge 0` is the ally's recklessness. The two risks are
probabilities when :math:`\alpha \le 1` and :math:`\varepsilon \le 1`; the
model only needs them to be non-negative, and larger values simply scale a
risk up. The state minimises the
loss :math:`L(s) = D_A A(s) + D_E E(s)`, where :math:`D_A` is its dependence on
the ally and :math:`D_E` the divergence of their interests. Writing
:math:`x = \alpha D_A` and :math:`y = \varepsilon D_E`, the first-order
condition :math:`-2x(1 - s) + 2ys = 0` gives

.. math:: s^* = \frac{x}{x + y}, \qquad L^* = \frac{xy}{x + y},

defined when :math:`x + y > 0` (at :math:`x = y = 0` every :math:`s` is
optimal, and the functions raise). :math:`s^*` rises with dependence and
with the ally's propensity to realign, and falls with its recklessness and
with the divergence of interests; :math:`L^*` rises in both :math:`x` and
:math:`y`. As :math:`\alpha \to 0` (bipolarity: the ally has nowhere else to
go) both :math:`s^*` and :math:`L^*` fall to 0, which is Snyder's claim that
the dilemma is milder in a bipolar system. Snyder's own analysis is verbal;
the quadratic risks are our device for making the trade-off computable.

E2 · Chain-ganging versus buck-passing (after Christensen and Snyder 1990)
-------------------------------------------------------------------------
An aggressor attacks a front-line state. Each of :math:`n \ge 2` great-power
partners either **balances** now, at cost :math:`c > 0`, or **passes the
buck**. If at least one balances, the attack is checked and every partner gets
:math:`V > 0`. If nobody balances, the front line collapses with probability
:math:`\delta` (the perceived dominance of the offence), and everyone gets 0;
otherwise everyone still gets :math:`V`. This is a volunteer's dilemma
(Diekmann 1985). Balancing pays :math:`V - c` for sure; passing pays
:math:`V - \delta V (1 - \sigma)^{n-1}` when each other partner balances with
probability :math:`\sigma`. Indifference gives the symmetric mixed equilibrium

.. math:: \sigma^* = 1 - \left(\frac{c}{\delta V}\right)^{1/(n-1)} \text{ if } c < \delta V,
   \qquad \sigma^* = 0 \text{ otherwise},

and nobody balances with probability
:math:`(1 - \sigma^*)^n = (c / \delta V)^{n/(n-1)}` (1 when :math:`c \ge \delta V`).
When :math:`c < \delta V` there are also :math:`n` asymmetric pure equilibria,
in each of which exactly one partner balances; when :math:`c > \delta V`
balancing is strictly dominated and nobody balancing is the only equilibrium.
At the knife edge :math:`c = \delta V` ties are broken toward not acting.
Offence dominance raises :math:`\sigma^*` (chain gangs); a larger
:math:`n` makes it likelier that nobody balances (more buck-passers).

E3 · Alliance-network contagion (diffusion framing after Siverson and Starr 1991)
--------------------------------------------------------------------------------
A directed network of **pledges** :math:`g \to j` ("g has pledged to defend
j"), each with an honouring probability :math:`p_{gj}` and a kind:

* ``"D"`` (defensive): fires only if :math:`j` fights on the *defending* side;
* ``"O"`` (offensive, a "blank cheque"): fires only if :math:`j` is on the
  *attacking* side;
* ``"U"`` (unconditional): fires whichever side :math:`j` is on.

An attacker attacks a target (several of each may be given). In round 0 the
attackers are on the attacking side and the targets on the defending side.
The war spreads as an **independent cascade in synchronous rounds**: in each
round every state that joined a side in the previous round calls its
guarantors; each pledge whose kind matches the ally's side, and whose
guarantor has not yet decided, gets one independent trial with probability
:math:`p_{gj}`. All calls of a round are resolved together: a state called
successfully by one side only joins that side; a state called successfully
by both sides in the same round is **cross-pressured** and stays neutral for
good (it never joins and never calls its own guarantors). A failed trial is
never repeated. By the kind rule, a defensive pledge to any state on the
attacking side never fires (Italy in 1914). The **war size** is the number
of states on either side, attackers and targets included.

Because every pledge is tried at most once, the cascade has the same
distribution as the following (Kempe, Kleinberg and Tardos 2003): draw each
pledge "live" with its probability, then run the rounds deterministically
over the live pledges. :meth:`AllianceCascade.exact` enumerates all live-edge
sets of the uncertain pledges (those with :math:`0 < p < 1`), weighting each
by :math:`\prod p \prod (1 - p)`; this is exact and feasible up to about 20
uncertain pledges. Computing these probabilities exactly is hard in general
(network reliability is #P-complete; Valiant 1979), so
:meth:`AllianceCascade.monte_carlo` samples live-edge sets, all trials at once
as numpy arrays, and reports standard errors. Probabilities are monotone in
every :math:`p` when the cascade is one-sided (defensive pledges only), but
with two sides and the cross-pressure rule raising one pledge's probability
can *lower* a state's chance of joining.

The honouring probabilities in the example networks are illustrative
assumptions. Their default, 0.745, is the share of alliance obligations
honoured once the treaties' specific terms are taken into account (Leeds,
Long and Mitchell 2000), against roughly 25 per cent in earlier estimates.

Notes on the specification
--------------------------
Every closed form of the course specification (MODELS.md, E1–E3) was
re-derived and agrees with it. These points are made explicit here:

* E1 at :math:`x = y = 0` has no unique optimum; the functions raise a
  ``ValueError`` rather than return a number. The spec asks only
  :math:`\alpha, \varepsilon \ge 0`, so the functions accept values above 1;
  :math:`A(s)` and :math:`E(s)` are then risks, not probabilities.
* E2's threshold :math:`\delta = c/V` exists only when :math:`c \le V`;
  when :math:`c > V` no offence dominance in [0, 1] makes balancing pay, and
  :func:`buck_passing_threshold` returns ``inf``.
* E2's formula :math:`(c/\delta V)^{n/(n-1)}` for the probability that
  nobody balances holds only when :math:`c < \delta V`; otherwise
  :math:`\sigma^* = 0` and the probability is 1, which is what the functions
  return (the formula would exceed 1).
* E3's exact solver skips pledges that cannot affect the outcome (probability
  0 or 1, or a guarantor that is itself an attacker or a target and so has
  decided from the start); this leaves the result unchanged and makes the
  enumeration cheaper.
* E3's Monte Carlo solver draws its uniforms in single precision, which is
  several times faster. The draws lie on a grid of step :math:`2^{-24}`, so
  each pledge is honoured with its probability up to an absolute error
  below :math:`6 \times 10^{-8}`, far below the sampling error;
  probabilities 0 and 1 stay exact.
* E3's exact solver sums many products of probabilities; its totals are
  clipped to [0, 1], the war-size distribution is rescaled to sum to 1, and
  the attackers and targets are on their sides with probability exactly 1.

The spec's optional classification of joining events as entanglement or
entrapment (after Kim 2011), which needs each guarantor's stand-alone
interest, is not implemented.

What these models cannot show
-----------------------------
Support, balancing and honouring are exogenous numbers here, not choices
made in view of the consequences (E2 is the only strategic model, and it
has identical partners). Nobody renegotiates, bargains or learns during a
cascade, wars do not end, and a pledge is honoured or not regardless of
what the state's own interests are at the moment it is called.

References
----------
Beckley, M. (2015). The myth of entangling alliances: Reassessing the security
risks of U.S. defense pacts. *International Security*, 39(4), 7–48.

Christensen, T. J., & Snyder, J. (1990). Chain gangs and passed bucks:
Predicting alliance patterns in multipolarity. *International Organization*,
44(2), 137–168.

Diekmann, A. (1985). Volunteer's dilemma. *Journal of Conflict Resolution*,
29(4), 605–610.

Kempe, D., Kleinberg, J., & Tardos, É. (2003). Maximizing the spread of
influence through a social network. *Proceedings of the 9th ACM SIGKDD
International Conference on Knowledge Discovery and Data Mining*, 137–146.

Kim, T. (2011). Why alliances entangle but seldom entrap states. *Security
Studies*, 20(3), 350–377.

Leeds, B. A., Long, A. G., & Mitchell, S. M. (2000). Reevaluating alliance
reliability: Specific threats, specific promises. *Journal of Conflict
Resolution*, 44(5), 686–699.

Siverson, R. M., & Starr, H. (1991). *The Diffusion of War: A Study of
Opportunity and Willingness*. Ann Arbor: University of Michigan Press.

Snyder, G. H. (1984). The security dilemma in alliance politics. *World
Politics*, 36(4), 461–495.

Valiant, L. G. (1979). The complexity of enumeration and reliability problems.
*SIAM Journal on Computing*, 8(3), 410–421.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from guaranteelab import _validate as v

__all__ = [
    "HONOURING_RATE",
    "KINDS",
    "AllianceCascade",
    "AllianceDilemma",
    "AllianceNetwork",
    "BuckPassingEquilibrium",
    "BuckPassingGame",
    "CascadeResult",
    "DilemmaSolution",
    "Pledge",
    "abandonment_loss",
    "abandonment_risk",
    "alliance_loss",
    "asia_hub_and_spoke",
    "balancing_probability",
    "buck_passing_threshold",
    "collapse_probability",
    "crisis_1914",
    "entrapment_loss",
    "entrapment_risk",
    "minimum_loss",
    "nato_web",
    "network_1914",
    "nobody_balances_probability",
    "optimal_support",
    "random_network",
]

# ---------------------------------------------------------------------------
# E1 · the alliance security dilemma
# ---------------------------------------------------------------------------


def abandonment_risk(support: Any, realignment: Any) -> Any:
    r"""Risk that the ally realigns, :math:`A(s) = \alpha (1 - s)^2`.

    This is a probability when :math:`\alpha \le 1`; the model needs only
    :math:`\alpha \ge 0`.

    Parameters
    ----------
    support
        The state's support for its ally, :math:`s \in [0, 1]`.
    realignment
        The ally's propensity to realign, :math:`\alpha \ge 0`.

    Examples
    --------
    >>> abandonment_risk(0.5, 0.8)
    0.2
    """
    s = v.probability("support", support)
    alpha = v.nonnegative("realignment", realignment)
    return alpha * (1.0 - s) ** 2


def entrapment_risk(support: Any, recklessness: Any) -> Any:
    r"""Risk of being dragged into the ally's quarrel, :math:`E(s) = \varepsilon s^2`.

    This is a probability when :math:`\varepsilon \le 1`; the model needs
    only :math:`\varepsilon \ge 0`.

    Parameters
    ----------
    support
        The state's support for its ally, :math:`s \in [0, 1]`.
    recklessness
        The ally's recklessness, :math:`\varepsilon \ge 0`.

    Examples
    --------
    >>> entrapment_risk(0.5, 0.4)
    0.1
    """
    s = v.probability("support", support)
    eps = v.nonnegative("recklessness", recklessness)
    return eps * s**2


def abandonment_loss(support: Any, realignment: Any, dependence: Any) -> Any:
    r"""The abandonment part of the loss, :math:`D_A A(s) = D_A \alpha (1 - s)^2`.

    Parameters
    ----------
    support
        Support level :math:`s \in [0, 1]`.
    realignment
        The ally's propensity to realign, :math:`\alpha \ge 0`.
    dependence
        The state's dependence on the ally, :math:`D_A \ge 0`.

    Examples
    --------
    >>> round(abandonment_loss(0.5, 1.0, 2.0), 4)  # 2 × 1 × 0.25
    0.5
    """
    d_a = v.nonnegative("dependence", dependence)
    return d_a * abandonment_risk(support, realignment)


def entrapment_loss(support: Any, recklessness: Any, divergence: Any) -> Any:
    r"""The entrapment part of the loss, :math:`D_E E(s) = D_E \varepsilon s^2`.

    Parameters
    ----------
    support
        Support level :math:`s \in [0, 1]`.
    recklessness
        The ally's recklessness, :math:`\varepsilon \ge 0`.
    divergence
        The divergence of the two states' interests, :math:`D_E \ge 0`.

    Examples
    --------
    >>> round(entrapment_loss(0.5, 1.0, 1.0), 4)  # 1 × 1 × 0.25
    0.25
    """
    d_e = v.nonnegative("divergence", divergence)
    return d_e * entrapment_risk(support, recklessness)


def alliance_loss(
    support: Any, realignment: Any, recklessness: Any, dependence: Any, divergence: Any
) -> Any:
    r"""The state's expected loss :math:`L(s) = D_A \alpha (1 - s)^2 + D_E \varepsilon s^2`.

    Parameters
    ----------
    support
        Support level :math:`s \in [0, 1]`.
    realignment, recklessness
        The ally's propensity to realign (:math:`\alpha`) and its
        recklessness (:math:`\varepsilon`), both :math:`\ge 0`.
    dependence, divergence
        The state's dependence on the ally (:math:`D_A`) and the divergence
        of their interests (:math:`D_E`), both :math:`\ge 0`.

    Examples
    --------
    >>> round(alliance_loss(0.5, 1.0, 1.0, 2.0, 1.0), 4)
    0.75
    """
    return abandonment_loss(support, realignment, dependence) + entrapment_loss(
        support, recklessness, divergence
    )


def _dilemma_weights(realignment: Any, recklessness: Any, dependence: Any, divergence: Any):
    alpha = v.nonnegative("realignment", realignment)
    eps = v.nonnegative("recklessness", recklessness)
    d_a = v.nonnegative("dependence", dependence)
    d_e = v.nonnegative("divergence", divergence)
    x = np.asarray(alpha * d_a, dtype=float)
    y = np.asarray(eps * d_e, dtype=float)
    if np.any(x + y <= 0):
        raise ValueError(
            "realignment × dependence + recklessness × divergence must be positive: "
            "with neither a risk of abandonment nor one of entrapment every support "
            "level is optimal; got realignment × dependence = 0 and "
            "recklessness × divergence = 0"
        )
    return x, y


def optimal_support(realignment: Any, recklessness: Any, dependence: Any, divergence: Any) -> Any:
    r"""The loss-minimising support :math:`s^* = x / (x + y)`.

    Here :math:`x = \alpha D_A` (the weight of abandonment) and
    :math:`y = \varepsilon D_E` (the weight of entrapment). Broadcasts over
    numpy arrays.

    Raises
    ------
    ValueError
        If :math:`x + y = 0` anywhere: then every support level is optimal.

    Examples
    --------
    >>> optimal_support(0.8, 0.4, 1.0, 1.0)  # x = 0.8, y = 0.4
    0.6666666666666666
    >>> optimal_support(0.0, 0.4, 1.0, 1.0)  # bipolarity: the ally cannot realign
    0.0
    """
    x, y = _dilemma_weights(realignment, recklessness, dependence, divergence)
    return v.as_result(x / (x + y))


def minimum_loss(realignment: Any, recklessness: Any, dependence: Any, divergence: Any) -> Any:
    r"""The loss at the optimum, :math:`L^* = xy / (x + y)`.

    Examples
    --------
    >>> round(minimum_loss(0.8, 0.4, 1.0, 1.0), 4)
    0.2667
    """
    x, y = _dilemma_weights(realignment, recklessness, dependence, divergence)
    return v.as_result(x * y / (x + y))


@dataclass(frozen=True)
class DilemmaSolution:
    r"""The optimum of the alliance security dilemma (E1).

    Attributes
    ----------
    support
        The optimal support :math:`s^*`.
    loss
        The minimum loss :math:`L^*`.
    abandonment_risk, entrapment_risk
        :math:`A(s^*)` and :math:`E(s^*)` (probabilities when
        :math:`\alpha, \varepsilon \le 1`).
    abandonment_weight, entrapment_weight
        :math:`x = \alpha D_A` and :math:`y = \varepsilon D_E`. If
        :math:`y = 0` full support is optimal and if :math:`x = 0` no support
        is, whatever the other parameters.
    """

    support: float
    loss: float
    abandonment_risk: float
    entrapment_risk: float
    abandonment_weight: float
    entrapment_weight: float


@dataclass(frozen=True)
class AllianceDilemma:
    r"""The alliance security dilemma, after Snyder (1984).

    Parameters
    ----------
    realignment
        The ally's propensity to realign, :math:`\alpha \ge 0` (high under
        multipolarity, near 0 under bipolarity).
    recklessness
        The ally's recklessness, :math:`\varepsilon \ge 0`.
    dependence
        The state's dependence on the ally, :math:`D_A \ge 0`.
    divergence
        The divergence of the two states' interests, :math:`D_E \ge 0`.

    Examples
    --------
    >>> solution = AllianceDilemma(0.8, 0.4, 1.0, 1.0).solve()
    >>> round(solution.support, 3), round(solution.loss, 3)
    (0.667, 0.267)
    """

    realignment: float
    recklessness: float
    dependence: float
    divergence: float

    def __post_init__(self) -> None:
        for name in ("realignment", "recklessness", "dependence", "divergence"):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), v.nonnegative))
        _dilemma_weights(self.realignment, self.recklessness, self.dependence, self.divergence)

    def loss(self, support: Any) -> Any:
        """The expected loss at support level(s) ``support``."""
        return alliance_loss(
            support, self.realignment, self.recklessness, self.dependence, self.divergence
        )

    def abandonment_loss(self, support: Any) -> Any:
        """The abandonment part of the loss, :math:`D_A A(s)`, at ``support``."""
        return abandonment_loss(support, self.realignment, self.dependence)

    def entrapment_loss(self, support: Any) -> Any:
        """The entrapment part of the loss, :math:`D_E E(s)`, at ``support``."""
        return entrapment_loss(support, self.recklessness, self.divergence)

    def solve(self) -> DilemmaSolution:
        """The optimal support, its loss, the two risks at the optimum and the two weights.

        Examples
        --------
        >>> sol = AllianceDilemma(2.0, 0.0, 3.0, 3.0).solve()  # no entrapment risk
        >>> sol.support, sol.loss, sol.entrapment_weight
        (1.0, 0.0, 0.0)
        """
        args = (self.realignment, self.recklessness, self.dependence, self.divergence)
        x, y = _dilemma_weights(*args)
        s = optimal_support(*args)
        return DilemmaSolution(
            support=s,
            loss=minimum_loss(*args),
            abandonment_risk=abandonment_risk(s, self.realignment),
            entrapment_risk=entrapment_risk(s, self.recklessness),
            abandonment_weight=float(x),
            entrapment_weight=float(y),
        )


# ---------------------------------------------------------------------------
# E2 · chain-ganging versus buck-passing
# ---------------------------------------------------------------------------


def _buck_inputs(cost: Any, value: Any, offence_dominance: Any, powers: Any):
    c = v.positive("cost", cost)
    big_v = v.positive("value", value)
    delta = v.probability("offence_dominance", offence_dominance)
    n = v.integer("powers", powers, ge=2)
    return np.asarray(c, float), np.asarray(big_v, float), np.asarray(delta, float), n


def _cost_ratio(c: np.ndarray, big_v: np.ndarray, delta: np.ndarray) -> np.ndarray:
    """c / (δV), with inf where δ = 0, and a flag where balancing can pay (c < δV)."""
    stake = delta * big_v
    with np.errstate(divide="ignore", over="ignore"):
        return np.where(stake > 0, c / np.where(stake > 0, stake, 1.0), np.inf)


def balancing_probability(cost: Any, value: Any, offence_dominance: Any, powers: int) -> Any:
    r"""Each partner's probability of balancing in the symmetric equilibrium, :math:`\sigma^*`.

    :math:`\sigma^* = 1 - (c/\delta V)^{1/(n-1)}` when :math:`c < \delta V`,
    and 0 otherwise (ties go to not acting). Broadcasts over ``cost``,
    ``value`` and ``offence_dominance``.

    Parameters
    ----------
    cost
        Cost of balancing now, :math:`c > 0`.
    value
        Value of the attack being checked, :math:`V > 0`.
    offence_dominance
        Probability :math:`\delta \in [0, 1]` that the front line collapses
        if nobody balances.
    powers
        Number of great-power partners, :math:`n \ge 2`.

    Examples
    --------
    >>> balancing_probability(0.25, 1.0, 1.0, 2)  # 1 - 0.25
    0.75
    >>> balancing_probability(0.25, 1.0, 0.2, 2)  # c > δV: pure buck-passing
    0.0
    """
    c, big_v, delta, n = _buck_inputs(cost, value, offence_dominance, powers)
    ratio = _cost_ratio(c, big_v, delta)
    # 1 - r**(1/(n-1)) written as -expm1(log(r)/(n-1)): accurate when r is near 1, so
    # sigma* > 0 exactly when c < δV even one rounding step below the knife edge.
    with np.errstate(divide="ignore"):
        root = -np.expm1(np.log(np.clip(ratio, 0.0, 1.0)) / (n - 1))
    sigma = np.where(ratio < 1.0, root, 0.0)
    return v.as_result(sigma)


def nobody_balances_probability(cost: Any, value: Any, offence_dominance: Any, powers: int) -> Any:
    r"""Probability that no partner balances in the symmetric equilibrium.

    :math:`(c/\delta V)^{n/(n-1)}` when :math:`c < \delta V`, and 1 otherwise.

    Examples
    --------
    >>> nobody_balances_probability(0.25, 1.0, 1.0, 2)  # 0.25 ** 2
    0.0625
    """
    c, big_v, delta, n = _buck_inputs(cost, value, offence_dominance, powers)
    ratio = _cost_ratio(c, big_v, delta)
    p = np.where(ratio < 1.0, np.minimum(ratio, 1.0) ** (n / (n - 1)), 1.0)
    return v.as_result(p)


def collapse_probability(cost: Any, value: Any, offence_dominance: Any, powers: int) -> Any:
    r"""Probability that the front line collapses in the symmetric equilibrium.

    Nobody balances, and then the offence succeeds: :math:`\delta` times
    :func:`nobody_balances_probability`. Broadcasts like it.

    Examples
    --------
    >>> collapse_probability(0.25, 1.0, 1.0, 2)  # 1 × 0.25 ** 2
    0.0625
    >>> collapse_probability(0.5, 1.0, 0.4, 3)  # c > δV: nobody balances, collapse with δ
    0.4
    """
    nobody = nobody_balances_probability(cost, value, offence_dominance, powers)
    delta = np.asarray(v.probability("offence_dominance", offence_dominance), float)
    return v.as_result(delta * np.asarray(nobody, float))


def buck_passing_threshold(cost: Any, value: Any) -> Any:
    r"""The offence dominance :math:`\delta = c/V` at or below which nobody balances.

    Returns ``inf`` where :math:`c > V`: then no offence dominance
    :math:`\delta \in [0, 1]` makes balancing worth its cost, so the
    threshold does not exist. Broadcasts over ``cost`` and ``value``.

    Examples
    --------
    >>> buck_passing_threshold(0.3, 1.0)
    0.3
    >>> buck_passing_threshold(1.5, 1.0)  # balancing never pays
    inf
    """
    ratio = np.asarray(v.positive("cost", cost) / v.positive("value", value), float)
    return v.as_result(np.where(ratio > 1.0, np.inf, ratio))


@dataclass(frozen=True)
class BuckPassingEquilibrium:
    """Equilibria of the buck-passing game (E2).

    Attributes
    ----------
    balancing_probability
        :math:`\\sigma^*`, each partner's probability of balancing in the
        symmetric equilibrium.
    nobody_balances
        Probability that nobody balances in the symmetric equilibrium.
    collapse_probability
        Probability that the front line collapses (nobody balances, then the
        offence succeeds).
    expected_payoff
        Each partner's expected payoff in the symmetric equilibrium.
    pure_equilibria
        Every pure-strategy equilibrium, each a tuple of booleans (``True`` =
        balances): the :math:`n` profiles with exactly one balancer when
        :math:`c < \\delta V`, otherwise only the profile where nobody balances.
    """

    balancing_probability: float
    nobody_balances: float
    collapse_probability: float
    expected_payoff: float
    pure_equilibria: tuple[tuple[bool, ...], ...]


@dataclass(frozen=True)
class BuckPassingGame:
    r"""Chain-ganging versus buck-passing as a volunteer's dilemma.

    After Christensen and Snyder (1990), with Diekmann's (1985) volunteer's
    dilemma as the formal vehicle.

    Parameters
    ----------
    cost
        Cost of balancing, :math:`c > 0`.
    value
        Each partner's value of the attack being checked, :math:`V > 0`.
    offence_dominance
        :math:`\delta \in [0, 1]`: the probability that the front line
        collapses if nobody balances.
    powers
        Number of great-power partners, :math:`n \ge 2`.

    Examples
    --------
    >>> eq = BuckPassingGame(cost=0.25, value=1.0, offence_dominance=1.0, powers=2).solve()
    >>> eq.balancing_probability, eq.pure_equilibria
    (0.75, ((True, False), (False, True)))
    """

    cost: float
    value: float
    offence_dominance: float
    powers: int

    def __post_init__(self) -> None:
        c, big_v, delta, n = _buck_inputs(
            v.scalar("cost", self.cost, v.positive),
            v.scalar("value", self.value, v.positive),
            v.scalar("offence_dominance", self.offence_dominance, v.probability),
            self.powers,
        )
        object.__setattr__(self, "cost", float(c))
        object.__setattr__(self, "value", float(big_v))
        object.__setattr__(self, "offence_dominance", float(delta))
        object.__setattr__(self, "powers", n)

    def payoff(self, balances: bool, others_balancing: int) -> float:
        """One partner's payoff given its own move and how many others balance."""
        others = v.integer("others_balancing", others_balancing, ge=0, le=self.powers - 1)
        if balances:
            return self.value - self.cost
        if others > 0:
            return self.value
        # V − δV rather than (1 − δ)V: the same arithmetic as the test c < δV in
        # solve(), so at the knife edge c = δV the two payoffs tie exactly.
        return self.value - self.offence_dominance * self.value

    def solve(self) -> BuckPassingEquilibrium:
        """The symmetric mixed equilibrium and the pure equilibria."""
        args = (self.cost, self.value, self.offence_dominance, self.powers)
        balancing_pays = self.cost < self.offence_dominance * self.value
        if balancing_pays:
            pure = tuple(tuple(i == k for i in range(self.powers)) for k in range(self.powers))
        else:
            pure = ((False,) * self.powers,)
        return BuckPassingEquilibrium(
            balancing_probability=balancing_probability(*args),
            nobody_balances=nobody_balances_probability(*args),
            collapse_probability=collapse_probability(*args),
            # Indifferent partners earn what balancing pays, V − c; if balancing never
            # pays, everyone passes and earns V − δV.
            expected_payoff=self.payoff(balancing_pays, 0),
            pure_equilibria=pure,
        )


# ---------------------------------------------------------------------------
# E3 · alliance-network contagion
# ---------------------------------------------------------------------------

#: Kinds of pledge: when a pledge to an ally fires.
KINDS: dict[str, str] = {
    "D": "defensive: fires only if the ally fights on the defending side",
    "O": "offensive ('blank cheque'): fires only if the ally fights on the attacking side",
    "U": "unconditional: fires whichever side the ally is on",
}

#: Share of alliance obligations honoured, Leeds, Long and Mitchell (2000).
HONOURING_RATE = 0.745

_UNDECIDED, _ATTACKING, _DEFENDING, _NEUTRAL = 0, 1, 2, 3
_EXACT_LIMIT = 24  # uncertain pledges; 2**24 live-edge sets
_AUTO_PROGRESS_WORK = 4e7  # trials (or live-edge sets) × pledges above which a bar shows


@dataclass(frozen=True)
class Pledge:
    """A promise by ``guarantor`` to defend ``ally``.

    Parameters
    ----------
    guarantor, ally
        State names (non-empty strings, different from each other).
    kind
        ``"D"``, ``"O"`` or ``"U"`` (see :data:`KINDS`).
    probability
        The probability that the pledge is honoured when it is called.
    source
        Optional note: a dataset id such as ``"us_rok_1953"`` or a reason.

    Examples
    --------
    >>> Pledge("RUS", "SRB", "D", 0.8)
    Pledge(guarantor='RUS', ally='SRB', kind='D', probability=0.8, source='')
    """

    guarantor: str
    ally: str
    kind: str
    probability: float
    source: str = ""

    def __post_init__(self) -> None:
        for name in ("guarantor", "ally"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise TypeError(
                    f"pledge {name} must be a non-empty string (a state); got {value!r}"
                )
        if self.guarantor == self.ally:
            raise ValueError(f"pledge {self.label}: a state cannot pledge to defend itself")
        try:
            v.choice("kind", self.kind, KINDS)
            object.__setattr__(
                self, "probability", v.scalar("probability", self.probability, v.probability)
            )
        except (ValueError, TypeError) as exc:
            raise type(exc)(f"pledge {self.label}: {exc}") from None

    @property
    def label(self) -> str:
        """``"GUARANTOR -> ALLY"``, how errors and labs name the pledge."""
        return f"{self.guarantor!s} -> {self.ally!s}"


def _as_pledge(item: Pledge | Sequence[Any], index: int) -> Pledge:
    if isinstance(item, Pledge):
        return item
    if isinstance(item, Sequence) and not isinstance(item, str) and len(item) in (4, 5):
        return Pledge(*item)
    raise TypeError(
        f"pledge {index} must be a Pledge or a tuple (guarantor, ally, kind, probability); "
        f"got {item!r}"
    )


@dataclass(frozen=True)
class AllianceNetwork:
    """A directed network of pledges between states.

    Parameters
    ----------
    pledges
        :class:`Pledge` objects or tuples ``(guarantor, ally, kind,
        probability[, source])``. At most one pledge per ordered pair.
    states
        Every state, in a fixed order. If omitted, the states met in the
        pledges, in order of appearance. If given, every pledge must name
        states in it (states without pledges are allowed).

    Raises
    ------
    ValueError
        Naming the offending pledge: a state not in ``states``, a
        probability outside [0, 1], a self-pledge, an unknown kind or a
        duplicate.

    Examples
    --------
    >>> net = AllianceNetwork([("RUS", "SRB", "D", 0.8), ("FRA", "RUS", "D", 0.9)])
    >>> net.states
    ('RUS', 'SRB', 'FRA')
    >>> net.to_digraph().edges["FRA", "RUS"]["probability"]
    0.9
    """

    pledges: tuple[Pledge, ...]
    states: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if isinstance(self.pledges, str | Pledge) or not isinstance(self.pledges, Iterable):
            raise TypeError("pledges must be a sequence of pledges")
        pledges = tuple(_as_pledge(item, i) for i, item in enumerate(self.pledges))
        if self.states is None:
            seen: dict[str, None] = {}
            for pledge in pledges:
                seen.setdefault(pledge.guarantor)
                seen.setdefault(pledge.ally)
            states = tuple(seen)
        else:
            if isinstance(self.states, str):
                raise TypeError("states must be a sequence of state names, not one string")
            states = tuple(self.states)
            for state in states:
                if not isinstance(state, str) or not state.strip():
                    raise TypeError(f"every state must be a non-empty string; got {state!r}")
            if len(set(states)) != len(states):
                raise ValueError(f"states must not repeat; got {list(states)}")
            known = set(states)
            for i, pledge in enumerate(pledges):
                for role in ("guarantor", "ally"):
                    name = getattr(pledge, role)
                    if name not in known:
                        raise ValueError(
                            f"pledge {i} ({pledge.label}): {role} {name!r} is not one of the "
                            f"network's states {list(states)}"
                        )
        pairs: dict[tuple[str, str], int] = {}
        for i, pledge in enumerate(pledges):
            pair = (pledge.guarantor, pledge.ally)
            if pair in pairs:
                raise ValueError(
                    f"pledge {i} ({pledge.label}) duplicates pledge {pairs[pair]}; "
                    "give each guarantor at most one pledge per ally"
                )
            pairs[pair] = i
        object.__setattr__(self, "pledges", pledges)
        object.__setattr__(self, "states", states)

    @classmethod
    def from_digraph(cls, graph: nx.DiGraph) -> AllianceNetwork:
        """Build from a DiGraph whose edges carry ``kind`` and ``probability``."""
        if not isinstance(graph, nx.DiGraph):
            raise TypeError(f"graph must be a networkx DiGraph; got {type(graph).__name__}")
        pledges = []
        for g, j, data in graph.edges(data=True):
            if "kind" not in data or "probability" not in data:
                raise ValueError(f"pledge {g} -> {j}: edge needs 'kind' and 'probability'")
            pledges.append(Pledge(g, j, data["kind"], data["probability"], data.get("source", "")))
        return cls(tuple(pledges), tuple(graph.nodes))

    def to_digraph(self) -> nx.DiGraph:
        """The network as a DiGraph: an edge g → j for each pledge, with its attributes."""
        graph = nx.DiGraph()
        graph.add_nodes_from(self.states)
        for p in self.pledges:
            graph.add_edge(p.guarantor, p.ally, kind=p.kind, probability=p.probability,
                           source=p.source)  # fmt: skip
        return graph

    def pledge(self, guarantor: str, ally: str) -> Pledge:
        """The pledge from ``guarantor`` to ``ally``; ValueError if there is none."""
        for p in self.pledges:
            if p.guarantor == guarantor and p.ally == ally:
                return p
        raise ValueError(f"there is no pledge {guarantor} -> {ally} in this network")

    def with_pledge(
        self, guarantor: str, ally: str, kind: str | None = None, probability: float | None = None
    ) -> AllianceNetwork:
        """A copy with the pledge ``guarantor -> ally`` changed, or removed if ``kind="none"``.

        Examples
        --------
        >>> net = network_1914().with_pledge("ITA", "GER", kind="O")
        >>> net.pledge("ITA", "GER").kind
        'O'
        >>> len(network_1914().with_pledge("GBR", "BEL", kind="none").pledges)
        6
        """
        old = self.pledge(guarantor, ally)
        if kind == "none":
            kept = tuple(p for p in self.pledges if p is not old)
            return AllianceNetwork(kept, self.states)
        new = Pledge(
            guarantor,
            ally,
            old.kind if kind is None else kind,
            old.probability if probability is None else probability,
            old.source,
        )
        return AllianceNetwork(tuple(new if p is old else p for p in self.pledges), self.states)

    def table(self) -> pd.DataFrame:
        """The pledges as a table, one row each."""
        return pd.DataFrame(
            [
                {
                    "guarantor": p.guarantor,
                    "ally": p.ally,
                    "kind": p.kind,
                    "probability": p.probability,
                    "source": p.source,
                }
                for p in self.pledges
            ],
            columns=["guarantor", "ally", "kind", "probability", "source"],
        )


def _seeds(name: str, value: str | Sequence[str], states: tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(value, str):
        seeds: tuple[Any, ...] = (value,)
    else:
        seeds = tuple(value) if isinstance(value, Iterable) else (None,)
        if not all(isinstance(state, str) for state in seeds):
            raise TypeError(
                f"{name} must be a state name or a sequence of state names; got {value!r}"
            )
    if not seeds:
        raise ValueError(f"{name} must name at least one state")
    for state in seeds:
        if state not in states:
            raise ValueError(f"{name} {state!r} is not one of the network's states {list(states)}")
    if len(set(seeds)) != len(seeds):
        raise ValueError(f"{name} must not repeat a state; got {list(seeds)}")
    return seeds


@dataclass(frozen=True, eq=False)
class CascadeResult:
    """Who is drawn into the war, and how large it grows (E3).

    Attributes
    ----------
    states
        State names, in the network's order; the arrays below follow it.
    attacking, defending, cross_pressured
        Per state: the probability of ending on the attacking side, on the
        defending side, and cross-pressured into neutrality.
    neutral
        Per state: the probability of fighting on neither side
        (cross-pressured, or never joined: not called, or every call refused).
    war_size
        ``war_size[k]`` is the probability that exactly ``k`` states fight.
    method
        ``"exact"`` or ``"monte_carlo"``.
    trials
        Number of sampled cascades (``None`` for the exact solver).
    attacking_se, defending_se, war_size_se
        Standard errors of the estimates (zeros for the exact solver).
    expected_war_size_se
        Standard error of :attr:`expected_war_size` (0 for the exact solver).
    """

    states: tuple[str, ...]
    attacking: np.ndarray
    defending: np.ndarray
    cross_pressured: np.ndarray
    war_size: np.ndarray
    method: str
    trials: int | None = None
    attacking_se: np.ndarray = field(default_factory=lambda: np.zeros(0))
    defending_se: np.ndarray = field(default_factory=lambda: np.zeros(0))
    war_size_se: np.ndarray = field(default_factory=lambda: np.zeros(0))
    expected_war_size_se: float = 0.0

    @property
    def neutral(self) -> np.ndarray:
        return np.clip(1.0 - self.attacking - self.defending, 0.0, 1.0)

    @property
    def expected_war_size(self) -> float:
        """Mean number of states at war, attackers and targets included."""
        return float(np.arange(len(self.war_size)) @ self.war_size)

    def systemic_war_probability(self, threshold: int) -> float:
        """P(war size ≥ ``threshold``): the chance of a systemic war.

        Examples
        --------
        >>> result = crisis_1914().exact()
        >>> round(result.systemic_war_probability(5), 4)  # AH, SRB, GER + RUS + FRA (+ GBR)
        0.72
        """
        k = v.integer("threshold", threshold, ge=0)
        return float(self.war_size[k:].sum())

    def systemic_war_standard_error(self, threshold: int) -> float:
        """Standard error of :meth:`systemic_war_probability` (0 when exact)."""
        p = self.systemic_war_probability(threshold)
        if self.trials is None:
            return 0.0
        return math.sqrt(p * (1.0 - p) / self.trials)

    def probability(self, state: str, side: str = "defending") -> float:
        """P(``state`` ends on ``side``): "attacking", "defending" or "neutral"."""
        v.choice("side", side, ("attacking", "defending", "neutral"))
        if state not in self.states:
            raise ValueError(f"state {state!r} is not one of {list(self.states)}")
        return float(getattr(self, side)[self.states.index(state)])

    def table(self) -> pd.DataFrame:
        """Per-state probabilities as a table indexed by state."""
        frame = pd.DataFrame(
            {
                "attacking": self.attacking,
                "defending": self.defending,
                "cross_pressured": self.cross_pressured,
                "neutral": self.neutral,
            },
            index=pd.Index(self.states, name="state"),
        )
        if self.trials is not None:
            frame["attacking_se"] = self.attacking_se
            frame["defending_se"] = self.defending_se
        return frame


@dataclass(frozen=True)
class _Compiled:
    """Edge arrays for the vectorised kernel."""

    guarantor: np.ndarray  # (M,) int
    ally: np.ndarray  # (M,) int
    fires_attacking: np.ndarray  # (M,) bool: kind O or U
    fires_defending: np.ndarray  # (M,) bool: kind D or U
    probability: np.ndarray  # (M,) float
    probability32: np.ndarray  # (M,) float32, for Monte Carlo draws
    starts: np.ndarray  # (G,) int: first pledge of each guarantor (pledges sorted by guarantor)
    guarantors: np.ndarray  # (G,) int: the guarantor of each such block
    initial: np.ndarray  # (N,) int8: sides at round 0


def _run_rounds(c: _Compiled, live: np.ndarray) -> np.ndarray:
    """Run the synchronous cascade for each row of ``live`` (trials × pledges).

    Returns the final side of every state (trials × states, int8): 0 never
    joined (not called, or every call refused), 1 attacking, 2 defending,
    3 cross-pressured into neutrality.

    Each round, a pledge whose ally joined a side in the previous round
    carries a call coded 1 (to the attacking side) or 2 (to the defending
    side). OR-ing the codes of each guarantor's pledges (pledges are sorted
    by guarantor, so this is one ``reduceat``) gives 1, 2, or 3 when both
    sides called: exactly the guarantor's new side, 3 being neutrality.
    Cascades that have stopped are dropped from the arrays.
    """
    trials, n_states = live.shape[0], c.initial.size
    side = np.broadcast_to(c.initial, (trials, n_states)).copy()
    if c.starts.size == 0:
        return side
    rows = np.arange(trials)
    frontier = side.copy()
    live_a = (live & c.fires_attacking).view(np.uint8)
    live_d = (live & c.fires_defending).view(np.uint8)
    while rows.size:
        ally_side = frontier[:, c.ally]
        code = live_a & (ally_side == _ATTACKING).view(np.uint8)
        code |= (live_d & (ally_side == _DEFENDING).view(np.uint8)) << 1
        called = np.bitwise_or.reduceat(code, c.starts, axis=1).astype(np.int8)
        block = side[rows]
        called[block[:, c.guarantors] != _UNDECIDED] = _UNDECIDED
        block[:, c.guarantors] |= called
        side[rows] = block
        called[called == _NEUTRAL] = _UNDECIDED
        keep = called.any(axis=1)
        rows = rows[keep]
        frontier = np.zeros((rows.size, n_states), dtype=np.int8)
        frontier[:, c.guarantors] = called[keep]
        live_a = live_a[keep]
        live_d = live_d[keep]
    return side


def _progress(total: int, show: bool | None, work: float, desc: str):
    if show is None:
        show = work >= _AUTO_PROGRESS_WORK
    if not show:
        return None
    from tqdm.auto import tqdm  # lazy: tqdm.auto may load ipywidgets

    return tqdm(total=total, desc=desc, leave=False)


@dataclass(frozen=True)
class AllianceCascade:
    """An attack that may spread through a network of pledges (E3).

    Parameters
    ----------
    network
        The pledges.
    attacker
        The attacking state, or several (attacking simultaneously).
    target
        The attacked state, or several.

    Examples
    --------
    >>> result = crisis_1914().exact()
    >>> {s: round(result.probability(s), 3) for s in ("RUS", "FRA", "GBR")}
    {'RUS': 0.8, 'FRA': 0.72, 'GBR': 0.432}
    >>> result.probability("ITA", "attacking")  # Italy's pledges are defensive only
    0.0
    """

    network: AllianceNetwork
    attacker: str | tuple[str, ...]
    target: str | tuple[str, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.network, AllianceNetwork):
            raise TypeError(
                f"network must be an AllianceNetwork; got {type(self.network).__name__}"
            )
        states = self.network.states
        attackers = _seeds("attacker", self.attacker, states)
        targets = _seeds("target", self.target, states)
        both = sorted(set(attackers) & set(targets))
        if both:
            raise ValueError(f"attacker and target must differ; {both[0]!r} is given as both")
        object.__setattr__(self, "attacker", attackers if len(attackers) > 1 else attackers[0])
        object.__setattr__(self, "target", targets if len(targets) > 1 else targets[0])

    @property
    def attackers(self) -> tuple[str, ...]:
        return (self.attacker,) if isinstance(self.attacker, str) else self.attacker

    @property
    def targets(self) -> tuple[str, ...]:
        return (self.target,) if isinstance(self.target, str) else self.target

    def _compile(self) -> _Compiled:
        states = self.network.states
        index = {s: i for i, s in enumerate(states)}
        pledges = self.network.pledges
        # Sort the pledges by guarantor so each guarantor's calls are one contiguous block.
        pledges = sorted(pledges, key=lambda p: index[p.guarantor])
        guarantor = np.array([index[p.guarantor] for p in pledges], dtype=np.intp)
        ally = np.array([index[p.ally] for p in pledges], dtype=np.intp)
        kinds = np.array([p.kind for p in pledges], dtype="<U1")
        starts = np.flatnonzero(np.r_[True, guarantor[1:] != guarantor[:-1]]) if pledges else []
        starts = np.asarray(starts, dtype=np.intp)
        initial = np.zeros(len(states), dtype=np.int8)
        initial[[index[s] for s in self.attackers]] = _ATTACKING
        initial[[index[s] for s in self.targets]] = _DEFENDING
        return _Compiled(
            guarantor=guarantor,
            ally=ally,
            fires_attacking=np.isin(kinds, ["O", "U"]),
            fires_defending=np.isin(kinds, ["D", "U"]),
            probability=np.array([p.probability for p in pledges], dtype=float),
            probability32=np.array([p.probability for p in pledges], dtype=np.float32),
            starts=starts,
            guarantors=guarantor[starts],
            initial=initial,
        )

    def _relevant_uncertain(self, c: _Compiled) -> np.ndarray:
        """Pledges whose outcome is random and can matter: 0 < p < 1, guarantor not a seed."""
        seed_guarantor = c.initial[c.guarantor] != _UNDECIDED
        return np.flatnonzero((c.probability > 0) & (c.probability < 1) & ~seed_guarantor)

    def uncertain_pledges(self) -> int:
        """How many pledges the exact solver enumerates (its cost is 2 to this power)."""
        return int(self._relevant_uncertain(self._compile()).size)

    def _result(self, side: np.ndarray, weights: np.ndarray | None) -> tuple[np.ndarray, ...]:
        """Weighted (exact) or plain (Monte Carlo, ``weights=None``) totals over the rows."""
        on_a, on_d, on_n = (side == _ATTACKING), (side == _DEFENDING), (side == _NEUTRAL)
        size = (on_a | on_d).sum(axis=1)
        if weights is None:
            totals = [x.sum(axis=0, dtype=np.float64) for x in (on_a, on_d, on_n)]
        else:
            totals = [weights @ x for x in (on_a, on_d, on_n)]
        pmf = np.bincount(size, weights=weights, minlength=side.shape[1] + 1).astype(float)
        return totals[0], totals[1], totals[2], pmf

    def exact(self, *, chunk: int = 1 << 15, progress: bool | None = None) -> CascadeResult:
        """Exact probabilities by enumerating every live-edge set of the uncertain pledges.

        Pledges with probability 0 or 1, and pledges whose guarantor is an
        attacker or a target (it has decided already), are not enumerated.

        Parameters
        ----------
        chunk
            Live-edge sets processed per numpy batch.
        progress
            Show a progress bar; by default only for long enumerations.

        Raises
        ------
        ValueError
            If more than 24 pledges are uncertain: use :meth:`monte_carlo`.
        """
        chunk = v.integer("chunk", chunk, ge=1)
        c = self._compile()
        uncertain = self._relevant_uncertain(c)
        m = uncertain.size
        if m > _EXACT_LIMIT:
            raise ValueError(
                f"exact enumeration needs 2**{m} live-edge sets; at most {_EXACT_LIMIT} uncertain "
                "pledges are supported, use monte_carlo() for this network"
            )
        base = c.probability >= 1.0
        p_unc = c.probability[uncertain]
        bits = np.arange(m, dtype=np.int64)
        n_states = c.initial.size
        totals = [np.zeros(n_states), np.zeros(n_states), np.zeros(n_states)]
        pmf = np.zeros(n_states + 1)
        total = 1 << m
        bar = _progress(total, progress, float(total) * max(len(c.probability), 1), "exact")
        for start in range(0, total, chunk):
            masks = np.arange(start, min(start + chunk, total), dtype=np.int64)
            live_unc = ((masks[:, None] >> bits) & 1).astype(bool)
            live = np.broadcast_to(base, (masks.size, base.size)).copy()
            live[:, uncertain] = live_unc
            weights = np.prod(np.where(live_unc, p_unc, 1.0 - p_unc), axis=1)
            side = _run_rounds(c, live)
            a, d, n, w = self._result(side, weights)
            totals[0] += a
            totals[1] += d
            totals[2] += n
            pmf += w
            if bar is not None:
                bar.update(masks.size)
        if bar is not None:
            bar.close()
        # Sums of many products can stray from [0, 1] by a few rounding steps: clip them,
        # make the war-size distribution sum to 1 and put the seeds on their sides exactly.
        attacking, defending, neutral = (np.clip(t, 0.0, 1.0) for t in totals)
        attacking[c.initial == _ATTACKING] = 1.0
        defending[c.initial == _DEFENDING] = 1.0
        pmf = np.clip(pmf, 0.0, None)
        pmf /= pmf.sum()
        zeros = np.zeros(n_states)
        return CascadeResult(
            states=self.network.states,
            attacking=attacking,
            defending=defending,
            cross_pressured=neutral,
            war_size=pmf,
            method="exact",
            attacking_se=zeros,
            defending_se=zeros.copy(),
            war_size_se=np.zeros(n_states + 1),
        )

    def monte_carlo(
        self,
        trials: int = 100_000,
        *,
        seed: int | np.random.Generator | None = None,
        chunk: int = 25_000,
        progress: bool | None = None,
    ) -> CascadeResult:
        """Estimate the probabilities from ``trials`` sampled cascades, with standard errors.

        Parameters
        ----------
        trials
            Number of cascades.
        seed
            An int or a :class:`numpy.random.Generator`, for reproducible results.
        chunk
            Cascades simulated per numpy batch (bounds memory).
        progress
            Show a progress bar; by default only for long runs.

        Examples
        --------
        >>> result = crisis_1914().monte_carlo(20_000, seed=1)
        >>> bool(abs(result.probability("FRA") - 0.72) < 4 * result.defending_se[3])
        True
        """
        trials = v.integer("trials", trials, ge=1)
        chunk = v.integer("chunk", chunk, ge=1)
        if seed is not None and not isinstance(seed, np.random.Generator):
            seed = v.integer("seed", seed, ge=0)
        rng = np.random.default_rng(seed)
        c = self._compile()
        n_states = c.initial.size
        counts = [np.zeros(n_states), np.zeros(n_states), np.zeros(n_states)]
        pmf = np.zeros(n_states + 1)
        size_sum = 0.0
        size_sq = 0.0
        bar = _progress(trials, progress, float(trials) * max(len(c.probability), 1), "cascades")
        for start in range(0, trials, chunk):
            size = min(chunk, trials - start)
            # float32 draws are several times faster than float64 ones. They lie on a
            # grid of step 2**-24, so each pledge fires with its probability up to an
            # absolute error below 6e-8; p = 0 and p = 1 stay exact.
            live = rng.random((size, c.probability.size), dtype=np.float32) < c.probability32
            side = _run_rounds(c, live)
            a, d, n, w = self._result(side, None)
            counts[0] += a
            counts[1] += d
            counts[2] += n
            pmf += w
            sizes = np.arange(n_states + 1)
            size_sum += float(sizes @ w)
            size_sq += float((sizes**2) @ w)
            if bar is not None:
                bar.update(size)
        if bar is not None:
            bar.close()
        attacking, defending = counts[0] / trials, counts[1] / trials
        pmf = pmf / trials
        mean = size_sum / trials
        variance = max(size_sq / trials - mean**2, 0.0)

        def se(p: np.ndarray) -> np.ndarray:
            return np.sqrt(p * (1.0 - p) / trials)

        return CascadeResult(
            states=self.network.states,
            attacking=attacking,
            defending=defending,
            cross_pressured=counts[2] / trials,
            war_size=pmf,
            method="monte_carlo",
            trials=trials,
            attacking_se=se(attacking),
            defending_se=se(defending),
            war_size_se=se(pmf),
            expected_war_size_se=math.sqrt(variance / trials),
        )

    def solve(self, **kwargs: Any) -> CascadeResult:
        """The exact result when at most 20 pledges are uncertain, else Monte Carlo."""
        if self.uncertain_pledges() <= 20:
            return self.exact()
        return self.monte_carlo(**kwargs)

    def rounds(self, live: Iterable[tuple[str, str]] | None = None) -> list[dict[str, str]]:
        """Play the cascade round by round for one set of honoured pledges, in plain Python.

        Parameters
        ----------
        live
            The pledges that would be honoured if called, as ``(guarantor,
            ally)`` pairs; by default every pledge with a positive probability.

        Returns
        -------
        list of dict
            One dict per round (round 0 first) mapping each state that
            decided in that round to ``"attacking"``, ``"defending"`` or
            ``"neutral"`` (cross-pressured).

        Examples
        --------
        >>> for r in crisis_1914().rounds():
        ...     print(r)
        {'AH': 'attacking', 'SRB': 'defending'}
        {'RUS': 'defending', 'GER': 'attacking'}
        {'FRA': 'defending'}
        {'GBR': 'defending'}
        """
        pledges = self.network.pledges
        if live is None:
            honoured = {(p.guarantor, p.ally) for p in pledges if p.probability > 0}
        else:
            honoured = set(live)
            known = {(p.guarantor, p.ally) for p in pledges}
            for pair in honoured:
                if pair not in known:
                    raise ValueError(f"live pledge {pair} is not a pledge of this network")
        guarantors: dict[str, list[Pledge]] = {s: [] for s in self.network.states}
        for p in pledges:
            guarantors[p.ally].append(p)
        order = {s: i for i, s in enumerate(self.network.states)}
        first = {s: "attacking" for s in self.attackers} | {s: "defending" for s in self.targets}
        first = dict(sorted(first.items(), key=lambda item: order[item[0]]))
        decided = dict(first)
        history = [first]
        frontier = first
        while frontier:
            calls: dict[str, set[str]] = {}
            for ally, ally_side in frontier.items():
                for p in guarantors[ally]:
                    fires = p.kind == "U" or (p.kind == "D") == (ally_side == "defending")
                    if fires and p.guarantor not in decided and (p.guarantor, ally) in honoured:
                        calls.setdefault(p.guarantor, set()).add(ally_side)
            joined = {
                g: (next(iter(sides)) if len(sides) == 1 else "neutral")
                for g, sides in sorted(calls.items(), key=lambda item: order[item[0]])
            }
            decided.update(joined)
            if joined:
                history.append(joined)
            frontier = {g: s for g, s in joined.items() if s != "neutral"}
        return history


# ---------------------------------------------------------------------------
# Example networks
# ---------------------------------------------------------------------------


def network_1914() -> AllianceNetwork:
    """The 1914 toy network of the specification (probabilities are illustrative).

    Defensive pledges Russia → Serbia 0.8, France → Russia 0.9, Britain →
    France 0.6, Britain → Belgium 0.9, Italy → Austria-Hungary 0.9, Italy →
    Germany 0.9, and Germany's "blank cheque" to Austria-Hungary (offensive, 1.0).

    Examples
    --------
    >>> network_1914().states
    ('AH', 'SRB', 'RUS', 'FRA', 'GBR', 'BEL', 'GER', 'ITA')
    """
    pledges = (
        Pledge("RUS", "SRB", "D", 0.8, "illustrative"),
        Pledge("FRA", "RUS", "D", 0.9, "franco_russian_1894"),
        Pledge("GBR", "FRA", "D", 0.6, "illustrative: the Entente was no alliance"),
        Pledge("GBR", "BEL", "D", 0.9, "london_1839"),
        Pledge("ITA", "AH", "D", 0.9, "triple_alliance_1882"),
        Pledge("ITA", "GER", "D", 0.9, "triple_alliance_1882"),
        Pledge("GER", "AH", "O", 1.0, "the 'blank cheque' of July 1914"),
    )
    return AllianceNetwork(pledges, ("AH", "SRB", "RUS", "FRA", "GBR", "BEL", "GER", "ITA"))


def crisis_1914(*, belgium: bool = False) -> AllianceCascade:
    """Austria-Hungary attacks Serbia; with ``belgium=True`` Germany also attacks Belgium.

    Examples
    --------
    >>> round(crisis_1914(belgium=True).exact().probability("GBR"), 4)  # 0.9 + 0.1 × 0.72 × 0.6
    0.9432
    """
    if belgium:
        return AllianceCascade(network_1914(), ("AH", "GER"), ("SRB", "BEL"))
    return AllianceCascade(network_1914(), "AH", "SRB")


def asia_hub_and_spoke(honouring: float = HONOURING_RATE) -> AllianceCascade:
    """US alliances in Asia as a hub and spokes; North Korea attacks South Korea.

    Every pledge is defensive, with the illustrative honouring probability
    ``honouring`` (default 0.745, Leeds, Long and Mitchell 2000), except
    Japan's pledge to the United States. Japan has no treaty obligation in
    this scenario (Art. V of the 1960 treaty covers only attacks in the
    territories under Japan's administration); the illustrative 0.2 stands
    for discretionary support, such as the use of US bases in Japan. The
    spokes have no pledges to each other.

    Examples
    --------
    >>> r = asia_hub_and_spoke().exact()
    >>> round(r.probability("USA"), 3), round(r.probability("AUS"), 3)
    (0.745, 0.555)
    """
    h = v.probability("honouring", honouring)
    pledges = (
        Pledge("USA", "KOR", "D", h, "us_rok_1953"),
        Pledge("USA", "JPN", "D", h, "us_japan_1960"),
        Pledge("USA", "PHL", "D", h, "us_philippines_1951"),
        Pledge("USA", "AUS", "D", h, "anzus_1951"),
        Pledge("AUS", "USA", "D", h, "anzus_1951"),
        Pledge("PHL", "USA", "D", h, "us_philippines_1951"),
        Pledge(
            "JPN",
            "USA",
            "D",
            0.2,
            "us_japan_1960: no obligation here (Art. V); 0.2 is discretionary support",
        ),
        Pledge("CHN", "PRK", "D", h, "china_dprk_1961"),
    )
    states = ("PRK", "KOR", "USA", "JPN", "PHL", "AUS", "CHN")
    return AllianceCascade(AllianceNetwork(pledges, states), "PRK", "KOR")


def nato_web(honouring: float = HONOURING_RATE) -> AllianceCascade:
    """A small multilateral web (four NATO members pledged to each other); Russia attacks Poland.

    Every member pledges to defend every other (defensive, illustrative
    probability ``honouring``); Belarus has a defensive pledge to Russia.

    Examples
    --------
    >>> r = nato_web().exact()
    >>> r.probability("USA") > asia_hub_and_spoke().exact().probability("USA")
    True
    """
    h = v.probability("honouring", honouring)
    members = ("POL", "USA", "GBR", "DEU")
    pledges = [Pledge(g, j, "D", h, "nato_1949") for g in members for j in members if g != j]
    pledges.append(Pledge("BLR", "RUS", "D", h, "cst_csto_1992 and the Union State"))
    return AllianceCascade(AllianceNetwork(tuple(pledges), ("RUS", *members, "BLR")), "RUS", "POL")


def random_network(
    states: int, pledges: int, *, seed: int | np.random.Generator | None = None,
    kinds: str = "DOU",
) -> AllianceNetwork:  # fmt: skip
    """A random network: ``pledges`` distinct pledges among ``states`` states.

    Guarantor–ally pairs are drawn without replacement, kinds uniformly from
    ``kinds`` and probabilities uniformly from [0, 1]. States are named
    ``"S0"``, ``"S1"``, ...

    Examples
    --------
    >>> len(random_network(10, 30, seed=0).pledges)
    30
    """
    n = v.integer("states", states, ge=2)
    m = v.integer("pledges", pledges, ge=0, le=n * (n - 1))
    if not kinds or any(k not in KINDS for k in kinds):
        raise ValueError(f"kinds must be letters from 'DOU'; got {kinds!r}")
    if seed is not None and not isinstance(seed, np.random.Generator):
        seed = v.integer("seed", seed, ge=0)
    rng = np.random.default_rng(seed)
    pairs = [(g, j) for g in range(n) for j in range(n) if g != j]
    chosen = rng.choice(len(pairs), size=m, replace=False)
    kind_draw = rng.choice(list(kinds), size=m)
    probs = rng.random(m)
    names = tuple(f"S{i}" for i in range(n))
    return AllianceNetwork(
        tuple(
            Pledge(names[pairs[c][0]], names[pairs[c][1]], str(k), float(p))
            for c, k, p in zip(chosen, kind_draw, probs, strict=True)
        ),
        names,
    )
