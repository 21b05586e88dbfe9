"""Print the course's foundation timings: import cost, lab redraw, notebook execution.

Run with ``.venv/bin/python benchmarks/bench_foundation.py`` (``--skip-notebooks`` to
leave out the slowest part). Figures are medians over repeated runs; each is
printed beside a baseline measured in the same run, since absolute times
depend on the machine.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import subprocess
import sys
from pathlib import Path

from _timing import median_of, timed

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(command: list[str], repeats: int) -> float:
    return median_of(lambda: subprocess.run(command, check=True, capture_output=True), repeats)


def import_time(repeats: int = 9) -> None:
    bare = median_seconds([sys.executable, "-c", "pass"], repeats)
    package = median_seconds(
        [sys.executable, "-c", "import guaranteelab.cases, guaranteelab.deterrence"], repeats
    )
    pandas = median_seconds([sys.executable, "-c", "import pandas"], repeats)
    pyplot = median_seconds([sys.executable, "-c", "import matplotlib.pyplot, ipywidgets"], repeats)
    print("Import time (median of fresh interpreters, minus bare interpreter start-up)")
    print(f"  guaranteelab (+cases, deterrence) {1000 * (package - bare):7.1f} ms")
    print(f"  pandas alone (baseline)           {1000 * (pandas - bare):7.1f} ms")
    print(
        f"  matplotlib.pyplot + ipywidgets    {1000 * (pyplot - bare):7.1f} ms  (not paid at import)"
    )


def lab_redraw(steps: int = 30) -> None:
    """Median time from a slider change to a new PNG in each lab's image widget.

    The baseline redraws the whole figure for every step (what re-plotting
    without the incremental renderer would cost at best), measured in the
    same run on the same slider values.
    """
    import ipywidgets as widgets
    import matplotlib
    import numpy as np

    matplotlib.use("Agg")
    from guaranteelab import labs
    from guaranteelab.labs._core import Lab
    from guaranteelab.plotting import render_png

    def full_redraw(lab: Lab) -> None:
        lab.view.update(**lab.values())
        render_png(lab.view.figure)

    print("Lab redraw: slider change -> new PNG (median over slider positions)")
    print(f"  {'lab':22s} {'slider':26s} {'incremental':>12s} {'full redraw':>12s} {'ratio':>6s}")
    for name in sorted(labs.available()):
        lab = getattr(labs, name)()
        slider = next(
            (
                key
                for key, control in lab.controls.items()
                if isinstance(control, widgets.FloatSlider | widgets.IntSlider)
            ),
            None,
        )
        if slider is None:  # e.g. timeline(): a range slider and dropdowns only
            print(f"  {name:22s} (no single-value slider to move)")
            continue
        control = lab.controls[slider]
        values = np.linspace(control.min, control.max, steps)
        if isinstance(control, widgets.IntSlider):
            values = np.unique(values.round().astype(int))
        incremental, full = [], []
        for value in values:
            incremental.append(timed(functools.partial(lab.set, **{slider: value.item()})))
            full.append(timed(functools.partial(full_redraw, lab)))
        fast, slow = statistics.median(incremental), statistics.median(full)
        print(
            f"  {name:22s} {slider:26s} {1000 * fast:9.1f} ms {1000 * slow:9.1f} ms {slow / fast:5.1f}x"
        )


def notebook_times() -> None:
    import nbformat
    from nbclient import NotebookClient

    print("Notebook execution on a fresh kernel (includes kernel start-up)")
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        client = NotebookClient(
            nbformat.read(path, as_version=4),
            timeout=600,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        )
        print(f"  {path.name:50s} {timed(client.execute):6.1f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-notebooks", action="store_true")
    arguments = parser.parse_args()
    import_time()
    lab_redraw()
    if not arguments.skip_notebooks:
        notebook_times()
