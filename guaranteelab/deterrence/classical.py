r"""Classical deterrence (D1): the challenger's calculation and the credibility threshold.

A stylised expected-utility model after Kaufmann (1954), Russett (1963) and
Huth & Russett (1984), read in the vocabulary of perfect deterrence theory
after Zagare & Kilgour (2000). The notation and closed forms are ours: this
is a reconstruction for teaching, not any of these authors' own model.

Players and moves
-----------------
A **challenger** C decides whether to attack or to keep the status quo. A
**defender** D, if attacked, resists with probability :math:`r` (its
*resolve*, as C sees it) and otherwise concedes.

Parameters
----------
* :math:`B > 0`: C's gain if it attacks and D concedes (``gain``);
* :math:`c \ge 0`: C's cost of fighting a war (``war_cost``);
* :math:`p \in [0, 1]`: the probability that D wins the war it fights
  (``capability``);
* :math:`r \in [0, 1]`: the probability that D fights (``resolve``);
* :math:`\sigma \in [0, B)`: the value C places on the status quo
  (``status_quo_value``; "status-quo satisfaction" in perfect deterrence
  theory). It is 0 by default, which is the course's common normalisation.

Payoffs and solution
--------------------
If C attacks, it wins :math:`B` outright when D concedes, and in a war it
keeps :math:`B` with probability :math:`1-p` and pays :math:`c` for sure:

.. math::

    EU_C(\text{attack}) = (1-r)B + r\,[(1-p)B - c] = B - r\,(pB + c).

C attacks only if this *strictly* beats the status quo :math:`\sigma` (ties
go to the status quo, as everywhere in the course). So deterrence holds iff

.. math::

    r \;\ge\; r^* = \frac{B - \sigma}{pB + c},

the **credibility threshold** (:func:`credibility_threshold`). With
:math:`\sigma = 0` and :math:`p = 1` it is the textbook :math:`B/(B+c)`.
Dividing through gives the **product form**: deterrence holds iff

.. math::

    r \cdot \frac{pB + c}{B - \sigma} \;\ge\; 1
    \qquad(\sigma = 0:\ r\,(p + c/B) \ge 1).

Resolve *multiplies* the harm the threat can do (capability to deny the gain,
:math:`p`, plus the cost it imposes, :math:`c/B`). Zero resolve means no
deterrence however large the arsenal, and zero capability together with a
zero war cost means no deterrence however firm the resolve: the ingredients
combine as a product, not a sum (:func:`deterrence_index`). Kissinger (1961)
is often paraphrased to this effect; we do not quote his wording.

**Threshold that does not exist.** If :math:`pB + c = 0` (no capability and
a costless war) no resolve deters and :math:`r^* = \infty`. The specification
asks for :math:`c > 0`; we also accept :math:`c = 0` so that this limit of
the product form can be shown, and return ``inf`` there. When
:math:`r^* > 1` the threshold is finite but out of reach: no probability of
fighting is high enough.

Perfect-deterrence reading
--------------------------
* A **capable** threat is one that, if carried out for sure, leaves C no
  better off than the status quo: :math:`(1-p)B - c \le \sigma`. This holds
  exactly when :math:`r^* \le 1`, so "deterrence is feasible at some
  :math:`r \le 1`" and "the threat is capable" are the same statement
  (:func:`is_capable_threat`).
* A **credible** threat is one D prefers to carry out; :math:`r` is the
  probability C assigns to D being of that type.

The specification states the capable-threat condition with a strict
inequality, :math:`(1-p)B - c < \sigma`, "exactly the condition
:math:`r^* < 1`". Under the course's tie rule (ties go to the status quo) a
threat with :math:`r^* = 1` does deter at :math:`r = 1`, so the strict form
would break "deterrence is feasible iff the threat is capable" on that knife
edge. We use the weak inequality, which keeps the equivalence exact.

Ties in floating point
----------------------
Both decisions are one comparison, made by one private function:
deterrence holds iff :math:`r\,(pB + c) \ge B - \sigma`, and the threat is
capable iff the same test passes at :math:`r = 1`. Decimal inputs such as
:math:`B = 0.2`, :math:`c = 0.15`, :math:`p = 0.25` are not exact in binary,
so an exact tie (here :math:`r^* = 1`) can come out a few units in the last
place on either side. To keep the tie rule, the comparison allows a relative
tolerance of :math:`10^{-12}`:

.. math::

    r\,(pB + c) \;\ge\; (B - \sigma) - 10^{-12} \max\{|B - \sigma|, 1\}.

A gap that small is rounding, not economics, so it counts as a tie and goes
to the status quo. On a grid of decimal inputs with few decimal places the
exact gap between the two sides is either zero or far larger than the
tolerance (on the lab's sliders a non-zero gap is at least :math:`10^{-5}`),
so there the tolerance decides only true ties.
:func:`credibility_threshold` and :func:`deterrence_index` are plain
quotients and may sit a rounding error either side of 1 at a tie; decide with
:func:`is_deterred` and :func:`is_capable_threat`, not by comparing them
with 1.

Stochastic challenger
---------------------
If C's gain is uncertain to D, :math:`B \sim U[0, \bar B]`, C attacks iff
:math:`B(1 - rp) > rc + \sigma`. For :math:`rp < 1`

.. math::

    P(\text{challenge}) = 1 - \min\left\{1,\ \frac{rc + \sigma}{(1 - rp)\,\bar B}\right\},

and for :math:`rp = 1` (a sure, sure-to-win defender) it is 0 whenever
:math:`rc + \sigma > 0` (:func:`challenge_probability`). The specification
gives the case :math:`\sigma = 0`; the status-quo term is our extension.

What the model cannot show
--------------------------
The defender's resolve is a fixed number rather than a choice: nothing here
explains where resolve comes from, how it is signalled, or how C learns it
(see :mod:`guaranteelab.deterrence.signalling`). The challenger is a single
rational actor who knows :math:`p` and :math:`c`; misperception, domestic
politics and the possibility that D provokes the crisis are left out.

References
----------
* Kaufmann, W. W. (1954). *The Requirements of Deterrence*. Princeton:
  Center of International Studies, Princeton University.
* Russett, B. M. (1963). The calculus of deterrence. *Journal of Conflict
  Resolution*, 7, 97–109.
* Huth, P., & Russett, B. (1984). What makes deterrence work? Cases from
  1900 to 1980. *World Politics*, 36(4), 496–526.
* Kissinger, H. A. (1961). *The Necessity for Choice: Prospects of American
  Foreign Policy*. New York: Harper & Brothers.
* Zagare, F. C., & Kilgour, D. M. (2000). *Perfect Deterrence*. Cambridge:
  Cambridge University Press.

Examples
--------
>>> credibility_threshold(gain=1.0, war_cost=3.0, capability=1.0)
0.25
>>> ClassicalDeterrence(gain=1.0, war_cost=3.0, capability=1.0, resolve=0.3).solve().deterred
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from guaranteelab import _validate as v
from guaranteelab._validate import Number

__all__ = [
    "ClassicalDeterrence",
    "DeterrenceOutcome",
    "attack_payoff",
    "challenge_probability",
    "credibility_threshold",
    "deterrence_index",
    "is_capable_threat",
    "is_deterred",
]


_TIE_RTOL = 1e-12  # relative gap treated as an exact tie, which goes to the status quo


def _check_common(gain: object, war_cost: object, capability: object) -> tuple[Number, ...]:
    return (
        v.positive("gain", gain),
        v.nonnegative("war_cost", war_cost),
        v.probability("capability", capability),
    )


def _check_status_quo(status_quo_value: object, gain: Number) -> Number:
    sq = v.nonnegative("status_quo_value", status_quo_value)
    v.less_than("status_quo_value", sq, "gain", gain)
    return sq


def _deters(b: Number, c: Number, p: Number, r: Number, sq: Number) -> np.ndarray:
    """The one deterrence test, :math:`r(pB + c) \\ge B - \\sigma`, with ties (to rounding) to the SQ."""
    lhs = np.asarray(r) * (np.asarray(p) * b + c)
    rhs = np.asarray(b) - sq
    return lhs >= rhs - _TIE_RTOL * np.maximum(np.abs(rhs), 1.0)


def attack_payoff(gain: object, war_cost: object, capability: object, resolve: object) -> Number:
    r"""The challenger's expected payoff from attacking, :math:`B - r(pB + c)`.

    Parameters
    ----------
    gain : float or array
        :math:`B > 0`, what C wins if D concedes.
    war_cost : float or array
        :math:`c \ge 0`, C's cost of a war.
    capability : float or array
        :math:`p \in [0, 1]`, D's probability of winning a war.
    resolve : float or array
        :math:`r \in [0, 1]`, the probability that D fights.

    Returns
    -------
    float or numpy.ndarray
        :math:`(1-r)B + r[(1-p)B - c]`, broadcast over the inputs.

    Examples
    --------
    >>> attack_payoff(gain=1.0, war_cost=3.0, capability=1.0, resolve=0.25)
    0.0
    """
    b, c, p = _check_common(gain, war_cost, capability)
    r = v.probability("resolve", resolve)
    return v.as_result((1.0 - np.asarray(r)) * b + np.asarray(r) * ((1.0 - np.asarray(p)) * b - c))


def credibility_threshold(
    gain: object, war_cost: object, capability: object, status_quo_value: object = 0.0
) -> Number:
    r"""The least resolve that deters: :math:`r^* = (B - \sigma)/(pB + c)`.

    Deterrence holds iff ``resolve >= r*``. A value above 1 means no
    probability of fighting is enough (the threat is not capable).

    Parameters
    ----------
    gain, war_cost, capability : float or array
        :math:`B > 0`, :math:`c \ge 0`, :math:`p \in [0, 1]`.
    status_quo_value : float or array, default 0
        :math:`\sigma \in [0, B)`.

    Returns
    -------
    float or numpy.ndarray
        :math:`r^*`; ``inf`` where :math:`pB + c = 0` (no capability and a
        costless war: no resolve deters).

    Examples
    --------
    >>> credibility_threshold(gain=1.0, war_cost=3.0, capability=1.0)
    0.25
    >>> credibility_threshold(gain=2.0, war_cost=0.0, capability=0.0)
    inf
    >>> credibility_threshold(gain=[1.0, 2.0], war_cost=1.0, capability=0.5)
    array([0.66666667, 1.        ])
    """
    b, c, p = _check_common(gain, war_cost, capability)
    sq = _check_status_quo(status_quo_value, b)
    numerator = np.asarray(b) - sq
    denominator = np.asarray(p) * b + c
    with np.errstate(divide="ignore", invalid="ignore"):
        threshold = np.where(
            denominator > 0, numerator / np.where(denominator > 0, denominator, 1), math.inf
        )
    return v.as_result(threshold)


def deterrence_index(
    gain: object,
    war_cost: object,
    capability: object,
    resolve: object,
    status_quo_value: object = 0.0,
) -> Number:
    r"""Resolve times the threat's weight, :math:`r\,(pB + c)/(B - \sigma)`.

    The product form of the deterrence condition: deterrence holds iff the
    index is at least 1 (at an exact tie the quotient can land a rounding
    error below 1; :func:`is_deterred` decides ties). With :math:`\sigma = 0` it is
    :math:`r\,(p + c/B)`, and it is 0 whenever resolve is 0, whatever the
    capability.

    Parameters
    ----------
    gain, war_cost, capability, resolve : float or array
        :math:`B > 0`, :math:`c \ge 0`, :math:`p, r \in [0, 1]`.
    status_quo_value : float or array, default 0
        :math:`\sigma \in [0, B)`.

    Returns
    -------
    float or numpy.ndarray
        The index, :math:`r / r^*`.

    Examples
    --------
    >>> deterrence_index(gain=1.0, war_cost=3.0, capability=1.0, resolve=0.5)
    2.0
    >>> deterrence_index(gain=1.0, war_cost=3.0, capability=1.0, resolve=0.0)
    0.0
    """
    b, c, p = _check_common(gain, war_cost, capability)
    r = v.probability("resolve", resolve)
    sq = _check_status_quo(status_quo_value, b)
    return v.as_result(np.asarray(r) * (np.asarray(p) * b + c) / (np.asarray(b) - sq))


def is_deterred(
    gain: object,
    war_cost: object,
    capability: object,
    resolve: object,
    status_quo_value: object = 0.0,
) -> bool | np.ndarray:
    r"""Whether the challenger keeps the status quo: :math:`B - r(pB+c) \le \sigma`.

    Evaluated without division, so a whole capability × resolve map is one
    call and no threshold has to be inverted. A gap within rounding error
    (relative :math:`10^{-12}`) counts as a tie, which goes to the status quo.

    Parameters
    ----------
    gain, war_cost, capability, resolve : float or array
        :math:`B > 0`, :math:`c \ge 0`, :math:`p, r \in [0, 1]`.
    status_quo_value : float or array, default 0
        :math:`\sigma \in [0, B)`.

    Returns
    -------
    bool or numpy.ndarray of bool
        ``True`` where deterrence holds (ties go to the status quo).

    Examples
    --------
    >>> is_deterred(gain=1.0, war_cost=3.0, capability=1.0, resolve=0.25)
    True
    >>> import numpy as np
    >>> p, r = np.meshgrid([0.0, 1.0], [0.1, 0.9])
    >>> is_deterred(gain=1.0, war_cost=0.5, capability=p, resolve=r)
    array([[False, False],
           [False,  True]])
    """
    b, c, p = _check_common(gain, war_cost, capability)
    r = v.probability("resolve", resolve)
    sq = _check_status_quo(status_quo_value, b)
    return v.as_result(_deters(b, c, p, r, sq))


def is_capable_threat(
    gain: object, war_cost: object, capability: object, status_quo_value: object = 0.0
) -> bool | np.ndarray:
    r"""Whether a war for sure would leave C no better off: :math:`(1-p)B - c \le \sigma`.

    Equivalent to :math:`r^* \le 1`: some resolve in [0, 1] deters iff the
    threat is capable. It is the test of :func:`is_deterred` at :math:`r = 1`
    (same tolerance for ties), so the two never disagree.

    Parameters
    ----------
    gain, war_cost, capability : float or array
        :math:`B > 0`, :math:`c \ge 0`, :math:`p \in [0, 1]`.
    status_quo_value : float or array, default 0
        :math:`\sigma \in [0, B)`.

    Returns
    -------
    bool or numpy.ndarray of bool

    Examples
    --------
    >>> is_capable_threat(gain=1.0, war_cost=0.2, capability=0.9)
    True
    >>> is_capable_threat(gain=1.0, war_cost=0.2, capability=0.1)
    False
    """
    b, c, p = _check_common(gain, war_cost, capability)
    sq = _check_status_quo(status_quo_value, b)
    return v.as_result(_deters(b, c, p, 1.0, sq))


def challenge_probability(
    max_gain: object,
    war_cost: object,
    capability: object,
    resolve: object,
    status_quo_value: object = 0.0,
) -> Number:
    r"""The probability of a challenge when C's gain is uniform on :math:`[0, \bar B]`.

    C attacks iff :math:`B(1 - rp) > rc + \sigma`, so for :math:`rp < 1`

    .. math::

        P(\text{challenge}) = 1 - \min\{1,\ (rc + \sigma)/((1 - rp)\bar B)\},

    and for :math:`rp = 1` it is 0.

    Parameters
    ----------
    max_gain : float or array
        :math:`\bar B > 0`.
    war_cost, capability, resolve : float or array
        :math:`c \ge 0`, :math:`p, r \in [0, 1]`.
    status_quo_value : float or array, default 0
        :math:`\sigma \ge 0`. It need not be below :math:`\bar B`, because the
        gain is random here (a value at or above :math:`\bar B` means no
        challenge).

    Returns
    -------
    float or numpy.ndarray

    Examples
    --------
    >>> challenge_probability(max_gain=1.0, war_cost=1.0, capability=0.0, resolve=0.5)
    0.5
    >>> challenge_probability(max_gain=1.0, war_cost=1.0, capability=1.0, resolve=1.0)
    0.0
    """
    bmax = v.positive("max_gain", max_gain)
    c = v.nonnegative("war_cost", war_cost)
    p = v.probability("capability", capability)
    r = v.probability("resolve", resolve)
    sq = v.nonnegative("status_quo_value", status_quo_value)
    slack = 1.0 - np.asarray(r) * p
    hurdle = np.asarray(r) * c + sq
    with np.errstate(divide="ignore", invalid="ignore"):
        cutoff = np.where(slack > 0, hurdle / (np.where(slack > 0, slack, 1) * bmax), math.inf)
    # With rp = 1 the challenger gains nothing from war; it attacks only if the hurdle is 0,
    # which happens on a set of gains of measure zero at most, so the probability is 0.
    return v.as_result(1.0 - np.minimum(1.0, cutoff))


@dataclass(frozen=True)
class DeterrenceOutcome:
    """What the challenger does in the classical deterrence model.

    Attributes
    ----------
    threshold : float
        The credibility threshold :math:`r^*` (``inf`` if none exists).
    deterred : bool
        Whether the challenger keeps the status quo.
    capable_threat : bool
        Whether some resolve in [0, 1] would deter (:math:`r^* \\le 1`).
    attack_payoff : float
        The challenger's expected payoff from attacking.
    status_quo_value : float
        What the challenger gets if it does not attack.
    index : float
        The product form :math:`r / r^*`; deterrence holds iff it is at least 1.
    """

    threshold: float
    deterred: bool
    capable_threat: bool
    attack_payoff: float
    status_quo_value: float
    index: float


@dataclass(frozen=True)
class ClassicalDeterrence:
    r"""The classical deterrence model (D1), after Russett (1963) and Zagare & Kilgour (2000).

    Parameters
    ----------
    gain : float
        :math:`B > 0`, the challenger's gain if the defender concedes.
    war_cost : float
        :math:`c \ge 0`, the challenger's cost of war.
    capability : float
        :math:`p \in [0, 1]`, the defender's probability of winning.
    resolve : float
        :math:`r \in [0, 1]`, the probability that the defender fights.
    status_quo_value : float, default 0
        :math:`\sigma \in [0, B)`, the challenger's value of the status quo.

    Raises
    ------
    ValueError
        If a parameter is out of range, NaN or infinite, naming it.

    Examples
    --------
    >>> model = ClassicalDeterrence(gain=1.0, war_cost=0.5, capability=0.5, resolve=0.8)
    >>> outcome = model.solve()
    >>> outcome.threshold, outcome.deterred
    (1.0, False)
    """

    gain: float
    war_cost: float
    capability: float
    resolve: float
    status_quo_value: float = 0.0

    def __post_init__(self) -> None:
        for name, check in (
            ("gain", v.positive),
            ("war_cost", v.nonnegative),
            ("capability", v.probability),
            ("resolve", v.probability),
            ("status_quo_value", v.nonnegative),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check))
        v.less_than("status_quo_value", self.status_quo_value, "gain", self.gain)

    def solve(self) -> DeterrenceOutcome:
        """Solve the challenger's decision problem at these parameters."""
        args = (self.gain, self.war_cost, self.capability)
        return DeterrenceOutcome(
            threshold=credibility_threshold(*args, self.status_quo_value),
            deterred=is_deterred(*args, self.resolve, self.status_quo_value),
            capable_threat=is_capable_threat(*args, self.status_quo_value),
            attack_payoff=attack_payoff(*args, self.resolve),
            status_quo_value=self.status_quo_value,
            index=deterrence_index(*args, self.resolve, self.status_quo_value),
        )
