"""Print the course's foundation timings: import cost, lab redraw, notebook execution.

Run with ``.venv/bin/python benchmarks/bench_foundation.py`` (``--skip-notebooks`` to
leave out the slowest part). Figures are medians over repeated runs; each is
printed beside a baseline measured in the same run, since absolute times
depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(command: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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


def lab_redraw(repeats: int = 40) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from guaranteelab import labs

    lab = labs.timeline()
    eras = [(1839 + 3 * i, 2026) for i in range(repeats)]
    controls, renders = [], []
    for era in eras:
        start = time.perf_counter()
        lab.set(era=era)
        controls.append(time.perf_counter() - start)
        start = time.perf_counter()
        lab.view.update(**lab.values())
        renders.append(time.perf_counter() - start)
    print("Timeline lab (notebook 01), era slider moved")
    print(
        f"  control change -> new PNG in the widget  median {1000 * statistics.median(controls):6.1f} ms"
    )
    print(
        f"  of which moving the artists              median {1000 * statistics.median(renders):6.1f} ms"
    )


def notebook_times() -> None:
    import nbformat
    from nbclient import NotebookClient

    print("Notebook execution on a fresh kernel (includes kernel start-up)")
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        start = time.perf_counter()
        NotebookClient(
            notebook,
            timeout=600,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        print(f"  {path.name:50s} {time.perf_counter() - start:6.1f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-notebooks", action="store_true")
    arguments = parser.parse_args()
    import_time()
    lab_redraw()
    if not arguments.skip_notebooks:
        notebook_times()
