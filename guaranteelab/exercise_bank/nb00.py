"""Self-checks for notebook 00, Start here."""

from guaranteelab.course import OUTLINE
from guaranteelab.exercises import Boolean, Choice, Exercise, Number

EXERCISES = (
    Exercise(
        key="00.1",
        question="Which part of the course studies allies who spend less because someone else protects them?",
        answer=Choice(
            "B",
            options="ABCD",
            mistakes={
                "A": "Deterrence asks whether a challenger is kept from attacking, not who pays for defence.",
                "C": "Entanglement is about being drawn into an ally's war, not about spending.",
            },
        ),
        hint="Spending less because an ally will pay is a classic case of moral hazard.",
        explanation="Free riding on a guarantor is the moral-hazard part (notebook 07).",
    ),
    Exercise(
        key="00.2",
        question="How many notebooks make up the Deterrence part of the course?",
        answer=Number(
            sum(nb.family == "Deterrence" for nb in OUTLINE),
            rel_tol=0,
            abs_tol=0.01,
        ),
        hint="Count the boxes in the Deterrence column of the course map, or filter course.OUTLINE.",
        explanation="They run from deterrence and credibility (02) to reputation (06).",
    ),
    Exercise(
        key="00.3",
        question="True or false: a model credited 'after Fearon (1997)' is Fearon's published model.",
        answer=Boolean(
            False,
            if_wrong="'After' marks our own simplified reconstruction in the spirit of the source.",
        ),
        hint="Reread the section on how the course labels its models.",
        explanation="'After X' means a reconstruction inspired by X; the notation and closed forms are ours.",
    ),
    Exercise(
        key="00.4",
        question="What does check() tell you if you leave the placeholder ... in place?",
        answer=Choice(
            "C",
            options="ABCD",
            mistakes={
                "A": "The placeholder is never marked wrong; you simply have not answered yet.",
                "B": "check() never raises an error on an answer, whatever its shape.",
            },
        ),
        hint="Run check('00.1', ...) in a new cell and read what it says.",
        explanation="It asks you to replace ... and says what shape of answer it expects.",
    ),
)
