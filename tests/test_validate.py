"""The shared validators: every bad argument is named, with its value and range."""

import math

import numpy as np
import pytest

from guaranteelab._validate import (
    choice,
    integer,
    less_than,
    nonnegative,
    positive,
    probability,
    real,
    scalar,
)


def test_scalars_come_back_as_float_and_arrays_as_float_arrays():
    assert real("x", 3) == 3.0 and isinstance(real("x", 3), float)
    out = real("x", [1, 2])
    assert isinstance(out, np.ndarray) and out.dtype == float
    assert isinstance(real("x", np.float32(0.5)), float)
    assert isinstance(real("x", np.array(2.0)), float)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: probability("capability", 1.5), r"capability must be in \[0, 1\]; got 1.5"),
        (lambda: probability("resolve", -0.1), r"resolve must be in \[0, 1\]; got -0.1"),
        (lambda: positive("cost", 0), r"cost must be in \(0, inf\); got 0"),
        (lambda: nonnegative("stake", -2), r"stake must be in \[0, inf\); got -2"),
        (lambda: real("gain", math.nan), r"gain must be a finite number in \(-inf, inf\); got nan"),
        (
            lambda: positive("cost", math.inf),
            r"cost must be a finite number in \(0, inf\); got inf",
        ),
        (lambda: probability("p", [0.2, 1.2, 3]), r"p must be in \[0, 1\]; got 1.2"),
        (lambda: probability("p", 1.0, open_high=True), r"p must be in \[0, 1\); got 1"),
        (lambda: probability("p", 0.0, open_low=True), r"p must be in \(0, 1\]; got 0"),
        (lambda: real("x", 5, ge=0, lt=5), r"x must be in \[0, 5\); got 5"),
        (lambda: integer("allies", 1, ge=2), r"allies must be an integer in \[2, inf\); got 1"),
        (lambda: integer("allies", 9, le=5), r"allies must be an integer in \(-inf, 5\]; got 9"),
        (lambda: choice("kind", "X", "DOU"), r"kind must be one of 'D', 'O', 'U'; got 'X'"),
        (
            lambda: less_than("sigma", 2.0, "gain", 1.0),
            r"sigma must be less than gain \(1\); got 2",
        ),
        (
            lambda: less_than("sigma", [0.5, 3.0], "gain", 2.0),
            r"sigma must be less than gain \(2\); got 3",
        ),
    ],
)
def test_value_errors_name_parameter_value_and_range(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(
    "bad", [True, "0.5", None, 1 + 2j, [True, False], np.array(["a"]), object()]
)
def test_non_numbers_raise_type_error_naming_the_parameter(bad):
    with pytest.raises(TypeError, match="resolve"):
        probability("resolve", bad)


@pytest.mark.parametrize("bad", [2.0, True, "3", None])
def test_integer_rejects_floats_bools_and_strings(bad):
    with pytest.raises(TypeError, match="allies must be an integer"):
        integer("allies", bad)


def test_valid_edges_pass():
    assert probability("p", 0) == 0.0 and probability("p", 1) == 1.0
    assert integer("n", np.int64(4), ge=2) == 4
    less_than("a", np.array([0.1, 0.2]), "b", 0.3)


def test_scalar_accepts_one_number_and_returns_a_float():
    assert scalar("x", 3) == 3.0 and isinstance(scalar("x", 3), float)
    assert isinstance(scalar("x", np.float32(0.5)), float)
    assert scalar("p", np.array(0.25), probability) == 0.25
    assert isinstance(scalar("p", np.array(0.25), probability), float)
    assert scalar("p", 0.5, probability, open_low=True) == 0.5
    assert scalar("x", 2, real, gt=1.0) == 2.0


@pytest.mark.parametrize("bad", [[0.5], (0.5, 0.6), np.array([0.5]), np.zeros((2, 2)), []])
def test_scalar_rejects_arrays_naming_the_parameter(bad):
    with pytest.raises(TypeError, match="resolve must be a single number, not an array"):
        scalar("resolve", bad, probability)


@pytest.mark.parametrize("bad", [True, np.bool_(False), "0.5", None, 1 + 2j])
def test_scalar_rejects_non_numbers(bad):
    with pytest.raises(TypeError, match="resolve"):
        scalar("resolve", bad, probability)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: scalar("capability", 1.5, probability), r"capability must be in \[0, 1\]"),
        (lambda: scalar("cost", np.array(0.0), positive), r"cost must be in \(0, inf\)"),
        (lambda: scalar("stake", math.nan, nonnegative), "stake must be a finite number"),
        (lambda: scalar("p", 1.0, probability, open_high=True), r"p must be in \[0, 1\)"),
        (lambda: scalar("x", 5, lt=5), r"x must be in \(-inf, 5\)"),
    ],
)
def test_scalar_applies_the_check_and_its_bounds(call, message):
    with pytest.raises(ValueError, match=message):
        call()
