"""Self-checks: feedback for every kind of answer, and the bank agrees with the notebooks."""

import ast
import math
import re
from pathlib import Path

import nbformat
import numpy as np
import pytest

from guaranteelab import exercises
from guaranteelab.exercises import Boolean, Choice, Choices, Exercise, Number, all_exercises, check

ROOT = Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(
    (ROOT / "problem_sets").glob("*.ipynb")
)
CHECK_CALL = re.compile(r"""check\(\s*["']((?:\d\d|P\d+)\.\d+)["']""")


@pytest.fixture(autouse=True)
def lenient(monkeypatch):
    """Unit tests look at the feedback itself, so strict mode is off here."""
    monkeypatch.delenv(exercises.STRICT_ENV, raising=False)


@pytest.fixture
def bank(monkeypatch):
    """A private exercise of every kind, looked up by key."""
    made = {
        "99.1": Exercise(
            "99.1", "a number", Number(0.25, mistakes={4.0: "You inverted it."}), "Divide."
        ),
        "99.2": Exercise(
            "99.2", "a letter", Choice("B", mistakes={"A": "A assumes no cost."}), "Think."
        ),
        "99.3": Exercise("99.3", "letters", Choices(frozenset("AC")), "Several."),
        "99.4": Exercise("99.4", "yes or no", Boolean(True, if_wrong="It is true."), "Yes."),
        "99.5": Exercise("99.5", "infinite", Number(math.inf), "No finite value."),
    }
    monkeypatch.setattr(exercises, "get", made.get)
    return made


@pytest.mark.parametrize(
    "good", [0.25, "1/4", " 0.25 ", np.float64(0.2501), np.array([0.25]), 1 / 4]
)
def test_numbers_accept_any_numeric_spelling(bank, good):
    assert check("99.1", good).correct is True


def test_numbers_explain_known_mistakes_and_direction(bank):
    known = check("99.1", 4)
    assert (
        known.correct is False and known.message == "You inverted it." and known.hint == "Divide."
    )
    assert "too high" in check("99.1", 0.9).message
    assert "too low" in check("99.1", 0.1).message


def test_infinite_answers(bank):
    assert check("99.5", math.inf) and check("99.5", "inf")
    assert "exists" in check("99.5", 3).message


@pytest.mark.parametrize("malformed", ["abc", [1, 2], {"a": 1}, True, "1/0", math.nan])
def test_malformed_answers_never_raise_and_say_what_is_expected(bank, malformed):
    feedback = check("99.1", malformed)
    assert feedback.correct is None
    assert "Expected a number" in feedback.message


def test_placeholder_is_neither_right_nor_wrong(bank):
    feedback = check("99.2", ...)
    assert feedback.correct is None and "Replace ..." in feedback.message and not feedback


def test_choices(bank):
    assert check("99.2", "b") and check("99.2", "(B)")
    assert check("99.2", "A").message == "A assumes no cost."
    assert check("99.2", "Z").correct is None
    assert check("99.3", "CA") and check("99.3", {"a", "c"}) and check("99.3", ["A", "C"])
    partial = check("99.3", "AB")
    assert "1 of your choices is false" in partial.message and "missed 1" in partial.message
    assert check("99.3", 7).correct is None


def test_booleans(bank):
    assert check("99.4", True) and check("99.4", "yes")
    assert check("99.4", False).message == "It is true."
    assert check("99.4", 1).correct is None


def test_unknown_key_is_explained_not_raised(bank):
    for key in ("42.42", "nonsense", 3):
        assert check(key, 1).correct is None


def test_feedback_renders_as_text_and_html(bank):
    feedback = check("99.1", 4)
    assert str(feedback).startswith("✘ Exercise 99.1")
    assert "Hint" in feedback._repr_html_()


def test_strict_mode_raises_on_wrong_answers_but_not_on_placeholders(bank, monkeypatch):
    monkeypatch.setenv(exercises.STRICT_ENV, "1")
    assert check("99.1", ...).correct is None
    assert check("99.1", 0.25)
    with pytest.raises(AssertionError, match=r"99\.1"):
        check("99.1", 4)


def test_every_reference_answer_passes_its_own_check():
    for key, exercise in all_exercises().items():
        assert check(key, exercise.answer.reference), key


def test_every_exercise_is_complete():
    for key, exercise in all_exercises().items():
        assert re.fullmatch(r"(\d\d|P\d+)\.\d+", key)
        assert exercise.question and exercise.hint and exercise.explanation, key


def _check_keys(source: str) -> set[str]:
    return set(CHECK_CALL.findall(source))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_keys_exist_and_every_exercise_is_used(path):
    notebook = nbformat.read(path, as_version=4)
    prefix = path.name[:2] if path.parent.name == "notebooks" else "P" + path.name[2:].split("_")[0]
    used = set().union(*(_check_keys(c.source) for c in notebook.cells if c.cell_type == "code"))
    bank_keys = {k for k in all_exercises() if k.startswith(prefix + ".")}
    assert used <= set(all_exercises()), f"unknown keys {used - set(all_exercises())}"
    assert used == bank_keys, f"bank and notebook disagree: {used ^ bank_keys}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_each_exercise_has_a_placeholder_cell_and_a_worked_solution(path):
    notebook = nbformat.read(path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    for key in {k for c in code for k in _check_keys(c.source)}:
        placeholder = [
            c
            for c in code
            if key in _check_keys(c.source) and "solution" not in c.metadata.get("tags", [])
        ]
        solutions = [
            c
            for c in code
            if key in _check_keys(c.source) and "solution" in c.metadata.get("tags", [])
        ]
        assert len(placeholder) == 1 and "answer = ..." in placeholder[0].source, key
        assert len(solutions) == 1, key
        assert solutions[0].metadata.get("jupyter", {}).get("source_hidden") is True, (
            f"{key} not collapsed"
        )
        ast.parse(solutions[0].source)
