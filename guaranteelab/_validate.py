"""Argument validation shared by every public function and class.

Every check raises an error that names the parameter, the value received and
the valid range, so a learner who mistypes a slider value or a function
argument learns what went wrong without reading a traceback:

>>> from guaranteelab._validate import probability
>>> probability("capability", 1.5)
Traceback (most recent call last):
...
ValueError: capability must be in [0, 1]; got 1.5

Numbers may be scalars or numpy arrays (the closed forms broadcast). Scalars
come back as ``float`` and arrays as float ``ndarray``; NaN and infinity are
always rejected, and so are booleans, which Python would otherwise treat as 0
and 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from numbers import Integral, Real
from typing import Any, TypeVar

import numpy as np

Number = float | np.ndarray
T = TypeVar("T")

__all__ = [
    "as_result",
    "choice",
    "integer",
    "less_than",
    "nonnegative",
    "positive",
    "probability",
    "real",
    "scalar",
]


def _interval(ge: float | None, gt: float | None, le: float | None, lt: float | None) -> str:
    """Render the valid range in interval notation, e.g. ``[0, 1]`` or ``(0, inf)``."""
    low = f"[{_fmt(ge)}" if ge is not None else f"({_fmt(gt)}" if gt is not None else "(-inf"
    high = f"{_fmt(le)}]" if le is not None else f"{_fmt(lt)})" if lt is not None else "inf)"
    return f"{low}, {high}"


def _fmt(x: float) -> str:
    return f"{x:g}"


def _as_numeric(name: str, value: object) -> Number:
    """Convert to float or float array, rejecting types that are not real numbers."""
    if isinstance(value, bool | np.bool_):
        raise TypeError(f"{name} must be a real number, not a boolean; got {value!r}")
    if isinstance(value, Real):
        return float(value)
    if isinstance(value, np.ndarray | list | tuple):
        array = np.asarray(value)
        if array.dtype == bool or not np.issubdtype(array.dtype, np.number):
            raise TypeError(f"{name} must contain real numbers; got an array of {array.dtype}")
        if np.issubdtype(array.dtype, np.complexfloating):
            raise TypeError(f"{name} must contain real numbers; got complex values")
        if array.ndim == 0:
            return float(array)
        return array.astype(float)
    raise TypeError(f"{name} must be a real number or an array of them; got {type(value).__name__}")


def _first_offender(values: np.ndarray, bad: np.ndarray) -> float:
    return float(values[bad].flat[0])


def real(
    name: str,
    value: object,
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    lt: float | None = None,
) -> Number:
    """Validate a real number (or array) that must be finite and lie in a range.

    Parameters
    ----------
    name
        The parameter's name, quoted in the error message.
    value
        A real scalar, or an array-like of reals.
    ge, gt, le, lt
        Optional bounds: greater-or-equal, greater-than, less-or-equal, less-than.

    Returns
    -------
    float or numpy.ndarray
        The value as a float, or as a float array.

    Raises
    ------
    TypeError
        If the value is not a real number (strings, booleans, complex, None).
    ValueError
        If it is NaN, infinite or outside the range.

    Examples
    --------
    >>> real("cost", 2)
    2.0
    >>> real("cost", -1, gt=0)
    Traceback (most recent call last):
    ...
    ValueError: cost must be in (0, inf); got -1
    """
    numeric = _as_numeric(name, value)
    interval = _interval(ge, gt, le, lt)
    array = np.asarray(numeric)
    finite = np.isfinite(array)
    if not finite.all():
        shown = _first_offender(array, ~finite)
        raise ValueError(f"{name} must be a finite number in {interval}; got {shown:g}")
    bad = np.zeros(array.shape, dtype=bool)
    if ge is not None:
        bad |= array < ge
    if gt is not None:
        bad |= array <= gt
    if le is not None:
        bad |= array > le
    if lt is not None:
        bad |= array >= lt
    if bad.any():
        raise ValueError(f"{name} must be in {interval}; got {_first_offender(array, bad):g}")
    return numeric


def probability(
    name: str, value: object, *, open_low: bool = False, open_high: bool = False
) -> Number:
    """Validate a probability in [0, 1] (optionally open at either end)."""
    return real(
        name,
        value,
        ge=None if open_low else 0.0,
        gt=0.0 if open_low else None,
        le=None if open_high else 1.0,
        lt=1.0 if open_high else None,
    )


def positive(name: str, value: object) -> Number:
    """Validate a strictly positive finite number."""
    return real(name, value, gt=0.0)


def nonnegative(name: str, value: object) -> Number:
    """Validate a non-negative finite number."""
    return real(name, value, ge=0.0)


def scalar(name: str, value: object, check: Callable[..., Number] = real, **bounds: Any) -> float:
    """Validate one number for a model's parameter, where an array is not allowed.

    A model dataclass describes one situation, so each of its parameters must
    be a single number, while the module's functions broadcast over arrays.

    Parameters
    ----------
    name
        The parameter's name, quoted in the error message.
    value
        A Python or numpy real number, or a 0-d array holding one.
    check
        The validator to apply: `real`, `probability`, `positive` or
        `nonnegative`.
    **bounds
        Keyword arguments passed on to ``check``, e.g. ``gt=0.0`` for `real`
        or ``open_low=True`` for `probability`.

    Returns
    -------
    float
        The validated value as a float.

    Raises
    ------
    TypeError
        If the value is a list, a tuple or an array with one dimension or
        more, or is not a real number at all.
    ValueError
        If ``check`` rejects the value (NaN, infinite or out of range).

    Examples
    --------
    >>> scalar("capability", np.array(0.5), probability)
    0.5
    >>> scalar("upper", 3, gt=0.0, le=1e6)
    3.0
    >>> scalar("capability", [0.2, 0.4], probability)
    Traceback (most recent call last):
    ...
    TypeError: capability must be a single number, not an array; use the module's functions for arrays
    """
    if isinstance(value, list | tuple) or np.ndim(value) > 0:
        raise TypeError(
            f"{name} must be a single number, not an array; use the module's functions for arrays"
        )
    return float(check(name, value, **bounds))


def integer(name: str, value: object, *, ge: int | None = None, le: int | None = None) -> int:
    """Validate an integer (not a bool, not a float) within optional bounds.

    >>> integer("allies", 3, ge=2)
    3
    >>> integer("allies", 1, ge=2)
    Traceback (most recent call last):
    ...
    ValueError: allies must be an integer in [2, inf); got 1
    """
    if isinstance(value, bool | np.bool_) or not isinstance(value, Integral):
        raise TypeError(f"{name} must be an integer; got {value!r} ({type(value).__name__})")
    number = int(value)
    low = f"[{ge}" if ge is not None else "(-inf"
    high = f"{le}]" if le is not None else "inf)"
    if (ge is not None and number < ge) or (le is not None and number > le):
        raise ValueError(f"{name} must be an integer in {low}, {high}; got {number}")
    return number


def choice(name: str, value: T, options: Iterable[T]) -> T:
    """Validate that a value is one of a fixed set of options.

    >>> choice("wording", "automatic", ["automatic", "discretionary"])
    'automatic'
    """
    allowed = list(options)
    if value not in allowed:
        listed = ", ".join(repr(option) for option in allowed)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value


def less_than(name_low: str, low: Number, name_high: str, high: Number) -> None:
    """Require ``low < high`` elementwise, for parameters constrained by each other.

    >>> less_than("status_quo_value", 2.0, "gain", 1.0)
    Traceback (most recent call last):
    ...
    ValueError: status_quo_value must be less than gain (1); got 2
    """
    low_array, high_array = np.broadcast_arrays(np.asarray(low), np.asarray(high))
    bad = low_array >= high_array
    if bad.any():
        shown_low = float(low_array[bad].flat[0])
        shown_high = float(high_array[bad].flat[0])
        raise ValueError(
            f"{name_low} must be less than {name_high} ({shown_high:g}); got {shown_low:g}"
        )


def as_result(value: object) -> Number:
    """Return a closed form's result: a Python scalar for 0-d input, the array otherwise.

    Closed forms broadcast, so the same code serves a single point and a whole
    parameter map; this keeps a single point's answer a plain ``float`` (or
    ``bool`` for a yes/no result) rather than a 0-d array.

    >>> as_result(np.float64(0.25)), as_result(np.True_), as_result(np.zeros(2))
    (0.25, True, array([0., 0.]))
    """
    array = np.asarray(value)
    if array.ndim == 0:
        return bool(array) if array.dtype == bool else float(array)
    return array
