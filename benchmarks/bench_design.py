"""Benchmarks for the design layer (guaranteelab.design) and its lab.

Prints the time of one vectorised ``GuaranteeDesign.over_time`` call over a
long array of crisis dates, the time a plain per-date Python loop of
``scorecard`` would take over the same dates (measured in the same run on an
evenly spaced subsample and extrapolated), their ratio,
and the median redraw time of the lab (``lab.set(...)`` of one control,
including PNG rendering). Run with ``.venv/bin/python benchmarks/bench_design.py``.
"""

from __future__ import annotations

import statistics

import matplotlib

matplotlib.use("Agg")

import numpy as np
from _timing import best_of, extrapolated, print_comparison, redraw_times

from guaranteelab import design

DATES = 100_000
LOOP_SAMPLE = 1_000
REPEATS = 5


def main() -> None:
    setting = design.Setting(capability_decline=0.03)
    nato = design.PRESETS["nato_1949"].design
    years = np.linspace(0.01, 50.0, DATES)

    print(f"Crisis dates: {DATES:,}\n")
    fast = best_of(lambda: nato.over_time(setting, years), REPEATS)
    sample = years[:: DATES // LOOP_SAMPLE]
    slow = extrapolated(
        lambda: [nato.scorecard(setting, float(t)) for t in sample], len(sample), DATES
    )
    print_comparison(
        "over_time(NATO 1949) vs a loop of scorecard()",
        fast,
        slow,
        width=48,
        note=f"extrapolated from {len(sample):,} dates",
    )

    from guaranteelab.labs.design import guarantee_design

    print()
    lab = guarantee_design()
    sweeps = {
        "forward_forces": np.linspace(0.0, 1.0, 11),
        "years": np.linspace(1.0, 30.0, 11),
        "capability_decline": np.linspace(0.0, 0.1, 11),
        "ratification_threshold": np.linspace(0.0, 0.95, 11),
    }
    times = redraw_times(
        lab, ({name: float(value)} for name, values in sweeps.items() for value in values)
    )
    times += redraw_times(lab, ({"wording": key} for key in (*design.WORDINGS, "discretionary")))
    times += redraw_times(lab, ({"exit_clause": flag} for flag in (True, False, True, False)))
    print(
        f"lab {'guarantee_design()':<44} median redraw {statistics.median(times) * 1e3:6.1f} ms "
        f"over {len(times)} changes (includes PNG rendering)"
    )


if __name__ == "__main__":
    main()
