"""Self-checks for notebook 10, Alliance networks and chain-ganging.

Expected numbers come from the exact solver of :mod:`guaranteelab.entanglement`.
"""

from guaranteelab import entanglement as ent
from guaranteelab.exercises import Choice, Exercise, Number

_1914 = ent.crisis_1914().exact()
_BELGIUM = ent.crisis_1914(belgium=True).exact()
_ITALY_U = ent.AllianceCascade(
    ent.network_1914().with_pledge("ITA", "AH", kind="U").with_pledge("ITA", "GER", kind="U"),
    "AH",
    "SRB",
).exact()
_ASIA = ent.asia_hub_and_spoke().exact()

EXERCISES = (
    Exercise(
        key="10.1",
        question="In the 1914 network (Austria-Hungary attacks Serbia), the probability that Britain fights.",
        answer=Number(
            _1914.probability("GBR"),
            mistakes={
                0.6: "0.6 is Britain's pledge to France alone; France must first be drawn in, through Russia.",
                0.9: "Britain's pledge to Belgium never fires here: nobody attacks Belgium.",
            },
        ),
        hint="Follow the chain Serbia ← Russia ← France ← Britain and multiply.",
        explanation="0.8 × 0.9 × 0.6 = 0.432: Britain is three links from the war.",
    ),
    Exercise(
        key="10.2",
        question="Add Germany's attack on Belgium as a second seed: the probability that Britain fights.",
        answer=Number(
            _BELGIUM.probability("GBR"),
            mistakes={
                0.9: "Right pledge, but if Britain declines Belgium's call it can still be called by France two rounds later.",
                _1914.probability("GBR"): "That is the answer without the attack on Belgium.",
            },
        ),
        hint="Britain is first called by Belgium (0.9); if it declines, France may call it later (0.72 × 0.6).",
        explanation="0.9 + 0.1 × 0.72 × 0.6 = 0.943: the violation of Belgian neutrality gave Britain a direct trigger.",
    ),
    Exercise(
        key="10.3",
        question="Expected war size in the 1914 network (Austria-Hungary attacks Serbia), attacker and target included.",
        answer=Number(
            _1914.expected_war_size,
            mistakes={
                _1914.expected_war_size
                - 2: "Count Austria-Hungary and Serbia too: they are at war for sure.",
                _1914.expected_war_size
                - 3: "Count the two belligerents and Germany, whose blank cheque is honoured for sure.",
            },
        ),
        hint="Add up every state's probability of fighting on either side.",
        explanation="1 + 1 + 1 (Germany) + 0.8 + 0.72 + 0.432 = 4.952 states on average.",
    ),
    Exercise(
        key="10.4",
        question="Make both of Italy's pledges unconditional (U, probability 0.9): the probability that Italy joins the attacking side.",
        answer=Number(
            _ITALY_U.probability("ITA", "attacking"),
            mistakes={
                0.9: "Italy gets two separate calls: from Austria-Hungary in round 1 and, if it declines, from Germany in round 2.",
                0.0: "That is true of the defensive pledges; unconditional ones fire whichever side the ally is on.",
            },
        ),
        hint="P(Italy refuses both calls) = 0.1 × 0.1.",
        explanation="1 − 0.1 × 0.1 = 0.99: an unconditional casus foederis would have dragged Italy in.",
    ),
    Exercise(
        key="10.5",
        question="In the hub-and-spoke network (North Korea attacks South Korea, every pledge 0.745), the probability that Australia fights.",
        answer=Number(
            _ASIA.probability("AUS"),
            mistakes={
                0.745: "Australia has no pledge to South Korea: it is called only if the United States fights first.",
            },
        ),
        hint="Spokes are linked only through the hub: Korea ← United States ← Australia.",
        explanation="0.745² ≈ 0.555: every spoke beyond the hub is one more uncertain link away.",
    ),
    Exercise(
        key="10.6",
        question=(
            "A state has a defensive pledge to the target and an offensive pledge to the attacker, both "
            "honoured for sure. Where does it end up?"
        ),
        answer=Choice(
            "C",
            options="ABCD",
            mistakes={
                "A": "Both pledges fire in round 1, so it is called by both sides at once.",
                "B": "Both pledges fire in round 1, so it is called by both sides at once.",
                "D": "The rounds are synchronous: neither call comes first, and nothing is random here.",
            },
        ),
        hint="Both calls arrive in the same round. What does the cross-pressure rule say?",
        explanation="Called by both sides in the same round, it is cross-pressured and stays neutral for good.",
    ),
)
