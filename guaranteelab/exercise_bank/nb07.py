"""Self-checks for notebook 07, Burden-sharing and free riding.

Expected numbers are computed with :mod:`guaranteelab.moral_hazard` and
:mod:`guaranteelab.nato_data`, so a correction to the model or to the data can
never leave an exercise behind.
"""

from guaranteelab.exercises import Boolean, Choice, Exercise, Number
from guaranteelab.moral_hazard import (
    PublicGoodAlliance,
    quasi_linear_equilibrium,
    underprovision_ratio,
)
from guaranteelab.nato_data import exploitation_test, load_nato_expenditure

_FIVE = PublicGoodAlliance((40, 30, 15, 10, 5), 2 / 3).solve()
_MOVED = PublicGoodAlliance((35, 35, 15, 10, 5), 2 / 3).solve()
_RATIO = underprovision_ratio(10, 0.5)
_NATO = load_nato_expenditure()
_RHO_2014 = exploitation_test(_NATO, 2014).rho
_RHO_2014_WITH_MONTENEGRO = exploitation_test(_NATO, 2014, members_only=False).rho
_PAYER = quasi_linear_equilibrium((500, 80, 60, 40), (20, 35, 10, 5)).payer

EXERCISES = (
    Exercise(
        key="07.1",
        question="Total defence in the Nash equilibrium of the five allies (40, 30, 15, 10, 5) with α = 2/3.",
        answer=Number(
            _FIVE.total,
            mistakes={
                _FIVE.pareto_total: "That is the Pareto-efficient total α·ΣY; the Nash total is lower.",
                100
                / (
                    1 + 5 * 0.5
                ): "That assumes all five allies contribute; check Y_i > θD for the small ones.",
                40
                / 1.5: "That is the total if only the largest ally contributed; try adding the second.",
            },
        ),
        hint="θ = 1/2. Try the top k allies: D_k = (sum of their incomes)/(1 + k/2), and keep the largest.",
        explanation="Only the two largest allies pay; the three smallest free-ride completely.",
    ),
    Exercise(
        key="07.2",
        question="Nash over Pareto-efficient defence for 10 identical allies with α = 0.5.",
        answer=Number(
            _RATIO,
            mistakes={
                0.1: "1/n would hold only if α were close to 0; the formula is 1/(α + n(1 − α)).",
            },
        ),
        hint="Use underprovision_ratio(n_allies, alpha) or 1/(α + n(1 − α)).",
        explanation="Ten equal allies provide less than a fifth of the efficient defence.",
    ),
    Exercise(
        key="07.3",
        question="Moving 5 units of income from the largest to the second ally (40, 30 → 35, 35) changes total defence.",
        answer=Boolean(
            abs(_MOVED.total - _FIVE.total) > 1e-9,
            if_wrong="Both allies still contribute after the transfer, so the neutrality theorem applies.",
        ),
        hint="Solve both alliances, or ask whether the set of contributors changes.",
        explanation="A transfer among contributors that keeps them all contributing leaves the total unchanged.",
    ),
    Exercise(
        key="07.4",
        question="Spearman's rank correlation between real GDP and defence share of GDP, NATO members of 2014.",
        answer=Number(
            _RHO_2014,
            rel_tol=0.0,
            abs_tol=0.01,
            mistakes={
                -_RHO_2014: "Check the order of the arguments' meaning: a positive value means larger economies carry larger burdens.",
                _RHO_2014_WITH_MONTENEGRO: "That includes Montenegro, which joined NATO only in 2017; keep the states that were members in 2014.",
            },
        ),
        hint="exploitation_test(table, 2014).rho, or scipy.stats.spearmanr on burden_and_size(table, 2014).",
        explanation="Positive but weak, and not significant at conventional levels: the data fit the model loosely at best.",
    ),
    Exercise(
        key="07.5",
        question="Quasi-linear utility, incomes (500, 80, 60, 40), valuations (20, 35, 10, 5): who pays for defence?",
        answer=Choice(
            "ABCD"[_PAYER],
            options="ABCD",
            mistakes={
                "A": "With quasi-linear utility income does not matter (as long as the payer can afford it): the ally that values defence most pays.",
            },
        ),
        hint="The best response is max(0, β_i − D_−i), so D = max β.",
        explanation="The ally with the highest valuation buys all the defence; everyone else free-rides.",
    ),
)
