r"""Moral hazard in alliances: free riding, emboldened protégés and strategic ambiguity.

A guarantee changes the behaviour of the states it protects. This module holds
three stylised models of that, each a reconstruction of ours "after" its
sources (the notation and closed forms are ours, not the authors'):

* **M1, burden sharing** (after Olson and Zeckhauser 1966): defence is a
  public good of the alliance, so each member counts on the others' spending
  and the small free-ride on the large;
* **M2, emboldenment** (after Benson, Meirowitz and Ramsay 2014): the
  guarantor's support makes a protégé demand more of its rival, and
  insurance against the costs of war, not added capability, is what makes
  war more likely;
* **M3, commitment design** (after Benson 2012): strategic ambiguity versus a
  conditional commitment, when a guarantor must deter a challenger and
  restrain its own protégé at once ("dual deterrence").

M1. Alliance defence as a public good
-------------------------------------
*Players and choices.* Allies :math:`i = 1, \dots, n` with incomes
:math:`Y_i > 0` each choose defence :math:`d_i \ge 0`. All allies enjoy the
total :math:`D = \sum_i d_i`; ally :math:`i` consumes :math:`x_i = Y_i - d_i`.

*Payoffs.* :math:`u_i = (1 - \alpha_i) \ln x_i + \alpha_i \ln D` with a taste
for defence :math:`\alpha_i \in (0, 1)`. Write
:math:`\theta_i = (1 - \alpha_i)/\alpha_i`.

*Best response.* Maximising over :math:`d_i` given the others' total
:math:`D_{-i}` gives :math:`d_i = \max\{0, \alpha_i Y_i - (1 - \alpha_i) D_{-i}\}`
(:func:`public_good_best_response`).

*Nash equilibrium.* A contributor :math:`i \in S` satisfies
:math:`d_i = Y_i - \theta_i D`, so summing over :math:`S`,

.. math:: D = \frac{\sum_{i \in S} Y_i}{1 + \sum_{i \in S} \theta_i},
          \qquad i \in S \iff Y_i > \theta_i D .

Equivalently :math:`D` is the unique root of
:math:`D = \sum_i \max\{0, Y_i - \theta_i D\}`, whose right side is
decreasing in :math:`D`; so the equilibrium exists and is unique (Bergstrom,
Blume and Varian 1986). Because :math:`\sum_i \max\{0, Y_i - \theta_i D\}` is
the maximum over all sets :math:`S` of :math:`\sum_{i \in S}(Y_i - \theta_i D)`,
the root is the *largest* of the candidate totals
:math:`D_S = \sum_S Y_i / (1 + \sum_S \theta_i)`, and the largest is reached
by a set of the top :math:`k` allies ranked by :math:`Y_i/\theta_i`. The
solver (:func:`nash_total_defence`) therefore sorts once, forms the :math:`n`
candidates with cumulative sums, and takes their maximum. This is the
specification's contributor-set algorithm written so that it cannot fail at
a knife edge (:math:`D = Y_j/\theta_j` exactly): the total is the same
whichever side such an ally is counted on, and allies tied in
:math:`Y_i/\theta_i` always fall on the same side. An ally on the knife edge
contributes zero; :func:`nash_contributions` sets its contribution to
exactly 0 when :math:`Y_j \le \theta_j D (1 + 10^{-12})`, so that rounding in
:math:`D` cannot leave it a residue such as :math:`10^{-16}` and make it look
like a contributor. Cost: :math:`O(n \log n)`.

*Pareto benchmark.* With a common :math:`\alpha`, the Samuelson condition
(the allies' marginal rates of substitution sum to one) gives
:math:`D_{PO} = \alpha \sum_i Y_i`. For identical allies
:math:`D_N / D_{PO} = 1/(\alpha + n(1 - \alpha))`, which falls with :math:`n`
(:func:`underprovision_ratio`).

*Exploitation of the large by the small.* A contributor's burden is
:math:`d_i / Y_i = 1 - \theta_i D / Y_i`, rising in :math:`Y_i/\theta_i`;
allies with :math:`Y_i \le \theta_i D` contribute nothing. With a common
:math:`\alpha` the burden therefore rises with income. With tastes that
differ, a small ally that values defence highly can carry the load instead.

*Neutrality.* Moving income between contributors without changing the set
:math:`S` leaves :math:`D` unchanged (Bergstrom, Blume and Varian 1986): the
formula for :math:`D` depends only on the contributors' total income.

*Quasi-linear variant.* With :math:`u_i = x_i + \beta_i \ln D` the best
response is :math:`d_i = \max\{0, \beta_i - D_{-i}\}`, so
:math:`D = \max_i \beta_i`, paid entirely by the ally that values defence most
(:func:`quasi_linear_equilibrium`): the extreme of exploitation.

M2. Emboldenment
----------------
A protégé P demands a share :math:`y` of a good held by a rival R. R accepts,
or fights; in war P wins the whole good with probability
:math:`p(h) = \min\{1, p_0 + h\Delta\}` and pays
:math:`c_P(h) = c_{P0}(1 - \gamma h)`, where :math:`h \in [0, 1]` is the
guarantor's support, :math:`\Delta \ge 0` the capability it transfers and
:math:`\gamma \in [0, 1]` the share of P's war costs it insures. R's own war
cost is private, :math:`c_R \sim U[0, \bar c]`, so R accepts iff
:math:`c_R \ge y - p`. P maximises
:math:`\Pr(\text{accept})\, y + \Pr(\text{war})(p - c_P)`. That payoff is
concave in :math:`y` on :math:`[0, p + \bar c]` (linear up to :math:`p`, then
a concave quadratic); beyond :math:`p + \bar c` the rival always fights and the
payoff is flat at :math:`p - c_P`, which the concave part already reaches. So
the maximiser lies in :math:`[0, p + \bar c]` and is

.. math:: y^* = \min\{1, p + (\bar c - c_P)/2\} \text{ if } c_P < \bar c,
          \qquad y^* = p \text{ otherwise,}

and war comes with probability :math:`(y^* - p)/\bar c`. There are three
regimes (:func:`demand_regime`):

* **interior** (:math:`c_P < \bar c` and :math:`p + (\bar c - c_P)/2 \le 1`):
  :math:`\Pr(\text{war}) = (\bar c - c_P)/(2\bar c)`. This does not contain
  :math:`p`: a protégé made stronger asks for more, by just enough to keep the
  risk of war the same (the risk-return trade-off). Only the insurance
  :math:`\gamma` raises it;
* **corner** (:math:`c_P < \bar c` and :math:`p + (\bar c - c_P)/2 > 1`): P
  already demands the whole good, :math:`y^* = 1`, and
  :math:`\Pr(\text{war}) = (1 - p)/\bar c`. Now capability *lowers* the risk
  (the rival has less to gain from fighting) and insurance leaves it alone;
* **no war** (:math:`c_P \ge \bar c`): war costs P at least the rival's
  largest cost, so P asks only for its war value :math:`y^* = p` and the rival
  never fights.

As support rises, :math:`c_P` falls and :math:`p + (\bar c - c_P)/2` rises, so
the regimes can only come in the order no war, interior, corner: the war risk
is flat at zero, then rises with insurance (flat without it), then falls with
capability (flat without it). The
guarantor's exposure to being dragged in is :math:`h \cdot \Pr(\text{war})`.

M3. Commitment design
---------------------
A protégé P (think of Taiwan) may provoke (declare independence) or keep the
status quo; a challenger C (the PRC) then attacks or not; a guarantor G (the
United States) intervenes with probability :math:`h_U` after an unprovoked
attack and :math:`h_P` after a provoked one. **G is a commitment device**:
:math:`h_U` and :math:`h_P` are policies announced and kept, not choices G
re-optimises in the crisis, so the model asks which policy a guarantor should
commit to, not whether it would carry it out.

Payoffs (status quo 0 for all): C gets :math:`W_C^N > 0` from war without G,
:math:`W_C^I < 0` from war with G and :math:`-L_C < 0` from acquiescing to a
provocation; P gets :math:`I_P > 0` from an unopposed provocation,
:math:`W_P^I` (any sign) from war with G and :math:`W_P^N < 0` from war
alone. Backward induction gives three thresholds
(:func:`challenger_threshold`, :func:`acquiescence_threshold`,
:func:`protege_threshold`):

.. math:: h_C = \frac{W_C^N}{W_C^N - W_C^I}, \quad
          \bar h_C = \frac{W_C^N + L_C}{W_C^N - W_C^I}, \quad
          h_T = \frac{-W_P^N}{W_P^I - W_P^N}\ (\infty \text{ if } W_P^I \le W_P^N).

C is deterred from an unprovoked attack iff :math:`h_U \ge h_C`; after a
provocation C acquiesces iff :math:`h_P \ge \bar h_C`; P prefers a war it
provoked to the status quo iff :math:`h_P > h_T` (ties go to not acting).
P provokes whenever C would acquiesce (:math:`I_P > 0`), so **the status quo
holds iff** :math:`h_U \ge h_C`, :math:`h_P \le h_T` **and**
:math:`h_P < \bar h_C`.

* *Ambiguity* (:math:`h_U = h_P = h`) works iff the window
  :math:`\{h \le 1: h_C \le h \le h_T,\ h < \bar h_C\}` is not empty
  (:meth:`CommitmentDesign.ambiguity_window`);
* *clarity* (:math:`h = 1`) keeps the status quo only if :math:`\bar h_C > 1`
  and :math:`h_T \ge 1`; otherwise it emboldens P;
* *no commitment* (:math:`h = 0`) invites an attack, since :math:`W_C^N > 0`;
* a *conditional* commitment, under which G intervenes unless it detected a
  provocation (detected with probability :math:`\tau`), sets
  :math:`h_U = 1` and :math:`h_P = 1 - \tau`; it works iff
  :math:`\tau \ge 1 - h_T` and :math:`\tau > 1 - \bar h_C`
  (:func:`minimum_observability`), and always at :math:`\tau = 1`.

*Ties in floating point.* On a threshold the model's tie-breaking rule
decides (C does not attack, C gives in, P does not provoke). But a policy set
exactly on a threshold, say :math:`h = h_T`, can land one rounding error
(:math:`10^{-16}`) on either side of it when P's war payoff is computed
directly, and so come out on the wrong side of the tie. Every function here
therefore decides by comparing with the thresholds, and counts values within
:math:`10^{-12}` of a threshold as equal to it (P's two war payoffs likewise,
relative to their size). The outcome, :func:`status_quo_holds`, the ambiguity
window and the least observability then agree with each other at every knife
edge. They also agree with exact rational arithmetic whenever a policy lies
either on a threshold or more than :math:`10^{-12}` away from it, as every
policy on the labs' slider grids does; a policy strictly inside that margin
is treated as a tie. A conditional commitment is decided on :math:`\tau` itself
(:math:`\tau \ge 1 - h_T`, :math:`\tau > 1 - \bar h_C`), never through the
rounded :math:`h_P = 1 - \tau`.

What the models cannot show
---------------------------
A note on the specification (MODELS.md, M1): its algorithm is implemented in
the equivalent form "the largest top-k candidate total", which needs no
tolerance to find the total; only the list of contributors uses a relative
margin of :math:`10^{-12}` at the knife edge. Everything else follows the
specification.

M1 treats defence as a pure public good; real defence spending also buys
private goods (forces for a member's own territory, prestige, industry), the
joint-product view of Sandler and Hartley (2001), which weakens free riding.
It has no threat that differs by member, no bargaining over the burden and no
pledge like NATO's 2% guideline. M2 has one round of bargaining and a uniform
prior. M3 fixes the guarantor's policy; whether a guarantor can commit to
intervene with a probability, and how the others learn it, is assumed away.

References
----------
Benson, B. V. (2011). Unpacking alliances: deterrent and compellent alliances
and their relationship with conflict, 1816–2000. *Journal of Politics*
73(4): 1111–1127.

Benson, B. V. (2012). *Constructing International Security: Alliances,
Deterrence, and Moral Hazard*. Cambridge: Cambridge University Press.

Benson, B. V., Meirowitz, A. and Ramsay, K. W. (2014). Inducing deterrence
through moral hazard in alliance contracts. *Journal of Conflict Resolution*
58(2): 307–335.

Bergstrom, T., Blume, L. and Varian, H. (1986). On the private provision of
public goods. *Journal of Public Economics* 29: 25–49.

Fang, S., Johnson, J. C. and Leeds, B. A. (2014). To concede or to resist?
The restraining effect of military alliances. *International Organization*
68(4): 775–809.

Olson, M. and Zeckhauser, R. (1966). An economic theory of alliances.
*Review of Economics and Statistics* 48(3): 266–279.

Sandler, T. and Hartley, K. (2001). Economics of alliances: the lessons for
collective action. *Journal of Economic Literature* 39(3): 869–896.

Examples
--------
Three allies, the largest twice the size of the others:

>>> from guaranteelab.moral_hazard import PublicGoodAlliance
>>> result = PublicGoodAlliance(incomes=(50, 25, 25), alphas=0.5).solve()
>>> round(result.total, 3), result.contributors
(25.0, (0,))
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from guaranteelab import _validate as v
from guaranteelab._validate import Number

__all__ = [
    "AllianceEquilibrium",
    "AmbiguityWindow",
    "CommitmentDesign",
    "CommitmentOutcome",
    "CommitmentThresholds",
    "EmboldenmentModel",
    "EmboldenmentOutcome",
    "ObservabilityThreshold",
    "PublicGoodAlliance",
    "QuasiLinearEquilibrium",
    "acquiescence_threshold",
    "best_response_iteration",
    "challenger_threshold",
    "commitment_outcomes",
    "conditional_outcomes",
    "demand_regime",
    "entanglement_exposure",
    "identical_allies_total",
    "minimum_observability",
    "nash_contributions",
    "nash_total_defence",
    "optimal_demand",
    "protege_threshold",
    "protege_war_cost",
    "provoked_support",
    "public_good_best_response",
    "quasi_linear_equilibrium",
    "ranked_incomes",
    "status_quo_holds",
    "underprovision_ratio",
    "war_probability",
    "win_probability",
]


# ---------------------------------------------------------------------------
# M1. Alliance defence as a public good

#: Relative margin below which an ally with :math:`Y_i \approx \theta_i D` counts as
#: sitting exactly on the knife edge (and so contributes zero).
_KNIFE_EDGE = 1e-12


def _tastes(alpha: object, name: str = "alpha") -> float | np.ndarray:
    return v.real(name, alpha, gt=0.0, lt=1.0)


def public_good_best_response(
    income: float | np.ndarray, alpha: float | np.ndarray, others_defence: float | np.ndarray
) -> float | np.ndarray:
    r"""An ally's best defence given what the others spend: :math:`\max\{0, \alpha Y - (1-\alpha) D_{-i}\}`.

    Parameters
    ----------
    income
        The ally's income :math:`Y_i > 0`.
    alpha
        Its taste for defence, in (0, 1).
    others_defence
        The other allies' total defence :math:`D_{-i} \ge 0`.

    Returns
    -------
    float or numpy.ndarray
        The best response; broadcasts over array arguments.

    Examples
    --------
    >>> public_good_best_response(100, 0.5, 20)
    40.0
    >>> public_good_best_response(100, 0.5, 120)
    0.0
    """
    y = v.positive("income", income)
    a = _tastes(alpha)
    others = v.nonnegative("others_defence", others_defence)
    response = np.maximum(0.0, a * y - (1.0 - a) * others)
    return float(response) if np.ndim(response) == 0 else response


def _alliance_arrays(incomes: object, alphas: object) -> tuple[np.ndarray, np.ndarray]:
    y = np.atleast_1d(np.asarray(v.positive("incomes", incomes), dtype=float))
    if y.shape[-1] == 0:
        raise ValueError(f"incomes must hold at least one ally; got shape {y.shape}")
    a = np.asarray(_tastes(alphas, "alphas"), dtype=float)
    try:
        y, a = np.broadcast_arrays(y, a)
    except ValueError:
        raise ValueError(
            f"alphas must be one number or one per ally; got shape {a.shape} for incomes of "
            f"shape {y.shape}"
        ) from None
    return y, a


def nash_total_defence(incomes: object, alphas: object) -> float | np.ndarray:
    r"""Total defence :math:`D` in the unique Nash equilibrium, for one alliance or many.

    The allies run along the **last** axis: ``incomes`` of shape ``(n,)`` is
    one alliance of ``n``; shape ``(1000, 1000, 5)`` is a million alliances of
    five, solved in one call. ``alphas`` is a number or broadcasts against
    ``incomes``.

    Method: :math:`D = \max_k \sum_{j \le k} Y_{(j)} / (1 + \sum_{j \le k} \theta_{(j)})`
    over the allies ranked by :math:`Y_i/\theta_i` (see the module docstring
    for why the maximum is the equilibrium).

    Examples
    --------
    The five-ally worked example of the notebook (common :math:`\alpha = 2/3`):

    >>> nash_total_defence([40, 30, 15, 10, 5], 2 / 3)
    35.0
    >>> nash_total_defence([[10, 10], [30, 10]], 0.5).round(3).tolist()
    [6.667, 15.0]
    """
    y, a = _alliance_arrays(incomes, alphas)
    theta = (1.0 - a) / a
    order = np.argsort(-(y / theta), axis=-1, kind="stable")
    y_sorted = np.take_along_axis(y, order, axis=-1)
    theta_sorted = np.take_along_axis(theta, order, axis=-1)
    candidates = np.cumsum(y_sorted, axis=-1) / (1.0 + np.cumsum(theta_sorted, axis=-1))
    total = candidates.max(axis=-1)
    return float(total) if np.ndim(total) == 0 else total


def nash_contributions(incomes: object, alphas: object) -> np.ndarray:
    r"""Each ally's equilibrium defence :math:`d_i = \max\{0, Y_i - \theta_i D\}`.

    Same shapes as :func:`nash_total_defence`; the result has the shape of
    ``incomes`` (broadcast with ``alphas``). An ally on the knife edge
    :math:`Y_i = \theta_i D` (to a relative :math:`10^{-12}`, the size of the
    rounding in :math:`D`) contributes exactly zero, as the exact equilibrium
    says; without that margin it could be left with a residue such as
    :math:`10^{-16}` and be listed as a contributor.

    Examples
    --------
    >>> nash_contributions([40, 30, 15, 10, 5], 2 / 3).round(6).tolist()
    [22.5, 12.5, 0.0, 0.0, 0.0]

    An ally exactly on the knife edge (the first: :math:`Y = 3`,
    :math:`\theta = 1/4`, :math:`D = 12`) pays nothing:

    >>> nash_contributions([3, 24, 20, 16, 14], [0.8, 0.1, 0.6, 0.2, 0.3]).tolist()
    [0.0, 0.0, 12.0, 0.0, 0.0]
    """
    y, a = _alliance_arrays(incomes, alphas)
    theta = (1.0 - a) / a
    total = np.asarray(nash_total_defence(y, a))[..., np.newaxis]
    # An ally at the knife edge Y_i = theta_i D contributes zero; the relative
    # margin stops rounding in D from leaving a residue such as 1e-16 there.
    edge = theta * total
    return np.where(y > edge * (1.0 + _KNIFE_EDGE), y - edge, 0.0)


def underprovision_ratio(n_allies: object, alpha: object) -> float | np.ndarray:
    r"""Nash over Pareto defence for ``n`` identical allies: :math:`1/(\alpha + n(1-\alpha))`.

    Parameters
    ----------
    n_allies
        Number of allies, at least 1 (arrays allowed; need not be whole for a smooth plot).
    alpha
        The common taste for defence, in (0, 1).

    Examples
    --------
    >>> underprovision_ratio(1, 0.3)
    1.0
    >>> round(underprovision_ratio(2, 0.5), 4)
    0.6667
    """
    n = v.real("n_allies", n_allies, ge=1.0)
    a = _tastes(alpha)
    return 1.0 / (a + n * (1.0 - a))


def identical_allies_total(n_allies: object, income: object, alpha: object) -> float | np.ndarray:
    r"""Nash total defence of ``n`` identical allies: :math:`nY/(1 + n\theta)`.

    Examples
    --------
    >>> round(identical_allies_total(2, 10, 0.5), 4)
    6.6667
    """
    n = v.real("n_allies", n_allies, ge=1.0)
    y = v.positive("income", income)
    a = _tastes(alpha)
    return n * y / (1.0 + n * (1.0 - a) / a)


def ranked_incomes(n_allies: int, inequality: float, total: float = 100.0) -> np.ndarray:
    r"""Incomes of ``n`` allies falling with rank: :math:`Y_i \propto i^{-s}`, summing to ``total``.

    ``inequality`` :math:`s = 0` makes the allies equal; :math:`s = 1` is
    Zipf's law (the second ally half the first, the third a third);
    larger values concentrate income in the largest ally.

    Examples
    --------
    >>> ranked_incomes(3, 0.0).round(3).tolist()
    [33.333, 33.333, 33.333]
    >>> ranked_incomes(2, 1.0, total=30).tolist()
    [20.0, 10.0]
    """
    n = v.integer("n_allies", n_allies, ge=1)
    s = v.real("inequality", inequality, ge=0.0, le=10.0)
    t = v.positive("total", total)
    weights = np.arange(1, n + 1, dtype=float) ** (-s)
    return t * weights / weights.sum()


def best_response_iteration(
    incomes: object,
    alphas: object,
    *,
    start: object | None = None,
    tolerance: float = 1e-12,
    max_rounds: int = 100_000,
) -> np.ndarray:
    """Equilibrium contributions found by letting the allies best-respond in turn.

    Each round every ally, one after another (Gauss–Seidel order), replaces
    its defence by its best response to the others' current total. This is
    slow and approximate; it exists as an independent check on
    :func:`nash_contributions` and as the baseline of the benchmark.

    Raises
    ------
    RuntimeError
        If no fixed point within ``tolerance`` is reached in ``max_rounds``.

    Examples
    --------
    >>> best_response_iteration([40, 30, 15, 10, 5], 2 / 3).round(6).tolist()
    [22.5, 12.5, 0.0, 0.0, 0.0]
    """
    y, a = _alliance_arrays(incomes, alphas)
    if y.ndim != 1:
        raise ValueError(f"incomes must be one alliance (a 1-D list); got shape {y.shape}")
    tol = v.positive("tolerance", tolerance)
    rounds = v.integer("max_rounds", max_rounds, ge=1)
    d = (
        np.zeros_like(y)
        if start is None
        else np.asarray(v.nonnegative("start", start), dtype=float).copy()
    )
    if d.shape != y.shape:
        raise ValueError(f"start must have one entry per ally ({y.size}); got shape {d.shape}")
    d = np.minimum(d, y)
    ay, one_minus = (a * y).tolist(), (1.0 - a).tolist()
    values = d.tolist()
    total = sum(values)
    for _ in range(rounds):
        change = 0.0
        for i in range(len(values)):
            others = total - values[i]
            new = ay[i] - one_minus[i] * others
            new = new if new > 0.0 else 0.0
            change = max(change, abs(new - values[i]))
            total = others + new
            values[i] = new
        if change <= tol * max(1.0, total):
            return np.array(values)
    raise RuntimeError(f"best-response iteration did not converge in {rounds} rounds")


@dataclass(frozen=True)
class AllianceEquilibrium:
    """The Nash equilibrium of a :class:`PublicGoodAlliance`.

    Attributes
    ----------
    contributions
        Each ally's defence :math:`d_i`, in the order the incomes were given.
    total
        Total defence :math:`D`.
    contributors
        Indices of the allies that spend a positive amount.
    burdens
        Defence as a share of income, :math:`d_i / Y_i`.
    shares
        Each ally's share of the alliance's total, :math:`d_i / D`.
    pareto_total
        The Pareto-efficient total :math:`\\alpha \\sum Y_i`, or ``None`` when
        the allies' tastes differ (the benchmark then depends on who pays).
    """

    contributions: tuple[float, ...]
    total: float
    contributors: tuple[int, ...]
    burdens: tuple[float, ...]
    shares: tuple[float, ...]
    pareto_total: float | None

    @property
    def efficiency(self) -> float | None:
        """Nash total over the Pareto total (``None`` with differing tastes)."""
        return None if self.pareto_total is None else self.total / self.pareto_total


@dataclass(frozen=True)
class PublicGoodAlliance:
    """Alliance defence as a public good, after Olson and Zeckhauser (1966).

    Parameters
    ----------
    incomes
        Each ally's income, all positive (at least one ally).
    alphas
        The taste for defence in (0, 1): one number shared by all allies or
        one per ally.

    Examples
    --------
    >>> alliance = PublicGoodAlliance(incomes=(40, 30, 15, 10, 5), alphas=2 / 3)
    >>> eq = alliance.solve()
    >>> eq.contributors, round(eq.total, 6), round(eq.pareto_total, 3)
    ((0, 1), 35.0, 66.667)
    >>> [round(b, 4) for b in eq.burdens]
    [0.5625, 0.4167, 0.0, 0.0, 0.0]
    """

    incomes: Sequence[float]
    alphas: float | Sequence[float] = 0.5
    _y: np.ndarray = field(init=False, repr=False, compare=False)
    _a: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if np.ndim(self.incomes) != 1 or np.size(self.incomes) == 0:
            raise ValueError(f"incomes must be a non-empty list of numbers; got {self.incomes!r}")
        if np.ndim(self.alphas) > 1:
            raise ValueError(f"alphas must be a number or a list; got {self.alphas!r}")
        y, a = _alliance_arrays(self.incomes, self.alphas)
        object.__setattr__(self, "incomes", tuple(float(x) for x in y))
        object.__setattr__(
            self, "alphas", float(a[0]) if np.ndim(self.alphas) == 0 else tuple(map(float, a))
        )
        object.__setattr__(self, "_y", y)
        object.__setattr__(self, "_a", a)

    @property
    def n_allies(self) -> int:
        """Number of allies."""
        return len(self.incomes)

    @property
    def common_alpha(self) -> bool:
        """Whether every ally has the same taste for defence."""
        return bool(np.all(self._a == self._a[0]))

    def best_response(self, ally: int, others_defence: float) -> float:
        """Ally ``ally``'s best defence when the others spend ``others_defence`` in total."""
        i = v.integer("ally", ally, ge=0, le=self.n_allies - 1)
        return float(public_good_best_response(self._y[i], self._a[i], others_defence))

    def pareto_total(self) -> float:
        r"""The Pareto-efficient total :math:`\alpha \sum_i Y_i` (Samuelson condition).

        Raises
        ------
        ValueError
            If the allies' tastes differ: the efficient total then depends on
            how consumption is shared, and the model has no single benchmark.
        """
        if not self.common_alpha:
            raise ValueError("alphas must be common to all allies for the Pareto benchmark")
        return float(self._a[0] * self._y.sum())

    def solve(self) -> AllianceEquilibrium:
        """The unique Nash equilibrium (exact; see :func:`nash_total_defence`)."""
        total = float(nash_total_defence(self._y, self._a))
        d = nash_contributions(self._y, self._a)
        return AllianceEquilibrium(
            contributions=tuple(map(float, d)),
            total=total,
            contributors=tuple(int(i) for i in np.flatnonzero(d > 0.0)),
            burdens=tuple(map(float, d / self._y)),
            shares=tuple(map(float, d / total)),
            pareto_total=self.pareto_total() if self.common_alpha else None,
        )


@dataclass(frozen=True)
class QuasiLinearEquilibrium:
    """Nash equilibrium with quasi-linear utility :math:`x_i + \\beta_i \\ln D`.

    Attributes
    ----------
    contributions
        Each ally's defence; only ``payer`` spends.
    total
        :math:`D = \\max_i \\beta_i`.
    payer
        Index of the ally that values defence most.
    """

    contributions: tuple[float, ...]
    total: float
    payer: int


def quasi_linear_equilibrium(incomes: object, valuations: object) -> QuasiLinearEquilibrium:
    r"""Equilibrium when utility is :math:`x_i + \beta_i \ln D`: the top valuer pays for all.

    Parameters
    ----------
    incomes
        Each ally's income, all positive.
    valuations
        Each ally's :math:`\beta_i > 0`, one per ally.

    Raises
    ------
    ValueError
        If the largest valuation is shared (there is then a continuum of
        equilibria) or exceeds that ally's income (its budget binds).

    Examples
    --------
    >>> eq = quasi_linear_equilibrium([100, 50, 20], [30, 10, 5])
    >>> eq.total, eq.payer, eq.contributions
    (30.0, 0, (30.0, 0.0, 0.0))
    """
    y = np.atleast_1d(np.asarray(v.positive("incomes", incomes), dtype=float))
    b = np.atleast_1d(np.asarray(v.positive("valuations", valuations), dtype=float))
    if y.ndim != 1 or b.shape != y.shape:
        raise ValueError(f"valuations must have one entry per ally ({y.size}); got shape {b.shape}")
    top = int(np.argmax(b))
    if np.count_nonzero(b == b[top]) > 1:
        raise ValueError(
            f"valuations must have a unique largest value; {b[top]:g} is shared, which leaves "
            "a continuum of equilibria"
        )
    if y[top] < b[top]:
        raise ValueError(
            f"incomes of the top valuer ({y[top]:g}) must be at least its valuation ({b[top]:g})"
        )
    d = np.zeros_like(y)
    d[top] = b[top]
    return QuasiLinearEquilibrium(tuple(map(float, d)), float(b[top]), top)


# ---------------------------------------------------------------------------
# M2. Emboldenment


def win_probability(support: object, base_win: object, capability: object) -> float | np.ndarray:
    r"""The protégé's chance of winning a war, :math:`p(h) = \min\{1, p_0 + h\Delta\}`.

    Examples
    --------
    >>> win_probability(0.5, 0.4, 0.2)
    0.5
    >>> win_probability(1.0, 0.9, 0.5)
    1.0
    """
    h = v.probability("support", support)
    p0 = v.probability("base_win", base_win)
    delta = v.nonnegative("capability", capability)
    return v.as_result(np.minimum(1.0, p0 + h * delta))


def protege_war_cost(support: object, base_cost: object, insurance: object) -> float | np.ndarray:
    r"""The protégé's cost of war after the guarantor's share, :math:`c_P(h) = c_{P0}(1 - \gamma h)`.

    Examples
    --------
    >>> protege_war_cost(0.5, 0.4, 1.0)
    0.2
    """
    h = v.probability("support", support)
    c0 = v.positive("base_cost", base_cost)
    g = v.probability("insurance", insurance)
    return v.as_result(c0 * (1.0 - g * h))


def optimal_demand(win: object, protege_cost: object, rival_cost_max: object) -> float | np.ndarray:
    r"""The protégé's best demand :math:`y^*` against a rival with cost :math:`U[0, \bar c]`.

    :math:`y^* = \min\{1, p + (\bar c - c_P)/2\}` if :math:`c_P < \bar c`,
    else :math:`y^* = p` (asking more than its war value is not worth any risk).

    Parameters
    ----------
    win
        The protégé's probability :math:`p` of winning a war.
    protege_cost
        Its war cost :math:`c_P \ge 0`.
    rival_cost_max
        The top :math:`\bar c > 0` of the rival's uniform war cost.

    Examples
    --------
    >>> optimal_demand(0.4, 0.2, 0.6)
    0.6
    >>> optimal_demand(0.4, 0.8, 0.6)
    0.4
    """
    p = v.probability("win", win)
    c = v.nonnegative("protege_cost", protege_cost)
    cbar = v.positive("rival_cost_max", rival_cost_max)
    interior = np.minimum(1.0, p + (cbar - c) / 2.0)
    return v.as_result(np.where(c < cbar, interior, p))


#: The regimes of the emboldenment model (:func:`demand_regime`), by name.
DEMAND_REGIMES: dict[str, str] = {
    "interior": "P demands less than the whole good; the risk of war ignores capability",
    "corner": "P demands the whole good; more capability lowers the risk of war",
    "no_war": "P's war cost is at least the rival's largest; it asks its war value, no war",
}


def demand_regime(
    support: object,
    base_win: object,
    capability: object,
    base_cost: object,
    insurance: object,
    rival_cost_max: object,
) -> str | np.ndarray:
    r"""Which regime of the emboldenment model holds at support :math:`h` (a key of :data:`DEMAND_REGIMES`).

    * ``"no_war"`` if :math:`c_P \ge \bar c`: P asks for :math:`y^* = p` and
      the rival never fights;
    * ``"corner"`` if :math:`c_P < \bar c` and :math:`p + (\bar c - c_P)/2 > 1`:
      :math:`y^* = 1`, and :math:`\Pr(\text{war}) = (1 - p)/\bar c` falls as
      capability grows;
    * ``"interior"`` otherwise: :math:`\Pr(\text{war}) = (\bar c - c_P)/(2\bar c)`,
      which capability leaves unchanged and insurance raises.

    Broadcasts over arrays (returns an array of strings).

    Examples
    --------
    >>> demand_regime(0.5, 0.3, 0.3, 0.4, 0.5, 1.0)
    'interior'
    >>> demand_regime([0.0, 0.5, 1.0], 0.3, 1.0, 0.4, 0.0, 1.0).tolist()
    ['interior', 'corner', 'corner']
    >>> demand_regime(0.5, 0.3, 0.3, 2.0, 0.5, 1.0)
    'no_war'
    """
    p = np.asarray(win_probability(support, base_win, capability))
    c = np.asarray(protege_war_cost(support, base_cost, insurance))
    cbar = np.asarray(v.positive("rival_cost_max", rival_cost_max))
    names = np.where(
        c >= cbar, "no_war", np.where(p + (cbar - c) / 2.0 > 1.0, "corner", "interior")
    )
    return str(names) if names.ndim == 0 else names


def war_probability(
    support: object,
    base_win: object,
    capability: object,
    base_cost: object,
    insurance: object,
    rival_cost_max: object,
) -> float | np.ndarray:
    r"""Probability of war at support :math:`h`: :math:`(y^* - p)/\bar c`.

    In the interior (:math:`c_P < \bar c` and :math:`p + (\bar c - c_P)/2 \le 1`)
    this is :math:`(\bar c - c_P)/(2\bar c)`: it does not depend on the
    protégé's chance of winning, only on its cost. Zero when
    :math:`c_P \ge \bar c`; :math:`(1 - p)/\bar c` at the corner :math:`y^* = 1`,
    where more capability lowers it (see :func:`demand_regime`).

    Examples
    --------
    In the interior, insurance raises the risk; capability alone does not:

    >>> round(war_probability(0.0, 0.1, 0.2, 0.4, 1.0, 1.0), 4)
    0.3
    >>> round(war_probability(1.0, 0.1, 0.2, 0.4, 1.0, 1.0), 4)
    0.5
    >>> round(war_probability(1.0, 0.1, 0.2, 0.4, 0.0, 1.0), 4)
    0.3

    At the corner, more capability lowers it:

    >>> [round(war_probability(h, 0.3, 1.0, 0.4, 0.0, 1.0), 4) for h in (0.0, 0.5, 1.0)]
    [0.3, 0.2, 0.0]
    """
    p = win_probability(support, base_win, capability)
    c = protege_war_cost(support, base_cost, insurance)
    cbar = v.positive("rival_cost_max", rival_cost_max)
    y = optimal_demand(p, c, cbar)
    return v.as_result(np.maximum(0.0, (np.asarray(y) - p) / cbar))


def entanglement_exposure(
    support: object,
    base_win: object,
    capability: object,
    base_cost: object,
    insurance: object,
    rival_cost_max: object,
) -> float | np.ndarray:
    r"""The guarantor's exposure to being drawn into war, :math:`h \cdot \Pr(\text{war})`.

    Examples
    --------
    >>> round(entanglement_exposure(0.5, 0.3, 0.4, 0.4, 1.0, 1.0), 4)
    0.2
    """
    h = v.probability("support", support)
    return v.as_result(
        h
        * np.asarray(war_probability(h, base_win, capability, base_cost, insurance, rival_cost_max))
    )


@dataclass(frozen=True)
class EmboldenmentOutcome:
    """What happens at one level of support ``support`` (:math:`h`).

    Attributes
    ----------
    support
        The guarantor's support :math:`h`.
    win
        The protégé's chance of winning a war, :math:`p(h)`.
    protege_cost
        Its war cost after the guarantor's share, :math:`c_P(h)`.
    demand
        Its optimal demand :math:`y^*`.
    war_probability
        The probability the rival fights, :math:`(y^* - p)/\\bar c`.
    exposure
        The guarantor's exposure, ``support * war_probability``.
    protege_payoff
        The protégé's expected payoff at :math:`y^*`.
    regime
        ``"interior"``, ``"corner"`` or ``"no_war"`` (see :func:`demand_regime`).
    """

    support: float
    win: float
    protege_cost: float
    demand: float
    war_probability: float
    exposure: float
    protege_payoff: float
    regime: str


@dataclass(frozen=True)
class EmboldenmentModel:
    """A guarantor's support and its protégé's demands, after Benson, Meirowitz and Ramsay (2014).

    Parameters
    ----------
    base_win
        The protégé's chance of winning alone, :math:`p_0 \\in [0, 1]`.
    capability
        Capability transfer :math:`\\Delta \\ge 0`: full support adds
        :math:`\\Delta` to the chance of winning.
    base_cost
        The protégé's war cost without help, :math:`c_{P0} > 0`.
    insurance
        Cost insurance :math:`\\gamma \\in [0, 1]`: full support pays this
        share of the protégé's war cost.
    rival_cost_max
        The rival's war cost is uniform on :math:`[0, \\bar c]`, :math:`\\bar c > 0`.

    Examples
    --------
    >>> model = EmboldenmentModel(base_win=0.3, capability=0.4, base_cost=0.4,
    ...                           insurance=1.0, rival_cost_max=1.0)
    >>> out = model.solve(0.5)
    >>> round(out.demand, 3), round(out.war_probability, 3), round(out.exposure, 3)
    (0.9, 0.4, 0.2)
    """

    base_win: float = 0.3
    capability: float = 0.3
    base_cost: float = 0.4
    insurance: float = 0.5
    rival_cost_max: float = 1.0

    def __post_init__(self) -> None:
        for name, check in (
            ("base_win", v.probability),
            ("capability", v.nonnegative),
            ("base_cost", v.positive),
            ("insurance", v.probability),
            ("rival_cost_max", v.positive),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check))

    def expected_payoff(self, demand: object, support: object) -> float | np.ndarray:
        """The protégé's expected payoff from ``demand`` at ``support`` (any demand in [0, 1])."""
        y = v.probability("demand", demand)
        p = win_probability(support, self.base_win, self.capability)
        c = protege_war_cost(support, self.base_cost, self.insurance)
        fight = np.clip((np.asarray(y) - p) / self.rival_cost_max, 0.0, 1.0)
        return v.as_result((1.0 - fight) * y + fight * (p - c))

    def solve(self, support: float) -> EmboldenmentOutcome:
        """Demand, war risk and exposure at the guarantor's support level ``support`` in [0, 1]."""
        h = v.scalar("support", support, v.probability)
        args = (self.base_win, self.capability, self.base_cost, self.insurance)
        p = float(win_probability(h, self.base_win, self.capability))
        c = float(protege_war_cost(h, self.base_cost, self.insurance))
        y = float(optimal_demand(p, c, self.rival_cost_max))
        war = float(war_probability(h, *args, self.rival_cost_max))
        return EmboldenmentOutcome(
            support=h,
            win=p,
            protege_cost=c,
            demand=y,
            war_probability=war,
            exposure=h * war,
            protege_payoff=float(self.expected_payoff(y, h)),
            regime=str(demand_regime(h, *args, self.rival_cost_max)),
        )


# ---------------------------------------------------------------------------
# M3. Commitment design


def challenger_threshold(
    challenger_war_alone: object, challenger_war_with_guarantor: object
) -> float | np.ndarray:
    r"""Intervention probability that deters an unprovoked attack: :math:`h_C = W_C^N/(W_C^N - W_C^I)`.

    C attacks the status quo iff :math:`h_U < h_C`. Always in (0, 1).

    Examples
    --------
    >>> challenger_threshold(1.0, -3.0)
    0.25
    """
    wn = v.positive("challenger_war_alone", challenger_war_alone)
    wi = v.real("challenger_war_with_guarantor", challenger_war_with_guarantor, lt=0.0)
    return v.as_result(np.asarray(wn / (wn - wi)))


def acquiescence_threshold(
    challenger_war_alone: object,
    challenger_war_with_guarantor: object,
    challenger_acquiescence_cost: object,
) -> float | np.ndarray:
    r"""Intervention probability at which C accepts a provocation: :math:`\bar h_C = (W_C^N + L_C)/(W_C^N - W_C^I)`.

    After a provocation C acquiesces iff :math:`h_P \ge \bar h_C`. May exceed
    1, in which case no policy makes C accept a provocation.

    Examples
    --------
    >>> acquiescence_threshold(1.0, -3.0, 1.0)
    0.5
    """
    wn = v.positive("challenger_war_alone", challenger_war_alone)
    wi = v.real("challenger_war_with_guarantor", challenger_war_with_guarantor, lt=0.0)
    lc = v.positive("challenger_acquiescence_cost", challenger_acquiescence_cost)
    return v.as_result(np.asarray((wn + lc) / (wn - wi)))


def protege_threshold(
    protege_war_with_guarantor: object, protege_war_alone: object
) -> float | np.ndarray:
    r"""Intervention probability above which P prefers a war it provokes to the status quo.

    :math:`h_T = -W_P^N/(W_P^I - W_P^N)`, or ``inf`` when
    :math:`W_P^I \le W_P^N` (P never likes war, whatever the help). Below 1
    only when :math:`W_P^I > 0`.

    Examples
    --------
    >>> protege_threshold(1.0, -1.0)
    0.5
    >>> protege_threshold(-2.0, -1.0)
    inf
    """
    wi = v.real("protege_war_with_guarantor", protege_war_with_guarantor)
    wn = v.real("protege_war_alone", protege_war_alone, lt=0.0)
    wi, wn = np.broadcast_arrays(np.asarray(wi, dtype=float), np.asarray(wn, dtype=float))
    gap = wi - wn
    with np.errstate(divide="ignore", invalid="ignore"):
        ht = np.where(gap > 0.0, -wn / np.where(gap > 0.0, gap, 1.0), math.inf)
    return v.as_result(ht)


#: Two quantities closer than this count as equal when the commitment game
#: compares an intervention probability or an observability with a threshold
#: (and P's payoffs, relative to their size). Ties then go to the status quo
#: or to not acting, in every function alike.
_TIE = 1e-12


def _keeps_status_quo(hu: object, hp: object, hc: object, hbar: object, ht: object) -> object:
    """:math:`h_U \\ge h_C`, :math:`h_P \\le h_T` and :math:`h_P < \\bar h_C`, up to :data:`_TIE`."""
    return (hu >= hc - _TIE) & (hp <= ht + _TIE) & (hp < hbar - _TIE)


def _game_moves(
    hu: np.ndarray,
    hp: np.ndarray,
    hc: np.ndarray,
    hbar: np.ndarray,
    ht: np.ndarray,
    gain: np.ndarray,
    wi: np.ndarray,
    wn: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Backward induction from the thresholds: (C attacks the SQ, C attacks a provocation, P provokes).

    Every comparison is made against a threshold with the tolerance
    :data:`_TIE`, so that this function, :func:`status_quo_holds` and the
    ambiguity window agree exactly, even at the knife edges.
    """
    attacks_sq = hu < hc - _TIE
    attacks_pr = hp < hbar - _TIE
    # C leaves the status quo alone: P provokes if C would give in, or if the
    # war it would start beats peace (h_P > h_T).
    calm = ~attacks_pr | (hp > ht + _TIE)
    # C attacks the status quo anyway: P compares that war with what provoking brings.
    war_sq = hu * wi + (1.0 - hu) * wn
    scale = np.abs(gain) + np.abs(wi) + np.abs(wn)
    gain_beats_war = gain > war_sq + _TIE * scale
    gap = wi - wn  # a provoked war beats the unprovoked one iff (h_P - h_U) * gap > 0
    war_beats_war = np.where(gap > 0.0, hp > hu + _TIE, np.where(gap < 0.0, hp < hu - _TIE, False))
    provokes = np.where(attacks_sq, np.where(attacks_pr, war_beats_war, gain_beats_war), calm)
    return attacks_sq, attacks_pr, provokes


def _conditional_moves(tau: object, hbar: object, ht: object) -> tuple[object, object]:
    """(C attacks a provocation, P provokes) under h_U = 1, h_P = 1 - tau, decided in tau.

    C never attacks the status quo (:math:`h_U = 1 \\ge h_C`). C attacks a
    provocation iff :math:`\\tau > 1 - \\bar h_C`; P then provokes iff
    :math:`\\tau < 1 - h_T`, and it always provokes when C would give in. The
    comparisons use the bounds of :meth:`CommitmentDesign.minimum_observability`
    directly, so no rounding of :math:`1 - \\tau` can separate the two.
    """
    tau = np.asarray(tau)
    attacks_pr = tau > (1.0 - np.asarray(hbar)) + _TIE
    provokes = ~attacks_pr | (tau < (1.0 - np.asarray(ht)) - _TIE)
    return attacks_pr, provokes


def _outcome_names(attacks_sq: object, attacks_pr: object, provokes: object) -> np.ndarray:
    return np.where(
        provokes,
        np.where(attacks_pr, "provoked_war", "provocation_succeeds"),
        np.where(attacks_sq, "unprovoked_attack", "status_quo"),
    )


def status_quo_holds(
    intervene_unprovoked: object,
    intervene_provoked: object,
    challenger_war_alone: object,
    challenger_war_with_guarantor: object,
    challenger_acquiescence_cost: object,
    protege_war_with_guarantor: object,
    protege_war_alone: object,
) -> bool | np.ndarray:
    r"""Whether the status quo survives: :math:`h_U \ge h_C`, :math:`h_P \le h_T` and :math:`h_P < \bar h_C`.

    Values within :math:`10^{-12}` of a threshold count as equal to it (see
    the module docstring). Broadcasts over arrays (returns a boolean array).

    Examples
    --------
    >>> status_quo_holds(0.4, 0.4, 1.0, -3.0, 1.0, 1.0, -1.0)
    True
    >>> status_quo_holds(1.0, 1.0, 1.0, -3.0, 1.0, 1.0, -1.0)
    False

    At :math:`h_P = h_T` exactly (here :math:`h_T = 0.64`) P does not provoke:

    >>> status_quo_holds(0.64, 0.64, 1.6, -1.3, 0.65, 0.45, -0.8)
    True
    """
    hu = v.probability("intervene_unprovoked", intervene_unprovoked)
    hp = v.probability("intervene_provoked", intervene_provoked)
    hc = challenger_threshold(challenger_war_alone, challenger_war_with_guarantor)
    hbar = acquiescence_threshold(
        challenger_war_alone, challenger_war_with_guarantor, challenger_acquiescence_cost
    )
    ht = protege_threshold(protege_war_with_guarantor, protege_war_alone)
    holds = _keeps_status_quo(np.asarray(hu), np.asarray(hp), hc, hbar, ht)
    return bool(holds) if np.ndim(holds) == 0 else holds


def commitment_outcomes(
    intervene_unprovoked: object,
    intervene_provoked: object,
    challenger_war_alone: object,
    challenger_war_with_guarantor: object,
    challenger_acquiescence_cost: object,
    protege_provocation_gain: object,
    protege_war_with_guarantor: object,
    protege_war_alone: object,
) -> str | np.ndarray:
    r"""The backward-induction outcome (a key of :data:`OUTCOMES`) for arrays of policies.

    The same game as :meth:`CommitmentDesign.outcome`, vectorised: C attacks
    the status quo iff :math:`h_U < h_C` and a provocation iff
    :math:`h_P < \bar h_C`; P provokes iff that pays strictly more than the
    status quo (which is itself a war when C attacks it). Every comparison
    treats values within :math:`10^{-12}` of a threshold as ties.

    Examples
    --------
    >>> commitment_outcomes([0.1, 0.4, 0.9], [0.1, 0.4, 0.9], 1, -3, 1, 1, 1, -1).tolist()
    ['unprovoked_attack', 'status_quo', 'provocation_succeeds']
    """
    hu = np.asarray(v.probability("intervene_unprovoked", intervene_unprovoked))
    hp = np.asarray(v.probability("intervene_provoked", intervene_provoked))
    hc = challenger_threshold(challenger_war_alone, challenger_war_with_guarantor)
    hbar = acquiescence_threshold(
        challenger_war_alone, challenger_war_with_guarantor, challenger_acquiescence_cost
    )
    ht = protege_threshold(protege_war_with_guarantor, protege_war_alone)
    gain = np.asarray(v.positive("protege_provocation_gain", protege_provocation_gain))
    wi = np.asarray(v.real("protege_war_with_guarantor", protege_war_with_guarantor))
    wn = np.asarray(v.real("protege_war_alone", protege_war_alone, lt=0.0))
    names = _outcome_names(*_game_moves(hu, hp, hc, hbar, ht, gain, wi, wn))
    return str(names) if names.ndim == 0 else names


def conditional_outcomes(
    observability: object,
    challenger_war_alone: object,
    challenger_war_with_guarantor: object,
    challenger_acquiescence_cost: object,
    protege_war_with_guarantor: object,
    protege_war_alone: object,
) -> str | np.ndarray:
    r"""The outcome of a conditional commitment (:math:`h_U = 1`, :math:`h_P = 1 - \tau`) for arrays of :math:`\tau`.

    The same as :meth:`CommitmentDesign.conditional`, vectorised. The
    decision is taken on :math:`\tau` itself: C fights a provocation iff
    :math:`\tau > 1 - \bar h_C`, and P then provokes iff
    :math:`\tau < 1 - h_T` (ties within :math:`10^{-12}` go to not acting).
    P's gain from a provocation does not matter: P provokes whenever C would
    give in.

    Examples
    --------
    >>> conditional_outcomes([0.2, 0.5, 0.6], 1, -3, 1, 1, -1).tolist()
    ['provocation_succeeds', 'provocation_succeeds', 'status_quo']
    """
    tau = np.asarray(v.probability("observability", observability))
    hbar = acquiescence_threshold(
        challenger_war_alone, challenger_war_with_guarantor, challenger_acquiescence_cost
    )
    ht = protege_threshold(protege_war_with_guarantor, protege_war_alone)
    attacks_pr, provokes = _conditional_moves(tau, np.asarray(hbar), np.asarray(ht))
    names = _outcome_names(False, attacks_pr, provokes)
    return str(names) if names.ndim == 0 else names


@dataclass(frozen=True)
class CommitmentThresholds:
    """The three thresholds of :class:`CommitmentDesign`.

    Attributes
    ----------
    challenger
        :math:`h_C`: C is deterred from an unprovoked attack iff :math:`h_U \\ge h_C`.
    acquiescence
        :math:`\\bar h_C`: C accepts a provocation iff :math:`h_P \\ge \\bar h_C`.
    protege
        :math:`h_T`: P prefers a provoked war to the status quo iff :math:`h_P > h_T` (may be ``inf``).
    """

    challenger: float
    acquiescence: float
    protege: float


@dataclass(frozen=True)
class ObservabilityThreshold:
    r"""The least observability :math:`\tau` that lets a conditional commitment keep the peace.

    Attributes
    ----------
    tau
        :math:`\tau^* = \max\{0,\ 1 - h_T,\ 1 - \bar h_C\}`.
    attained
        ``True`` if :math:`\tau = \tau^*` itself works; ``False`` if only
        values strictly above it do (the bound comes from the strict
        condition :math:`\tau > 1 - \bar h_C`).
    thresholds
        The game's thresholds, which :meth:`works` uses so that it agrees
        with :meth:`CommitmentDesign.conditional` at every :math:`\tau`.
        Without them, :meth:`works` uses ``tau`` and ``attained`` alone.
    """

    tau: float
    attained: bool
    thresholds: CommitmentThresholds | None = field(default=None, compare=False, repr=False)

    def works(self, observability: float) -> bool:
        """Whether a conditional commitment with this observability keeps the status quo."""
        tau = float(v.probability("observability", observability))
        if self.thresholds is not None:
            attacks_pr, provokes = _conditional_moves(
                tau, self.thresholds.acquiescence, self.thresholds.protege
            )
            return bool(attacks_pr and not provokes)
        if self.attained:
            return tau >= self.tau - _TIE
        return tau > self.tau + _TIE


def minimum_observability(
    challenger_war_alone: object,
    challenger_war_with_guarantor: object,
    challenger_acquiescence_cost: object,
    protege_war_with_guarantor: object,
    protege_war_alone: object,
) -> float | np.ndarray:
    r"""The least observability :math:`\tau^* = \max\{0, 1 - h_T, 1 - \bar h_C\}` (broadcasts).

    A conditional commitment (:math:`h_U = 1`, :math:`h_P = 1 - \tau`) keeps
    the status quo iff :math:`\tau \ge 1 - h_T` and :math:`\tau > 1 - \bar h_C`;
    so every :math:`\tau` above :math:`\tau^*` works, and :math:`\tau^*`
    itself works unless the second, strict, condition is the binding one and
    positive (see :meth:`CommitmentDesign.minimum_observability`). Always
    below 1, so :math:`\tau = 1` always works.

    Examples
    --------
    >>> round(minimum_observability(1.0, -3.0, 1.0, 1.0, -1.0), 4)
    0.5
    >>> minimum_observability(1.0, -3.0, 4.0, -2.0, -1.0)
    0.0
    """
    hbar = acquiescence_threshold(
        challenger_war_alone, challenger_war_with_guarantor, challenger_acquiescence_cost
    )
    ht = protege_threshold(protege_war_with_guarantor, protege_war_alone)
    return v.as_result(np.maximum(0.0, 1.0 - np.minimum(ht, hbar)))


def provoked_support(observability: object, unprovoked_support: object = 1.0) -> Number:
    r"""Help a conditional commitment gives after a provocation, :math:`h_P = (1 - \tau)\,h_U`.

    A conditional commitment withholds help when the guarantor sees that the
    protégé provoked the attack, which it does with probability
    :math:`\tau` (the observability of provocation). A provocation it misses
    gets the same help as an unprovoked attack, :math:`h_U`. With
    :math:`h_U = 1` this is the specification's :math:`h_P = 1 - \tau`
    (:meth:`CommitmentDesign.conditional`); a smaller :math:`h_U` scales
    both, as when the guarantor itself is not sure to fight. Broadcasts.

    Parameters
    ----------
    observability : float or array
        :math:`\tau \in [0, 1]`.
    unprovoked_support : float or array
        :math:`h_U \in [0, 1]`, help after an unprovoked attack.

    Examples
    --------
    >>> provoked_support(0.25)
    0.75
    >>> provoked_support([0.0, 0.5, 1.0], unprovoked_support=0.8).tolist()
    [0.8, 0.4, 0.0]
    """
    tau = v.probability("observability", observability)
    hu = v.probability("unprovoked_support", unprovoked_support)
    return v.as_result((1.0 - np.asarray(tau)) * np.asarray(hu))


@dataclass(frozen=True)
class AmbiguityWindow:
    """The ambiguous commitments :math:`h` (with :math:`h_U = h_P = h`) that keep the status quo.

    Attributes
    ----------
    exists
        Whether any :math:`h \\in [0, 1]` works.
    low
        The lower end :math:`h_C` (always included).
    high
        The upper end :math:`\\min\\{1, h_T, \\bar h_C\\}`; ``nan`` when the window is empty.
    high_included
        Whether ``high`` itself works (not when it is :math:`\\bar h_C`, where C acquiesces).
    binding
        Which condition sets the upper end: ``"protege"`` (:math:`h_T`),
        ``"acquiescence"`` (:math:`\\bar h_C`) or ``"certainty"`` (1); ``""`` if empty.
    thresholds
        The game's thresholds, which :meth:`contains` uses so that it agrees
        with :meth:`CommitmentDesign.ambiguity` at every :math:`h`.
    """

    exists: bool
    low: float
    high: float
    high_included: bool
    binding: str
    thresholds: CommitmentThresholds | None = field(default=None, compare=False, repr=False)

    @property
    def width(self) -> float:
        """``high - low``, or 0 when the window is empty."""
        return max(0.0, self.high - self.low) if self.exists else 0.0

    def contains(self, h: float) -> bool:
        """Whether the ambiguous commitment ``h`` keeps the status quo."""
        x = float(v.probability("h", h))
        if not self.exists:
            return False
        t = self.thresholds
        if t is not None:
            return bool(_keeps_status_quo(x, x, t.challenger, t.acquiescence, t.protege))
        if x < self.low - _TIE:
            return False
        return x < self.high - _TIE or (x <= self.high + _TIE and self.high_included)


#: Outcomes of the commitment game, by name.
OUTCOMES: dict[str, str] = {
    "status_quo": "P keeps the status quo and C does not attack",
    "unprovoked_attack": "P keeps the status quo but C attacks anyway",
    "provoked_war": "P provokes and C attacks",
    "provocation_succeeds": "P provokes and C acquiesces",
}


@dataclass(frozen=True)
class CommitmentOutcome:
    """The backward-induction outcome under one policy :math:`(h_U, h_P)`.

    Attributes
    ----------
    intervene_unprovoked, intervene_provoked
        The policy :math:`(h_U, h_P)`.
    outcome
        One of :data:`OUTCOMES`.
    protege_provokes, challenger_attacks
        The moves on the path of play.
    protege_payoff, challenger_payoff
        Expected payoffs on the path (status quo 0).
    """

    intervene_unprovoked: float
    intervene_provoked: float
    outcome: str
    protege_provokes: bool
    challenger_attacks: bool
    protege_payoff: float
    challenger_payoff: float

    @property
    def status_quo(self) -> bool:
        """Whether the status quo holds."""
        return self.outcome == "status_quo"


@dataclass(frozen=True)
class CommitmentDesign:
    """Strategic ambiguity versus a conditional commitment, after Benson (2012).

    The guarantor is a commitment device: its intervention probabilities are
    policies it has announced and will keep, not choices made in the crisis.
    Every method decides ties the same way (values within :math:`10^{-12}`
    of a threshold count as equal to it), so the outcome, the window and the
    least observability always agree.

    Parameters
    ----------
    challenger_war_alone
        :math:`W_C^N > 0`: C's payoff from a war the guarantor stays out of.
    challenger_war_with_guarantor
        :math:`W_C^I < 0`: C's payoff from a war the guarantor joins.
    challenger_acquiescence_cost
        :math:`L_C > 0`: what C loses by accepting a provocation.
    protege_provocation_gain
        :math:`I_P > 0`: P's gain from an unopposed provocation.
    protege_war_with_guarantor
        :math:`W_P^I` (any sign): P's payoff from a war the guarantor joins.
    protege_war_alone
        :math:`W_P^N < 0`: P's payoff from a war fought alone.

    Examples
    --------
    >>> game = CommitmentDesign(1.0, -3.0, 1.0, 1.0, 1.0, -1.0)
    >>> t = game.thresholds()
    >>> t.challenger, t.acquiescence, t.protege
    (0.25, 0.5, 0.5)
    >>> w = game.ambiguity_window()
    >>> w.low, w.high, w.high_included, w.binding
    (0.25, 0.5, False, 'acquiescence')
    >>> game.outcome(1.0, 1.0).outcome
    'provocation_succeeds'
    >>> game.conditional(0.8).outcome
    'status_quo'

    On a threshold the tie goes to the status quo: here :math:`h_T = 0.64`.

    >>> CommitmentDesign(1.6, -1.3, 0.65, 1.05, 0.45, -0.8).ambiguity(0.64).outcome
    'status_quo'
    """

    challenger_war_alone: float = 1.0
    challenger_war_with_guarantor: float = -2.0
    challenger_acquiescence_cost: float = 1.0
    protege_provocation_gain: float = 1.0
    protege_war_with_guarantor: float = 0.5
    protege_war_alone: float = -1.0

    def __post_init__(self) -> None:
        for name, check, bounds in (
            ("challenger_war_alone", v.positive, {}),
            ("challenger_war_with_guarantor", v.real, {"lt": 0.0}),
            ("challenger_acquiescence_cost", v.positive, {}),
            ("protege_provocation_gain", v.positive, {}),
            ("protege_war_with_guarantor", v.real, {}),
            ("protege_war_alone", v.real, {"lt": 0.0}),
        ):
            object.__setattr__(self, name, v.scalar(name, getattr(self, name), check, **bounds))

    def _challenger(self) -> tuple[float, float, float]:
        return (
            self.challenger_war_alone,
            self.challenger_war_with_guarantor,
            self.challenger_acquiescence_cost,
        )

    def thresholds(self) -> CommitmentThresholds:
        """:math:`h_C`, :math:`\\bar h_C` and :math:`h_T`."""
        wn, wi, lc = self._challenger()
        return CommitmentThresholds(
            challenger=float(challenger_threshold(wn, wi)),
            acquiescence=float(acquiescence_threshold(wn, wi, lc)),
            protege=float(
                protege_threshold(self.protege_war_with_guarantor, self.protege_war_alone)
            ),
        )

    def _war_payoffs(self, h: float) -> tuple[float, float]:
        protege = h * self.protege_war_with_guarantor + (1.0 - h) * self.protege_war_alone
        challenger = h * self.challenger_war_with_guarantor + (1.0 - h) * self.challenger_war_alone
        return protege, challenger

    def _play(
        self, hu: float, hp: float, attacks_sq: bool, attacks_pr: bool, provokes: bool
    ) -> CommitmentOutcome:
        """The outcome and the payoffs on the path, given the moves."""
        if provokes:
            if attacks_pr:
                p_pay, c_pay = self._war_payoffs(hp)
                return CommitmentOutcome(hu, hp, "provoked_war", True, True, p_pay, c_pay)
            return CommitmentOutcome(
                hu,
                hp,
                "provocation_succeeds",
                True,
                False,
                self.protege_provocation_gain,
                -self.challenger_acquiescence_cost,
            )
        if attacks_sq:
            p_pay, c_pay = self._war_payoffs(hu)
            return CommitmentOutcome(hu, hp, "unprovoked_attack", False, True, p_pay, c_pay)
        return CommitmentOutcome(hu, hp, "status_quo", False, False, 0.0, 0.0)

    def outcome(self, intervene_unprovoked: float, intervene_provoked: float) -> CommitmentOutcome:
        """Play the game under the policy :math:`(h_U, h_P)`, using the thresholds."""
        hu = float(v.probability("intervene_unprovoked", intervene_unprovoked))
        hp = float(v.probability("intervene_provoked", intervene_provoked))
        t = self.thresholds()
        moves = _game_moves(
            np.asarray(hu),
            np.asarray(hp),
            np.asarray(t.challenger),
            np.asarray(t.acquiescence),
            np.asarray(t.protege),
            np.asarray(self.protege_provocation_gain),
            np.asarray(self.protege_war_with_guarantor),
            np.asarray(self.protege_war_alone),
        )
        attacks_sq, attacks_pr, provokes = (bool(m) for m in moves)
        return self._play(hu, hp, attacks_sq, attacks_pr, provokes)

    def ambiguity(self, h: float) -> CommitmentOutcome:
        """The outcome of an ambiguous commitment, :math:`h_U = h_P = h`."""
        return self.outcome(h, h)

    def clarity(self) -> CommitmentOutcome:
        """The outcome of a clear, unconditional commitment, :math:`h = 1`."""
        return self.outcome(1.0, 1.0)

    def no_commitment(self) -> CommitmentOutcome:
        """The outcome without any commitment, :math:`h = 0`."""
        return self.outcome(0.0, 0.0)

    def conditional(self, observability: float) -> CommitmentOutcome:
        """A conditional commitment: :math:`h_U = 1`, :math:`h_P = 1 - \\tau`.

        The moves are decided on :math:`\\tau` against the bounds
        :math:`1 - \\bar h_C` and :math:`1 - h_T` of
        :meth:`minimum_observability`, so the two always agree.
        """
        tau = float(v.probability("observability", observability))
        t = self.thresholds()
        attacks_pr, provokes = _conditional_moves(
            np.asarray(tau), np.asarray(t.acquiescence), np.asarray(t.protege)
        )
        return self._play(1.0, 1.0 - tau, False, bool(attacks_pr), bool(provokes))

    def ambiguity_window(self) -> AmbiguityWindow:
        """The set of ambiguous commitments :math:`h` that keep the status quo."""
        t = self.thresholds()
        if not _keeps_status_quo(
            t.challenger, t.challenger, t.challenger, t.acquiescence, t.protege
        ):
            return AmbiguityWindow(False, t.challenger, math.nan, False, "", t)
        if t.acquiescence <= min(1.0, t.protege) + _TIE:
            binding, high = "acquiescence", t.acquiescence
        elif t.protege < 1.0:
            binding, high = "protege", t.protege
        else:
            binding, high = "certainty", 1.0
        return AmbiguityWindow(True, t.challenger, high, binding != "acquiescence", binding, t)

    def minimum_observability(self) -> ObservabilityThreshold:
        """The least observability at which a conditional commitment keeps the status quo."""
        t = self.thresholds()
        from_protege = 1.0 - t.protege
        from_challenger = 1.0 - t.acquiescence
        tau = max(0.0, from_protege, from_challenger)
        # The challenger's condition is strict (tau > 1 - hbar): at tau* it fails
        # when it is the binding one (ties within _TIE count as binding).
        attained = tau > from_challenger + _TIE
        return ObservabilityThreshold(tau, attained, t)
