"""Timing helpers shared by the benchmark scripts.

The scripts run as ``.venv/bin/python benchmarks/bench_x.py``, which puts this
folder on ``sys.path``, so they import these helpers with ``from _timing import ...``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

#: Points along each side of the parameter grid a vectorised call covers.
GRID = 1000


def timed(function: Callable[[], object]) -> float:
    """Seconds one call of ``function`` takes."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def best_of(function: Callable[[], object], repeats: int = 3) -> float:
    """The fastest of ``repeats`` calls of ``function``, in seconds."""
    return min(timed(function) for _ in range(repeats))


def median_of(function: Callable[[], object], repeats: int) -> float:
    """The median of ``repeats`` calls of ``function``, in seconds."""
    return statistics.median(timed(function) for _ in range(repeats))


def extrapolated(loop: Callable[[], object], done: int, total: int = GRID * GRID) -> float:
    """Seconds ``total`` units of work would take, from one run of ``loop`` doing ``done``."""
    return timed(loop) / done * total


def compare(
    name: str,
    vectorised: Callable[[], object],
    per_point: Callable[..., object],
    points: Sequence[tuple[Any, ...]],
    *,
    width: int = 48,
    repeats: int = 3,
) -> None:
    """Print the vectorised call's time beside a per-point loop's, extrapolated to the grid.

    ``vectorised`` covers the whole ``GRID`` x ``GRID`` grid in one call;
    ``per_point(*args)`` is timed over ``points``, a subsample of the grid.
    """
    fast = best_of(vectorised, repeats)
    slow = extrapolated(lambda: [per_point(*args) for args in points], len(points))
    print_comparison(
        name, fast, slow, width=width, note=f"extrapolated from {len(points):,} points"
    )


def print_comparison(
    name: str, fast: float, slow: float, *, width: int = 48, note: str = "extrapolated"
) -> None:
    """One row: the vectorised time, the loop's time and their ratio."""
    print(
        f"{name:<{width}} vectorised {fast * 1e3:8.1f} ms | loop ({note}) {slow:8.2f} s | "
        f"ratio {slow / fast:7.0f}x"
    )


def redraw_times(lab: Any, settings: Iterable[dict[str, Any]]) -> list[float]:
    """Seconds each ``lab.set(**values)`` takes (rendering included), one per ``values``."""
    return [timed(lambda values=values: lab.set(**values)) for values in settings]
