"""Self-checks for problem set 3, Moral hazard (notebooks 07 and 08).

Expected numbers are computed with :mod:`guaranteelab.moral_hazard` and
:mod:`guaranteelab.nato_data`, so a correction to a model or to the data can
never leave an exercise behind.
"""

from guaranteelab.exercises import Exercise, Number
from guaranteelab.moral_hazard import (
    CommitmentDesign,
    EmboldenmentModel,
    PublicGoodAlliance,
    underprovision_ratio,
)
from guaranteelab.nato_data import exploitation_test, load_nato_expenditure

# P3.1 and P3.2: three allies with incomes 50, 30 and 20 and a common taste alpha = 0.5.
_ALLIANCE = PublicGoodAlliance(incomes=(50.0, 30.0, 20.0), alphas=0.5).solve()

# P3.3: five identical allies with alpha = 0.4.
_RATIO = underprovision_ratio(n_allies=5, alpha=0.4)

# P3.4: NATO's 2014 figures.
_RHO_2014 = exploitation_test(load_nato_expenditure(), 2014).rho

# P3.5: a protégé with full support.
_EMBOLDENED = EmboldenmentModel(
    base_win=0.3, capability=0.2, base_cost=0.4, insurance=0.5, rival_cost_max=1.0
).solve(1.0)

# P3.6 and P3.7: a Taiwan-like commitment design.
_DESIGN = CommitmentDesign(
    challenger_war_alone=1.0,
    challenger_war_with_guarantor=-2.0,
    challenger_acquiescence_cost=1.5,
    protege_provocation_gain=1.0,
    protege_war_with_guarantor=0.25,
    protege_war_alone=-1.0,
)
_WINDOW = _DESIGN.ambiguity_window()
_TAU = _DESIGN.minimum_observability().tau

EXERCISES = (
    Exercise(
        key="P3.1",
        question="Nash total defence D for incomes (50, 30, 20) and α = 0.5.",
        answer=Number(
            _ALLIANCE.total,
            mistakes={
                50.0: "That is the Pareto total αΣY: the Nash total falls short of it.",
                25.0: "Check whether the second ally contributes: D_S is largest for the top two allies.",
            },
        ),
        hint="Try contributor sets of the top k allies: D_S = ΣY_S/(1 + Σθ_S) with θ = 1; the equilibrium is the largest.",
        explanation="The top two contribute: D = 80/3 ≈ 26.7, against 25 with the largest alone and 25 with all three.",
    ),
    Exercise(
        key="P3.2",
        question="The largest ally's share of the total defence in that equilibrium.",
        answer=Number(
            _ALLIANCE.shares[0],
            mistakes={
                0.5: "That is its share of income, not of defence.",
                _ALLIANCE.burdens[0]: "That is its burden d/Y, not its share of the total.",
            },
        ),
        hint="d_1 = Y_1 − θD; divide by D.",
        explanation="d_1 = 50 − 26.7 ≈ 23.3 of 26.7, about 87.5%: half the income, seven-eighths of the defence.",
    ),
    Exercise(
        key="P3.3",
        question="D_N/D_PO for five identical allies with α = 0.4.",
        answer=Number(
            _RATIO,
            mistakes={
                1.0 / 5.0: "That would be α = 0; the ratio is 1/(α + n(1 − α)).",
                1.0 / (0.4 * 5 + 0.6): "You swapped α and 1 − α.",
            },
        ),
        hint="With identical allies, D_N = nαY/(α + n(1 − α)) and D_PO = nαY.",
        explanation="1/(0.4 + 5·0.6) = 1/3.4 ≈ 0.294: five allies provide under a third of the efficient level.",
    ),
    Exercise(
        key="P3.4",
        question="Spearman's rank correlation between GDP and defence burden, NATO members, 2014.",
        answer=Number(_RHO_2014, rel_tol=1e-2, abs_tol=1e-3),
        hint="Use nato_data.exploitation_test(load_nato_expenditure(), 2014).",
        explanation="ρ ≈ 0.28 with a p-value of about 0.15: the sign the exploitation hypothesis predicts, but weak evidence.",
    ),
    Exercise(
        key="P3.5",
        question="P(war) when the guarantor gives full support (h = 1) in the emboldenment model.",
        answer=Number(
            _EMBOLDENED.war_probability,
            mistakes={
                0.3: "That is the risk without support: insurance raises it.",
                0.5: "That is the protégé's chance of winning, not the probability of war.",
            },
        ),
        hint="Find p(h) and c_P(h), check the regime, then P(war) = (c̄ − c_P)/(2c̄) in the interior.",
        explanation="c_P = 0.4·(1 − 0.5) = 0.2 and p = 0.5 keep the interior regime, so P(war) = 0.8/2 = 0.4, up from 0.3.",
    ),
    Exercise(
        key="P3.6",
        question="The upper end of the ambiguity window for the Taiwan-like design.",
        answer=Number(
            _WINDOW.high,
            mistakes={
                1.0 / 3.0: "That is the lower end, h_C: the challenger's threshold.",
                2.5 / 3.0: "That is h̄_C; here the protégé's threshold h_T = 0.8 binds first.",
            },
        ),
        hint="The window is h_C ≤ h ≤ h_T with h < h̄_C. Compute all three thresholds.",
        explanation="h_C = 1/3, h̄_C = 2.5/3 ≈ 0.833 and h_T = 1/1.25 = 0.8: the protégé binds, so the window is [1/3, 0.8].",
    ),
    Exercise(
        key="P3.7",
        question="The least observability τ that makes a conditional commitment keep the status quo.",
        answer=Number(
            _TAU,
            mistakes={
                1.0
                - 2.5
                / 3.0: "That satisfies the challenger's condition only; the protégé needs τ ≥ 1 − h_T.",
                0.8: "That is h_T itself; the condition is τ ≥ 1 − h_T.",
            },
        ),
        hint="A conditional commitment sets h_U = 1 and h_P = 1 − τ; it works iff τ ≥ 1 − h_T and τ > 1 − h̄_C.",
        explanation="τ ≥ 0.2 and τ > 1/6, so τ = 0.2: the guarantor must detect a provocation one time in five.",
    ),
)
