r"""Reputation: how a guarantor's record across crises shapes its credibility.

Two stylised models, both reconstructions (the notation and closed forms are
ours).

**R1. Bayesian reputation for resolve, after Sartori (2002, 2005).**
A guarantor is *resolute* (it honours a commitment with probability
:math:`h_R`) or *irresolute* (:math:`h_I`), with :math:`0 \le h_I < h_R \le 1`.
Challengers start from the belief :math:`\mu_0 \in (0, 1)` that it is resolute
and watch each crisis end in H (honoured) or A (abandoned). Bayes' rule gives

.. math:: \mu' = \frac{\mu h_R}{\mu h_R + (1-\mu)h_I}\ \text{after H},\qquad
          \mu' = \frac{\mu(1-h_R)}{\mu(1-h_R) + (1-\mu)(1-h_I)}\ \text{after A}.

In log-odds :math:`\ell = \ln(\mu/(1-\mu))` each outcome adds a constant, so
after :math:`n_H` honours and :math:`n_A` abandonments, in any order,

.. math:: \ell_t = \ell_0 + n_H\ln\frac{h_R}{h_I} + n_A\ln\frac{1-h_R}{1-h_I}.

The challenger's estimate that the next commitment is honoured, the
guarantor's *credibility*, is :math:`q_t = \mu_t h_R + (1-\mu_t)h_I`, and
deterrence holds while :math:`q_t \ge q^*` (the threshold from D1 or D2).

* Beliefs are a martingale *under the challenger's own forecast*:
  :math:`E[\mu' \mid \mu] = q\mu_H + (1-q)\mu_A = \mu`, with :math:`q` the
  challenger's probability of H. The challenger expects no drift; reputations
  move only on news. The guarantor, who knows its type, does expect drift: a
  resolute one honours with probability :math:`h_R > q` and expects
  :math:`\mu` to rise, an irresolute one expects it to fall.
* If resolute types never abandon (:math:`h_R = 1`, Sartori's honest types who
  are never caught bluffing), one abandonment reveals the type: :math:`\mu = 0`
  for ever after and :math:`q = h_I`. One defection is fatal.
* Honours needed to restore deterrence: with
  :math:`\mu^* = (q^* - h_I)/(h_R - h_I)`,
  :math:`n^* = \max(0, \lceil(\mathrm{logit}\,\mu^* - \ell_t)/\ln(h_R/h_I)\rceil)`,
  0 if deterrence already holds, 1 if :math:`h_I = 0`, and :math:`\infty` if
  :math:`q^* > h_R`, if :math:`\mu_t = 0`, or if :math:`q^* = h_R` with
  :math:`h_I > 0`.
* Knife edges. When the ratio above is a whole number, exactly that many
  honours bring :math:`q` to :math:`q^*`, and deterrence holds (ties count as
  deterrence). Floating point can miss such a tie by a rounding error, so
  every verdict here (:func:`honours_needed`, ``Reputation.history().deterred``,
  ``Reputation.simulate().deterred``) uses one rule: :math:`q \ge q^* - 10^{-12}`.
  The one exception is :math:`q^* = h_R` (to the same tolerance): only a
  belief of exactly 1 reaches it, never one that has merely rounded to 1.
* The "current calculus" view, after Press (2005): challengers weigh present
  interests and power, not past behaviour. We blend the two as
  :math:`q = w\,q_{\text{rep}} + (1-w)\,q_{\text{now}}`; with :math:`w = 0`
  history does not matter at all.

**R2. The chain store, after Selten (1978) and Kreps & Wilson (1982).**
An incumbent (a hegemon, a guarantor) faces a different entrant (challenger)
in each of :math:`N` periods; :math:`k` counts the periods left, including the
current one. A *tough* incumbent (prior probability :math:`\delta`) always
fights. A *weak* one gets :math:`a > 1` per period if the entrant stays out, 0
if it accommodates entry and :math:`-1` if it fights. An entrant gets
:math:`b \in (0, 1)` if accommodated, :math:`b - 1` if fought, 0 if it stays
out. With :math:`p_k` the entrants' belief that the incumbent is tough, the
sequential equilibrium is:

* entrant :math:`k` stays out if :math:`p_k > b^k`, enters if
  :math:`p_k < b^k`, and stays out with probability :math:`1/a` at equality;
* facing entry with :math:`k \ge 2`, the weak incumbent fights for sure if
  :math:`p_k \ge b^{k-1}`, otherwise with probability
  :math:`\gamma_k = p_k(1-b^{k-1})/((1-p_k)b^{k-1})`, which makes the total
  probability of a fight :math:`p_k/b^{k-1}` and so makes the next entrant
  exactly indifferent; in the last period it accommodates;
* beliefs: after a fight :math:`p_{k-1} = \max(b^{k-1}, p_k)`, after
  accommodation 0, after no entry unchanged.

The weak incumbent mixes because it is indifferent: fighting costs 1 now and
buys a reputation :math:`b^{k-1}` worth exactly 1 in the future (the next
entrant stays out with probability :math:`1/a`, worth :math:`a \cdot 1/a`).

On the path of play the belief stays at :math:`\delta` until someone enters,
and entrant :math:`k` may enter only if :math:`\delta \le b^k`, i.e.
:math:`k \le \ln\delta/\ln b`. So entry can occur only in the last
:math:`\lfloor \ln\delta/\ln b \rfloor` periods (all of them if :math:`N` is
smaller), however long the game: a small doubt about the incumbent's type
deters challengers for most of a long game. The boundary is included: if
:math:`\delta = b^k` exactly, entrant :math:`k` enters with probability
:math:`1 - 1/a > 0`.

**What these models cannot show.** In R1 the guarantor's behaviour is fixed
by its type, so it does not choose to honour in order to build a reputation,
and challengers learn about one trait only; real audiences also reason about
interests that change (the "current calculus" view) and about which
commitments are comparable. R2 has strategic reputation building but a single
two-type uncertainty and identical, one-shot entrants. Neither model measures
how much reputations matter in practice: that is an empirical dispute.

References
----------
Sartori, A. E. (2002). The might of the pen: A reputational theory of
communication in international disputes. *International Organization*,
56(1), 121–149.
Sartori, A. E. (2005). *Deterrence by Diplomacy*. Princeton University Press.
Press, D. G. (2005). *Calculating Credibility: How Leaders Assess Military
Threats*. Cornell University Press.
Mercer, J. (1996). *Reputation and International Politics*. Cornell
University Press.
Selten, R. (1978). The chain store paradox. *Theory and Decision*, 9,
127–159.
Kreps, D. M., & Wilson, R. (1982). Reputation and imperfect information.
*Journal of Economic Theory*, 27, 253–279.
Milgrom, P., & Roberts, J. (1982). Predation, reputation, and entry
deterrence. *Journal of Economic Theory*, 27, 280–312.
Alt, J. E., Calvert, R. L., & Humes, B. D. (1988). Reputation and hegemonic
stability: A game-theoretic analysis. *American Political Science Review*,
82(2), 445–466.

Examples
--------
>>> from guaranteelab.reputation import Reputation
>>> model = Reputation(prior=0.3, honour_resolute=1.0, honour_irresolute=0.5, threshold=0.8)
>>> path = model.history("HHA")
>>> path.beliefs.round(3).tolist()
[0.3, 0.462, 0.632, 0.0]
>>> model.honours_needed()
2.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import special

from guaranteelab import _validate as v

__all__ = [
    "ChainStore",
    "ChainStoreSolution",
    "Reputation",
    "ReputationHistory",
    "ReputationSimulation",
    "belief_after_abandonment",
    "belief_after_fight",
    "belief_after_history",
    "belief_after_honour",
    "blended_credibility",
    "credibility",
    "entrant_stay_out_probability",
    "entry_periods",
    "honours_needed",
    "weak_fight_probability",
]

Number = float | np.ndarray
# Absolute tolerance for "credibility reaches the threshold": an exact tie
# q = q* (a whole number of honours, say) can miss by a rounding error.
_Q_TOL = 1e-12


def _out(value: np.ndarray) -> Number:
    array = np.asarray(value)
    return array.item() if array.ndim == 0 else array


def _honour_rates(
    honour_resolute: object, honour_irresolute: object
) -> tuple[np.ndarray, np.ndarray]:
    h_r = np.asarray(v.probability("honour_resolute", honour_resolute))
    h_i = np.asarray(v.probability("honour_irresolute", honour_irresolute))
    v.less_than("honour_irresolute", h_i, "honour_resolute", h_r)
    return h_r, h_i


def _deterred(
    q: np.ndarray, q_star: np.ndarray, h_r: np.ndarray, h_i: np.ndarray, certain: np.ndarray
) -> np.ndarray:
    """Whether credibility ``q`` meets the threshold: the one rule for every verdict in R1.

    Ties count as deterrence, and ``q >= q* - 1e-12`` absorbs the rounding
    error by which floating point can miss an exact tie (q and q* are
    probabilities, so an absolute tolerance is a relative one too). A
    threshold at :math:`h_R` (to the same tolerance, and above :math:`h_I`) is
    reached only by a guarantor known *for certain* to be resolute
    (``certain``: log-odds :math:`+\\infty`), never by a belief that has
    merely rounded to 1.
    """
    reached = q >= q_star - _Q_TOL
    at_top = (q_star >= h_r - _Q_TOL) & (q_star > h_i)
    return np.where(at_top, reached & certain, reached)


def _needed_from_log_odds(
    ell: np.ndarray, q_star: np.ndarray, h_r: np.ndarray, h_i: np.ndarray
) -> np.ndarray:
    """n* from the log-odds ``ell`` (validated arrays); see :func:`honours_needed`."""
    ell, q_star, h_r, h_i = np.broadcast_arrays(ell, q_star, h_r, h_i)
    mu = special.expit(ell)
    now = _deterred(mu * h_r + (1.0 - mu) * h_i, q_star, h_r, h_i, np.isposinf(ell))
    above = q_star > h_r + _Q_TOL
    general = ~now & ~above & ~np.isneginf(ell) & (h_i > 0.0) & (q_star < h_r - _Q_TOL)
    with np.errstate(divide="ignore", invalid="ignore"):
        step = np.log(h_r) - np.log(h_i)
        target = (q_star - h_i) / (h_r - h_i)
        ratio = np.where(general, (special.logit(target) - ell) / step, 0.0)
    # The exact count is ceil(ratio), which floating point may miss by one
    # either way at a whole number: try three candidates and keep the first
    # that meets the threshold under the same rule as every other verdict.
    base = np.maximum(np.ceil(ratio) - 1.0, 0.0)
    steps = base + 2.0
    for extra in (1.0, 0.0):
        with np.errstate(invalid="ignore"):
            mu_n = special.expit(ell + (base + extra) * np.where(general, step, 0.0))
        ok = _deterred(mu_n * h_r + (1.0 - mu_n) * h_i, q_star, h_r, h_i, np.isposinf(ell))
        steps = np.where(ok, base + extra, steps)
    return np.select(
        [now, above, np.isneginf(ell), h_i == 0.0, ~general],
        [0.0, np.inf, np.inf, 1.0, np.inf],
        default=steps,
    ).astype(float)


# ---------------------------------------------------------------------------
# R1: Bayesian reputation for resolve
# ---------------------------------------------------------------------------


def credibility(belief: object, honour_resolute: object, honour_irresolute: object) -> Number:
    r"""Probability the next commitment is honoured, :math:`q = \mu h_R + (1-\mu)h_I`.

    Examples
    --------
    >>> credibility(0.5, 0.9, 0.3)
    0.6
    """
    mu = np.asarray(v.probability("belief", belief))
    h_r, h_i = _honour_rates(honour_resolute, honour_irresolute)
    return _out(mu * h_r + (1.0 - mu) * h_i)


def belief_after_honour(
    belief: object, honour_resolute: object, honour_irresolute: object
) -> Number:
    r"""Bayes' rule after an honoured commitment: :math:`\mu h_R/(\mu h_R + (1-\mu)h_I)`.

    With :math:`h_I = 0` and :math:`\mu > 0` one honour proves resolve
    (:math:`\mu' = 1`); :math:`\mu = 0` stays 0.

    Examples
    --------
    >>> round(belief_after_honour(0.5, 0.9, 0.3), 4)
    0.75
    """
    mu = np.asarray(v.probability("belief", belief))
    h_r, h_i = _honour_rates(honour_resolute, honour_irresolute)
    top = mu * h_r
    bottom = top + (1.0 - mu) * h_i
    with np.errstate(divide="ignore", invalid="ignore"):
        post = np.where(bottom > 0.0, top / np.where(bottom > 0.0, bottom, 1.0), mu)
    # An irresolute type never honours (h_I = 0): one honour proves resolve, even
    # from a belief so small that mu * h_R underflows to zero.
    post = np.where((h_i == 0.0) & (h_r > 0.0) & (mu > 0.0), 1.0, post)
    return _out(post)


def belief_after_abandonment(
    belief: object, honour_resolute: object, honour_irresolute: object
) -> Number:
    r"""Bayes' rule after an abandoned commitment: :math:`\mu(1-h_R)/(\mu(1-h_R) + (1-\mu)(1-h_I))`.

    With :math:`h_R = 1` one abandonment reveals an irresolute type (:math:`\mu' = 0`).

    Examples
    --------
    >>> belief_after_abandonment(0.9, 1.0, 0.5)
    0.0
    """
    mu = np.asarray(v.probability("belief", belief))
    h_r, h_i = _honour_rates(honour_resolute, honour_irresolute)
    top = mu * (1.0 - h_r)
    bottom = top + (1.0 - mu) * (1.0 - h_i)
    with np.errstate(divide="ignore", invalid="ignore"):
        post = np.where(bottom > 0.0, top / np.where(bottom > 0.0, bottom, 1.0), mu)
    return _out(post)


def _log_odds(
    prior: np.ndarray, honoured: np.ndarray, abandoned: np.ndarray, h_r: np.ndarray, h_i: np.ndarray
) -> np.ndarray:
    """Posterior log-odds; xlogy makes 0 * log(0) = 0, so impossible outcomes that did not happen cost nothing."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return (
            special.logit(prior)
            + special.xlogy(honoured, h_r)
            - special.xlogy(honoured, h_i)
            + special.xlogy(abandoned, 1.0 - h_r)
            - special.xlogy(abandoned, 1.0 - h_i)
        )


def _checked_log_odds(
    prior: np.ndarray, honoured: np.ndarray, abandoned: np.ndarray, h_r: np.ndarray, h_i: np.ndarray
) -> np.ndarray:
    """Posterior log-odds, rejecting a history that neither type could produce."""
    ell = _log_odds(prior, honoured, abandoned, h_r, h_i)
    if np.any(np.isnan(ell)):
        raise ValueError(
            "abandoned: a history with both an honour and an abandonment is impossible "
            "when honour_resolute = 1 and honour_irresolute = 0"
        )
    return ell


def belief_after_history(
    prior: object,
    honoured: object,
    abandoned: object,
    honour_resolute: object,
    honour_irresolute: object,
) -> Number:
    r"""Belief after ``honoured`` H and ``abandoned`` A outcomes, in any order.

    Uses the log-odds closed form
    :math:`\ell_t = \ell_0 + n_H\ln(h_R/h_I) + n_A\ln((1-h_R)/(1-h_I))`, with
    the infinite cases handled exactly: with :math:`h_R = 1` any abandonment
    gives 0, with :math:`h_I = 0` any honour gives 1.

    Parameters
    ----------
    prior
        :math:`\mu_0 \in (0, 1)`.
    honoured, abandoned
        Counts of outcomes, whole numbers :math:`\ge 0` (arrays allowed).
    honour_resolute, honour_irresolute
        :math:`0 \le h_I < h_R \le 1`.

    Raises
    ------
    ValueError
        If the history is impossible for both types (both an honour and an
        abandonment when :math:`h_R = 1` and :math:`h_I = 0`).

    Examples
    --------
    >>> round(belief_after_history(0.5, 2, 1, 0.9, 0.3), 4)
    0.5625
    >>> belief_after_history(0.5, 10, 1, 1.0, 0.5)
    0.0
    """
    mu0 = np.asarray(v.probability("prior", prior, open_low=True, open_high=True))
    n_h = np.asarray(v.nonnegative("honoured", honoured))
    n_a = np.asarray(v.nonnegative("abandoned", abandoned))
    for name, count in (("honoured", n_h), ("abandoned", n_a)):
        if np.any(count != np.round(count)):
            raise ValueError(
                f"{name} must be a whole number >= 0; got {count[count != np.round(count)].flat[0]:g}"
            )
    h_r, h_i = _honour_rates(honour_resolute, honour_irresolute)
    return _out(special.expit(_checked_log_odds(mu0, n_h, n_a, h_r, h_i)))


def honours_needed(
    belief: object, threshold: object, honour_resolute: object, honour_irresolute: object
) -> Number:
    r"""Consecutive honours needed before credibility reaches the threshold :math:`q^*`.

    Parameters
    ----------
    belief
        Current :math:`\mu_t \in [0, 1]`.
    threshold
        :math:`q^* \in [0, 1]`; deterrence holds iff :math:`q_t \ge q^*`.
    honour_resolute, honour_irresolute
        :math:`0 \le h_I < h_R \le 1`.

    Returns
    -------
    float or numpy.ndarray
        :math:`n^*` as a float: 0 if deterrence already holds; ``inf`` if
        :math:`q^* > h_R`, if :math:`\mu_t = 0`, or if :math:`q^* = h_R` with
        :math:`h_I > 0` (the belief approaches but never reaches 1); 1 if
        :math:`h_I = 0`; otherwise
        :math:`\max(0, \lceil(\mathrm{logit}\,\mu^* - \ell_t)/\ln(h_R/h_I)\rceil)`.

    Notes
    -----
    Ties count as deterrence: when the ratio is a whole number, exactly that
    many honours bring :math:`q` to :math:`q^*`. Every verdict uses the rule
    :math:`q \ge q^* - 10^{-12}` of ``Reputation.history().deterred``, so the
    two always agree, including at exact knife edges that floating point
    misses by a rounding error; :math:`q^*` within 1e-12 of :math:`h_R` counts
    as :math:`q^* = h_R`. A belief that has rounded to 1 counts as
    certainty here; ``Reputation.history().honours_needed`` works from the
    log-odds and does not lose that distinction.

    Examples
    --------
    >>> honours_needed(0.3, 0.8, 1.0, 0.5)
    2.0
    >>> honours_needed(0.0, 0.8, 1.0, 0.5)
    inf
    >>> honours_needed(0.75, 0.5, 0.6, 0.2)  # q = 0.5 = q* already: a tie deters
    0.0
    """
    mu = np.asarray(v.probability("belief", belief))
    q_star = np.asarray(v.probability("threshold", threshold))
    h_r, h_i = _honour_rates(honour_resolute, honour_irresolute)
    return _out(_needed_from_log_odds(special.logit(mu), q_star, h_r, h_i))


def blended_credibility(reputational: object, current: object, weight: object) -> Number:
    r"""Credibility when the past counts with weight :math:`w`: :math:`w q_{\text{rep}} + (1-w) q_{\text{now}}`.

    :math:`w = 0` is the pure "current calculus" view (past actions do not
    matter); :math:`w = 1` is the pure reputational view.

    Examples
    --------
    >>> blended_credibility(0.2, 0.7, 0.0)
    0.7
    >>> round(blended_credibility(0.2, 0.7, 0.5), 6)
    0.45
    """
    rep = np.asarray(v.probability("reputational", reputational))
    now = np.asarray(v.probability("current", current))
    w = np.asarray(v.probability("weight", weight))
    return _out(w * rep + (1.0 - w) * now)


def _parse_outcomes(outcomes: object) -> np.ndarray:
    """'HHA' or a sequence of booleans (True = honoured) -> bool array."""
    if isinstance(outcomes, str):
        text = outcomes.strip().upper()
        bad = sorted(set(text) - {"H", "A"})
        if bad:
            raise ValueError(f"outcomes must contain only 'H' and 'A'; got {outcomes!r}")
        return np.array([c == "H" for c in text], dtype=bool)
    if isinstance(outcomes, Sequence | np.ndarray):
        array = np.asarray(outcomes)
        if array.ndim != 1 or (array.size and array.dtype != bool):
            raise TypeError("outcomes must be a string of 'H'/'A' or a 1-d sequence of booleans")
        return array.astype(bool)
    raise TypeError(f"outcomes must be a string such as 'HHA'; got {type(outcomes).__name__}")


@dataclass(frozen=True)
class ReputationHistory:
    """Beliefs along one history of crises (arrays of length ``len(outcomes) + 1``).

    Attributes
    ----------
    outcomes
        The history as a string of H and A.
    beliefs
        :math:`\\mu_0, \\mu_1, \\ldots`: the belief before each crisis and after the last.
    credibility
        :math:`q_t` for each belief.
    deterred
        Whether :math:`q_t \\ge q^*` (an exact tie deters; see :func:`honours_needed`).
    honours_needed
        :math:`n^*` from each point of the history: 0 where deterrence holds,
        else the honours still needed to restore it (``inf`` if none can).
        Computed from the log-odds, so a belief that has rounded to 1 is not
        mistaken for certainty.
    """

    outcomes: str
    beliefs: np.ndarray
    credibility: np.ndarray
    deterred: np.ndarray
    honours_needed: np.ndarray


@dataclass(frozen=True)
class ReputationSimulation:
    """Simulated histories.

    Attributes
    ----------
    resolute
        Shape ``(n_histories,)``: each history's true type.
    honoured
        Shape ``(n_histories, n_crises)``: True where the commitment was honoured.
    beliefs
        Shape ``(n_histories, n_crises + 1)``: the challengers' belief over time.
    credibility
        Same shape: :math:`q_t`.
    deterred
        Same shape: whether :math:`q_t \\ge q^*`, by the same rule as
        ``Reputation.history().deterred``.
    """

    resolute: np.ndarray
    honoured: np.ndarray
    beliefs: np.ndarray
    credibility: np.ndarray
    deterred: np.ndarray


@dataclass(frozen=True)
class Reputation:
    """Bayesian reputation for resolve (R1), after Sartori (2002, 2005).

    Parameters
    ----------
    prior
        :math:`\\mu_0 \\in (0, 1)`: initial belief that the guarantor is resolute.
    honour_resolute
        :math:`h_R`: a resolute guarantor's probability of honouring.
    honour_irresolute
        :math:`h_I < h_R`: an irresolute guarantor's probability of honouring.
    threshold
        :math:`q^* \\in [0, 1]`: the credibility deterrence needs.

    Examples
    --------
    >>> Reputation(0.5, 0.9, 0.3, 0.7).history("HA").deterred.tolist()
    [False, True, False]
    """

    prior: float
    honour_resolute: float
    honour_irresolute: float
    threshold: float = 0.5

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "prior",
            v.scalar("prior", self.prior, v.probability, open_low=True, open_high=True),
        )
        h_r, h_i = _honour_rates(
            v.scalar("honour_resolute", self.honour_resolute, v.probability),
            v.scalar("honour_irresolute", self.honour_irresolute, v.probability),
        )
        object.__setattr__(self, "honour_resolute", float(h_r))
        object.__setattr__(self, "honour_irresolute", float(h_i))
        object.__setattr__(self, "threshold", v.scalar("threshold", self.threshold, v.probability))

    @property
    def _rates(self) -> tuple[float, float]:
        return self.honour_resolute, self.honour_irresolute

    def history(self, outcomes: str | Sequence[bool]) -> ReputationHistory:
        """Beliefs, credibility and verdicts along a history such as ``"HHAH"``.

        Computed from the counts so far with the log-odds closed form.

        Examples
        --------
        >>> path = Reputation(0.1, 0.3, 0.1, threshold=0.2).history("HH")
        >>> path.credibility.round(3).tolist(), path.deterred.tolist()  # q reaches q* exactly
        ([0.12, 0.15, 0.2], [False, False, True])
        >>> path.honours_needed.tolist()
        [2.0, 1.0, 0.0]
        """
        honoured = _parse_outcomes(outcomes)
        n_h = np.concatenate([[0], np.cumsum(honoured)])
        n_a = np.arange(honoured.size + 1) - n_h
        h_r, h_i = (np.asarray(r) for r in self._rates)
        q_star = np.asarray(self.threshold)
        ell = _checked_log_odds(np.asarray(self.prior), n_h, n_a, h_r, h_i)
        beliefs = special.expit(ell)
        cred = np.asarray(credibility(beliefs, *self._rates), dtype=float)
        return ReputationHistory(
            outcomes="".join("H" if h else "A" for h in honoured),
            beliefs=beliefs,
            credibility=cred,
            deterred=_deterred(cred, q_star, h_r, h_i, np.isposinf(ell)),
            honours_needed=_needed_from_log_odds(ell, q_star, h_r, h_i),
        )

    def honours_needed(self, belief: float | None = None) -> float:
        """:math:`n^*` from ``belief`` (the prior by default); see :func:`honours_needed`.

        After a history, ``self.history(outcomes).honours_needed[-1]`` gives the
        same count without passing the belief through a rounded float.
        """
        mu = self.prior if belief is None else belief
        return float(honours_needed(mu, self.threshold, *self._rates))

    def simulate(
        self,
        n_histories: int,
        n_crises: int,
        *,
        seed: int | np.random.Generator | None = None,
    ) -> ReputationSimulation:
        """Simulate histories: draw each guarantor's type from the prior, then its record.

        Vectorised: 100,000 histories of 50 crises take a fraction of a second.

        Examples
        --------
        >>> sim = Reputation(0.5, 0.9, 0.3).simulate(1000, 20, seed=0)
        >>> sim.beliefs.shape
        (1000, 21)
        """
        rows = v.integer("n_histories", n_histories, ge=1)
        cols = v.integer("n_crises", n_crises, ge=0)
        rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
        resolute = rng.random(rows) < self.prior
        rate = np.where(resolute, self.honour_resolute, self.honour_irresolute)
        honoured = rng.random((rows, cols)) < rate[:, None]
        n_h = np.zeros((rows, cols + 1), dtype=np.int32)
        np.cumsum(honoured, axis=1, out=n_h[:, 1:], dtype=np.int32)
        # The belief depends only on (crises so far, honours so far): compute
        # that small table once with the closed form, then look it up.
        crises = np.arange(cols + 1)
        counts = np.arange(cols + 1)
        possible = counts[None, :] <= crises[:, None]
        h_r, h_i = (np.asarray(r) for r in self._rates)
        log_odds = np.zeros((cols + 1, cols + 1))
        with np.errstate(invalid="ignore"):
            log_odds[possible] = _log_odds(
                np.asarray(self.prior),
                np.broadcast_to(counts[None, :], possible.shape)[possible],
                (crises[:, None] - counts[None, :])[possible],
                h_r,
                h_i,
            )
        table = special.expit(log_odds)
        flat = n_h + (crises * (cols + 1)).astype(np.int32)[None, :]
        cred_table = table * h_r + (1.0 - table) * h_i
        deterred_table = _deterred(
            cred_table, np.asarray(self.threshold), h_r, h_i, np.isposinf(log_odds)
        )
        return ReputationSimulation(
            resolute=resolute,
            honoured=honoured,
            beliefs=np.take(table.ravel(), flat),
            credibility=np.take(cred_table.ravel(), flat),
            deterred=np.take(deterred_table.ravel(), flat),
        )


# ---------------------------------------------------------------------------
# R2: the chain store
# ---------------------------------------------------------------------------


def _check_chain(
    belief: object, periods_left: object, b: object
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    p = np.asarray(v.probability("belief", belief))
    k = np.asarray(v.real("periods_left", periods_left, ge=1.0))
    if np.any(k != np.round(k)):
        raise ValueError(
            f"periods_left must be a whole number >= 1; got {k[k != np.round(k)].flat[0]:g}"
        )
    bb = np.asarray(v.probability("b", b, open_low=True, open_high=True))
    return p, k, bb


def _log_bar(b: np.ndarray, power: np.ndarray) -> np.ndarray:
    """ln(b**power) = power * ln b: comparing in logs avoids the underflow of b**power to 0."""
    return power * np.log(b)


def _log_belief(p: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return np.log(p)


def _at_bar(log_p: np.ndarray, log_bar: np.ndarray) -> np.ndarray:
    """p = b**j up to a relative tolerance of 1e-12 (an absolute one in logs)."""
    return np.abs(log_p - log_bar) <= 1e-12


def entrant_stay_out_probability(
    belief: object, periods_left: object, a: object, b: object
) -> Number:
    r"""Entrant :math:`k`'s probability of staying out: 1 if :math:`p > b^k`, 0 if below, :math:`1/a` at equality.

    Equality is judged with a relative tolerance of 1e-12. The comparison is
    made in logs, so a tiny :math:`b^k` that underflows to 0 in floating
    point is still compared correctly.

    Examples
    --------
    >>> entrant_stay_out_probability(0.3, 1, 2.0, 0.5)
    0.0
    >>> entrant_stay_out_probability(0.25, 2, 2.0, 0.5)
    0.5
    >>> entrant_stay_out_probability(0.0, 1100, 2.0, 0.5)  # 0.5**1100 underflows, yet 0 < b^k
    0.0
    """
    p, k, bb = _check_chain(belief, periods_left, b)
    aa = np.asarray(v.real("a", a, gt=1.0))
    log_p, log_bar = _log_belief(p), _log_bar(bb, k)
    equal = _at_bar(log_p, log_bar)
    return _out(np.where(equal, 1.0 / aa, np.where(log_p > log_bar, 1.0, 0.0)))


def weak_fight_probability(belief: object, periods_left: object, b: object) -> Number:
    r"""The weak incumbent's probability of fighting entry with :math:`k` periods left.

    0 in the last period; 1 if :math:`p_k \ge b^{k-1}`; otherwise
    :math:`\gamma_k = p_k(1-b^{k-1})/((1-p_k)b^{k-1})`. The comparison and
    the ratio :math:`p_k/b^{k-1}` are computed in logs, so a tiny
    :math:`b^{k-1}` that underflows to 0 does not turn :math:`p_k = 0` into a
    sure fight.

    Examples
    --------
    >>> weak_fight_probability(0.25, 3, 0.5)  # p >= b**(k - 1): fight for sure
    1.0
    >>> round(weak_fight_probability(0.2, 3, 0.5), 4)  # then P(fight) = 0.2 / 0.25
    0.75
    >>> weak_fight_probability(0.0, 1100, 0.5)  # known to be weak: it never fights
    0.0
    """
    p, k, bb = _check_chain(belief, periods_left, b)
    log_p, log_bar = _log_belief(p), _log_bar(bb, k - 1.0)
    bar = np.exp(log_bar)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        mix = np.exp(log_p - log_bar) * (1.0 - bar) / (1.0 - p)
    fight = np.where((log_p >= log_bar) | _at_bar(log_p, log_bar), 1.0, mix)
    return _out(np.where(k == 1.0, 0.0, fight))


def belief_after_fight(belief: object, periods_left: object, b: object) -> Number:
    r"""Belief that the incumbent is tough after it fights with :math:`k` periods left, :math:`\max(b^{k-1}, p_k)`.

    (In the last period the weak type never fights, so a fight there would
    reveal toughness: :math:`b^0 = 1`.)

    Examples
    --------
    >>> belief_after_fight(0.2, 3, 0.5)
    0.25
    """
    p, k, bb = _check_chain(belief, periods_left, b)
    return _out(np.maximum(bb ** (k - 1.0), p))


def entry_periods(prior: object, b: object) -> Number:
    r"""How many final periods can see entry: :math:`\lfloor \ln\delta / \ln b \rfloor`.

    That is the largest :math:`k` with :math:`\delta \le b^k`. At
    :math:`\delta = b^k` exactly, entrant :math:`k` mixes and may enter; the
    tie is judged exactly as the entrants' strategy judges it
    (:func:`entrant_stay_out_probability`, relative tolerance 1e-12), so the
    count always agrees with the periods in which ``ChainStore.solve()`` has
    entry.

    Examples
    --------
    >>> entry_periods(0.1, 0.5)
    3.0
    >>> entry_periods(0.25, 0.5)
    2.0
    >>> entry_periods(0.125 * (1 + 1e-11), 0.5)  # just above b^3: entrant 3 stays out
    2.0
    """
    delta = np.asarray(v.probability("prior", prior, open_low=True, open_high=True))
    bb = np.asarray(v.probability("b", b, open_low=True, open_high=True))
    log_delta = np.log(delta)

    def possible(k: np.ndarray) -> np.ndarray:
        # entrant k may enter iff delta < b^k, or delta = b^k to the strategy's tolerance
        log_bar = _log_bar(bb, k)
        return (log_delta < log_bar) | _at_bar(log_delta, log_bar)

    # floor(ln delta / ln b) can be off by one at a tie: step to the exact answer.
    count = np.floor(log_delta / np.log(bb))
    count = np.where(possible(count + 1.0), count + 1.0, count)
    count = np.where((count >= 1.0) & ~possible(count), count - 1.0, count)
    return _out(count)


@dataclass(frozen=True)
class ChainStoreSolution:
    """The chain-store equilibrium along its path of play.

    Attributes
    ----------
    entry_periods
        How many of the final periods can see entry: ``min(N, floor(ln δ / ln b))``,
        counted as the periods in which ``entry_probability`` is positive.
    first_possible_entry
        The first period (counting 1..N from the start) in which an entrant
        may enter, or ``None`` if none ever does.
    entry_probability
        Shape ``(N,)``, in calendar order: the probability that entry occurs
        in each period (over the incumbent's type and every mixed move).
    fight_probability
        Shape ``(N,)``: the probability that there is entry and a fight.
    """

    entry_periods: int
    first_possible_entry: int | None
    entry_probability: np.ndarray
    fight_probability: np.ndarray


@dataclass(frozen=True)
class ChainStore:
    """The chain-store game (R2), after Kreps & Wilson (1982).

    Parameters
    ----------
    periods
        :math:`N \\ge 1` entrants, one per period.
    a
        :math:`a > 1`: the weak incumbent's gain when an entrant stays out.
    b
        :math:`b \\in (0, 1)`: an entrant's gain when accommodated (:math:`b-1` if fought).
    prior
        :math:`\\delta \\in (0, 1)`: the prior that the incumbent is tough.

    Examples
    --------
    >>> sol = ChainStore(periods=10, a=2.0, b=0.5, prior=0.1).solve()
    >>> sol.entry_periods, sol.first_possible_entry
    (3, 8)
    """

    periods: int
    a: float
    b: float
    prior: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "periods", v.integer("periods", self.periods, ge=1))
        object.__setattr__(self, "a", v.scalar("a", self.a, gt=1.0))
        for name in ("b", "prior"):
            value = v.scalar(
                name, getattr(self, name), v.probability, open_low=True, open_high=True
            )
            object.__setattr__(self, name, value)

    def solve(self) -> ChainStoreSolution:
        """Follow the equilibrium forward: exact probabilities of entry and fights by period.

        The entrants' belief takes finitely many values on the path
        (:math:`\\delta`, :math:`b^j` or 0), so the state distribution is
        tracked exactly, split by the incumbent's true type.
        """
        n = self.periods
        # states: (tough?, belief) -> probability
        states: dict[tuple[bool, float], float] = {(True, self.prior): self.prior}
        states[(False, self.prior)] = 1.0 - self.prior
        entry = np.zeros(n)
        fight = np.zeros(n)
        for t in range(n):
            k = n - t
            nxt: dict[tuple[bool, float], float] = {}

            def add(key: tuple[bool, float], mass: float, store: dict = nxt) -> None:
                if mass > 0.0:
                    store[key] = store.get(key, 0.0) + mass

            for (tough, p), mass in states.items():
                stay = float(entrant_stay_out_probability(p, k, self.a, self.b))
                add((tough, p), mass * stay)
                enters = mass * (1.0 - stay)
                entry[t] += enters
                fights = 1.0 if tough else float(weak_fight_probability(p, k, self.b))
                fight[t] += enters * fights
                add((tough, float(belief_after_fight(p, k, self.b))), enters * fights)
                add((tough, 0.0), enters * (1.0 - fights))
            states = nxt
        # Read the window off the probabilities themselves, so the summary can
        # never disagree with them (entry_periods() applies the same tie rule).
        has_entry = np.flatnonzero(entry > 0.0)
        periods = int(has_entry.size)
        first = int(has_entry[0]) + 1 if periods > 0 else None
        return ChainStoreSolution(
            entry_periods=periods,
            first_possible_entry=first,
            entry_probability=entry,
            fight_probability=fight,
        )
