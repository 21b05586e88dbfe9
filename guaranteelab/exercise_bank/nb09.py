"""Self-checks for notebook 09, Abandonment and entrapment.

Expected numbers are computed with :mod:`guaranteelab.entanglement`, so a fix
to a model can never leave an exercise behind.
"""

from guaranteelab import entanglement as ent
from guaranteelab.exercises import Boolean, Choice, Choices, Exercise, Number

# 09.1: realignment 0.9, recklessness 0.3, dependence 1, divergence 2.
_S_STAR = ent.optimal_support(0.9, 0.3, 1.0, 2.0)
_S_UNWEIGHTED = ent.optimal_support(0.9, 0.3, 1.0, 1.0)
# 09.3 and 09.4: n = 3 partners, c = 0.2, V = 1, δ = 0.8.
_GAME = ent.BuckPassingGame(cost=0.2, value=1.0, offence_dominance=0.8, powers=3)
_EQ = _GAME.solve()
_RATIO = _GAME.cost / (_GAME.offence_dominance * _GAME.value)

EXERCISES = (
    Exercise(
        key="09.1",
        question=(
            "Optimal support s* when α = 0.9, ε = 0.3, dependence D_A = 1 and divergence D_E = 2."
        ),
        answer=Number(
            _S_STAR,
            mistakes={
                _S_UNWEIGHTED: "That ignores the weights: entrapment counts twice here because D_E = 2.",
                1
                - _S_STAR: "You swapped the two risks: s* is the abandonment weight's share, x/(x + y).",
            },
        ),
        hint="Compute x = α·D_A and y = ε·D_E, then s* = x/(x + y).",
        explanation="x = 0.9 and y = 0.6, so s* = 0.9/1.5 = 0.6: qualified support, leaning firm.",
    ),
    Exercise(
        key="09.2",
        question="What happens to s* and to the minimum loss L* as the ally's propensity to realign α falls to 0?",
        answer=Choice(
            "B",
            options="ABCD",
            mistakes={
                "A": "Both fall, not rise: with no risk of abandonment there is nothing to buy with support.",
                "C": "Full support would only add entrapment risk once abandonment is impossible.",
                "D": "s* = x/(x + y) and x = α·D_A falls to 0 with α.",
            },
        ),
        hint="Set α = 0 in s* = x/(x + y) and L* = xy/(x + y), or try it in the lab.",
        explanation=(
            "Both fall to 0: a state whose ally cannot realign (bipolarity) can keep it at arm's length "
            "at no cost, which is why Snyder thought the dilemma milder in a bipolar world."
        ),
    ),
    Exercise(
        key="09.3",
        question="Equilibrium probability σ* that each partner balances, with n = 3, c = 0.2, V = 1, δ = 0.8.",
        answer=Number(
            _EQ.balancing_probability,
            mistakes={
                1
                - _RATIO: "That forgets the root: the other n − 1 = 2 partners must all pass for the collapse risk to bite.",
                1
                - _RATIO
                ** (
                    1 / 3
                ): "The exponent is 1/(n − 1), not 1/n: only the others' moves matter to a partner.",
            },
        ),
        hint="Indifference: V − c = V − δV(1 − σ)^(n−1). Solve for σ.",
        explanation="(1 − σ)² = c/(δV) = 0.25, so σ* = 1 − 0.5 = 0.5.",
    ),
    Exercise(
        key="09.4",
        question="In the same equilibrium, the probability that nobody balances.",
        answer=Number(
            _EQ.nobody_balances,
            mistakes={
                _RATIO: "0.25 is the probability that the other two pass, (1 − σ)²; all three must pass.",
                _EQ.collapse_probability: "That is the probability that the front line collapses; it also needs the offence to succeed.",
            },
        ),
        hint="All n = 3 partners pass, each with probability 1 − σ*.",
        explanation="(1 − σ*)³ = 0.5³ = 0.125, which equals (c/δV)^(n/(n−1)) = 0.25^1.5.",
    ),
    Exercise(
        key="09.5",
        question="Which statements match Kim (2011) and Beckley (2015)?",
        answer=Choices(frozenset("ACD"), options="ABCDE"),
        hint="Kim narrows the concept of entrapment; Beckley counts a handful of possible US cases since 1945.",
        explanation=(
            "Kim treats entrapment as a narrow, undesirable kind of entanglement and argues that leaders "
            "anticipate it in how they write alliance agreements; Beckley finds only five possible cases of US "
            "entanglement since 1945, Vietnam among them, and none clear-cut. Italy in 1914 argued that the "
            "Triple Alliance's defensive casus foederis had not arisen."
        ),
    ),
    Exercise(
        key="09.6",
        question="True or false: in the buck-passing game, higher offence dominance δ makes it more likely that nobody balances (when c < δV).",
        answer=Boolean(
            False,
            if_wrong=(
                "Higher δ raises the cost of everyone passing, so each partner balances more often: "
                "P(nobody) = (c/δV)^(n/(n−1)) falls as δ rises. That is the chain gang."
            ),
        ),
        hint="Look at how c/(δV) changes with δ, or move δ in the chain-ganging lab.",
        explanation="P(nobody balances) falls in δ: perceived offence dominance breeds chain gangs, not passed bucks.",
    ),
)
