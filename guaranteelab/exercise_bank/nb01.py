"""Self-checks for notebook 01, What is a security guarantee?

Answers about the dataset are computed from the dataset, so a correction to a
row can never leave an exercise behind.
"""

from guaranteelab.cases import load_guarantees
from guaranteelab.exercises import Boolean, Choice, Choices, Exercise, Number

_TABLE = load_guarantees()
_INVOKED = int((_TABLE["invoked_or_tested"] == "yes").sum())
_TESTED_AT_ALL = int((_TABLE["invoked_or_tested"] != "no").sum())
_OPTIONS = {
    "A": "nato_1949",
    "B": "us_rok_1953",
    "C": "us_japan_1960",
    "D": "anzus_1951",
    "E": "budapest_1994",
}
_CONSTITUTIONAL = frozenset(
    letter
    for letter, row_id in _OPTIONS.items()
    if _TABLE.loc[row_id, "wording_class"] == "constitutional_processes"
)

EXERCISES = (
    Exercise(
        key="01.1",
        question="What kind of arrangement is the 1994 Budapest Memorandum?",
        answer=Choice(
            "C",
            options="ABCD",
            mistakes={
                "A": "No signatory joined Ukraine in an alliance or promised to treat an attack on it as an attack on itself.",
                "B": "A mutual defence treaty obliges each party to help the other; the memorandum obliges no one to defend Ukraine.",
                "D": "Three states signed it together with Ukraine; it is not one state's own declaration.",
            },
        ),
        hint="Look at what the signatories actually promised: to respect borders, to refrain from force, to go to the Security Council.",
        explanation="It is a security assurance: promises of restraint and of diplomatic action, not of defence.",
    ),
    Exercise(
        key="01.2",
        question="How many guarantees in the dataset were formally invoked (invoked_or_tested == 'yes')?",
        answer=Number(
            _INVOKED,
            rel_tol=0,
            abs_tol=0.01,
            mistakes={
                _TESTED_AT_ALL: "That counts crises short of invocation ('tested') too. Count only 'yes'."
            },
        ),
        hint="table['invoked_or_tested'].value_counts() counts every category.",
        explanation="Most guarantees in the table were never formally called on; invocation is the exception.",
    ),
    Exercise(
        key="01.3",
        question="Which commitments promise to act 'in accordance with constitutional processes'?",
        answer=Choices(_CONSTITUTIONAL, options="ABCDE"),
        hint="Compare the wording_class column for the five rows, or reread the wording section.",
        explanation=(
            "The US treaties in Asia and ANZUS use the 'constitutional processes' formula; NATO's Article 5 "
            "leaves each ally to take 'such action as it deems necessary', and the Budapest Memorandum "
            "promises no defence at all."
        ),
    ),
    Exercise(
        key="01.4",
        question="In which year was NATO's Article 5 invoked for the first (and so far only) time?",
        answer=Number(
            2001,
            rel_tol=0,
            abs_tol=0.01,
            mistakes={1949: "1949 is the year the treaty was signed."},
        ),
        hint="It followed an attack on the United States.",
        explanation="The allies invoked it on 12 September 2001, the day after the 11 September attacks.",
    ),
    Exercise(
        key="01.5",
        question=(
            "True or false: if automatically worded guarantees in this table were invoked more often, that "
            "would show automatic wording causes invocation."
        ),
        answer=Boolean(
            False,
            if_wrong=(
                "A hand-picked table of 25 famous cases is no sample from which to infer causes: the cases were "
                "chosen because they are well known, and wording is chosen by states that expect different threats."
            ),
        ),
        hint="Ask how the 25 rows were chosen, and whether states choose their wording at random.",
        explanation=(
            "Selection works twice: we remember guarantees that were tested, and states pick wording with the "
            "threats they expect in mind. Causal claims need systematic data such as ATOP and a research design."
        ),
    ),
)
