r"""Signalling resolve: bluffing, audience costs, selection effects and costly signals (D3, D4, D5).

Three models of deterrence when one side holds private information. All are
stylised reconstructions: the notation and the closed forms are ours, so each
is credited "after" its sources rather than presented as the published model.
D3 and D5 are taught in notebook 04; D4 is available for notebooks on evidence.

D3. The crisis signalling game (after Fearon 1994; see also Morrow 1994 and Kydd 2015)
-------------------------------------------------------------------------------------

**Players and moves.** Nature makes the defender D *resolute* (R) with
probability :math:`\pi` (``prior_resolve``) and *irresolute* (I) otherwise; D
knows its type, the challenger C does not. Then

1. C challenges or keeps the status quo (SQ);
2. D resists or concedes;
3. after resistance, C presses or backs down;
4. after pressing, D fights or yields.

**Payoffs** (C, D), with the status quo worth 0 to both:

==============================  =============================
D concedes at once              :math:`(b,\ -s)`
C backs down                    :math:`(-a_C,\ \rho)`
war                             :math:`(w_C,\ w_D^\theta)`
D yields after resisting        :math:`(b,\ -s-a_D)`
==============================  =============================

:math:`b` is ``gain``, :math:`s` ``concession_cost``, :math:`a_C`
``challenger_retreat_cost``, :math:`\rho` ``defender_retreat_gain``,
:math:`w_C` ``challenger_war_payoff`` and :math:`a_D \ge 0` the defender's
**audience cost**: the domestic price of resisting in public and then giving
way. The ranges are :math:`b, s > 0`, :math:`a_C, \rho \ge 0`,
:math:`w_C < b`, :math:`w_D^R > -s` (the resolute type fights) and
:math:`w_D^I < -s-a_D` (the irresolute type yields).

**Solving it** (perfect Bayesian equilibrium, with sequentially rational play
at D's fight-or-yield node). Work backwards.

* At the last node R fights and I yields.
* R always resists: both outcomes of resisting (:math:`\rho \ge 0` or
  :math:`w_D^R`) beat conceding (:math:`-s`).
* After resistance C holds the posterior :math:`\mu = P(R \mid \text{resist})`.
  Pressing is worth :math:`\mu w_C + (1-\mu) b`, backing down :math:`-a_C`, so
  C presses iff

  .. math:: \mu \le \mu^* = \frac{b + a_C}{b - w_C}.

* If C presses with probability :math:`q`, I's resisting is worth
  :math:`q(-s-a_D) + (1-q)\rho` against :math:`-s` for conceding, so I is
  indifferent exactly at

  .. math:: q^* = \frac{\rho + s}{\rho + s + a_D} \qquad (q^* = 1 \text{ when } a_D = 0).

Three regimes follow (``REGIMES``):

* **always press** (:math:`\mu^* \ge 1`, i.e. :math:`w_C \ge -a_C`): C presses
  whatever it believes, so I concedes at once (:math:`\beta = 0`, :math:`q = 1`);
  :math:`P(\text{war} \mid \text{challenge}) = \pi`.
* **pooling** (:math:`\pi \ge \mu^*`): both types resist (:math:`\beta = 1`),
  the posterior stays at :math:`\pi \ge \mu^*` and C backs down (:math:`q = 0`);
  no war.
* **semi-separating** (:math:`\pi < \mu^* < 1`): R resists, I *bluffs* with
  probability

  .. math:: \beta = \frac{\pi (1 - \mu^*)}{(1 - \pi)\, \mu^*},

  which makes Bayes' rule give the posterior exactly :math:`\mu^*`, and C
  presses with probability :math:`q^*`, which makes I indifferent.
  :math:`P(\text{war} \mid \text{challenge}) = \pi q^*` and
  :math:`P(\text{C backs down} \mid \text{resistance}) = 1 - q^*`: a larger
  audience cost makes a resisted challenger back down more often and makes
  war less likely once a crisis starts. This is the qualitative claim of
  Fearon (1994) that audience costs make threats work.

**Whether C challenges.** C's value of challenging is :math:`(1-\pi)b + \pi w_C`
(always press), :math:`-a_C` (pooling) or :math:`(1 - \pi/\mu^*)\, b - (\pi/\mu^*)\, a_C`
(semi-separating). In every regime, with :math:`a_C > 0`, C challenges iff

.. math:: \pi < \bar\pi = \frac{b}{b - w_C},

the classical :math:`B/(B+C)` threshold of expected-utility deterrence,
recovered as an equilibrium. It depends on neither audience costs nor
:math:`\rho` nor :math:`s`: in this model audience costs change what happens
*inside* a crisis, not whether one starts. Ties break toward the status quo
(C challenges only if it strictly gains). When C does not challenge, the
strategies and probabilities reported are those of the game after a
challenge, with C's belief equal to the prior.

**Equilibria left out, and knife edges.** Plain Nash equilibrium and weak PBE
also admit "no challenge" equilibria at every :math:`\pi`, held up by the
irresolute type's empty threat to fight if pressed; sequential rationality at
the last node removes them, and they are not reported. At knife edges the
formulas pick one of several equilibria:

* with :math:`a_D = 0` the bluffing probability is not pinned down (any value in
  :math:`[\beta, 1]` in the semi-separating regime, any in :math:`[0, 1]` when
  C always presses), although :math:`P(\text{war})` and C's payoff are;
* at :math:`\pi = \mu^*` any :math:`q \in [0, q^*]` works (the formulas report
  pooling, :math:`q = 0`); at :math:`\mu^* = 1` C is indifferent after
  resistance (the formulas report always press);
* at :math:`\pi = \bar\pi` C is indifferent about challenging (the formulas
  report no challenge).

"Ties and rounding" below explains how the code finds these knife edges in
floating point.

D5. Tying hands versus sinking costs (after Fearon 1997)
--------------------------------------------------------

Fearon's model has a continuum of types; this two-type version reproduces the
two results his abstract states.

**Setup.** D is *high* resolve (H) with probability :math:`\pi`
(``prior_high``), valuing the issue at :math:`v_H \ge c_D` so that it fights
if challenged; otherwise it is *low* (L), with :math:`0 \le v_L < c_D`, and
concedes. D's payoffs: :math:`v` if not challenged, 0 if challenged and it
concedes, :math:`v - c_D` if challenged and it fights. C's war cost
:math:`k` is private; :math:`g \in (0, 1)` (``challenge_vs_fighter``) is the
probability that C challenges even a state it knows will fight (for
:math:`k \sim U[k_{lo}, k_{hi}]` with :math:`k_{lo} < 0 < k_{hi}`,
:math:`g = -k_{lo}/(k_{hi}-k_{lo})`; see :func:`challenge_vs_fighter_uniform`).
C challenges a state it believes is L for sure. A signal nobody is expected
to send is read as coming from L.

**Sinking costs** (paying :math:`m` up front, for example a costly
mobilisation). H pays, L does not: C then challenges H with probability
:math:`g` and L for sure. A type pays only if it strictly gains, so H pays iff
:math:`v_H - g c_D - m > v_H - c_D`, i.e. :math:`m < (1-g) c_D`, and L does not
mimic iff :math:`(1-g) v_L - m \le 0`. The separating equilibrium therefore
needs :math:`(1-g) v_L \le m < (1-g) c_D`: the lower end is attained (for
:math:`v_L > 0`), the upper end is a supremum (at :math:`m = (1-g) c_D` the
high type is indifferent and does not pay). The least-cost separating
equilibrium has :math:`m^* = (1-g) v_L`, war with probability :math:`\pi g`
and :math:`U_D = \pi (v_H - g c_D - m^*)`.

**Tying hands** (creating an audience cost :math:`a` that D pays only if it is
challenged and concedes, for example a public pledge). The cost is never paid
on the equilibrium path, and any :math:`a > c_D - v_L` turns even L into a
committed fighter (at exactly :math:`c_D - v_L` it is indifferent and, ties
broken against acting, concedes).

* If :math:`v_L > g c_D`, L is better off committed than exposed, so **both
  types tie hands** with :math:`a > c_D - v_L` and both fight if challenged:
  war with probability :math:`g`, :math:`U_D = \pi(v_H - g c_D) + (1-\pi)(v_L - g c_D)`.
* Otherwise only H ties hands, with
  :math:`a \ge \min\{(1-g) v_L / g,\ c_D - v_L\}` to stop L mimicking: war with
  probability :math:`\pi g`, :math:`U_D = \pi (v_H - g c_D)`.

Knife edges: at exactly :math:`a = c_D - v_L` the low type is indifferent
between fighting and conceding, so the pooling signal must strictly exceed it
(``minimum_signal`` is the infimum); at :math:`v_L = g c_D` the low type is
indifferent about tying hands; at :math:`v_H = c_D` the high type is indifferent
about fighting (the model lets it fight); with :math:`v_L = 0` the minimal
signals are 0, i.e. any positive signal separates.

**The two results, in the selected equilibria.** Nobody bluffs: every type that
sends a costly signal fights if challenged. Tying hands pays D at least as much
on average as sinking costs, but carries at least as much ex-ante risk of war,
strictly more iff :math:`v_L > g c_D`.

**What the selection hides.** For sinking costs, plain PBE admits other
equilibria: a pool in which nobody signals (the signal is then read as coming
from L), pools in which L pays and concedes if challenged (bluffing), and
semi-separating equilibria for :math:`m < (1-g) v_L`. The least-cost separating
equilibrium is the one that survives the Intuitive Criterion, and "no bluffing"
and the payoff comparison are statements about it; the no-signal pool can
even pay D more than tying hands. For tying hands every pure-strategy PBE has
the same war probability and payoff (the tests enumerate them on a grid of
signal levels), because a large enough tied-hands signal makes any type fight,
whatever C believes.

D4. Selection effects in deterrence (after Fearon 1994b and Fearon 2002)
-------------------------------------------------------------------------

A stylised model of why the threats we *observe* failing can be the most
credible ones. The challenger's war value :math:`\theta \sim U[0, 1]` is
private; its war payoff is :math:`\theta - s`, where :math:`s \in [0, 1]` is the
defender's observable military strength. The defender resists a challenge
with probability :math:`r` (``resist_probability``), observable and standing
for the balance of interests. Payoffs for C: status quo 0, concession
:math:`B > 0`, backing down :math:`-a` (:math:`a \ge 0`), war :math:`\theta - s`.

A type that would back down if resisted gets :math:`(1-r)B - ra` from
challenging; a type that would fight gets :math:`(1-r)B + r(\theta - s)`. So

* **regime 1**, :math:`r < B/(B+a)`: every type challenges, bluffers included;
  :math:`P(\text{challenge}) = 1` and
  :math:`P(\text{back down} \mid \text{resisted}) = \operatorname{clip}(s - a, 0, 1)`;
* **regime 2**, :math:`r \ge B/(B+a)`: only types with
  :math:`\theta > s - (1-r)B/r` challenge, and all of them fight if resisted;
  :math:`P(\text{challenge}) = 1 - \operatorname{clip}(s - (1-r)B/r, 0, 1)` and
  :math:`P(\text{back down} \mid \text{resisted}) = 0`.

In both, :math:`P(\text{war}) = r \cdot P(\text{challenge and fight if resisted})`.
General deterrence works (challenges fall as :math:`r` and :math:`s` rise), but
*conditional on a crisis*, a resisted challenger backs down less often where
the defender's interests are stronger: above :math:`B/(B+a)` it never does.
In Fearon's (2002) words, deterrent threats made after a challenge "will tend
to fail in precisely those cases where they are relatively most credible
signals of an intent to resist with force". The model reproduces Fearon's (1994b) claim about
interests fully and his claim about strength only partly (strength helps a
challenged defender only in regime 1).

*Correction to the specification at a knife edge.* The specification puts
:math:`r = B/(B+a)` in regime 1. There a bluffing type gets exactly 0 from
challenging and, with ties broken toward the status quo, does not challenge,
so the boundary belongs to regime 2; only this measure-zero boundary differs.

Ties and rounding
-----------------

All three models break ties against acting: C challenges, and a type bluffs,
signals or fights, only if it strictly gains (the exceptions are stated
above: D5's high type fights at :math:`v_H = c_D`, and D3 reports pooling at
:math:`\pi = \mu^*` and always press at :math:`\mu^* = 1`). Parameters that sit
exactly on a knife edge in exact arithmetic often land a rounding error to one
side of it in floating point: with :math:`\pi = 0.25` and :math:`w_C = -3`, C's
value of challenging comes out near :math:`10^{-16}` instead of 0. So every
comparison that decides a regime or a choice, in the vectorised functions and
in the model classes alike, counts numbers closer than :math:`10^{-12}`
(relative to the payoffs involved) as tied:

* C challenges (:func:`challenges`) iff its value of challenging exceeds
  :math:`10^{-12} \max(1, |b|, |w_C|, a_C)`;
* D3 is in the always-press regime iff :math:`\mu^* \ge 1 - 10^{-12}` and
  otherwise pools iff :math:`\pi \ge \mu^* - 10^{-12}`;
* in D5 both types tie hands iff :math:`v_L > g c_D + 10^{-12} \max(1, c_D)`;
* D4 is in regime 1 iff :math:`B - r(B + a) > 10^{-12} \max(1, B, a)`.

A genuine difference smaller than the tolerance is treated as a tie. The
tests compare these decisions with exact rational arithmetic at every slider
position of the two labs, and D4's on a grid of decimal parameters.

What these models cannot show
-----------------------------

D3 and D5 have two types, one crisis and one round of signalling; real
crises unfold in many small steps (Fearon's 1994 model is a continuous-time
war of attrition), leaders can be uncertain about their own audiences, and
the audience cost here is a number the defender chooses or simply has. Whether
publics really punish leaders who back down is an empirical dispute (Tomz
2007; Snyder and Borghard 2011) that the models take as settled by assumption.

References
----------
.. [1] Fearon, J. D. (1994). Domestic political audiences and the escalation
   of international disputes. *American Political Science Review*, 88(3), 577–592.
.. [2] Fearon, J. D. (1997). Signaling foreign policy interests: tying hands
   versus sinking costs. *Journal of Conflict Resolution*, 41(1), 68–90.
.. [3] Morrow, J. D. (1994). *Game Theory for Political Scientists*. Princeton
   University Press.
.. [4] Kydd, A. H. (2015). *International Relations Theory: The Game-Theoretic
   Approach*. Cambridge University Press.
.. [5] Tomz, M. (2007). Domestic audience costs in international relations: an
   experimental approach. *International Organization*, 61(4), 821–840.
.. [6] Snyder, J., and Borghard, E. D. (2011). The cost of empty threats: a
   penny, not a pound. *American Political Science Review*, 105(3), 437–456.
.. [7] Fearon, J. D. (1994b). Signaling versus the balance of power and
   interests: an empirical test of a crisis bargaining model. *Journal of
   Conflict Resolution*, 38(2), 236–269.
.. [8] Fearon, J. D. (2002). Selection effects and deterrence.
   *International Interactions*, 28(1), 5–29.

Examples
--------
>>> game = CrisisSignallingGame(prior_resolve=0.3)
>>> eq = game.solve()
>>> eq.regime, round(eq.bluff_probability, 4), round(eq.press_probability, 4)
('semi_separating', 0.4286, 0.6)
>>> round(eq.war_probability_given_challenge, 4)
0.18
>>> comparison = CostlySignalGame(prior_high=0.5, low_value=0.6).compare()
>>> comparison.tying_hands.war_probability > comparison.sinking_costs.war_probability
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from guaranteelab import _validate as v

__all__ = [
    "MECHANISMS",
    "REGIMES",
    "CostlySignalGame",
    "CrisisSignallingEquilibrium",
    "CrisisSignallingGame",
    "SelectionEffectsGame",
    "SelectionOutcome",
    "SignalComparison",
    "SignalOutcome",
    "backdown_probability",
    "bluff_probability",
    "challenge_threshold",
    "challenge_value",
    "challenge_vs_fighter_uniform",
    "challenges",
    "defender_payoff_sinking_costs",
    "defender_payoff_tying_hands",
    "maximum_sunk_cost",
    "minimum_audience_cost",
    "minimum_sunk_cost",
    "mixing_press_probability",
    "posterior_after_resistance",
    "press_probability",
    "press_threshold",
    "selection_backdown_probability",
    "selection_challenge_probability",
    "selection_regime",
    "selection_war_probability",
    "signalling_regime",
    "tying_hands_pools",
    "war_probability_given_challenge",
    "war_probability_sinking_costs",
    "war_probability_tying_hands",
]

#: D3's regimes, in the order of the integer codes :func:`signalling_regime` returns.
REGIMES: tuple[str, ...] = ("always_press", "pooling", "semi_separating")
_ALWAYS_PRESS, _POOLING, _SEMI = 0, 1, 2

#: D5's two kinds of costly signal.
MECHANISMS: tuple[str, ...] = ("tying_hands", "sinking_costs")

#: Numbers closer than this (relative to the payoffs involved) count as tied
#: when a regime or a choice is decided (module docstring, "Ties and rounding").
_TIE = 1e-12


def _out(value: np.ndarray) -> float | np.ndarray:
    """Return a 0-d result as a float and anything larger as an array."""
    array = np.asarray(value, dtype=float)
    return float(array) if array.ndim == 0 else array


# ---------------------------------------------------------------------------
# D3: validation shared by the closed forms
# ---------------------------------------------------------------------------


def _prior(value: object) -> float | np.ndarray:
    return v.probability("prior_resolve", value, open_low=True, open_high=True)


def _challenger(gain: object, retreat_cost: object, war_payoff: object):
    b = v.positive("gain", gain)
    a_c = v.nonnegative("challenger_retreat_cost", retreat_cost)
    w_c = v.real("challenger_war_payoff", war_payoff)
    v.less_than("challenger_war_payoff", w_c, "gain", b)
    return b, a_c, w_c


def _defender(concession_cost: object, retreat_gain: object, audience_cost: object):
    s = v.positive("concession_cost", concession_cost)
    rho = v.nonnegative("defender_retreat_gain", retreat_gain)
    a_d = v.nonnegative("audience_cost", audience_cost)
    return s, rho, a_d


# ---------------------------------------------------------------------------
# D3: closed forms
# ---------------------------------------------------------------------------


def press_threshold(
    gain: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
) -> float | np.ndarray:
    r"""The belief :math:`\mu^* = (b + a_C)/(b - w_C)` up to which a resisted challenger presses.

    C presses iff its posterior that D is resolute is at most :math:`\mu^*`.
    A value of 1 or more means C presses whatever it believes.

    Examples
    --------
    >>> press_threshold(1.0, 0.5, -2.0)
    0.5
    >>> press_threshold(1.0, 0.5, -0.2) > 1  # war is no worse for C than backing down
    True
    """
    b, a_c, w_c = _challenger(gain, challenger_retreat_cost, challenger_war_payoff)
    return _out((np.asarray(b) + a_c) / (np.asarray(b) - w_c))


def mixing_press_probability(
    concession_cost: float | np.ndarray,
    defender_retreat_gain: float | np.ndarray,
    audience_cost: float | np.ndarray,
) -> float | np.ndarray:
    r"""The press probability :math:`q^* = (\rho + s)/(\rho + s + a_D)` that makes a bluffer indifferent.

    Equal to 1 with no audience cost, and falling as the audience cost rises:
    a bluffer who would pay more for being caught needs less pressure to be
    deterred from bluffing.

    Examples
    --------
    >>> mixing_press_probability(1.0, 0.5, 1.0)
    0.6
    >>> mixing_press_probability(1.0, 0.5, 0.0)
    1.0
    """
    s, rho, a_d = _defender(concession_cost, defender_retreat_gain, audience_cost)
    return _out((np.asarray(rho) + s) / (np.asarray(rho) + s + a_d))


def challenge_threshold(
    gain: float | np.ndarray, challenger_war_payoff: float | np.ndarray
) -> float | np.ndarray:
    r"""The prior :math:`\bar\pi = b/(b - w_C)` below which C challenges.

    A value of 1 or more (when :math:`w_C \ge 0`) means C challenges at every
    prior.

    Examples
    --------
    >>> round(challenge_threshold(1.0, -2.0), 4)
    0.3333
    """
    b = v.positive("gain", gain)
    w_c = v.real("challenger_war_payoff", challenger_war_payoff)
    v.less_than("challenger_war_payoff", w_c, "gain", b)
    return _out(np.asarray(b) / (np.asarray(b) - w_c))


def signalling_regime(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
) -> int | np.ndarray:
    """The equilibrium regime after a challenge, as an index into :data:`REGIMES`.

    0 (always press) when :math:`\\mu^* \\ge 1`; otherwise 1 (pooling) when
    :math:`\\pi \\ge \\mu^*` and 2 (semi-separating) when :math:`\\pi < \\mu^*`.
    Both comparisons count a difference below :math:`10^{-12}` as a tie (module
    docstring), so a prior that equals :math:`\\mu^*` in exact arithmetic is
    reported as pooling even when rounding puts it a hair below.

    Examples
    --------
    >>> REGIMES[signalling_regime(0.3, 1.0, 0.5, -2.0)]
    'semi_separating'
    >>> signalling_regime([0.3, 0.7], 1.0, 0.5, -2.0).tolist()
    [2, 1]
    >>> REGIMES[signalling_regime(0.35, 1.0, 0.05, -2.0)]  # pi = mu* = 0.35 exactly
    'pooling'
    """
    pi = np.asarray(_prior(prior_resolve))
    mu = np.asarray(press_threshold(gain, challenger_retreat_cost, challenger_war_payoff))
    code = np.where(mu >= 1.0 - _TIE, _ALWAYS_PRESS, np.where(pi >= mu - _TIE, _POOLING, _SEMI))
    return int(code) if code.ndim == 0 else code


def bluff_probability(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
) -> float | np.ndarray:
    r"""The probability :math:`\beta` that an irresolute defender resists (bluffs).

    0 when C always presses, 1 in the pooling regime, and
    :math:`\pi(1-\mu^*)/((1-\pi)\mu^*)` in the semi-separating regime. With
    no audience cost the bluffing probability is not pinned down (module
    docstring); this is the value the formula picks.

    Examples
    --------
    >>> round(bluff_probability(0.3, 1.0, 0.5, -2.0), 4)
    0.4286
    """
    pi = _prior(prior_resolve)
    mu = press_threshold(gain, challenger_retreat_cost, challenger_war_payoff)
    regime = signalling_regime(pi, gain, challenger_retreat_cost, challenger_war_payoff)
    pi_a, mu_a = np.asarray(pi), np.asarray(mu)
    with np.errstate(divide="ignore", invalid="ignore"):
        mixed = pi_a * (1.0 - mu_a) / ((1.0 - pi_a) * mu_a)
    beta = np.where(regime == _SEMI, mixed, np.where(regime == _POOLING, 1.0, 0.0))
    return _out(beta)


def posterior_after_resistance(
    prior_resolve: float | np.ndarray, bluff_probability: float | np.ndarray
) -> float | np.ndarray:
    r"""Bayes' rule: :math:`P(R \mid \text{resist}) = \pi / (\pi + (1-\pi)\beta)`.

    Examples
    --------
    >>> posterior_after_resistance(0.3, 3 / 7)
    0.5
    """
    pi = _prior(prior_resolve)
    beta = v.probability("bluff_probability", bluff_probability)
    return _out(np.asarray(pi) / (np.asarray(pi) + (1.0 - np.asarray(pi)) * beta))


def press_probability(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    concession_cost: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    defender_retreat_gain: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
    audience_cost: float | np.ndarray,
) -> float | np.ndarray:
    """The probability :math:`q` that C presses after resistance: 1, 0 or :math:`q^*` by regime.

    Examples
    --------
    >>> press_probability(0.3, 1.0, 1.0, 0.5, 0.5, -2.0, 1.0)
    0.6
    >>> press_probability(0.7, 1.0, 1.0, 0.5, 0.5, -2.0, 1.0)  # pooling
    0.0
    """
    regime = signalling_regime(prior_resolve, gain, challenger_retreat_cost, challenger_war_payoff)
    q_star = mixing_press_probability(concession_cost, defender_retreat_gain, audience_cost)
    q = np.where(regime == _SEMI, q_star, np.where(regime == _POOLING, 0.0, 1.0))
    return _out(q)


def backdown_probability(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    concession_cost: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    defender_retreat_gain: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
    audience_cost: float | np.ndarray,
) -> float | np.ndarray:
    """P(C backs down | D resists) = 1 − q: 0, 1 or :math:`1 - q^*` by regime.

    Increasing in the audience cost in the semi-separating regime.

    Examples
    --------
    >>> round(backdown_probability(0.3, 1.0, 1.0, 0.5, 0.5, -2.0, 1.0), 4)
    0.4
    """
    q = press_probability(
        prior_resolve,
        gain,
        concession_cost,
        challenger_retreat_cost,
        defender_retreat_gain,
        challenger_war_payoff,
        audience_cost,
    )
    return _out(1.0 - np.asarray(q))


def war_probability_given_challenge(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    concession_cost: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    defender_retreat_gain: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
    audience_cost: float | np.ndarray,
) -> float | np.ndarray:
    r"""P(war | challenge) = :math:`\pi q`: war comes only when C presses a resolute defender.

    :math:`\pi` when C always presses, 0 in the pooling regime and
    :math:`\pi q^*` in the semi-separating regime, where it falls as the
    audience cost rises.

    Examples
    --------
    >>> round(war_probability_given_challenge(0.3, 1.0, 1.0, 0.5, 0.5, -2.0, 1.0), 4)
    0.18
    >>> grid = war_probability_given_challenge(
    ...     np.linspace(0.01, 0.99, 1000)[:, None], 1.0, 1.0, 0.5, 0.5, -2.0,
    ...     np.linspace(0.0, 5.0, 1000)[None, :])
    >>> grid.shape
    (1000, 1000)
    """
    q = press_probability(
        prior_resolve,
        gain,
        concession_cost,
        challenger_retreat_cost,
        defender_retreat_gain,
        challenger_war_payoff,
        audience_cost,
    )
    return _out(np.asarray(_prior(prior_resolve)) * q)


def challenge_value(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
) -> float | np.ndarray:
    r"""C's expected payoff from challenging, in equilibrium (the status quo is worth 0).

    :math:`(1-\pi) b + \pi w_C` when C always presses, :math:`-a_C` when D
    pools, :math:`(1-\pi/\mu^*) b - (\pi/\mu^*) a_C` in the semi-separating
    regime. Positive exactly when :math:`\pi < \bar\pi` (for :math:`a_C > 0`),
    up to rounding: at :math:`\pi = \bar\pi` it can come out as :math:`\pm 10^{-16}`,
    which :meth:`CrisisSignallingGame.solve` counts as 0 (module docstring).

    Examples
    --------
    >>> round(challenge_value(0.3, 1.0, 0.5, -2.0), 4)
    0.1
    """
    pi = np.asarray(_prior(prior_resolve))
    b, a_c, w_c = (
        np.asarray(x) for x in _challenger(gain, challenger_retreat_cost, challenger_war_payoff)
    )
    mu = (b + a_c) / (b - w_c)
    regime = signalling_regime(pi, b, a_c, w_c)
    value = np.where(
        regime == _ALWAYS_PRESS,
        (1.0 - pi) * b + pi * w_c,
        np.where(regime == _POOLING, -a_c, (1.0 - pi / mu) * b - (pi / mu) * a_c),
    )
    return _out(value)


def challenges(
    prior_resolve: float | np.ndarray,
    gain: float | np.ndarray,
    challenger_retreat_cost: float | np.ndarray,
    challenger_war_payoff: float | np.ndarray,
) -> bool | np.ndarray:
    r"""Whether C challenges: its value of challenging must be strictly positive.

    Equivalent to :math:`\pi < \bar\pi` (for :math:`a_C > 0`). A value within
    :math:`10^{-12} \max(1, |b|, |w_C|, a_C)` of 0 counts as the tie it is in exact
    arithmetic, and ties break toward the status quo (module docstring).

    Examples
    --------
    >>> challenges(0.3, 1.0, 0.5, -2.0), challenges(0.4, 1.0, 0.5, -2.0)
    (True, False)
    >>> challenges(0.25, 1.0, 0.5, -3.0)  # pi = pi_bar exactly; the value rounds to 1e-16
    False
    >>> challenges([0.1, 0.5], 1.0, 0.5, -2.0).tolist()
    [True, False]
    """
    value = np.asarray(
        challenge_value(prior_resolve, gain, challenger_retreat_cost, challenger_war_payoff)
    )
    b, a_c, w_c = (
        np.asarray(x) for x in _challenger(gain, challenger_retreat_cost, challenger_war_payoff)
    )
    scale = np.maximum(np.maximum(1.0, np.abs(b)), np.maximum(np.abs(w_c), a_c))
    decision = value > _TIE * scale
    return bool(decision) if decision.ndim == 0 else decision


# ---------------------------------------------------------------------------
# D3: the model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CrisisSignallingEquilibrium:
    """The perfect Bayesian equilibrium of a :class:`CrisisSignallingGame`.

    Probabilities "given challenge" describe the game after a challenge (with
    C's belief equal to the prior), and are reported even when C does not
    challenge; unconditional ones multiply by whether C challenges.

    Attributes
    ----------
    regime : str
        One of :data:`REGIMES`.
    challenges : bool
        Whether C challenges (it must strictly gain, by more than a rounding
        error: see "Ties and rounding" in the module docstring).
    challenge_value : float
        C's expected payoff from challenging.
    challenge_threshold : float
        :math:`\\bar\\pi`; C challenges iff the prior is below it.
    press_threshold : float
        :math:`\\mu^*`.
    bluff_probability : float
        :math:`\\beta`, the probability that the irresolute type resists.
    posterior_after_resistance : float
        C's belief that D is resolute after it resists.
    press_probability : float
        :math:`q`, the probability that C presses after resistance.
    mixing_press_probability : float
        :math:`q^*`, the press probability that leaves a bluffer indifferent
        (equal to ``press_probability`` in the semi-separating regime).
    resistance_probability : float
        P(D resists | challenge).
    concession_probability : float
        P(D concedes at once | challenge).
    backdown_probability : float
        P(C backs down | D resists).
    war_probability_given_challenge : float
        P(war | challenge).
    war_probability : float
        Unconditional P(war).
    resolute_payoff, irresolute_payoff : float
        Each defender type's expected payoff (0 if C does not challenge).
    """

    regime: str
    challenges: bool
    challenge_value: float
    challenge_threshold: float
    press_threshold: float
    bluff_probability: float
    posterior_after_resistance: float
    press_probability: float
    mixing_press_probability: float
    resistance_probability: float
    concession_probability: float
    backdown_probability: float
    war_probability_given_challenge: float
    war_probability: float
    resolute_payoff: float
    irresolute_payoff: float


@dataclass(frozen=True)
class CrisisSignallingGame:
    """D3: crisis signalling with private information about the defender's resolve.

    A stylised game after Fearon (1994); see the module docstring for the
    moves, payoffs and derivation.

    Parameters
    ----------
    prior_resolve : float
        :math:`\\pi \\in (0, 1)`, the probability that D is resolute.
    gain : float
        :math:`b > 0`, C's payoff when D gives way.
    concession_cost : float
        :math:`s > 0`, D's loss from giving way.
    challenger_retreat_cost : float
        :math:`a_C \\ge 0`, C's cost of backing down.
    defender_retreat_gain : float
        :math:`\\rho \\ge 0`, D's payoff when C backs down.
    challenger_war_payoff : float
        :math:`w_C < b`.
    resolute_war_payoff : float
        :math:`w_D^R > -s`, so the resolute type fights.
    irresolute_war_payoff : float
        :math:`w_D^I < -s - a_D`, so the irresolute type yields.
    audience_cost : float
        :math:`a_D \\ge 0`, D's cost of yielding after resisting.

    Raises
    ------
    ValueError
        If a parameter is outside its range (the message names it).

    Examples
    --------
    >>> CrisisSignallingGame(prior_resolve=0.7).solve().regime
    'pooling'
    >>> CrisisSignallingGame(irresolute_war_payoff=-1.5)
    Traceback (most recent call last):
    ...
    ValueError: irresolute_war_payoff must be less than -concession_cost - audience_cost (-2); got -1.5
    """

    prior_resolve: float = 0.3
    gain: float = 1.0
    concession_cost: float = 1.0
    challenger_retreat_cost: float = 0.5
    defender_retreat_gain: float = 0.5
    challenger_war_payoff: float = -2.0
    resolute_war_payoff: float = -0.5
    irresolute_war_payoff: float = -10.0
    audience_cost: float = 1.0

    def __post_init__(self) -> None:
        v.scalar("prior_resolve", _prior(self.prior_resolve))
        for name, value in zip(
            ("gain", "challenger_retreat_cost", "challenger_war_payoff"),
            _challenger(self.gain, self.challenger_retreat_cost, self.challenger_war_payoff),
            strict=True,
        ):
            v.scalar(name, value)
        s, _, a_d = (
            v.scalar(name, value)
            for name, value in zip(
                ("concession_cost", "defender_retreat_gain", "audience_cost"),
                _defender(self.concession_cost, self.defender_retreat_gain, self.audience_cost),
                strict=True,
            )
        )
        w_r = v.scalar("resolute_war_payoff", self.resolute_war_payoff)
        w_i = v.scalar("irresolute_war_payoff", self.irresolute_war_payoff)
        if not w_r > -s:
            raise ValueError(
                f"resolute_war_payoff must be greater than -concession_cost ({-s:g}); got {w_r:g}"
            )
        if not w_i < -s - a_d:
            raise ValueError(
                "irresolute_war_payoff must be less than -concession_cost - audience_cost "
                f"({-s - a_d:g}); got {w_i:g}"
            )

    def solve(self) -> CrisisSignallingEquilibrium:
        """The equilibrium (see the module docstring for the selection at knife edges)."""
        pi = float(self.prior_resolve)
        args = (
            pi,
            self.gain,
            self.concession_cost,
            self.challenger_retreat_cost,
            self.defender_retreat_gain,
            self.challenger_war_payoff,
            self.audience_cost,
        )
        challenger = (pi, self.gain, self.challenger_retreat_cost, self.challenger_war_payoff)
        regime = REGIMES[signalling_regime(*challenger)]
        beta = float(bluff_probability(*challenger))
        q = float(press_probability(*args))
        value = float(challenge_value(*challenger))
        challenged = bool(challenges(*challenger))
        war_given = float(war_probability_given_challenge(*args))
        resolute = q * self.resolute_war_payoff + (1.0 - q) * self.defender_retreat_gain
        irresolute = (
            self.defender_retreat_gain if regime == "pooling" else -float(self.concession_cost)
        )
        return CrisisSignallingEquilibrium(
            regime=regime,
            challenges=challenged,
            challenge_value=value,
            challenge_threshold=float(challenge_threshold(self.gain, self.challenger_war_payoff)),
            press_threshold=float(
                press_threshold(self.gain, self.challenger_retreat_cost, self.challenger_war_payoff)
            ),
            bluff_probability=beta,
            posterior_after_resistance=float(posterior_after_resistance(pi, beta)),
            press_probability=q,
            mixing_press_probability=float(
                mixing_press_probability(
                    self.concession_cost, self.defender_retreat_gain, self.audience_cost
                )
            ),
            resistance_probability=pi + (1.0 - pi) * beta,
            concession_probability=(1.0 - pi) * (1.0 - beta),
            backdown_probability=1.0 - q,
            war_probability_given_challenge=war_given,
            war_probability=war_given if challenged else 0.0,
            resolute_payoff=float(resolute) if challenged else 0.0,
            irresolute_payoff=float(irresolute) if challenged else 0.0,
        )


# ---------------------------------------------------------------------------
# D5: tying hands versus sinking costs
# ---------------------------------------------------------------------------


def _g(value: object) -> float | np.ndarray:
    return v.probability("challenge_vs_fighter", value, open_low=True, open_high=True)


def _low_and_cost(low_value: object, war_cost: object):
    c_d = v.positive("war_cost", war_cost)
    v_l = v.nonnegative("low_value", low_value)
    v.less_than("low_value", v_l, "war_cost", c_d)
    return v_l, c_d


def _high(high_value: object, war_cost: float | np.ndarray) -> float | np.ndarray:
    v_h = v.real("high_value", high_value)
    high, cost = np.broadcast_arrays(np.asarray(v_h), np.asarray(war_cost))
    bad = high < cost
    if bad.any():
        raise ValueError(
            f"high_value must be at least war_cost ({float(cost[bad].flat[0]):g}); "
            f"got {float(high[bad].flat[0]):g}"
        )
    return v_h


def _prior_high(value: object) -> float | np.ndarray:
    return v.probability("prior_high", value, open_low=True, open_high=True)


def challenge_vs_fighter_uniform(cost_low: float, cost_high: float) -> float:
    """The probability g that C challenges a sure fighter when its war cost is U[cost_low, cost_high].

    C challenges a fighter iff its war payoff :math:`-k` beats the status quo,
    i.e. iff :math:`k < 0`, so :math:`g = -k_{lo}/(k_{hi} - k_{lo})`. Needs
    ``cost_low < 0 < cost_high`` so that g lies strictly between 0 and 1.

    Examples
    --------
    >>> challenge_vs_fighter_uniform(-1.0, 3.0)
    0.25
    """
    low = v.real("cost_low", cost_low, lt=0.0)
    high = v.real("cost_high", cost_high, gt=0.0)
    return _out(-np.asarray(low) / (np.asarray(high) - low))


def minimum_sunk_cost(
    low_value: float | np.ndarray,
    war_cost: float | np.ndarray,
    challenge_vs_fighter: float | np.ndarray,
) -> float | np.ndarray:
    """The least sunk cost :math:`m^* = (1-g) v_L` that a low-resolve type will not pay.

    Examples
    --------
    >>> round(minimum_sunk_cost(0.6, 1.0, 0.25), 4)
    0.45
    """
    v_l, _ = _low_and_cost(low_value, war_cost)
    g = _g(challenge_vs_fighter)
    return _out((1.0 - np.asarray(g)) * v_l)


def maximum_sunk_cost(
    war_cost: float | np.ndarray, challenge_vs_fighter: float | np.ndarray
) -> float | np.ndarray:
    """The supremum :math:`(1-g) c_D` of the sunk costs a high-resolve type pays.

    The high type pays any smaller cost; at exactly :math:`(1-g) c_D` it is
    indifferent and, ties broken against acting, does not pay.

    Examples
    --------
    >>> maximum_sunk_cost(1.0, 0.25)
    0.75
    """
    c_d = v.positive("war_cost", war_cost)
    g = _g(challenge_vs_fighter)
    return _out((1.0 - np.asarray(g)) * c_d)


def _pools(v_l, c_d, g) -> np.ndarray:
    """v_L > g c_D, with a tie (up to rounding) read as "only the high type ties hands"."""
    c_d = np.asarray(c_d)
    return np.asarray(v_l) > np.asarray(g) * c_d + _TIE * np.maximum(1.0, c_d)


def tying_hands_pools(
    low_value: float | np.ndarray,
    war_cost: float | np.ndarray,
    challenge_vs_fighter: float | np.ndarray,
) -> bool | np.ndarray:
    """Whether both types tie hands (:math:`v_L > g c_D`) rather than only the high type.

    At :math:`v_L = g c_D` the low type is indifferent and does not tie hands;
    a difference below :math:`10^{-12} \\max(1, c_D)` counts as that tie (module
    docstring).

    Examples
    --------
    >>> tying_hands_pools(0.6, 1.0, 0.25), tying_hands_pools(0.2, 1.0, 0.25)
    (True, False)
    >>> tying_hands_pools(0.45, 1.5, 0.3)  # 0.3 * 1.5 rounds to 0.44999999999999996
    False
    """
    v_l, c_d = _low_and_cost(low_value, war_cost)
    g = _g(challenge_vs_fighter)
    pools = _pools(v_l, c_d, g)
    return bool(pools) if pools.ndim == 0 else pools


def minimum_audience_cost(
    low_value: float | np.ndarray,
    war_cost: float | np.ndarray,
    challenge_vs_fighter: float | np.ndarray,
) -> float | np.ndarray:
    r"""The least tied-hands audience cost in the equilibrium (an infimum when both types tie hands).

    When both types tie hands (:math:`v_L > g c_D`) the cost must make the low
    type a committed fighter, so it must *exceed* :math:`c_D - v_L`, which is
    returned; at exactly :math:`c_D - v_L` the low type would concede.
    Otherwise :math:`\min\{(1-g) v_L / g,\ c_D - v_L\}`, which is attained:
    at that cost the low type no longer gains from mimicking.

    Examples
    --------
    >>> minimum_audience_cost(0.6, 1.0, 0.25)
    0.4
    >>> round(minimum_audience_cost(0.1, 1.0, 0.25), 4)
    0.3
    """
    v_l, c_d = _low_and_cost(low_value, war_cost)
    g = np.asarray(_g(challenge_vs_fighter))
    commit = np.asarray(c_d) - v_l
    deter = (1.0 - g) * v_l / g
    return _out(np.where(_pools(v_l, c_d, g), commit, np.minimum(deter, commit)))


def war_probability_sinking_costs(
    prior_high: float | np.ndarray, challenge_vs_fighter: float | np.ndarray
) -> float | np.ndarray:
    r"""P(war) = :math:`\pi g` in the least-cost separating sunk-cost equilibrium.

    Examples
    --------
    >>> war_probability_sinking_costs(0.5, 0.25)
    0.125
    """
    pi = _prior_high(prior_high)
    g = _g(challenge_vs_fighter)
    return _out(np.asarray(pi) * g)


def war_probability_tying_hands(
    prior_high: float | np.ndarray,
    low_value: float | np.ndarray,
    war_cost: float | np.ndarray,
    challenge_vs_fighter: float | np.ndarray,
) -> float | np.ndarray:
    r"""P(war) with tying hands: :math:`g` if both types tie hands, else :math:`\pi g`.

    Examples
    --------
    >>> war_probability_tying_hands(0.5, 0.6, 1.0, 0.25)
    0.25
    >>> war_probability_tying_hands(0.5, 0.2, 1.0, 0.25)
    0.125
    """
    pi = np.asarray(_prior_high(prior_high))
    v_l, c_d = _low_and_cost(low_value, war_cost)
    g = np.asarray(_g(challenge_vs_fighter))
    return _out(np.where(_pools(v_l, c_d, g), g, pi * g))


def defender_payoff_sinking_costs(
    prior_high: float | np.ndarray,
    high_value: float | np.ndarray,
    low_value: float | np.ndarray,
    war_cost: float | np.ndarray,
    challenge_vs_fighter: float | np.ndarray,
) -> float | np.ndarray:
    r"""D's ex-ante expected payoff :math:`\pi(v_H - g c_D - m^*)` with sinking costs.

    Examples
    --------
    >>> round(defender_payoff_sinking_costs(0.5, 2.0, 0.6, 1.0, 0.25), 4)
    0.65
    """
    pi = np.asarray(_prior_high(prior_high))
    v_l, c_d = _low_and_cost(low_value, war_cost)
    v_h = np.asarray(_high(high_value, c_d))
    g = np.asarray(_g(challenge_vs_fighter))
    return _out(pi * (v_h - g * c_d - (1.0 - g) * v_l))


def defender_payoff_tying_hands(
    prior_high: float | np.ndarray,
    high_value: float | np.ndarray,
    low_value: float | np.ndarray,
    war_cost: float | np.ndarray,
    challenge_vs_fighter: float | np.ndarray,
) -> float | np.ndarray:
    r"""D's ex-ante expected payoff with tying hands.

    :math:`\pi(v_H - g c_D) + (1-\pi)(v_L - g c_D)` when both types tie hands
    (:math:`v_L > g c_D`), :math:`\pi(v_H - g c_D)` otherwise. The tied-hands
    cost is never paid on the equilibrium path.

    Examples
    --------
    >>> round(defender_payoff_tying_hands(0.5, 2.0, 0.6, 1.0, 0.25), 4)
    1.05
    """
    pi = np.asarray(_prior_high(prior_high))
    v_l, c_d = _low_and_cost(low_value, war_cost)
    v_h = np.asarray(_high(high_value, c_d))
    g = np.asarray(_g(challenge_vs_fighter))
    high = pi * (v_h - g * c_d)
    low = (1.0 - pi) * (np.asarray(v_l) - g * c_d)
    return _out(high + np.where(_pools(v_l, c_d, g), low, 0.0))


@dataclass(frozen=True)
class SignalOutcome:
    """The selected equilibrium of one signalling mechanism.

    Attributes
    ----------
    mechanism : str
        ``"tying_hands"`` or ``"sinking_costs"``.
    signallers : str
        ``"high"`` (only the high-resolve type signals) or ``"both"``.
    minimum_signal : float
        The lower end of the signal sizes that support the equilibrium. It is
        attained except in two cases. For tying hands with
        ``signallers == "both"`` it is the infimum :math:`c_D - v_L`: the pledge
        must strictly exceed it, because at exactly that cost the low type
        would concede. With :math:`v_L = 0` it is 0, and any positive signal
        separates.
    maximum_signal : float
        The upper end: for sinking costs the supremum :math:`(1-g) c_D`, not
        attained (at it the high type is indifferent and does not pay); for
        tying hands ``inf`` (an audience cost that is never paid can be as
        large as one likes).
    war_probability : float
        Ex-ante P(war).
    defender_payoff : float
        D's ex-ante expected payoff.
    high_payoff, low_payoff : float
        Each type's expected payoff.
    bluffing : bool
        Whether a type that signals would concede if challenged. Always False:
        the selected equilibria have no bluffing by construction, so the field
        records the selection rather than testing it (the tests check it by
        enumerating equilibria).
    """

    mechanism: str
    signallers: str
    minimum_signal: float
    maximum_signal: float
    war_probability: float
    defender_payoff: float
    high_payoff: float
    low_payoff: float
    bluffing: bool


@dataclass(frozen=True)
class SignalComparison:
    """Tying hands and sinking costs side by side for one :class:`CostlySignalGame`.

    Attributes
    ----------
    tying_hands, sinking_costs : SignalOutcome
        The selected equilibrium of each mechanism.
    pooling_threshold : float
        :math:`g c_D`: both types tie hands iff the low type's value exceeds it.
    """

    tying_hands: SignalOutcome
    sinking_costs: SignalOutcome
    pooling_threshold: float

    @property
    def tying_hands_pays_at_least_as_much(self) -> bool:
        """Whether tying hands gives D at least the payoff of sinking costs (always True)."""
        return self.tying_hands.defender_payoff >= self.sinking_costs.defender_payoff

    @property
    def extra_war_risk(self) -> float:
        """P(war) with tying hands minus P(war) with sinking costs (never negative)."""
        return self.tying_hands.war_probability - self.sinking_costs.war_probability


@dataclass(frozen=True)
class CostlySignalGame:
    """D5: a defender signals resolve by tying its hands or by sinking costs.

    A two-type reconstruction after Fearon (1997); see the module docstring.

    Parameters
    ----------
    prior_high : float
        :math:`\\pi \\in (0, 1)`, the probability that D is the high-resolve type.
    high_value : float
        :math:`v_H \\ge c_D`, the high type's value for the issue.
    low_value : float
        :math:`0 \\le v_L < c_D`, the low type's value.
    war_cost : float
        :math:`c_D > 0`, D's cost of fighting.
    challenge_vs_fighter : float
        :math:`g \\in (0, 1)`, the probability that C challenges a state it
        knows will fight.

    Examples
    --------
    >>> game = CostlySignalGame(prior_high=0.5, high_value=2.0, low_value=0.2)
    >>> game.tying_hands().signallers, game.sinking_costs().signallers
    ('high', 'high')
    >>> CostlySignalGame(low_value=1.5)
    Traceback (most recent call last):
    ...
    ValueError: low_value must be less than war_cost (1); got 1.5
    """

    prior_high: float = 0.5
    high_value: float = 2.0
    low_value: float = 0.6
    war_cost: float = 1.0
    challenge_vs_fighter: float = 0.25

    def __post_init__(self) -> None:
        v.scalar("prior_high", _prior_high(self.prior_high))
        v.scalar("challenge_vs_fighter", _g(self.challenge_vs_fighter))
        v_l, c_d = _low_and_cost(self.low_value, self.war_cost)
        v.scalar("low_value", v_l)
        v.scalar("high_value", _high(self.high_value, v.scalar("war_cost", c_d)))

    def _args(self) -> tuple[float, float, float, float, float]:
        return (
            float(self.prior_high),
            float(self.high_value),
            float(self.low_value),
            float(self.war_cost),
            float(self.challenge_vs_fighter),
        )

    def sinking_costs(self) -> SignalOutcome:
        """The least-cost separating equilibrium with a sunk cost (only H pays)."""
        pi, v_h, v_l, c_d, g = self._args()
        m_star = float(minimum_sunk_cost(v_l, c_d, g))
        return SignalOutcome(
            mechanism="sinking_costs",
            signallers="high",
            minimum_signal=m_star,
            maximum_signal=float(maximum_sunk_cost(c_d, g)),
            war_probability=float(war_probability_sinking_costs(pi, g)),
            defender_payoff=float(defender_payoff_sinking_costs(pi, v_h, v_l, c_d, g)),
            high_payoff=v_h - g * c_d - m_star,
            low_payoff=0.0,
            bluffing=False,
        )

    def tying_hands(self) -> SignalOutcome:
        """The tied-hands equilibrium: both types commit if :math:`v_L > g c_D`, else only H."""
        pi, v_h, v_l, c_d, g = self._args()
        pools = bool(tying_hands_pools(v_l, c_d, g))
        return SignalOutcome(
            mechanism="tying_hands",
            signallers="both" if pools else "high",
            minimum_signal=float(minimum_audience_cost(v_l, c_d, g)),
            maximum_signal=math.inf,
            war_probability=float(war_probability_tying_hands(pi, v_l, c_d, g)),
            defender_payoff=float(defender_payoff_tying_hands(pi, v_h, v_l, c_d, g)),
            high_payoff=v_h - g * c_d,
            low_payoff=v_l - g * c_d if pools else 0.0,
            bluffing=False,
        )

    def compare(self) -> SignalComparison:
        """Both mechanisms side by side."""
        _, _, _, c_d, g = self._args()
        return SignalComparison(
            tying_hands=self.tying_hands(),
            sinking_costs=self.sinking_costs(),
            pooling_threshold=g * c_d,
        )


# ---------------------------------------------------------------------------
# D4: selection effects
# ---------------------------------------------------------------------------


def _selection_args(resist_probability, strength, gain, backdown_cost):
    r = v.probability("resist_probability", resist_probability)
    s = v.probability("strength", strength)
    b = v.positive("gain", gain)
    a = v.nonnegative("backdown_cost", backdown_cost)
    return (np.asarray(x, dtype=float) for x in (r, s, b, a))


def _regime_one(r: np.ndarray, b: np.ndarray, a: np.ndarray) -> np.ndarray:
    """r < B/(B+a): a bluffing type strictly gains from challenging (beyond rounding)."""
    return b - r * (b + a) > _TIE * np.maximum(1.0, np.maximum(b, a))


def selection_regime(
    resist_probability: float | np.ndarray,
    gain: float | np.ndarray,
    backdown_cost: float | np.ndarray,
) -> int | np.ndarray:
    """D4's regime: 1 if every type challenges (:math:`r < B/(B+a)`), else 2.

    Examples
    --------
    >>> selection_regime(0.3, 1.0, 1.0), selection_regime(0.7, 1.0, 1.0)
    (1, 2)
    """
    r, _, b, a = _selection_args(resist_probability, 0.0, gain, backdown_cost)
    code = np.where(_regime_one(r, b, a), 1, 2)
    return int(code) if code.ndim == 0 else code


def _fight_cutoff(r: np.ndarray, s: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The lowest war value that challenges when bluffers stay home: s - (1-r)B/r."""
    with np.errstate(all="ignore"):  # r near 0 sends the cutoff to -inf, as it should
        return np.where(r > 0, s - (1.0 - r) * b / np.where(r > 0, r, 1.0), -np.inf)


def selection_challenge_probability(
    resist_probability: float | np.ndarray,
    strength: float | np.ndarray,
    gain: float | np.ndarray,
    backdown_cost: float | np.ndarray,
) -> float | np.ndarray:
    """P(challenge): 1 in regime 1, :math:`1 - \\operatorname{clip}(s - (1-r)B/r, 0, 1)` in regime 2.

    Examples
    --------
    >>> selection_challenge_probability(0.3, 0.5, 1.0, 1.0)
    1.0
    >>> round(selection_challenge_probability(0.8, 0.5, 1.0, 1.0), 4)
    0.75
    """
    r, s, b, a = _selection_args(resist_probability, strength, gain, backdown_cost)
    regime_one = _regime_one(r, b, a)
    regime_two = 1.0 - np.clip(_fight_cutoff(r, s, b), 0.0, 1.0)
    return _out(np.where(regime_one, 1.0, regime_two))


def selection_backdown_probability(
    resist_probability: float | np.ndarray,
    strength: float | np.ndarray,
    gain: float | np.ndarray,
    backdown_cost: float | np.ndarray,
) -> float | np.ndarray:
    """P(C backs down | challenged and resisted): clip(s − a, 0, 1) in regime 1, 0 in regime 2.

    This is the defender's *immediate*-deterrence success once a crisis is
    under way. It can only fall as the balance of interests r rises.

    Examples
    --------
    >>> round(selection_backdown_probability(0.3, 0.5, 1.0, 0.2), 4)
    0.3
    >>> selection_backdown_probability(0.9, 0.5, 1.0, 0.2)
    0.0
    """
    r, s, b, a = _selection_args(resist_probability, strength, gain, backdown_cost)
    return _out(np.where(_regime_one(r, b, a), np.clip(s - a, 0.0, 1.0), 0.0))


def selection_war_probability(
    resist_probability: float | np.ndarray,
    strength: float | np.ndarray,
    gain: float | np.ndarray,
    backdown_cost: float | np.ndarray,
) -> float | np.ndarray:
    """Ex-ante P(war) = r × P(C challenges and would fight if resisted).

    Examples
    --------
    >>> round(selection_war_probability(0.3, 0.5, 1.0, 0.2), 4)
    0.21
    """
    r, s, b, a = _selection_args(resist_probability, strength, gain, backdown_cost)
    fighters_one = 1.0 - np.clip(s - a, 0.0, 1.0)
    fighters_two = 1.0 - np.clip(_fight_cutoff(r, s, b), 0.0, 1.0)
    return _out(r * np.where(_regime_one(r, b, a), fighters_one, fighters_two))


@dataclass(frozen=True)
class SelectionOutcome:
    """What a :class:`SelectionEffectsGame` predicts.

    Attributes
    ----------
    regime : int
        1 (everyone challenges) or 2 (only those who would fight challenge).
    regime_threshold : float
        :math:`B/(B+a)`: regime 2 starts at this resist probability.
    challenge_probability, backdown_probability, war_probability : float
        P(challenge), P(C backs down | resisted), ex-ante P(war).
    """

    regime: int
    regime_threshold: float
    challenge_probability: float
    backdown_probability: float
    war_probability: float


@dataclass(frozen=True)
class SelectionEffectsGame:
    """D4: selection effects in deterrence, after Fearon (1994b, 2002); see the module docstring.

    Parameters
    ----------
    resist_probability : float
        r in [0, 1], the observable probability that D resists (balance of interests).
    strength : float
        s in [0, 1], D's observable military strength (C's war payoff is θ − s).
    gain : float
        B > 0, C's payoff if D concedes.
    backdown_cost : float
        a ≥ 0, C's cost of backing down after resistance.

    Examples
    --------
    >>> SelectionEffectsGame(resist_probability=0.9).solve().backdown_probability
    0.0
    """

    resist_probability: float = 0.5
    strength: float = 0.5
    gain: float = 1.0
    backdown_cost: float = 0.2

    def __post_init__(self) -> None:
        names = ("resist_probability", "strength", "gain", "backdown_cost")
        values = _selection_args(
            self.resist_probability, self.strength, self.gain, self.backdown_cost
        )
        for name, value in zip(names, values, strict=True):
            v.scalar(name, value)

    def solve(self) -> SelectionOutcome:
        """Regime and outcome probabilities."""
        args = (self.resist_probability, self.strength, self.gain, self.backdown_cost)
        return SelectionOutcome(
            regime=selection_regime(self.resist_probability, self.gain, self.backdown_cost),
            regime_threshold=float(self.gain) / (float(self.gain) + float(self.backdown_cost)),
            challenge_probability=float(selection_challenge_probability(*args)),
            backdown_probability=float(selection_backdown_probability(*args)),
            war_probability=float(selection_war_probability(*args)),
        )
