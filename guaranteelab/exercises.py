"""Self-check exercises: ``check("02.1", answer)`` in a notebook.

Every notebook ends with exercises. A learner writes an answer and calls
:func:`check` with the exercise's key (``"NN.k"``: notebook ``NN``, exercise
``k``). The result is a :class:`Feedback` that says whether the answer is
right, and if not, what a common mistake would explain it and a hint.

:func:`check` never raises on a malformed answer: it explains the shape of
answer it expects ("a number such as 0.25", "one letter from A–D"). Leaving
the notebook's placeholder ``...`` in place is not an error either.

The exercises themselves live in :mod:`guaranteelab.exercise_bank`, one module
per notebook (``nb02.py`` holds ``02.1``, ``02.2``, ...) and per problem set
(``ps1.py`` holds ``P1.1``, ...), and where possible
their expected answers are computed by the library's model functions rather
than typed in, so a fix to a model can never leave an exercise behind.

Worked solutions sit in notebook cells tagged ``solution`` (collapsed by
default) and end with a call to :func:`check`. The test suite runs the
notebooks with the environment variable ``GUARANTEELAB_STRICT_CHECKS=1``, under
which a wrong or unknown answer raises instead of returning feedback, so a
broken worked solution fails CI.
"""

from __future__ import annotations

import html
import importlib
import math
import os
import pkgutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from numbers import Real
from typing import Any, Protocol

__all__ = [
    "Boolean",
    "Choice",
    "Choices",
    "Exercise",
    "Feedback",
    "Number",
    "all_exercises",
    "check",
    "get",
]

STRICT_ENV = "GUARANTEELAB_STRICT_CHECKS"


class _Malformed(Exception):
    """Raised inside a parser when an answer does not have the expected shape."""


class AnswerKind(Protocol):
    """How one exercise's answers are parsed and judged."""

    expects: str

    def parse(self, raw: Any) -> Any: ...

    def judge(self, parsed: Any) -> tuple[bool, str]: ...

    @property
    def reference(self) -> Any: ...


def _to_float(raw: Any) -> float:
    if isinstance(raw, bool):
        raise _Malformed("a boolean is not a number")
    if isinstance(raw, str):
        text = raw.strip().replace(" ", "")
        try:
            value = float(Fraction(text)) if "/" in text else float(text)
        except (ValueError, ZeroDivisionError) as exc:
            raise _Malformed(f"{raw!r} is not a number") from exc
    elif isinstance(raw, Real):
        value = float(raw)
    elif (
        hasattr(raw, "item") and getattr(raw, "size", None) == 1
    ):  # numpy scalar or 1-element array
        return _to_float(raw.item())
    else:
        raise _Malformed(f"got {type(raw).__name__}")
    if not math.isfinite(value):
        raise _Malformed(f"{value} is not a finite number")
    return value


@dataclass(frozen=True)
class Number:
    """A numerical answer, right within a tolerance.

    Parameters
    ----------
    value
        The expected answer (``math.inf`` allowed, for thresholds that do not exist).
    rel_tol, abs_tol
        Accepted error, as in :func:`math.isclose`.
    mistakes
        Common wrong answers mapped to feedback that explains them.
    """

    value: float
    rel_tol: float = 1e-2
    abs_tol: float = 1e-3
    mistakes: Mapping[float, str] = field(default_factory=dict)
    expects: str = "a number, such as 0.25 or 1/4"

    @property
    def reference(self) -> float:
        return self.value

    def parse(self, raw: Any) -> float:
        if isinstance(raw, str) and raw.strip().lower() in {"inf", "infinity", "∞"}:
            return math.inf
        if isinstance(raw, Real) and not isinstance(raw, bool) and math.isinf(raw):
            return float(raw)
        return _to_float(raw)

    def _close(self, a: float, b: float) -> bool:
        if math.isinf(a) or math.isinf(b):
            return a == b
        return math.isclose(a, b, rel_tol=self.rel_tol, abs_tol=self.abs_tol)

    def judge(self, parsed: float) -> tuple[bool, str]:
        if self._close(parsed, self.value):
            return True, f"Correct: {_show(self.value)}."
        for wrong, message in self.mistakes.items():
            if self._close(parsed, wrong):
                return False, message
        if math.isinf(self.value) or math.isinf(parsed):
            return (
                False,
                "Not quite: think about whether this quantity exists (is finite) at all here.",
            )
        direction = "too high" if parsed > self.value else "too low"
        return False, f"Not quite: {_show(parsed)} is {direction}."


@dataclass(frozen=True)
class Choice:
    """One option out of several, given as a letter ("B") in any case."""

    correct: str
    options: str = "ABCD"
    mistakes: Mapping[str, str] = field(default_factory=dict)

    @property
    def expects(self) -> str:
        return f"one letter from {self.options[0]}–{self.options[-1]}, as a string such as 'B'"

    @property
    def reference(self) -> str:
        return self.correct

    def parse(self, raw: Any) -> str:
        if not isinstance(raw, str):
            raise _Malformed(f"got {type(raw).__name__}")
        letter = raw.strip().strip("()").upper()
        if len(letter) != 1 or letter not in self.options:
            raise _Malformed(f"{raw!r} is not one of the options")
        return letter

    def judge(self, parsed: str) -> tuple[bool, str]:
        if parsed == self.correct.upper():
            return True, f"Correct: {self.correct.upper()}."
        return False, self.mistakes.get(
            parsed, f"Not {parsed}. Look again at what each option assumes."
        )


@dataclass(frozen=True)
class Choices:
    """Select all that apply: a set of letters, e.g. ``{"A", "C"}`` or ``"AC"``."""

    correct: frozenset[str]
    options: str = "ABCDE"

    @property
    def expects(self) -> str:
        return f"the letters of every true statement from {self.options[0]}–{self.options[-1]}, e.g. 'AC'"

    @property
    def reference(self) -> frozenset[str]:
        return self.correct

    def parse(self, raw: Any) -> frozenset[str]:
        if isinstance(raw, str):
            letters = [c for c in raw.upper() if c.isalpha()]
        elif isinstance(raw, Iterable):
            letters = [str(c).strip().upper() for c in raw]
        else:
            raise _Malformed(f"got {type(raw).__name__}")
        chosen = frozenset(letters)
        if not chosen or not chosen <= set(self.options):
            raise _Malformed(f"{raw!r} does not name options from {self.options}")
        return chosen

    def judge(self, parsed: frozenset[str]) -> tuple[bool, str]:
        correct = frozenset(c.upper() for c in self.correct)
        if parsed == correct:
            return True, f"Correct: {''.join(sorted(correct))}."
        missing = len(correct - parsed)
        extra = len(parsed - correct)
        parts = []
        if extra:
            parts.append(f"{extra} of your choices {'is' if extra == 1 else 'are'} false")
        if missing:
            parts.append(f"you missed {missing} true statement{'s' if missing > 1 else ''}")
        return False, "Not quite: " + " and ".join(parts) + "."


@dataclass(frozen=True)
class Boolean:
    """A yes/no answer: ``True``/``False`` (or the strings "yes"/"no")."""

    correct: bool
    if_wrong: str = ""
    expects: str = "True or False"

    @property
    def reference(self) -> bool:
        return self.correct

    def parse(self, raw: Any) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in {"true", "yes", "false", "no"}:
            return raw.strip().lower() in {"true", "yes"}
        raise _Malformed(f"got {raw!r}")

    def judge(self, parsed: bool) -> tuple[bool, str]:
        if parsed == self.correct:
            return True, f"Correct: {self.correct}."
        return False, self.if_wrong or f"Not {parsed}."


@dataclass(frozen=True)
class Exercise:
    """One self-check exercise.

    Parameters
    ----------
    key
        ``"NN.k"``: notebook number and exercise number.
    question
        A one-line reminder of what is asked (the notebook states it in full).
    answer
        A :class:`Number`, :class:`Choice`, :class:`Choices` or :class:`Boolean`.
    hint
        Shown after a wrong answer.
    explanation
        Shown after a right one: why it is right, in a sentence or two.
    """

    key: str
    question: str
    answer: AnswerKind
    hint: str
    explanation: str = ""


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer. ``bool(feedback)`` is True only when correct.

    ``correct`` is ``None`` when the answer could not be judged (the
    placeholder, a malformed answer or an unknown key).
    """

    key: str
    correct: bool | None
    message: str
    hint: str = ""

    def __bool__(self) -> bool:
        return bool(self.correct)

    def __str__(self) -> str:
        mark = {True: "✔", False: "✘", None: "?"}[self.correct]
        text = f"{mark} Exercise {self.key}: {self.message}"
        return text + (f"\n  Hint: {self.hint}" if self.hint else "")

    def _repr_html_(self) -> str:
        colour = {True: "#009E73", False: "#D55E00", None: "#7F7F7F"}[self.correct]
        mark = {True: "✔", False: "✘", None: "?"}[self.correct]
        body = f"<b>{mark} Exercise {html.escape(self.key)}:</b> {html.escape(self.message)}"
        if self.hint:
            body += f"<br><i>Hint:</i> {html.escape(self.hint)}"
        return f"<div style='border-left:4px solid {colour};padding:0.3em 0.8em'>{body}</div>"

    def __repr__(self) -> str:
        return str(self)


def _show(value: float) -> str:
    return "∞ (no finite value)" if math.isinf(value) else f"{value:.4g}"


def _bank_module(key: str) -> str:
    # "02.1" lives in nb02.py (notebook 02); "P1.3" in ps1.py (problem set 1).
    prefix = key.split(".")[0]
    if prefix.startswith("P"):
        return f"guaranteelab.exercise_bank.ps{prefix[1:]}"
    return f"guaranteelab.exercise_bank.nb{prefix}"


def all_exercises() -> dict[str, Exercise]:
    """Every exercise in the bank, keyed by ``"NN.k"``."""
    import guaranteelab.exercise_bank as bank

    found: dict[str, Exercise] = {}
    for info in sorted(pkgutil.iter_modules(bank.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{bank.__name__}.{info.name}")
        for exercise in module.EXERCISES:
            if exercise.key in found:
                raise RuntimeError(f"exercise key {exercise.key} is defined twice")
            found[exercise.key] = exercise
    return found


def get(key: str) -> Exercise | None:
    """Look up one exercise, or ``None`` if the key does not exist."""
    if not isinstance(key, str) or "." not in key:
        return None
    try:
        module = importlib.import_module(_bank_module(key))
    except ModuleNotFoundError:
        return None
    return next((e for e in module.EXERCISES if e.key == key), None)


def check(key: str, answer: Any) -> Feedback:
    """Check a learner's answer to exercise ``key``.

    Parameters
    ----------
    key
        The exercise, e.g. ``"01.2"``.
    answer
        The learner's answer; its expected shape depends on the exercise.

    Returns
    -------
    Feedback
        Displays as a coloured box in a notebook; truthy only when correct.

    Examples
    --------
    >>> check("01.1", ...).correct is None  # the placeholder is not an error
    True
    >>> bool(check("01.1", "c"))  # letters in any case
    True
    """
    exercise = get(key)
    if exercise is None:
        feedback = Feedback(str(key), None, f"There is no exercise {key!r}. Keys look like '02.1'.")
        return _strict(feedback)
    if answer is ... or answer is None:
        return Feedback(key, None, f"Replace ... with your answer: {exercise.answer.expects}.")
    try:
        parsed = exercise.answer.parse(answer)
    except _Malformed as exc:
        return _strict(
            Feedback(
                key,
                None,
                f"I could not read that answer ({exc}). Expected {exercise.answer.expects}.",
            )
        )
    correct, message = exercise.answer.judge(parsed)
    if correct and exercise.explanation:
        message = f"{message} {exercise.explanation}"
    return _strict(Feedback(key, correct, message, "" if correct else exercise.hint))


def _strict(feedback: Feedback) -> Feedback:
    if os.environ.get(STRICT_ENV) == "1" and not feedback.correct:
        raise AssertionError(f"{STRICT_ENV}=1 and a checked answer is not correct: {feedback}")
    return feedback
