#!/usr/bin/env python3
"""Set up and run the course with one command each, on any machine with Python 3.10+.

    python3 tasks.py lab     # install into .venv (first time only) and open the course
    python3 tasks.py test    # install into .venv (first time only) and run every check

The virtual environment lives in ``.venv`` next to this file and is rebuilt
only when ``pyproject.toml`` changes. Nothing is installed outside it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"
MINIMUM_PYTHON = (3, 10)


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    """Run a command from the repository root, stopping at the first failure."""
    printable = " ".join(str(part) for part in command)
    print(f"\n$ {printable}", flush=True)
    completed = subprocess.run([str(part) for part in command], cwd=ROOT, env=env)
    if completed.returncode != 0:
        sys.exit(f"tasks.py: '{printable}' failed with exit code {completed.returncode}")


def ensure_environment(extras: str) -> None:
    """Create .venv and install the package with ``extras`` unless already current."""
    if sys.version_info < MINIMUM_PYTHON:
        sys.exit(f"GuaranteeLab needs Python {'.'.join(map(str, MINIMUM_PYTHON))} or newer")
    stamp = VENV / f".installed-{extras.replace(',', '-')}"
    fingerprint = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == fingerprint and PYTHON.exists():
        return
    if not PYTHON.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        try:
            venv.create(VENV, with_pip=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            sys.exit(
                f"Could not create {VENV} ({exc}). On Debian or Ubuntu install the "
                "python3-venv package first."
            )
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
    stamp.write_text(fingerprint)


def lab() -> None:
    """Open the course in JupyterLab at the first notebook."""
    ensure_environment("course")
    run(BIN / "jupyter", "lab", FIRST_NOTEBOOK)


def test() -> None:
    """Run every check CI runs: lint, stripped notebooks, unit tests, doctests, notebooks."""
    ensure_environment("course,test")
    notebooks = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "notebooks").glob("*.ipynb"))
    run(BIN / "ruff", "check", ".")
    run(BIN / "nbstripout", "--verify", *notebooks)
    env = dict(os.environ)
    # Figures in unit tests render off screen; the notebook kernels are left
    # alone (conftest.py sets Agg in-process only), or their figures would vanish.
    env.pop("MPLBACKEND", None)
    run(
        PYTHON, "-m", "pytest",
        "-n", "auto",
        "--doctest-modules", "guaranteelab",
        "tests",
        "--nbval-lax", "--nbval-current-env", *notebooks,
        env=env,
    )  # fmt: skip


COMMANDS = {"lab": lab, "test": test}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(COMMANDS)}}}")
    COMMANDS[sys.argv[1]]()
