r"""Domestic politics and credibility (B1): veto players, ratification and drift in support.

A stylised model after Martin (2000) and Leeds, Mattes & Vogel (2009). The
notation and closed forms are ours (a reconstruction for teaching), not these
authors' models.

Players and timing
------------------
A **guarantor** state makes a commitment that its own domestic institutions
must approve now and carry out later.

1. **Ratification.** Domestic support for the commitment is
   :math:`S_0 \in [0, 1]`. The treaty comes into force only if
   :math:`S_0 \ge r`, the ratification threshold (:math:`r = 2/3` for the
   two-thirds of senators present that Article II of the US Constitution
   requires).
2. **Drift.** A crisis comes :math:`t > 0` years later. By then the support
   of each of :math:`k` **veto players** (a legislature, a coalition partner,
   a court, a selectorate) has drifted:
   :math:`S_j = S_0 + \sigma\sqrt{t}\, Z_j` with :math:`Z_j` independent
   standard normal draws and volatility :math:`\sigma > 0`.
3. **Honouring.** The guarantor honours the commitment iff every veto player
   still backs it: :math:`S_j \ge m_j` for every :math:`j`, where
   :math:`m_j \in [0, 1]` is player :math:`j`'s threshold.

Credibility
-----------
Since :math:`P(S_j \ge m_j) = \Phi((S_0 - m_j)/(\sigma\sqrt t))` and the draws
are independent, the probability that the guarantor honours the commitment is

.. math::

    q = \prod_{j=1}^{k} \Phi\!\left(\frac{S_0 - m_j}{\sigma\sqrt t}\right)

(:func:`credibility`, with a common threshold :math:`m`:
:math:`q = \Phi((S_0 - m)/(\sigma\sqrt t))^k`).

* **More veto players or higher thresholds lower** :math:`q`: each extra
  factor is at most 1.
* :math:`q` **rises in** :math:`S_0`.
* **The long run.** As :math:`t \to \infty` every argument goes to 0 and
  :math:`q \to 2^{-k}` (:func:`long_run_credibility`). If :math:`S_0 > m_j`
  for every :math:`j`, each factor falls towards 1/2: support **decays**. If
  :math:`S_0 < m_j` for every :math:`j`, drift *raises* :math:`q` towards
  :math:`2^{-k}`: a commitment nobody backs today may be backed tomorrow
  (:func:`support_trend`).
* **Democracy as low volatility.** Leeds, Mattes & Vogel (2009) find that
  changes in a leader's supporting coalition predict early abrogation of
  alliances in non-democracies but not in democracies. Read as a smaller
  :math:`\sigma`, democratic institutions slow the decay when
  :math:`S_0 > m_j` for every :math:`j`; when :math:`S_0 < m_j`, a smaller
  :math:`\sigma` lowers :math:`q` instead.

Selection by ratification
-------------------------
If support at signing is spread evenly, :math:`S_0 \sim U[0, 1]`, only the
commitments with :math:`S_0 \ge r` exist, and their expected credibility is

.. math::

    E[q \mid \text{ratified}] = \frac{1}{1 - r}\int_r^1
        \prod_{j} \Phi\!\left(\frac{s - m_j}{\sigma\sqrt t}\right) ds

(:func:`expected_credibility_if_ratified`, by ``scipy.integrate.quad``).
Because the integrand rises in :math:`s`, this average rises in :math:`r`: a
supermajority requirement screens out weakly supported treaties, so the
treaties that survive it are more credible (Martin's argument that legislative
participation makes commitments more credible, in a simple form). The price is
that fewer treaties are ratified at all, with probability :math:`1 - r`.

Burden sharing (optional link)
------------------------------
Support may depend on whether the protégé pulls its weight:
:math:`S_0 = \operatorname{clip}(s_0 + \beta(d_P/Y_P - g^*), 0, 1)` with a
base level :math:`s_0`, sensitivity :math:`\beta > 0`, the protégé's defence
spending :math:`d_P`, its output :math:`Y_P` and an agreed benchmark
:math:`g^*` such as a 2%-of-GDP guideline (:func:`support_from_burden_sharing`).
Then :math:`q` rises in the protégé's own effort :math:`d_P`, so free riding
lowers the guarantee's credibility.

What the model cannot show
--------------------------
Support drifts as a random walk with no cause: no elections, events, leaders
or persuasion, and the veto players' drifts are independent, although real
domestic opinion moves together. The guarantor has no agency: it cannot build
support, tie its own hands or write escape clauses. The challenger and the
protégé do not react to :math:`q`. The uniform spread of support at signing
is an assumption, not an estimate.

References
----------
* Martin, L. L. (2000). *Democratic Commitments: Legislatures and
  International Cooperation*. Princeton, NJ: Princeton University Press.
* Leeds, B. A., Mattes, M., & Vogel, J. S. (2009). Interests, institutions,
  and the reliability of international commitments. *American Journal of
  Political Science*, 53(2), 461–476.
* Tsebelis, G. (2002). *Veto Players: How Political Institutions Work*.
  Princeton, NJ: Princeton University Press.

Examples
--------
>>> model = DomesticCommitment(initial_support=0.8, volatility=0.1, years=4.0,
...                            thresholds=(0.6, 0.6), ratification_threshold=2 / 3)
>>> outcome = model.solve()
>>> outcome.ratified, round(outcome.credibility, 4), outcome.long_run_credibility
(True, 0.7079, 0.25)
>>> outcome.trend
'decay'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import integrate, stats

from guaranteelab import _validate as v
from guaranteelab._validate import Number

__all__ = [
    "DomesticCommitment",
    "DomesticOutcome",
    "credibility",
    "expected_credibility_if_ratified",
    "is_ratified",
    "long_run_credibility",
    "support_from_burden_sharing",
    "support_trend",
]


def _players(veto_players: object) -> int:
    return v.integer("veto_players", veto_players, ge=1)


def _product(support: np.ndarray, thresholds: Sequence[float], scale: np.ndarray) -> np.ndarray:
    """:math:`\\prod_j \\Phi((S_0 - m_j)/\\text{scale})`, broadcasting over support and scale."""
    result = np.ones(np.broadcast(support, scale).shape)
    for m in thresholds:
        result = result * stats.norm.cdf((support - m) / scale)
    return result


def credibility(
    initial_support: object,
    threshold: object,
    volatility: object,
    years: object,
    veto_players: int = 1,
) -> Number:
    r"""The probability the guarantor honours the commitment, :math:`q = \Phi((S_0 - m)/(\sigma\sqrt t))^k`.

    Every veto player has the same threshold :math:`m`; for different
    thresholds use :class:`DomesticCommitment`.

    Parameters
    ----------
    initial_support : float or array
        :math:`S_0 \in [0, 1]`, support at ratification.
    threshold : float or array
        :math:`m \in [0, 1]`, the support each veto player needs.
    volatility : float or array
        :math:`\sigma > 0`, the yearly standard deviation of the drift.
    years : float or array
        :math:`t > 0`, the years between ratification and the crisis.
    veto_players : int
        :math:`k \ge 1`.

    Returns
    -------
    float or numpy.ndarray
        :math:`q \in (0, 1)`.

    Examples
    --------
    >>> round(credibility(0.8, 0.6, volatility=0.1, years=4.0), 4)
    0.8413
    >>> credibility(0.6, 0.6, volatility=0.1, years=4.0, veto_players=3)
    0.125
    """
    s = v.probability("initial_support", initial_support)
    m = v.probability("threshold", threshold)
    sigma = v.positive("volatility", volatility)
    t = v.positive("years", years)
    k = _players(veto_players)
    scale = np.asarray(sigma) * np.sqrt(t)
    return v.as_result(stats.norm.cdf((np.asarray(s) - m) / scale) ** k)


def long_run_credibility(veto_players: object) -> Number:
    r"""The limit of :math:`q` as :math:`t \to \infty`, :math:`2^{-k}`.

    Examples
    --------
    >>> long_run_credibility(2)
    0.25
    """
    return 2.0 ** -_players(veto_players)


def support_trend(initial_support: object, threshold: object) -> str:
    r"""How :math:`q` moves as years pass: ``"decay"``, ``"drift-up"``, ``"constant"`` or ``"mixed"``.

    ``threshold`` may be one number or a sequence of the veto players'
    thresholds. ``"decay"``: :math:`S_0 > m_j` for every :math:`j`, so
    :math:`q` falls towards :math:`2^{-k}`; ``"drift-up"``: :math:`S_0 < m_j`
    for every :math:`j`, so :math:`q` rises towards it; ``"constant"``:
    :math:`S_0 = m_j` for every :math:`j` and :math:`q = 2^{-k}` throughout;
    ``"mixed"``: anything else.

    Examples
    --------
    >>> support_trend(0.4, 0.6), support_trend(0.7, (0.6, 0.5))
    ('drift-up', 'decay')
    """
    s = v.scalar("initial_support", initial_support, v.probability)
    thresholds = np.atleast_1d(v.probability("threshold", threshold))
    if thresholds.size == 0:
        raise ValueError("threshold must hold at least one veto player's threshold; got none")
    if np.all(s > thresholds):
        return "decay"
    if np.all(s < thresholds):
        return "drift-up"
    if np.all(s == thresholds):
        return "constant"
    return "mixed"


def is_ratified(initial_support: object, ratification_threshold: object) -> bool | np.ndarray:
    r"""Whether the treaty comes into force, :math:`S_0 \ge r`.

    Examples
    --------
    >>> is_ratified(0.6, 2 / 3), is_ratified(0.7, 2 / 3)
    (False, True)
    """
    s = v.probability("initial_support", initial_support)
    r = v.probability("ratification_threshold", ratification_threshold, open_high=True)
    return v.as_result(np.asarray(s) >= r)


def _expected(r: float, thresholds: Sequence[float], scale: float) -> float:
    """(1 - r)^{-1} times the integral of the product over [r, 1], by quad."""
    breaks = [m for m in thresholds if r < m < 1.0]
    value, _ = integrate.quad(
        lambda s: float(_product(np.asarray(s), thresholds, np.asarray(scale))),
        r,
        1.0,
        points=breaks or None,
        epsabs=1e-12,
        epsrel=1e-10,
        limit=200,
    )
    return value / (1.0 - r)


def expected_credibility_if_ratified(
    ratification_threshold: object,
    threshold: object,
    volatility: object,
    years: object,
    veto_players: int = 1,
) -> Number:
    r"""Expected credibility of a ratified treaty when :math:`S_0 \sim U[0, 1]`.

    .. math::

        E[q \mid S_0 \ge r] = \frac{1}{1 - r}\int_r^1
            \Phi\!\left(\frac{s - m}{\sigma\sqrt t}\right)^k ds,

    computed with ``scipy.integrate.quad`` at each point of the broadcast
    arguments. It rises in :math:`r`: the selection effect of supermajorities.

    Parameters
    ----------
    ratification_threshold : float or array
        :math:`r \in [0, 1)`.
    threshold, volatility, years, veto_players
        As in :func:`credibility`.

    Returns
    -------
    float or numpy.ndarray

    Examples
    --------
    >>> round(expected_credibility_if_ratified(0.0, 0.5, volatility=0.1, years=1.0), 4)
    0.5
    >>> round(expected_credibility_if_ratified(2 / 3, 0.6, 0.1, 4.0, veto_players=2), 4)
    0.7372
    """
    r = v.probability("ratification_threshold", ratification_threshold, open_high=True)
    m = v.probability("threshold", threshold)
    sigma = v.positive("volatility", volatility)
    t = v.positive("years", years)
    k = _players(veto_players)
    arrays = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (r, m, sigma, t)))
    result = np.empty(arrays[0].shape)
    for index in np.ndindex(result.shape):
        ri, mi, si, ti = (float(a[index]) for a in arrays)
        result[index] = _expected(ri, (mi,) * k, si * math.sqrt(ti))
    return v.as_result(result)


def support_from_burden_sharing(
    protege_defence: object,
    protege_output: object,
    base_support: object,
    sensitivity: object,
    benchmark: object = 0.02,
) -> Number:
    r"""Initial support tied to the protégé's effort, :math:`S_0 = \operatorname{clip}(s_0 + \beta(d_P/Y_P - g^*), 0, 1)`.

    Parameters
    ----------
    protege_defence : float or array
        :math:`d_P \ge 0`, the protégé's defence spending.
    protege_output : float or array
        :math:`Y_P > 0`, its output (GDP), in the same units.
    base_support : float or array
        :math:`s_0 \in [0, 1]`, support when the protégé meets the benchmark.
    sensitivity : float or array
        :math:`\beta > 0`, how strongly support answers the spending gap.
    benchmark : float or array
        :math:`g^* \in [0, 1]`, the share of output the guarantor's public expects the protégé
        to spend, such as an agreed guideline (0.02 for 2%).

    Returns
    -------
    float or numpy.ndarray
        :math:`S_0 \in [0, 1]`.

    Examples
    --------
    >>> round(support_from_burden_sharing(1.0, 100.0, base_support=0.7, sensitivity=10.0), 4)
    0.6
    >>> support_from_burden_sharing(10.0, 100.0, base_support=0.7, sensitivity=10.0)
    1.0
    """
    d = v.nonnegative("protege_defence", protege_defence)
    y = v.positive("protege_output", protege_output)
    s0 = v.probability("base_support", base_support)
    beta = v.positive("sensitivity", sensitivity)
    g = v.probability("benchmark", benchmark)
    return v.as_result(np.clip(np.asarray(s0) + beta * (np.asarray(d) / y - g), 0.0, 1.0))


@dataclass(frozen=True)
class DomesticOutcome:
    r"""What the domestic-commitment model predicts.

    Attributes
    ----------
    ratified : bool
        Whether :math:`S_0 \ge r`, so the treaty exists.
    credibility : float
        :math:`q`, the probability that every veto player still backs it at the crisis.
    long_run_credibility : float
        :math:`2^{-k}`, the limit as :math:`t \to \infty`.
    expected_credibility_if_ratified : float
        :math:`E[q \mid \text{ratified}]` with :math:`S_0 \sim U[0, 1]`.
    trend : str
        ``"decay"``, ``"drift-up"``, ``"constant"`` or ``"mixed"`` (see :func:`support_trend`).
    """

    ratified: bool
    credibility: float
    long_run_credibility: float
    expected_credibility_if_ratified: float
    trend: str


@dataclass(frozen=True)
class DomesticCommitment:
    r"""Veto players, ratification and drift in support (B1), after Martin (2000).

    Parameters
    ----------
    initial_support : float
        :math:`S_0 \in [0, 1]`.
    volatility : float
        :math:`\sigma > 0`.
    years : float
        :math:`t > 0`.
    thresholds : sequence of float
        :math:`m_j \in [0, 1]`, one per veto player (at least one).
    ratification_threshold : float
        :math:`r \in [0, 1)`.

    Raises
    ------
    ValueError
        If a parameter is out of range, NaN or infinite, naming it.

    Examples
    --------
    >>> DomesticCommitment(0.5, 0.1, 1.0, (0.6,), 0.0).solve().trend
    'drift-up'
    """

    initial_support: float
    volatility: float
    years: float
    thresholds: tuple[float, ...]
    ratification_threshold: float = 0.0

    def __post_init__(self) -> None:
        for name, check, bounds in (
            ("initial_support", v.probability, {}),
            ("volatility", v.positive, {}),
            ("years", v.positive, {}),
            ("ratification_threshold", v.probability, {"open_high": True}),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check, **bounds))
        raw = self.thresholds
        if isinstance(raw, str) or not isinstance(raw, Sequence | np.ndarray):
            raw = (raw,)
        thresholds = tuple(v.scalar("thresholds", m, v.probability) for m in raw)
        if not thresholds:
            raise ValueError("thresholds must hold at least one veto player's threshold; got none")
        object.__setattr__(self, "thresholds", thresholds)

    @property
    def scale(self) -> float:
        r""":math:`\sigma\sqrt t`, the standard deviation of each veto player's drift."""
        return self.volatility * math.sqrt(self.years)

    @property
    def credibility(self) -> float:
        r""":math:`q = \prod_j \Phi((S_0 - m_j)/(\sigma\sqrt t))`."""
        return float(_product(np.asarray(self.initial_support), self.thresholds, self.scale))

    def credibility_over_time(self, years: object) -> Number:
        """:math:`q` at other crisis dates, holding everything else fixed (broadcasts)."""
        t = v.positive("years", years)
        scale = self.volatility * np.sqrt(t)
        return v.as_result(_product(np.asarray(self.initial_support), self.thresholds, scale))

    def solve(self) -> DomesticOutcome:
        """Evaluate ratification, credibility, its limit and the selection effect."""
        return DomesticOutcome(
            ratified=bool(self.initial_support >= self.ratification_threshold),
            credibility=self.credibility,
            long_run_credibility=long_run_credibility(len(self.thresholds)),
            expected_credibility_if_ratified=_expected(
                self.ratification_threshold, self.thresholds, self.scale
            ),
            trend=support_trend(self.initial_support, self.thresholds),
        )
