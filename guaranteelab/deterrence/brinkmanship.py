r"""Brinkmanship: the threat that leaves something to chance, and a contest in risk.

Two stylised models, both reconstructions in the spirit of their sources (the
notation and closed forms are ours).

**D6. The risk window, after Schelling (1960, 1966) and Dixit, Skeath & Reiley (2009).**
A challenger C has created a fait accompli. The defender D can acquiesce,
with payoffs (D: :math:`-L`, C: :math:`+G`), or make a threat that carries a
risk :math:`q \in [0, 1]` of war. A *soft* challenger (probability
:math:`1-h`) complies (payoffs 0, 0) or defies; a *hard* challenger
(probability :math:`h`) always defies. After defiance, war breaks out with
probability :math:`q` (D: :math:`-W_D`, C: :math:`-W_C`); otherwise D backs
down (:math:`-L`, :math:`G`). Parameters: :math:`G, W_C, L > 0`, :math:`W_D > L`.

* *Effectiveness*: the soft challenger complies iff
  :math:`0 \ge (1-q)G - qW_C`, i.e.
  :math:`q \ge q_{\min} = G/(G+W_C)` (at equality it complies: ties go to
  the status quo).
* *Acceptability*: when the threat works on the soft type, D's payoff is
  :math:`-h[L + q(W_D-L)]`, which beats acquiescing (:math:`-L`) iff
  :math:`q \le q_{\max} = L(1-h)/(h(W_D-L))`; :math:`q_{\max}=\infty` when
  :math:`h=0`.
* A workable threat exists iff :math:`q_{\min} \le \min(1, q_{\max})`; since
  :math:`q_{\min} < 1` always, iff :math:`q_{\min} \le q_{\max}`. D then
  picks the smallest effective risk, :math:`q = q_{\min}`, and war breaks out
  with probability :math:`h\,q_{\min}`. At :math:`q_{\min} = q_{\max}` D is
  indifferent; we count the window as (just) open. Ties are judged with a
  relative tolerance of :math:`10^{-12}`, so a knife edge that holds exactly
  but misses in floating point by a rounding error still counts as a tie (the
  same rule decides whether a pure threat is acceptable at :math:`h = L/W_D`).
* A *pure* threat (:math:`q=1`) is acceptable iff :math:`h \le L/W_D`.
  Brinkmanship, a deliberately partial risk, is needed exactly when the pure
  threat is too dangerous (:math:`h > L/W_D`) but the window is still open.

**D7. A contest in risk-taking, after Powell (1988) and Schelling.**
Two states each choose when to back down. While both stand firm, disaster
(an unwanted war neither controls) arrives at hazard rate :math:`\lambda>0`.
A state that prevails gets :math:`v_i`, one that quits gets 0, and disaster
costs :math:`d_i`. Only the ratio :math:`x_i = v_i/d_i` matters; types are
i.i.d. uniform on :math:`[0, X]`. The largest one-shot risk of disaster a
state would run for the prize is :math:`\rho_i = x_i/(1+x_i)`.

In the unique symmetric, strictly increasing Bayesian Nash equilibrium, a
state of type :math:`x` quits at

.. math:: T(x) = \frac{1}{\lambda}\int_0^x \frac{s f(s)}{1-F(s)}\,ds,
   \qquad \lambda T(x) = -x - X\ln(1 - x/X)\ \text{(uniform types)}.

Derivation: a type-:math:`x` state that quits when a type-:math:`s` state
would gets, in units of :math:`d`,
:math:`U(s) = \int_0^s [(1+x)e^{-\lambda T(y)} - 1]f(y)dy - (1-F(s))(1-e^{-\lambda T(s)})`,
so :math:`U'(s) = e^{-\lambda T(s)}[x f(s) - (1-F(s))\lambda T'(s)]`. Setting
:math:`U'(x)=0` gives :math:`T`; with that :math:`T`,
:math:`U'(s) = e^{-\lambda T(s)} f(s)(x-s)`, positive below :math:`x` and
negative above, so :math:`T(x)` is a global best response. The crisis ends
when the less resolute state quits, at :math:`T(\min(x_1, x_2))`, so

.. math:: P(\text{disaster}) = 1 - E[e^{-\lambda T(\min)}]
   = 1 - 2\int_0^1 e^{Xu}(1-u)^{X+1}\,du
   = 1 - \frac{2\,M(1, X+3, X)}{X+2},

where :math:`M` is Kummer's confluent hypergeometric function (the integral is
its Euler representation, DLMF 13.4.1). At :math:`X=1`:
:math:`P = 11 - 4e \approx 0.1269`.

*How long a crisis lasts.* The weaker state *plans* to back down at
:math:`T(\min)`, and on average that planned time is
:math:`E[T(\min)] = X/(6\lambda)` (since :math:`\lambda T(x)` has the
series :math:`\sum_{j\ge2} x^j/(jX^{j-1})` and :math:`E[\min^j]` is
:math:`2X^j/((j+1)(j+2))`, the sum telescopes to :math:`X/6`). But disaster may
strike first, at an exponential time :math:`\tau` independent of the types, so
the crisis actually lasts :math:`\min(\tau, T(\min))`. Given
:math:`T(\min) = t`, :math:`E[\min(\tau, t)] = \int_0^t e^{-\lambda s}ds =
(1 - e^{-\lambda t})/\lambda`; averaging over the weaker type,

.. math:: E[\text{length of the crisis}] = \frac{1 - E[e^{-\lambda T(\min)}]}{\lambda}
   = \frac{P(\text{disaster})}{\lambda},

which is much shorter than :math:`X/(6\lambda)` when :math:`X` is large
(at :math:`X = 5`, 3.49 against 8.33 for :math:`\lambda = 0.1`).

The hazard :math:`\lambda` cancels from the risk: faster escalation shortens
the crisis (both lengths above scale with :math:`1/\lambda`) but leaves the
risk of disaster unchanged, because every state rescales its quitting time by
:math:`1/\lambda`: the speed of escalation is neutral.

**What these models cannot show.** D6 treats the risk :math:`q` as a dial D
sets precisely; real crises leave risk far less controlled, and the hard
type is fixed rather than learned. D7 is symmetric and continuous: the more
resolute state always prevails unless disaster strikes first. Powell's (1988)
finding that the more resolute state need not prevail, and that reducing
misperception can be destabilising, needs his asymmetric, discrete-escalation
game with two-sided incomplete information, which this model is not. The
model also has asymmetric equilibria (one side never quits, the other quits
at once, and there is no disaster); we study only the symmetric one. Nor can
D7 separate *uncertainty* from *stakes*: raising :math:`X` both raises how much
states typically value the prize relative to disaster and widens the spread of
types, and it is the level that drives the risk. (With types uniform on
:math:`[a, a+w]` instead, :math:`P(\text{disaster}) \to a/(a+2)` as the
spread :math:`w \to 0`, about 0.33 for :math:`a = 1`, more than the 0.127 of
:math:`[0, 1]`: less uncertainty, more disaster.)

References
----------
Schelling, T. C. (1960). *The Strategy of Conflict*. Harvard University Press, ch. 8.
Schelling, T. C. (1966). *Arms and Influence*. Yale University Press, ch. 3.
Dixit, A. K., Skeath, S., & Reiley, D. H. (2009). *Games of Strategy* (3rd ed.).
W. W. Norton, ch. 14 ("Brinkmanship: The Cuban missile crisis").
Powell, R. (1988). Nuclear brinkmanship with two-sided incomplete information.
*American Political Science Review*, 82(1), 155–178.
Powell, R. (1990). *Nuclear Deterrence Theory: The Search for Credibility*.
Cambridge University Press.
DLMF, NIST Digital Library of Mathematical Functions, §13.4 (integral
representations of Kummer's function).

Examples
--------
>>> from guaranteelab.deterrence.brinkmanship import Brinkmanship, RiskContest
>>> window = Brinkmanship(hard_probability=0.5, challenger_gain=1, challenger_war_cost=3,
...                       defender_loss=2, defender_war_cost=6).solve()
>>> window.minimum_risk, window.maximum_risk, window.brinkmanship_needed
(0.25, 0.5, True)
>>> round(RiskContest(upper=1.0, hazard=2.0).solve().disaster_probability, 6)
0.126873
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import integrate, special

from guaranteelab import _validate as v

__all__ = [
    "Brinkmanship",
    "ContestSimulation",
    "ContestSolution",
    "RiskContest",
    "RiskWindow",
    "brinkmanship_needed",
    "contest_disaster_probability",
    "defender_threat_payoff",
    "disaster_probability_given_types",
    "expected_crisis_duration",
    "expected_planned_quitting_time",
    "maximum_acceptable_risk",
    "minimum_effective_risk",
    "pure_threat_acceptable",
    "quitting_time",
    "risk_tolerance",
    "window_exists",
]

Number = float | np.ndarray


# Relative tolerance for ties: a knife edge that holds exactly (q_min = q_max,
# h = L/W_D) can miss by a rounding error in floating point; it still counts.
_TIE = 1e-12


def _out(value: np.ndarray) -> Number:
    """Return a 0-d array as a float (or bool), anything larger unchanged."""
    array = np.asarray(value)
    if array.ndim == 0:
        return array.item()
    return array


# ---------------------------------------------------------------------------
# D6: the threat that leaves something to chance
# ---------------------------------------------------------------------------


def _check_d6_costs(defender_loss: object, defender_war_cost: object) -> tuple[Number, Number]:
    loss = v.positive("defender_loss", defender_loss)
    war = v.positive("defender_war_cost", defender_war_cost)
    v.less_than("defender_loss", loss, "defender_war_cost", war)
    return loss, war


def minimum_effective_risk(challenger_gain: object, challenger_war_cost: object) -> Number:
    r"""Smallest risk of war that makes a soft challenger comply, :math:`G/(G+W_C)`.

    Parameters
    ----------
    challenger_gain
        :math:`G > 0`, what the challenger keeps if the defender backs down.
    challenger_war_cost
        :math:`W_C > 0`, the challenger's cost of war.

    Returns
    -------
    float or numpy.ndarray
        :math:`q_{\min}`, always in (0, 1).

    Examples
    --------
    >>> minimum_effective_risk(1.0, 3.0)
    0.25
    >>> minimum_effective_risk([1.0, 3.0], 1.0)
    array([0.5 , 0.75])
    """
    gain = v.positive("challenger_gain", challenger_gain)
    war = v.positive("challenger_war_cost", challenger_war_cost)
    return _out(np.asarray(gain) / (np.asarray(gain) + np.asarray(war)))


def maximum_acceptable_risk(
    hard_probability: object, defender_loss: object, defender_war_cost: object
) -> Number:
    r"""Largest risk the defender will run rather than acquiesce, :math:`L(1-h)/(h(W_D-L))`.

    Parameters
    ----------
    hard_probability
        :math:`h \in [0, 1]`, the probability the challenger defies any threat.
    defender_loss
        :math:`L > 0`, the defender's loss from acquiescing.
    defender_war_cost
        :math:`W_D > L`, the defender's cost of war.

    Returns
    -------
    float or numpy.ndarray
        :math:`q_{\max}`; ``inf`` when :math:`h = 0` (with no hard type, no
        threat is ever tested, so any risk is acceptable). It may exceed 1.

    Examples
    --------
    >>> maximum_acceptable_risk(0.5, 2.0, 6.0)
    0.5
    >>> maximum_acceptable_risk(0.0, 2.0, 6.0)
    inf
    """
    h = np.asarray(v.probability("hard_probability", hard_probability))
    loss, war = _check_d6_costs(defender_loss, defender_war_cost)
    loss, war = np.asarray(loss), np.asarray(war)
    with np.errstate(divide="ignore", invalid="ignore"):
        bound = loss * (1.0 - h) / (h * (war - loss))
    bound = np.where(h == 0.0, np.inf, bound)
    return _out(bound)


def window_exists(
    hard_probability: object,
    challenger_gain: object,
    challenger_war_cost: object,
    defender_loss: object,
    defender_war_cost: object,
) -> bool | np.ndarray:
    r"""Whether some risk is both effective and acceptable: :math:`q_{\min} \le \min(1, q_{\max})`.

    At :math:`q_{\min} = q_{\max}` the defender is indifferent and the window
    counts as (just) open; the comparison allows a relative rounding error of
    1e-12, so exact ties that floating point misses still count.

    Examples
    --------
    >>> window_exists(0.5, 1.0, 3.0, 2.0, 6.0)
    True
    >>> window_exists(0.9, 1.0, 3.0, 2.0, 6.0)
    False
    >>> window_exists(0.8, 1.0, 4.0, 4.0, 9.0)  # q_min = q_max = 0.2: just open
    True
    """
    low = np.asarray(minimum_effective_risk(challenger_gain, challenger_war_cost))
    high = np.asarray(maximum_acceptable_risk(hard_probability, defender_loss, defender_war_cost))
    return _out(low <= np.minimum(1.0, high) * (1.0 + _TIE))


def pure_threat_acceptable(
    hard_probability: object, defender_loss: object, defender_war_cost: object
) -> bool | np.ndarray:
    r"""Whether the defender would accept a certain war with the hard type: :math:`h \le L/W_D`.

    At :math:`h = L/W_D` the defender is indifferent and the pure threat
    counts as acceptable (with the same 1e-12 relative tolerance for ties as
    :func:`window_exists`).

    Examples
    --------
    >>> pure_threat_acceptable(0.3, 2.0, 6.0)
    True
    >>> pure_threat_acceptable(0.5, 2.0, 6.0)
    False
    >>> pure_threat_acceptable(0.1, 0.3, 3.0)  # h = L/W_D exactly, though 0.1 * 3.0 > 0.3 in floats
    True
    """
    h = np.asarray(v.probability("hard_probability", hard_probability))
    loss, war = _check_d6_costs(defender_loss, defender_war_cost)
    # h W_D <= L is the same condition without a division.
    return _out(h * np.asarray(war) <= np.asarray(loss) * (1.0 + _TIE))


def brinkmanship_needed(
    hard_probability: object,
    challenger_gain: object,
    challenger_war_cost: object,
    defender_loss: object,
    defender_war_cost: object,
) -> bool | np.ndarray:
    """Whether the pure threat is too dangerous but a partial risk still works.

    Examples
    --------
    >>> brinkmanship_needed(0.5, 1.0, 3.0, 2.0, 6.0)
    True
    >>> brinkmanship_needed(0.2, 1.0, 3.0, 2.0, 6.0)  # a pure threat would do
    False
    """
    pure = np.asarray(pure_threat_acceptable(hard_probability, defender_loss, defender_war_cost))
    window = np.asarray(
        window_exists(
            hard_probability, challenger_gain, challenger_war_cost, defender_loss, defender_war_cost
        )
    )
    return _out(~pure & window)


def defender_threat_payoff(
    risk: object,
    hard_probability: object,
    challenger_gain: object,
    challenger_war_cost: object,
    defender_loss: object,
    defender_war_cost: object,
) -> Number:
    r"""The defender's expected payoff from a threat carrying risk ``risk`` = :math:`q`.

    If :math:`q \ge q_{\min}` only the hard type defies:
    :math:`-h[L + q(W_D - L)]`; otherwise both types defy:
    :math:`-[L + q(W_D - L)]`. Compare with :math:`-L` for acquiescing.

    Examples
    --------
    >>> defender_threat_payoff(0.25, 0.5, 1.0, 3.0, 2.0, 6.0)
    -1.5
    >>> defender_threat_payoff(0.2, 0.5, 1.0, 3.0, 2.0, 6.0)  # too small: both types defy
    -2.8
    """
    q = np.asarray(v.probability("risk", risk))
    h = np.asarray(v.probability("hard_probability", hard_probability))
    low = np.asarray(minimum_effective_risk(challenger_gain, challenger_war_cost))
    loss, war = _check_d6_costs(defender_loss, defender_war_cost)
    tested = np.asarray(loss) + q * (np.asarray(war) - np.asarray(loss))
    defiance = np.where(q >= low, h, 1.0)
    return _out(-defiance * tested)


@dataclass(frozen=True)
class RiskWindow:
    """The solution of the risk-window model (D6).

    Attributes
    ----------
    minimum_risk
        :math:`q_{\\min}`, the smallest risk that makes the soft type comply.
    maximum_risk
        :math:`q_{\\max}`, the largest risk the defender accepts (may be ``inf``).
    window_exists
        Whether :math:`q_{\\min} \\le \\min(1, q_{\\max})`.
    chosen_risk
        The risk the defender chooses: :math:`q_{\\min}` if the window is
        open, else 0 (it acquiesces).
    war_probability
        :math:`h\\,q_{\\min}` if the defender threatens, else 0.
    defender_payoff
        The defender's expected payoff at its choice.
    pure_threat_acceptable
        Whether :math:`h \\le L/W_D`.
    brinkmanship_needed
        The pure threat is unacceptable but the window is open.
    """

    minimum_risk: float
    maximum_risk: float
    window_exists: bool
    chosen_risk: float
    war_probability: float
    defender_payoff: float
    pure_threat_acceptable: bool
    brinkmanship_needed: bool


@dataclass(frozen=True)
class Brinkmanship:
    """The threat that leaves something to chance (D6), after Schelling.

    Parameters
    ----------
    hard_probability
        :math:`h \\in [0, 1]`: probability the challenger defies any threat.
    challenger_gain
        :math:`G > 0`: the challenger's gain if the defender backs down.
    challenger_war_cost
        :math:`W_C > 0`: the challenger's cost of war.
    defender_loss
        :math:`L > 0`: the defender's loss from acquiescing.
    defender_war_cost
        :math:`W_D > L`: the defender's cost of war.

    Examples
    --------
    >>> Brinkmanship(0.5, 1, 3, 2, 6).solve().war_probability
    0.125
    """

    hard_probability: float
    challenger_gain: float
    challenger_war_cost: float
    defender_loss: float
    defender_war_cost: float

    def __post_init__(self) -> None:
        for name, check in (
            ("hard_probability", v.probability),
            ("challenger_gain", v.positive),
            ("challenger_war_cost", v.positive),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check))
        loss, war = _check_d6_costs(
            v.scalar("defender_loss", self.defender_loss, v.positive),
            v.scalar("defender_war_cost", self.defender_war_cost, v.positive),
        )
        object.__setattr__(self, "defender_loss", loss)
        object.__setattr__(self, "defender_war_cost", war)

    def _args(self) -> tuple[float, float, float, float, float]:
        return (
            self.hard_probability,
            self.challenger_gain,
            self.challenger_war_cost,
            self.defender_loss,
            self.defender_war_cost,
        )

    def threat_payoff(self, risk: object) -> Number:
        """The defender's expected payoff from a threat with risk ``risk`` (array allowed)."""
        return defender_threat_payoff(risk, *self._args())

    def solve(self) -> RiskWindow:
        """Compute the window, the defender's choice and the resulting risk of war."""
        h, gain, cwar, loss, dwar = self._args()
        low = float(minimum_effective_risk(gain, cwar))
        high = float(maximum_acceptable_risk(h, loss, dwar))
        exists = bool(window_exists(*self._args()))
        chosen = low if exists else 0.0
        payoff = float(self.threat_payoff(low)) if exists else -loss
        return RiskWindow(
            minimum_risk=low,
            maximum_risk=high,
            window_exists=exists,
            chosen_risk=chosen,
            war_probability=h * low if exists else 0.0,
            defender_payoff=payoff,
            pure_threat_acceptable=bool(pure_threat_acceptable(h, loss, dwar)),
            brinkmanship_needed=bool(brinkmanship_needed(*self._args())),
        )


# ---------------------------------------------------------------------------
# D7: a contest in risk-taking
# ---------------------------------------------------------------------------


def risk_tolerance(type_ratio: object) -> Number:
    r"""Largest one-shot risk of disaster worth running for the prize, :math:`x/(1+x)`.

    A state with :math:`x = v/d` prefers a lottery (win :math:`v` with
    probability :math:`1-\rho`, disaster with probability :math:`\rho`) to
    quitting iff :math:`\rho \le x/(1+x)`: Powell's measure of resolve.

    Examples
    --------
    >>> risk_tolerance(1.0)
    0.5
    """
    x = np.asarray(v.nonnegative("type_ratio", type_ratio))
    return _out(x / (1.0 + x))


def _check_types(name: str, value: object, upper: Number) -> np.ndarray:
    x = np.asarray(v.nonnegative(name, value))
    values, tops = np.broadcast_arrays(x, np.asarray(upper))
    too_big = values > tops
    if too_big.any():
        shown = float(values[too_big].flat[0])
        top = float(tops[too_big].flat[0])
        raise ValueError(f"{name} must be in [0, upper] = [0, {top:g}]; got {shown:g}")
    return x


def quitting_time(type_ratio: object, upper: object, hazard: object = 1.0) -> Number:
    r"""Equilibrium time at which a state of type :math:`x` backs down, :math:`T(x)`.

    :math:`\lambda T(x) = -x - X\ln(1 - x/X)` for types uniform on
    :math:`[0, X]`.

    Parameters
    ----------
    type_ratio
        :math:`x = v/d \in [0, X]`.
    upper
        :math:`X > 0`, the upper end of the type distribution.
    hazard
        :math:`\lambda > 0`, the rate at which disaster strikes while both stand firm.

    Returns
    -------
    float or numpy.ndarray
        :math:`T(x)`; ``inf`` at :math:`x = X` (the most resolute type never quits).

    Examples
    --------
    >>> quitting_time(0.0, 1.0)
    0.0
    >>> round(quitting_time(0.5, 1.0, hazard=2.0), 6)
    0.096574
    >>> quitting_time(1.0, 1.0)
    inf
    """
    top = np.asarray(v.positive("upper", upper))
    rate = np.asarray(v.positive("hazard", hazard))
    x = _check_types("type_ratio", type_ratio, top)
    share = x / top
    with np.errstate(divide="ignore"):
        scaled = -x - top * np.log1p(-share)
    return _out(np.where(share >= 1.0, np.inf, scaled) / rate)


def contest_disaster_probability(upper: object, hazard: object = 1.0) -> Number:
    r"""Probability the contest ends in disaster, :math:`1 - 2M(1, X+3, X)/(X+2)`.

    Equal to :math:`1 - 2\int_0^1 e^{Xu}(1-u)^{X+1}du`; the hazard is
    validated but has no effect (the neutrality of the speed of escalation).

    Parameters
    ----------
    upper
        :math:`X > 0`, at most 1e6 (beyond that the series loses accuracy).
    hazard
        :math:`\lambda > 0`.

    Examples
    --------
    >>> import math
    >>> math.isclose(contest_disaster_probability(1.0), 11 - 4 * math.e)
    True
    >>> contest_disaster_probability(1.0, hazard=10.0) == contest_disaster_probability(1.0)
    True
    """
    top = np.asarray(v.real("upper", upper, gt=0.0, le=1e6))
    rate = np.asarray(v.positive("hazard", hazard))
    top, _ = np.broadcast_arrays(top, rate)
    return _out(1.0 - 2.0 * special.hyp1f1(1.0, top + 3.0, top) / (top + 2.0))


def disaster_probability_given_types(
    first_type: object, second_type: object, upper: object, hazard: object = 1.0
) -> Number:
    r"""Probability of disaster once both types are known, :math:`1 - e^{-\lambda T(\min(x_1,x_2))}`.

    Examples
    --------
    >>> round(disaster_probability_given_types(0.5, 0.9, 1.0), 6)
    0.175639
    """
    top = np.asarray(v.positive("upper", upper))
    first = _check_types("first_type", first_type, top)
    second = _check_types("second_type", second_type, top)
    time = np.asarray(quitting_time(np.minimum(first, second), top, hazard))
    return _out(-np.expm1(-np.asarray(v.positive("hazard", hazard)) * time))


def expected_planned_quitting_time(upper: object, hazard: object = 1.0) -> Number:
    r"""When, on average, the weaker state *plans* to back down: :math:`E[T(\min)] = X/(6\lambda)`.

    This is not how long a crisis lasts: disaster may strike before the
    planned time, and it does so more often the larger :math:`X`. For the
    average length of the crisis use :func:`expected_crisis_duration`, which
    is always shorter.

    Parameters
    ----------
    upper
        :math:`X > 0`, the upper end of the type distribution.
    hazard
        :math:`\lambda > 0`.

    Examples
    --------
    >>> expected_planned_quitting_time(3.0, 0.5)
    1.0
    """
    top = np.asarray(v.positive("upper", upper))
    rate = np.asarray(v.positive("hazard", hazard))
    return _out(top / (6.0 * rate))


def expected_crisis_duration(upper: object, hazard: object = 1.0) -> Number:
    r"""How long a crisis lasts on average, :math:`P(\text{disaster})/\lambda`.

    The crisis ends at :math:`\min(\tau, T(\min))`, when disaster strikes
    (an exponential time :math:`\tau` with rate :math:`\lambda`, independent
    of the types) or the weaker state backs down, whichever comes first. For a
    fixed :math:`t`, :math:`E[\min(\tau, t)] = \int_0^t e^{-\lambda s}\,ds
    = (1 - e^{-\lambda t})/\lambda`. Averaging over the weaker type gives
    :math:`(1 - E[e^{-\lambda T(\min)}])/\lambda`, and the numerator is
    exactly :math:`P(\text{disaster})` (see :func:`contest_disaster_probability`).

    It is shorter than the weaker state's planned quitting time
    :math:`X/(6\lambda)` (:func:`expected_planned_quitting_time`), because
    disaster cuts some crises short.

    Parameters
    ----------
    upper
        :math:`X \in (0, 10^6]`.
    hazard
        :math:`\lambda > 0`.

    Examples
    --------
    >>> round(expected_crisis_duration(5.0, 0.1), 3)
    3.494
    >>> round(expected_planned_quitting_time(5.0, 0.1), 3)
    8.333
    """
    top = np.asarray(v.real("upper", upper, gt=0.0, le=1e6))
    rate = np.asarray(v.positive("hazard", hazard))
    return _out(np.asarray(contest_disaster_probability(top, rate)) / rate)


@dataclass(frozen=True)
class ContestSolution:
    """The symmetric equilibrium of the contest in risk-taking (D7).

    Attributes
    ----------
    disaster_probability
        By numerical integration (``scipy.integrate.quad``) of
        :math:`1 - E[e^{-\\lambda T(\\min)}]` over the law of the weaker type.
    disaster_probability_closed_form
        The same from Kummer's function; the two agree to about 1e-10.
    expected_duration
        How long the crisis lasts on average, :math:`P(\\text{disaster})/\\lambda`
        (it ends at a quit or at the disaster, whichever comes first).
    planned_quitting_time
        When, on average, the weaker state plans to back down if disaster
        does not strike first, :math:`E[T(\\min)] = X/(6\\lambda)`.
    median_quitting_time
        :math:`T(X/2)`.
    """

    disaster_probability: float
    disaster_probability_closed_form: float
    expected_duration: float
    planned_quitting_time: float
    median_quitting_time: float


@dataclass(frozen=True)
class ContestSimulation:
    """Simulated contests (arrays of length ``n``).

    Attributes
    ----------
    types
        Shape ``(n, 2)``: each state's :math:`x`.
    quitting_times
        Shape ``(n, 2)``: :math:`T(x)` for each state, the time it *plans* to
        back down (the crisis may end earlier, in disaster).
    disaster_times
        When disaster would strike if both stood firm forever.
    disaster
        Whether disaster struck before the weaker state quit.
    winner
        0 or 1, the state that prevailed, or -1 after a disaster.
    end_time
        When the crisis ended (a quit or the disaster, whichever came first);
        its mean estimates :func:`expected_crisis_duration`.
    """

    types: np.ndarray
    quitting_times: np.ndarray
    disaster_times: np.ndarray
    disaster: np.ndarray
    winner: np.ndarray
    end_time: np.ndarray


@dataclass(frozen=True)
class RiskContest:
    """A contest in risk-taking (D7), after Powell (1988).

    Parameters
    ----------
    upper
        :math:`X \\in (0, 10^6]`: types :math:`x = v/d` are uniform on :math:`[0, X]`.
    hazard
        :math:`\\lambda > 0`: rate of disaster while both stand firm.

    Examples
    --------
    >>> contest = RiskContest(upper=2.0, hazard=1.0)
    >>> round(contest.solve().disaster_probability, 4)
    0.2082
    >>> sim = contest.simulate(4, seed=1)
    >>> sim.types.shape
    (4, 2)
    """

    upper: float
    hazard: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "upper", v.scalar("upper", self.upper, gt=0.0, le=1e6))
        object.__setattr__(self, "hazard", v.scalar("hazard", self.hazard, v.positive))

    def quitting_time(self, type_ratio: object) -> Number:
        """:math:`T(x)` for this contest (array allowed)."""
        return quitting_time(type_ratio, self.upper, self.hazard)

    def solve(self) -> ContestSolution:
        """Disaster probability (by quadrature and in closed form), crisis length and planned quitting time."""
        top, rate = self.upper, self.hazard

        # P(disaster) = E[1 - exp(-lambda T(m))] with m = min(x1, x2), density
        # 2(X - m)/X^2. Integrating the (small) disaster probability keeps quad
        # accurate where the answer is near 0.
        def integrand(m: float) -> float:
            # lambda T(m) = -m - X ln(1 - m/X), written out for speed inside quad
            survival = math.exp(m + top * math.log1p(-m / top)) if m < top else 0.0
            return (1.0 - survival) * 2.0 * (top - m) / top**2

        value, _ = integrate.quad(integrand, 0.0, top, epsabs=1e-13, epsrel=1e-11, limit=200)
        return ContestSolution(
            disaster_probability=value,
            disaster_probability_closed_form=float(contest_disaster_probability(top, rate)),
            expected_duration=float(expected_crisis_duration(top, rate)),
            planned_quitting_time=float(expected_planned_quitting_time(top, rate)),
            median_quitting_time=float(quitting_time(top / 2.0, top, rate)),
        )

    def simulate(
        self, n: int, *, seed: int | np.random.Generator | None = None
    ) -> ContestSimulation:
        """Play ``n`` independent contests: draw types, then the disaster clock.

        Parameters
        ----------
        n
            Number of contests, at least 1.
        seed
            An int or a :class:`numpy.random.Generator`, for reproducible draws.
        """
        count = v.integer("n", n, ge=1)
        rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
        types = rng.uniform(0.0, self.upper, size=(count, 2))
        times = np.asarray(self.quitting_time(types))
        clock = rng.exponential(1.0 / self.hazard, size=count)
        ends = times.min(axis=1)
        disaster = clock < ends
        winner = np.where(disaster, -1, np.argmax(types, axis=1))
        return ContestSimulation(
            types=types,
            quitting_times=times,
            disaster_times=clock,
            disaster=disaster,
            winner=winner,
            end_time=np.where(disaster, clock, ends),
        )
